"""Canaries for the no-leak test, and private servers that hold them in names as well as values.

Every canary is synthetic, unique to these tests and shaped like personal data (a CN resident ID
with its check digit, an e-mail address, a Luhn-valid card, a mod-97-valid IBAN, a password, a
phone number, another written in groups of three as ajar writes its counts). :func:`leaks` finds
any of them in an output: the whole value, or any 8-character window of it, with its separators
or without (``+86 139…`` printed as ``8613…``), in any case.

:class:`Servers` starts one server per engine on 127.0.0.1, on free ports, and seeds each with the
canaries in database, table, collection, index, key, topic, prefix, znode, object-key and field
names, and in values; it stops them by PID. The lab's shared servers are never written to.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stdnum import iban, luhn
from stdnum.cn import ric

from tests.conftest import LAB_DIR, port_open
from tests.support import free_port, stop


def _ric() -> str:
    """A checksum-valid CN resident ID whose check digit is a digit (index names are lower-cased)."""
    seq = 6631
    while True:
        base = f"44030419870{seq % 9 + 1}1{seq % 9}{seq % 900 + 100:03d}"
        full = base + ric.calc_check_digit(base)
        if full[-1].isdigit():
            return full
        seq += 1


def _iban() -> str:
    bban = "370400440532016631"
    return "DE" + iban.calc_check_digits("DE00" + bban) + bban


def _card() -> str:
    base = "455673758689663"
    return base + luhn.calc_check_digit(base)


CANARIES: dict[str, str] = {
    "ric": _ric(),
    "email": "qzw.leakcanary.6631@canary-mail.org",
    "card": _card(),
    "iban": _iban(),
    "password": "Zq7x.S3cret!Pass6631",
    "phone": "+86 139 1234 6631",
    # a phone number written in groups of three, as ajar writes its own counts (``line 1,234,567``)
    "grouped": "4,930,123,466,316",
}
PHONE_DIGITS = "8613912346631"

_DIGIT_GAP = re.compile(r"(?<=[0-9A-Za-z])[ \-](?=[0-9])")


def _windows(value: str) -> set[str]:
    v = value.lower()
    compact = "".join(ch for ch in v if ch.isalnum())
    raw = {v[i : i + 8] for i in range(max(1, len(v) - 7))}
    return {v, compact} | raw | {compact[i : i + 8] for i in range(max(1, len(compact) - 7))}


FRAGMENTS: dict[str, set[str]] = {k: _windows(v) for k, v in CANARIES.items()}
#: a credential shows none of its characters (a mask's edge characters are a password's prefix)
FRAGMENTS["password prefix"] = {CANARIES["password"][:5].lower()}


def leaks(text: str) -> list[str]:
    """Every canary found in ``text``, each as ``name: fragment …context…``."""
    low = text.lower()
    joined = _DIGIT_GAP.sub("", low)  # a phone or IBAN printed in groups
    out = []
    for key, frags in FRAGMENTS.items():
        for hay in (low, joined):
            hit = next((f for f in frags if f in hay), None)
            if hit is not None:
                i = hay.find(hit)
                out.append(f"{key}: {hit!r} in …{hay[max(0, i - 60) : i + 60]}…")
                break
    return out


# --- servers ----------------------------------------------------------------------------------------

PGBIN = Path("/usr/lib/postgresql/15/bin")
ZK_JARS = ("/usr/share/java/zookeeper.jar", "/usr/share/java/slf4j-simple.jar")
_POUCH = LAB_DIR / "cache" / "npm" / "node_modules" / ".bin" / "pouchdb-server"


def _wait(ready: Callable[[], bool], what: str, proc: subprocess.Popen[bytes] | None, seconds: float = 90) -> None:
    """Readiness by protocol, against a deadline (never a fixed sleep)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if ready():
                return
        except Exception:  # noqa: BLE001 - not ready yet
            pass
        if (proc is not None and proc.poll() is not None) or time.monotonic() > deadline:
            raise AssertionError(f"{what} did not start")
        time.sleep(0.2)


