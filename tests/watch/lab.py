"""A small changing lab of our own, on free loopback ports (never the shared lab).

Five services: redis A, B, C, D and a MongoDB stand-in E (nx-27017). :meth:`MiniLab.change`
applies the second state: A stopped, B locked (``requirepass``), C started, D grown five-fold,
E given a ransom note beside a wiped collection. Data is synthetic; canary values let tests
prove that nothing sampled reaches the store or an alert.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import redis

from ajar.lab.mongo import start_nx
from ajar.lab.mongo import stop as stop_nx
from ajar.lab.seed import seed_ransom_mongodb
from tests.support import free_port, stop

HOST = "127.0.0.1"
CANARY_EMAIL = "qzw.watchcanary.7731@canary-example.org"
CANARY_NAME = "Qzwcanary Ostrelvaine"
CANARIES = (CANARY_EMAIL, CANARY_NAME, "watchcanary", "Ostrelvaine")


def _redis(port: int, tmp: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", HOST, "--save", "", "--appendonly", "no",
         "--dir", str(tmp), "--protected-mode", "no"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            if redis.Redis(HOST, port, socket_timeout=1).ping():
                return proc
        except redis.exceptions.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server on {HOST}:{port} did not start") from None
            time.sleep(0.1)


def _people(port: int, first: int, n: int, password: str | None = None) -> None:
    r = redis.Redis(HOST, port, password=password, socket_timeout=5)
    for i in range(first, first + n):
        r.hset(f"user:{i}", mapping={"name": CANARY_NAME if i % 7 == 0 else f"Anna Kowalska{i % 13}",
                                     "email": CANARY_EMAIL if i % 7 == 0 else f"user{i}@example.org",
                                     "phone": f"+48 601 {i % 1000:03d} {i % 999:03d}"})
    r.close()


class MiniLab:
    """Start the first state; :meth:`change` moves to the second; :meth:`close` stops all, by PID."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.ports = {k: free_port() for k in "ABCDE"}
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        for k in "ABD":
            self.procs[k] = _redis(self.ports[k], tmp)
        self.procs["E"] = start_nx(HOST, self.ports["E"], tmp / "nx", tmp / "nx.log")
        _people(self.ports["A"], 0, 20)
        _people(self.ports["B"], 0, 20)
        _people(self.ports["D"], 0, 40)
        from pymongo import MongoClient

        m: MongoClient[dict[str, object]] = MongoClient(HOST, self.ports["E"], directConnection=True)
        m["hr"]["staff"].insert_many([{"name": CANARY_NAME if i % 5 == 0 else f"Jan Nowak{i}",
                                       "email": CANARY_EMAIL if i % 5 == 0 else f"staff{i}@example.org"}
                                      for i in range(30)])
        m.close()

    @property
    def port_list(self) -> str:
        return ",".join(str(p) for p in self.ports.values())

    def port_of(self, port: int) -> str:
        return next(k for k, p in self.ports.items() if p == port)

    def change(self) -> None:
        stop(self.procs.pop("A"))  # closed
        r = redis.Redis(HOST, self.ports["B"], socket_timeout=5)
        r.config_set("requirepass", "watch-locked-1")  # locked (our own server)
        r.close()
        self.procs["C"] = _redis(self.ports["C"], self.tmp)  # opened
        _people(self.ports["C"], 0, 10)
        _people(self.ports["D"], 40, 160)  # grown: 40 -> 200 records
        seed_ransom_mongodb(HOST, self.ports["E"])  # ransom note beside a wiped collection

    def close(self) -> None:
        for k, p in list(self.procs.items()):
            stop_nx(p) if k == "E" else stop(p)
        self.procs.clear()
