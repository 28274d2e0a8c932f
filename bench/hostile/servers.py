"""Hostile servers benchmark: every engine's hostile fake scanned by ``ajar scan`` under limits,
beside a naive client where one shows what the bounds save.

    .venv/bin/python bench/hostile/servers.py [--timeout 1] [--only ENGINE ...] [--variants V ...] [--no-peer]

For every engine and variant of ``tests/hostile_engines.py`` (``rich``: markup, escapes, lone
surrogates, 401-digit integers, deep nesting; ``huge``: 2 GiB declared lengths, 2^31 vectors,
thousands of names, MQTT topics of 32,000 levels; after a normal handshake: ``drip``, ``reset``,
``garbage``, ``truncated``, ``oversized``; HTTP engines: ``compressed``), the fake serves on
127.0.0.1 in a process of its own and
``ajar scan <engine>://127.0.0.1:PORT -o report.json --timeout T`` runs as a child under
``RLIMIT_AS`` 4 GiB and a wall-clock limit; its peak RSS is read from ``wait4``. A case passes
when ajar exits 0 or 1, the report is written and names the service with a status, peak RSS is
under 1 GiB and the wall time is within the service's ``--timeout`` budget (see :func:`budget`).

Peers (same run, same fake, under 2 GiB and 60 s): what a client that trusts the server does.
Redis: redis-py's own parser reading the huge hash; MongoDB: pymongo trusting the server's
``maxMessageSizeBytes``; MQTT: the quadratic topic grouping ajar used before (three topics of 32,000
levels). Exit status: 0 when every case passes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(Path(__file__).resolve().parent)]

from files import AJAR_AS, PEER_AS, RSS_TARGET, STARTUP, run_limited  # noqa: E402 - the hostile-files bench

from tests.hostile_engines import ENGINES, HTTP_ENGINES, HTTP_ONLY, VARIANTS, target_for  # noqa: E402


def budget(timeout: float, datasets: int) -> float:
    """The time one service may take at ``--timeout T``: start-up, identification (its own budget,
    max(3T, 6 s), and the 2 s banner read), access (3T), inventory (6T), and per dataset a sample
    (4T), its classification (4T) and a recount (T)."""
    return STARTUP + max(3 * timeout, 6.0) + 2.0 + 3 * timeout + 6 * timeout + 9 * timeout * max(datasets, 1)


#: the fake server runs in a process of its own: a child forked from a large parent inherits the
#: parent's RSS as its starting ru_maxrss on Linux, so the parent (this script) must stay small
_SERVER = (
    "import asyncio, sys\n"
    "from tests.hostile_engines import hostile_engine\n"
    "async def main():\n"
    "    async with hostile_engine(sys.argv[1], sys.argv[2]) as port:\n"
    "        print(port, flush=True)\n"
    "        await asyncio.Event().wait()\n"
    "asyncio.run(main())\n"
)


@contextmanager
def serving(engine: str, variant: str) -> Iterator[int]:
    """The hostile fake of ``engine`` in a child process; yields its port, stops it by its PID."""
    proc = subprocess.Popen([sys.executable, "-c", _SERVER, engine, variant], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        assert proc.stdout is not None
        yield int(proc.stdout.readline())
    finally:
        proc.kill()  # the server we started, by its PID
        proc.wait(10)


PEERS = {
    "redis": (
        "import redis, sys\n"
        "r = redis.Redis(host='127.0.0.1', port=int(sys.argv[1]), socket_timeout=60, protocol=2)\n"
        "print(len(r.hgetall('h:1')))\n"
    ),
    "mongodb": (
        "import pymongo, sys\n"
        "c = pymongo.MongoClient('127.0.0.1', int(sys.argv[1]), directConnection=True, socketTimeoutMS=60000)\n"
        "print(c.list_database_names())\n"
    ),
    "mqtt": (
        "def topic_pattern(topics):\n"
        "    shaped = {t: t.split('/') for t in topics}\n"
        "    groups = {}\n"
        "    for parts in shaped.values():\n"
        "        for i, p in enumerate(parts):\n"
        "            groups.setdefault((len(parts), i, tuple(parts[:i] + parts[i + 1:])), set()).add(p)\n"
        "    return groups\n"
        "print(len(topic_pattern(['/'.join([str(i)] + ['a'] * 32000) for i in range(3)])))\n"
    ),
}


def ajar_case(engine: str, variant: str, timeout: float) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp, serving(engine, variant) as port:
        report = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "ajar", "scan", target_for(engine, port), "--timeout", str(timeout),
               "--sample", "10", "-q", "-o", str(report)]
        res = run_limited(cmd, AJAR_AS, 300)
        svc: dict[str, object] = {}
        if report.exists() and report.stat().st_size:
            services = json.loads(report.read_text(encoding="utf-8")).get("services") or [{}]
            svc = services[0]
    datasets = len(svc.get("datasets") or []) if isinstance(svc.get("datasets"), list) else 0
    res["status"] = svc.get("status")
    res["datasets"] = datasets
    res["budget"] = budget(timeout, datasets)
    res["ok"] = (res["exit"] in (0, 1) and bool(svc) and not res["timed_out"]
                 and float(str(res["peak_rss_mib"])) * (1 << 20) < RSS_TARGET
                 and float(str(res["seconds"])) <= float(str(res["budget"])))
    return res


def peer_case(engine: str) -> dict[str, object] | None:
    code = PEERS.get(engine)
    if code is None:
        return None
    with serving(engine, "huge") as port:
        return run_limited([sys.executable, "-c", code, str(port)], PEER_AS, 60)


def _mib(n: object) -> str:
    return f"{float(str(n)):,.0f} MiB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--timeout", type=float, default=1.0)
    ap.add_argument("--only", nargs="*", default=None, help="engines to run (default: all)")
    ap.add_argument("--variants", nargs="*", default=None, choices=VARIANTS, help="variants to run (default: all)")
    ap.add_argument("--no-peer", action="store_true")
    args = ap.parse_args()
    env = os.environ  # the children inherit it
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    env["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="ajar-bench-xdg-")  # no run recorded in the user's store
    engines = args.only or sorted(ENGINES)
    failed = total = 0
    print("| engine | variant | ajar | status | datasets | budget | naive client (huge) |")
    print("|---|---|---|---|---|---|---|")
    for engine in engines:
        peer = None if args.no_peer else peer_case(engine)
        for variant in args.variants or VARIANTS:
            if variant in HTTP_ONLY and engine not in HTTP_ENGINES:
                continue
            total += 1
            r = ajar_case(engine, variant, args.timeout)
            failed += not r["ok"]
            peer_text = "—"
            if peer is not None and variant == "huge":
                peer_text = (f"{float(str(peer['seconds'])):.1f} s, {_mib(peer['peak_rss_mib'])}, exit {peer['exit']}"
                             + (" (killed at 60 s)" if peer["timed_out"] else "")
                             + (", MemoryError" if "MemoryError" in str(peer["error"]) else ""))
            ajar = f"{float(str(r['seconds'])):.1f} s, {_mib(r['peak_rss_mib'])}, exit {r['exit']}"
            ajar += "" if r["ok"] else " **FAIL**"
            print(f"| {engine} | {variant} | {ajar} | {r['status']} | {r['datasets']} | "
                  f"{float(str(r['budget'])):.0f} s | {peer_text} |", flush=True)
    print(f"\n{total - failed}/{total} bounded (peak RSS < 1 GiB, within the --timeout budget, report written)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