class Servers:
    """Private servers on 127.0.0.1 holding the canaries; :meth:`close` stops them by PID."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen[bytes]] = []
        self.ports: dict[str, int] = {}
        self.dirs: list[Path] = []

    def _start(self, name: str, cmd: list[str], **kw: Any) -> subprocess.Popen[bytes]:
        log = (self.tmp / f"{name}.log").open("wb")
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, **kw)
        log.close()
        self.procs.append(proc)
        return proc

    def close(self) -> None:
        for p in reversed(self.procs):  # only what was started here, by PID
            stop(p, 20)
        for d in self.dirs:
            shutil.rmtree(d, ignore_errors=True)

    # every engine: start (cheap, in parallel), then seed once it answers

    def start_all(self, only: tuple[str, ...] = ()) -> None:
        """Start every engine's server (or those named in ``only``), then seed each once it answers."""
        starts = [self._redis, self._mongodb, self._elasticsearch, self._mqtt, self._s3, self._couchdb, self._etcd,
                  self._influxdb, self._postgresql, self._mysql, self._zookeeper]
        seeds = [s() for s in starts if not only or s.__name__.lstrip("_") in only]
        for seed in seeds:
            seed()

    def _redis(self) -> Callable[[], None]:
        import redis

        port = self.ports["redis"] = free_port()
        proc = self._start("redis", [shutil.which("redis-server") or "redis-server", "--port", str(port), "--bind",
                                     "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no"])

        def seed() -> None:
            c = CANARIES
            r = redis.Redis(host="127.0.0.1", port=port)
            _wait(lambda: bool(r.ping()), "redis-server", proc)
            for i in range(12):
                r.hset(f"u{PHONE_DIGITS}:{i}", mapping={"status": "active"})
                r.set(f"ID-{c['ric']}:{i}", "1")
                r.set(f"profile:{c['email']}:{i}", "seen")
                r.set(f"acct:{c['iban']}:{i}", "1")
                r.set(f"pw_{c['password']}:{i}", "1")
                r.set(f"acct:{c['grouped']}:{i}", "1")
                r.hset(f"user:{i}", mapping={"email": c["email"], "phone": c["phone"], "card": c["card"],
                                             "iban": c["iban"], "sfzh": c["ric"], "password": c["password"]})
            r.close()

        return seed

    def _mongodb(self) -> Callable[[], None]:
        from pymongo import MongoClient

        from ajar.lab.mongo import start_nx

        port = self.ports["mongodb"] = free_port()
        self.procs.append(start_nx("127.0.0.1", port, Path("memory"), self.tmp / "nx.log"))

        def seed() -> None:
            c = CANARIES
            m: MongoClient[dict[str, object]] = MongoClient("127.0.0.1", port, directConnection=True)
            m["crm"][f"contacts_{PHONE_DIGITS}"].insert_many(  # nx-27017 allows identifiers only as collection names
                [{"contacts": {c["phone"]: "mobile", c["ric"]: "id", c["email"]: "e"}, "n": i} for i in range(12)])
            m["crm"][f"people_{c['ric']}"].insert_many([{"n": i, "note": "ok"} for i in range(12)])
            m["crm"]["customers"].insert_many([_person(i) for i in range(12)])
            m.close()

        return seed

    def _elasticsearch(self) -> Callable[[], None]:
        import httpx
        import osmem_server

        port = self.ports["elasticsearch"] = free_port()
        proc = self._start("osmem", [osmem_server.resolve_binary(), "-addr", f"127.0.0.1:{port}", "-no-stdin-watch",
                                     "-no-ja"])

        def seed() -> None:
            c = CANARIES
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as es:
                _wait(lambda: es.get("/").status_code == 200, "osmem-server", proc)
                for idx in (f"people-{c['ric']}", f"u{PHONE_DIGITS}", "customers"):
                    for i in range(12):
                        doc = _person(i) if idx == "customers" else {f"owner_{PHONE_DIGITS}": i, "state": "ok"}
                        es.put(f"/{idx}/_doc/{i}", json=doc).raise_for_status()
                    es.post(f"/{idx}/_refresh")

        return seed

    def _mqtt(self) -> Callable[[], None]:
        from paho.mqtt import client as mqtt

        port = self.ports["mqtt"] = free_port()
        conf = self.tmp / "mosquitto.conf"
        conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
        proc = self._start("mosquitto", [shutil.which("mosquitto") or "mosquitto", "-c", str(conf)])

        def seed() -> None:
            c = CANARIES
            _wait(lambda: port_open("127.0.0.1", port), "mosquitto", proc)
            pub = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)  # type: ignore[attr-defined]
            pub.connect("127.0.0.1", port)
            pub.loop_start()
            topics = {f"users/{c['email']}/location": {"lat": 39.9, "lon": 116.4, "ts": 1700000000},
                      f"devices/{PHONE_DIGITS}/status": {"ok": True},
                      f"cards/{c['card']}/state": {"ok": True},
                      "crm/customers": _person(0)}
            for topic, msg in topics.items():
                pub.publish(topic, json.dumps(msg), qos=1, retain=True).wait_for_publish(10)
            pub.loop_stop()
            pub.disconnect()

        return seed

    def _s3(self) -> Callable[[], None]:
        import boto3

        port = self.ports["s3"] = free_port()
        proc = self._start("moto", [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)])

        def seed() -> None:
            c = CANARIES
            _wait(lambda: port_open("127.0.0.1", port), "moto", proc)
            s3 = boto3.client("s3", endpoint_url=f"http://127.0.0.1:{port}", region_name="us-east-1",
                              aws_access_key_id="testing", aws_secret_access_key="testing")
            s3.create_bucket(Bucket="exports")
            body = json.dumps([_person(i) for i in range(12)]).encode()
            for key in (f"users/{c['email']}.json", f"accounts/{c['iban']}.json", f"ids/{c['ric']}/all.json"):
                s3.put_object(Bucket="exports", Key=key, ACL="public-read", Body=body,
                              Metadata={"owner": c["email"], "phone": c["phone"]})  # HTTP headers x-amz-meta-*

        return seed

    def _couchdb(self) -> Callable[[], None]:
        import httpx

        exe = os.environ.get("AJAR_POUCHDB_SERVER") or (str(_POUCH) if _POUCH.exists() else None) or shutil.which(
            "pouchdb-server")
        assert exe, "pouchdb-server is not installed: run `bash lab/install.sh`"
        port = self.ports["couchdb"] = free_port()
        d = self.tmp / "pouch"
        d.mkdir()
        proc = self._start("pouch", [exe, "--host", "127.0.0.1", "--port", str(port), "--in-memory", "--dir", str(d)],
                           cwd=d)

        def seed() -> None:
            c = CANARIES
            _wait(lambda: port_open("127.0.0.1", port), "pouchdb-server", proc)
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as h:
                for db in (f"crm_{c['ric']}", f"u{PHONE_DIGITS}", "customers"):
                    h.put(f"/{db}").raise_for_status()
                    docs = [{**_person(i), c["email"]: "x"} for i in range(12)]
                    h.post(f"/{db}/_bulk_docs", json={"docs": docs}).raise_for_status()

        return seed

    def _etcd(self) -> Callable[[], None]:
        import httpx

        exe = shutil.which("etcd")
        assert exe, "etcd is not installed: run `bash lab/install.sh`"
        client, peer = free_port(), free_port()
        self.ports["etcd"] = client
        url, purl = f"http://127.0.0.1:{client}", f"http://127.0.0.1:{peer}"
        proc = self._start("etcd", [exe, "--name", "t", "--data-dir", str(self.tmp / "etcd"), "--listen-client-urls",
                                    url, "--advertise-client-urls", url, "--listen-peer-urls", purl,
                                    "--initial-advertise-peer-urls", purl, "--initial-cluster", f"t={purl}"])

        def seed() -> None:
            c = CANARIES
            with httpx.Client(base_url=f"{url}/v3", timeout=10) as h:
                _wait(lambda: h.post("/kv/range", json={"key": _b64("x")}).status_code == 200, "etcd", proc)
                items = {f"/users/{c['email']}/profile": json.dumps(_person(0)),
                         f"/ids/{c['ric']}": "1", f"/acct/{c['iban']}": "1", f"/pw_{c['password']}": "1"}
                for i in range(12):
                    items[f"/app/customers/{i}"] = json.dumps(_person(i))
                for k, v in items.items():
                    h.post("/kv/put", json={"key": _b64(k), "value": _b64(v)}).raise_for_status()

        return seed

    def _influxdb(self) -> Callable[[], None]:
        import httpx

        exe = shutil.which("influxd")
        assert exe, "influxd is not installed: run `bash lab/install.sh`"
        d = self.tmp / "influx"
        d.mkdir()
        http, rpc = free_port(), free_port()
        self.ports["influxdb"] = http
        conf = subprocess.run([exe, "config"], capture_output=True, text=True, check=True).stdout
        conf = re.sub(r"(?m)^bind-address = .*$", f'bind-address = "127.0.0.1:{rpc}"', conf)
        conf = re.sub(r'(?m)^  bind-address = ":8086"', f'  bind-address = "127.0.0.1:{http}"', conf, count=1)
        (d / "influx.conf").write_text(conf.replace("/var/lib/influxdb", str(d)))
        proc = self._start("influx", [exe, "run", "-config", str(d / "influx.conf")])

        def seed() -> None:
            c = CANARIES
            with httpx.Client(base_url=f"http://127.0.0.1:{http}", timeout=15) as h:
                _wait(lambda: h.get("/ping").status_code == 204, "influxd", proc)
                db = f"crm_{c['email']}"
                h.post("/query", data={"q": f'CREATE DATABASE "{db}"'}).raise_for_status()
                lines = []
                for i in range(12):
                    p = _person(i)
                    lines.append(f"pw_{_esc(c['password'])},phone_{PHONE_DIGITS}=t{i} v={i}i {1700000000 + i}000000000")
                    lines.append(f"{_esc(c['email'])},owner={_esc(c['email'])} v={i}i {1700000000 + i}000000000")
                    lines.append(f'customers,city=x email="{p["email"]}",phone="{p["phone"]}",card="{p["card"]}" '
                                 f"{1700000000 + i}000000000")
                h.post("/write", params={"db": db}, content="\n".join(lines)).raise_for_status()

        return seed

    def _postgresql(self) -> Callable[[], None]:
        import psycopg

        assert (PGBIN / "postgres").exists(), "PostgreSQL 15 binaries are missing: run `bash lab/install.sh`"
        d = Path(tempfile.mkdtemp(prefix="ajar-canary-pg-"))
        self.dirs.append(d)
        d.chmod(0o755)
        shutil.chown(d, "postgres", "postgres")
        port = self.ports["postgresql"] = free_port()
        subprocess.run(["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", str(PGBIN / "initdb"),
                        "-D", str(d / "data"), "-A", "trust", "-U", "postgres"], check=True, capture_output=True,
                       timeout=120)
        proc = self._start("postgres", ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups",
                                        str(PGBIN / "postgres"), "-D", str(d / "data"), "-c",
                                        "listen_addresses=127.0.0.1", "-p", str(port), "-k", str(d), "-c",
                                        "fsync=off", "-c", "ssl=off"], start_new_session=True)

        def seed() -> None:
            c = CANARIES
            dsn = f"host=127.0.0.1 port={port} user=postgres"
            _wait(lambda: _closes(psycopg.connect(dsn + " dbname=postgres")), "postgres", proc)
            db = f"crm_{c['email']}"
            with psycopg.connect(dsn + " dbname=postgres", autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{db}"')
            with psycopg.connect(dsn + f" dbname={db}", autocommit=True) as conn:
                conn.execute(f'CREATE SCHEMA "s_{c["ric"]}"')
                create, insert, rows = _table('"', f'"s_{c["ric"]}"."t_{c["iban"]}"', f"pw_{c['password']}")
                conn.execute(create)
                conn.cursor().executemany(insert, rows)

        return seed

    def _mysql(self) -> Callable[[], None]:
        import pymysql

        assert shutil.which("mariadbd"), "mariadbd is missing: run `bash lab/install.sh`"
        d = Path(tempfile.mkdtemp(prefix="ajar-canary-my-"))
        self.dirs.append(d)
        d.chmod(0o755)
        shutil.chown(d, "mysql", "mysql")
        port = self.ports["mysql"] = free_port()
        subprocess.run(["mariadb-install-db", "--no-defaults", f"--datadir={d}/data", "--user=mysql",
                        "--auth-root-authentication-method=normal", "--skip-test-db"], check=True,
                       capture_output=True, timeout=180)
        proc = self._start("mariadb", ["mariadbd", "--no-defaults", f"--datadir={d}/data", "--user=mysql",
                                       "--bind-address=127.0.0.1", f"--port={port}", f"--socket={d}/my.sock",
                                       f"--pid-file={d}/my.pid", f"--log-error={d}/err.log", "--skip-name-resolve",
                                       "--innodb-buffer-pool-size=16M"], start_new_session=True)

        def seed() -> None:
            c = CANARIES
            _wait(lambda: _closes(pymysql.connect(host="127.0.0.1", port=port, user="root", password="")), "mariadbd",
                  proc)
            conn = pymysql.connect(host="127.0.0.1", port=port, user="root", password="", autocommit=True)
            db = f"crm_{c['ric']}"
            with conn.cursor() as cur:
                cur.execute(f"CREATE DATABASE `{db}`")
                create, insert, rows = _table("`", f"`{db}`.`t_{c['iban']}`", f"ph_{PHONE_DIGITS}")
                cur.execute(create)
                cur.executemany(insert, rows)
                cur.execute("CREATE USER ''@'%'")
                cur.execute(f"GRANT SELECT ON `{db}`.* TO ''@'%'")
            conn.close()

        return seed

    def _zookeeper(self) -> Callable[[], None]:
        java = shutil.which("java")
        assert java and all(Path(j).exists() for j in ZK_JARS), "needs java, the zookeeper and slf4j-simple jars"
        port = self.ports["zookeeper"] = free_port()
        d = self.tmp / "zk"
        (d / "data").mkdir(parents=True)
        (d / "zoo.cfg").write_text(f"tickTime=2000\ndataDir={d}/data\nclientPort={port}\nclientPortAddress=127.0.0.1\n"
                                   "admin.enableServer=false\n4lw.commands.whitelist=srvr,ruok\n")
        proc = self._start("zookeeper", [java, "-Xmx128m", "-XX:+UseSerialGC", "-cp", f"{d}:{':'.join(ZK_JARS)}",
                                         "org.apache.zookeeper.server.quorum.QuorumPeerMain", str(d / "zoo.cfg")])

        def seed() -> None:
            from kazoo.client import KazooClient

            c = CANARIES
            _wait(lambda: port_open("127.0.0.1", port), "zookeeper", proc)
            zk = KazooClient(hosts=f"127.0.0.1:{port}", timeout=30)
            zk.start(timeout=60)
            try:
                zk.create(f"/users/{c['email']}", json.dumps(_person(0)).encode(), makepath=True)
                zk.create(f"/ids/{c['ric']}", b"1", makepath=True)
                for i in range(12):
                    zk.create(f"/app/customers/{i}", json.dumps(_person(i)).encode(), makepath=True)
            finally:
                zk.stop()
                zk.close()

        return seed


def _person(i: int) -> dict[str, Any]:
    """A record holding every canary as a value (the same canaries each time: fragments are searched)."""
    c = CANARIES
    return {"name": "Qzwcanary Vexlethorpe", "email": c["email"], "phone": c["phone"],
            "card": c["card"], "iban": c["iban"], "sfzh": c["ric"], "password": c["password"], "religion": "Buddhist",
            "n": i}


def _table(q: str, table: str, column: str) -> tuple[str, str, list[tuple[Any, ...]]]:
    """A SQL table whose name and two column names carry canaries (``q``: the identifier quote), and its rows."""
    create = (f"CREATE TABLE {table} ({q}{CANARIES['email']}{q} text, {q}{column}{q} text, email text, phone text, "
              "card text)")
    rows = [("x", "y", c["email"], c["phone"], c["card"]) for c in map(_person, range(12))]
    return create, f"INSERT INTO {table} VALUES (%s, %s, %s, %s, %s)", rows


def _closes(conn: Any) -> bool:
    """A connection was made (then closed): the server answers."""
    conn.close()
    return True


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def _esc(s: str) -> str:
    """InfluxDB line protocol: escape commas, spaces and equals signs in a name."""
    return re.sub(r"([, =])", r"\\\1", s)


def write_files(root: Path) -> None:
    """Local files whose directory, file, zip-member names and a headerless CSV's first row carry canaries."""
    import zipfile

    c = CANARIES
    rows = [_person(i) for i in range(12)]
    (root / f"dir_{c['email']}").mkdir(parents=True)
    (root / f"dir_{c['email']}" / "x.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    (root / f"export_{c['email']}_v2.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    (root / f"{c['iban']}.json").write_text(json.dumps(rows))
    (root / f"u{PHONE_DIGITS}.json").write_text(json.dumps(rows))
    (root / f"pw_{c['password']}.json").write_text(json.dumps(rows))
    (root / f"export_{c['grouped']}.json").write_text(json.dumps({c["grouped"]: rows}))  # a file and a key
    (root / f"cut_{c['grouped']}.json").write_text(json.dumps(rows)[:-40])  # its name in an error
    with zipfile.ZipFile(root / "bundle.zip", "w") as z:
        z.writestr(f"{c['email']}_export.jsonl", "\n".join(json.dumps(r) for r in rows))
        z.writestr(f"ids/{c['ric']}.jsonl", "\n".join(json.dumps(r) for r in rows))
    headerless = "\n".join(f"{c['ric']},{c['email']},{c['phone']},{c['card']},{c['iban']}" for _ in range(12))
    (root / "noheader.csv").write_text(headerless + "\n")
