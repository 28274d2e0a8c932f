"""A MongoDB that demands authentication, played by mockupdb (the lab's 127.0.0.3:27017).

Usage::

    python -m ajar.lab.locked_mongo --host 127.0.0.3 --port 27017 [--log FILE]

It answers the handshake (``hello``/``isMaster``, ``ping``, ``buildInfo``/``buildinfo`` with a
MongoDB 7.0.14 shape) like an auth-enabled mongod, and every other command - including
``listDatabases``, ``find``, ``saslStart`` - fails with code 13 ``Unauthorized`` (``saslStart``
/``authenticate`` with code 18 ``AuthenticationFailed``). Every command received is logged
(one line per request) to stderr, so a test can read what a client sent.

mockupdb has no host parameter (it always binds ``localhost``); this script sets its private
``_address`` before ``run()`` to bind the given loopback address.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from typing import Any

log = logging.getLogger("ajar.lab.locked_mongo")

VERSION = "7.0.14"


def build(host: str, port: int) -> Any:
    from mockupdb import MockupDB

    server = MockupDB(port=port, auto_ismaster=False, max_wire_version=21)
    server._address = (host, port)  # noqa: SLF001  mockupdb binds 'localhost' only otherwise
    hello = {
        "ismaster": True,
        "isWritablePrimary": True,
        "helloOk": True,
        "maxWireVersion": 21,
        "minWireVersion": 0,
        "maxBsonObjectSize": 16777216,
        "maxMessageSizeBytes": 48000000,
        "maxWriteBatchSize": 100000,
        "localTime": None,
        "logicalSessionTimeoutMinutes": 30,
        "connectionId": 1,
        "readOnly": False,
        "saslSupportedMechs": ["SCRAM-SHA-1", "SCRAM-SHA-256"],
    }
    build_info = {
        "version": VERSION,
        "versionArray": [7, 0, 14, 0],
        "gitVersion": "lab",
        "bits": 64,
        "maxBsonObjectSize": 16777216,
        "ok": 1,
    }

    def handler(request: Any) -> bool:
        doc = getattr(request, "doc", {}) or {}
        name = next(iter(doc), "?")
        log.info("%s %s", getattr(request, "client_port", "?"), dict(doc))
        lname = str(name).lower()
        if lname in ("hello", "ismaster"):
            reply = dict(hello)
            reply.pop("localTime")
            request.reply(reply)
        elif lname in ("ping",):
            request.ok()
        elif lname == "buildinfo":
            request.reply(build_info)
        elif lname in ("saslstart", "saslcontinue", "authenticate"):
            request.command_err(18, "Authentication failed.", codeName="AuthenticationFailed")
        elif lname == "endsessions":
            request.ok()
        else:
            request.command_err(13, f"Command {name} requires authentication", codeName="Unauthorized")
        return True

    server.autoresponds(handler)
    return server


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ajar.lab.locked_mongo")
    ap.add_argument("--host", default="127.0.0.3")
    ap.add_argument("--port", type=int, default=27017)
    a = ap.parse_args(argv)
    if not (a.host.startswith("127.") or a.host == "::1"):
        ap.error("loopback only")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s locked-mongo %(message)s", stream=sys.stderr)
    server = build(a.host, a.port)
    server.run()
    log.info("listening on %s:%d", a.host, server.port)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    done.wait()
    server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
