"""Live writer: keeps inserting camera sightings into ``watchlist.sightings`` at a set rate.

Usage::

    python -m ajar.lab.writer --host 127.0.0.2 --port 27017 --per-minute 60 [--seconds N]

**Rate unit: sightings per minute** (``--per-minute``, default 60, i.e. one per second,
86 400 per day). Each record has ``ts`` = the wall-clock time of its insert (UTC). Inserts are
scheduled on a fixed grid (record ``k`` is due at ``start + k * 60 / rate`` seconds), so the
long-run rate is exact even if one insert is slow; when behind, due records are inserted in a
batch, each with its own due time as ``ts``.

The seeded history (:func:`ajar.lab.seed.seed_mongodb` with the same ``per_minute``) uses the
same grid ending at seeding time, so ``count(ts in window) / window`` gives the same rate over
the history and over the live tail: records per day = ``per_minute * 1440``. The person each
sighting refers to is drawn from ``watchlist.people`` (``_id`` and ``sfzh``).

Runs until killed (SIGTERM/SIGINT) or until ``--seconds`` have elapsed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import random
import signal
import sys
import time
from typing import Any

from ajar.lab.generator import UTC, Generator

log = logging.getLogger("ajar.lab.writer")


def run(
    host: str,
    port: int = 27017,
    *,
    per_minute: float = 60.0,
    seconds: float | None = None,
    seed: int = 2026,
    database: str = "watchlist",
    collection: str = "sightings",
) -> int:
    """Insert sightings at ``per_minute`` until ``seconds`` elapse (forever if None).

    Returns the number of records inserted.
    """
    from pymongo import MongoClient

    if per_minute <= 0:
        raise ValueError("per_minute must be > 0")
    client: MongoClient[dict[str, Any]] = MongoClient(
        host, port, directConnection=True, serverSelectionTimeoutMS=5000, tz_aware=True
    )
    db = client[database]
    people = list(db.people.find({}, {"_id": 1, "sfzh": 1, "region": 1}))
    if not people:
        people = Generator(seed).people(2000)
    gen = Generator(seed)
    rng = random.Random(f"{seed}:writer:{time.time_ns()}")
    coll = db[collection]
    interval = 60.0 / per_minute
    stop = False

    def _stop(signum: int, frame: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    start_wall = dt.datetime.now(UTC)
    start = time.monotonic()
    deadline = None if seconds is None else start + seconds
    k = 0
    log.info("writing %s.%s at %.3f per minute to %s:%d", database, collection, per_minute, host, port)
    try:
        while not stop:
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                break
            due = int((now - start) / interval) + 1 - k  # records whose slot has started
            if due > 0:
                docs = [
                    gen.sighting(rng, people, start_wall + dt.timedelta(seconds=(k + j) * interval)) for j in range(due)
                ]
                if len(docs) == 1:
                    coll.insert_one(docs[0])
                else:
                    coll.insert_many(docs)
                k += due
            next_due = start + k * interval
            wait = next_due - time.monotonic()
            if deadline is not None:
                wait = min(wait, deadline - time.monotonic())
            if wait > 0:
                time.sleep(min(wait, 0.5))
    finally:
        client.close()
        log.info("stopped after %d records", k)
    return k


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ajar.lab.writer", description=__doc__.split("\n")[0])
    ap.add_argument("--host", default="127.0.0.2")
    ap.add_argument("--port", type=int, default=27017)
    ap.add_argument("--per-minute", type=float, default=60.0, help="sightings per minute (default 60)")
    ap.add_argument("--seconds", type=float, help="stop after this many seconds (default: run until killed)")
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args(argv)
    if not (a.host.startswith("127.") or a.host in ("::1", "localhost")):
        ap.error("the lab writes to loopback addresses only")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s writer %(message)s", stream=sys.stderr)
    run(a.host, a.port, per_minute=a.per_minute, seconds=a.seconds, seed=a.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
