"""One strided walk of discovery in a forked child process (:func:`start`).

Used only by :func:`ajar.pipeline.discover.sweep` when it shares a sweep out. The child is a
fork of the scanning process (no interpreter start-up, no import): it resets the signal
handling it inherited, enters its own :func:`ajar.net.guard` of the scope, runs
:func:`~ajar.pipeline.discover.sweep` over its class of positions on a new event loop, and
writes length-prefixed pickles to its end of a pipe: ``("r", PortResult)``, ``("m", Checkpoint)``
(after the results it covers), ``("n", jobs done)``, then ``("e",)`` at the end, or
``("x", error class, message)``. It leaves with :func:`os._exit`: none of the parent's
finalizers, buffers or exit handlers run in it. When the parent dies, its next write fails
and it ends.
"""

from __future__ import annotations

import asyncio
import gc
import os
import pickle
import signal
import struct
from collections.abc import AsyncIterator, Callable
from typing import Any

from ajar.errors import AjarError
from ajar.net import guard

Send = Callable[..., None]
Sweep = Callable[..., AsyncIterator[Any]]


def _sender(fd: int) -> Send:
    def send(*msg: object) -> None:
        data = pickle.dumps(msg)
        view = memoryview(struct.pack(">I", len(data)) + data)
        while view:
            view = view[os.write(fd, view):]
    return send


async def _run(sweep: Sweep, args: dict[str, Any], send: Send) -> None:
    track = args.pop("track")

    def mark(cp: object) -> None:
        send("m", cp)

    async for r in sweep(args.pop("parsed"), args.pop("ports"), **args,
                         on_done=lambda n: send("n", n), on_checkpoint=mark if track else None):
        send("r", r)


def _child(sweep: Sweep, args: dict[str, Any], fd: int) -> None:
    code = 3
    try:
        signal.set_wakeup_fd(-1)  # the parent's event loop listens on that one
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops this process
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        gc.freeze()  # the parent's objects are never collected here (no finalizer of theirs runs)
        send = _sender(fd)
        try:
            with guard(args["parsed"].scope):
                asyncio.run(_run(sweep, args, send))
            send("e")
            code = 0
        except BrokenPipeError:
            code = 1  # the parent is gone
        except AjarError as e:
            send("x", type(e).__name__, str(e))
            code = 1
        except Exception as e:  # noqa: BLE001 - reported to the parent, which raises it
            send("x", type(e).__name__, str(e))
    finally:
        os._exit(code)


def start(sweep: Sweep, args: dict[str, Any]) -> tuple[int, int]:
    """Fork a child that runs ``sweep(**args)``; return its PID and the read end of its pipe."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            os.close(r)
            _child(sweep, args, w)
        finally:
            os._exit(3)
    os.close(w)
    return pid, r
