#!/bin/bash
# Install the lab's Debian packages if any is missing. Idempotent: when everything
# is present it only runs dpkg-query (well under a second). Nothing from pip here:
# the venv (.venv with the `lab` extra) is made by the project's own scripts.
#
# Usage: lab/install.sh
set -euo pipefail
PKGS=(redis-server memcached mariadb-server mariadb-client mosquitto mosquitto-clients
      etcd-server etcd-client influxdb clickhouse-server zookeeper curl util-linux procps)
# PostgreSQL 15 and Java are preinstalled on the image; install them only if absent.
[ -x /usr/lib/postgresql/15/bin/postgres ] || PKGS+=(postgresql-15)
command -v java >/dev/null 2>&1 || PKGS+=(default-jre-headless)

missing=()
for p in "${PKGS[@]}"; do
  st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$st" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "lab/install.sh: all lab packages present"
  exit 0
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
echo "lab/install.sh: done"
