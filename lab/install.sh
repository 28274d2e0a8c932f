#!/bin/bash
# Install the lab's Debian packages if any is missing, and pouchdb-server (npm, the CouchDB
# API) into $LAB_DIR/cache/npm if absent. Idempotent: when everything is present it only runs
# dpkg-query and a file test (well under a second). Nothing from pip here: the venv (.venv
# with the `lab` extra) is made by the project's own scripts. npm install took 70 s here
# (354 packages, 93 MB); it needs Node.js >= 18 and npm (installed from Debian when missing).
#
# Usage: lab/install.sh
set -euo pipefail
PKGS=(redis-server memcached mariadb-server mariadb-client mosquitto mosquitto-clients
      etcd-server etcd-client influxdb clickhouse-server zookeeper curl util-linux procps
      sqlite3  # sqlite3: the shell whose .dump output tests/sources/test_real_dumps.py reads
      nats-server nmap iproute2 nftables)  # the cluster's queue, the discovery benchmark's peer, vantage netns
# PostgreSQL 15 and Java are preinstalled on the image; install them only if absent.
[ -x /usr/lib/postgresql/15/bin/postgres ] || PKGS+=(postgresql-15)
command -v java >/dev/null 2>&1 || PKGS+=(default-jre-headless)
# Node.js and npm run pouchdb-server (the CouchDB API); the image has them, a fresh Debian does not.
command -v npm >/dev/null 2>&1 || PKGS+=(nodejs npm)

missing=()
for p in "${PKGS[@]}"; do
  st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$st" = "install ok installed" ] || missing+=("$p")
done
LAB_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LAB_DIR=${LAB_DIR:-$LAB_REPO/.lab}
NPM_DIR=$LAB_DIR/cache/npm
POUCHDB_VERSION=4.2.0

install_pouchdb() {
  [ -x "$NPM_DIR/node_modules/.bin/pouchdb-server" ] && { echo "lab/install.sh: pouchdb-server present"; return 0; }
  if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    echo "lab/install.sh: no node/npm: CouchDB (pouchdb-server) will not be in the lab"; return 0
  fi
  echo "lab/install.sh: npm install pouchdb-server@$POUCHDB_VERSION into $NPM_DIR (about a minute)"
  mkdir -p "$NPM_DIR"
  [ -f "$NPM_DIR/package.json" ] || echo '{"name": "ajar-lab-npm", "private": true}' > "$NPM_DIR/package.json"
  local t0=$SECONDS
  (cd "$NPM_DIR" && npm install --no-audit --no-fund --cache "$NPM_DIR/.npm-cache" \
     "pouchdb-server@$POUCHDB_VERSION" > "$NPM_DIR/install.log" 2>&1) \
    || { echo "lab/install.sh: npm install failed, see $NPM_DIR/install.log"; return 1; }
  echo "lab/install.sh: pouchdb-server installed in $(( SECONDS - t0 )) s"
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "lab/install.sh: all lab packages present"
  install_pouchdb
  exit $?
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# Without a policy-rc.d that denies service starts, Debian packages start their
# daemons on 0.0.0.0/127.0.0.1 default ports at install time. Provide one
# temporarily if the image has none, so that no service is auto-started.
TMP_POLICY=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod 755 /usr/sbin/policy-rc.d
  TMP_POLICY=1
fi
trap '[ -n "$TMP_POLICY" ] && $SUDO rm -f /usr/sbin/policy-rc.d' EXIT

echo "lab/install.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o DPkg::Lock::Timeout=300 "${missing[@]}"
install_pouchdb
echo "lab/install.sh: done"
