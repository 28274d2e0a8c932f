"""One strided walk of discovery in its own process: ``python -m ajar.pipeline.shard``.

Started only by :func:`ajar.pipeline.discover.sweep` when it shares a sweep out; not a command
for people. It reads its arguments (a pickle, from its parent) on stdin, runs
:func:`~ajar.pipeline.discover.sweep` over its class of positions under its own
:func:`ajar.net.guard` of the scope, and writes length-prefixed pickles on its stdout:
``("r", PortResult)``, ``("m", Checkpoint)`` (after the results it covers), ``("n", jobs done)``,
then ``("e",)`` at the end, or ``("x", error class, message)``. Its imports are the lean ones of
discovery, not the probes' or the report's. When its parent dies, the next write fails and it ends.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import signal
import struct
import sys
from typing import Any

from ajar.errors import AjarError
from ajar.net import guard
from ajar.pipeline.discover import Checkpoint, sweep


def _sender(fd: int) -> Any:
    def send(*msg: object) -> None:
        data = pickle.dumps(msg)
        view = memoryview(struct.pack(">I", len(data)) + data)
        while view:
            view = view[os.write(fd, view):]
    return send


async def _run(args: dict[str, Any], send: Any) -> None:
    track = args.pop("track")

    def mark(cp: Checkpoint) -> None:
        send("m", cp)

    async for r in sweep(args.pop("parsed"), args.pop("ports"), **args,
                         on_done=lambda n: send("n", n), on_checkpoint=mark if track else None):
        send("r", r)


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops this process
    out = os.dup(1)
    os.dup2(2, 1)  # a stray print goes to stderr, never into the messages
    send = _sender(out)
    args = pickle.load(sys.stdin.buffer)  # from the parent that started this process
    try:
        with guard(args["parsed"].scope):
            asyncio.run(_run(args, send))
    except BrokenPipeError:
        return 1  # the parent is gone
    except AjarError as e:
        send("x", type(e).__name__, str(e))
        return 1
    except Exception as e:  # noqa: BLE001 - reported to the parent, which raises it
        send("x", type(e).__name__, str(e))
        return 3
    send("e")
    return 0


if __name__ == "__main__":
    sys.exit(main())
