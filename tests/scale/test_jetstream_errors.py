"""A JetStream request the NATS server does not grant says which problem it is, and its fix.

Every one of them was "refused ajar's JetStream streams (...); start it with JetStream on", even on
a server with JetStream on. Told apart: JetStream off (for the server, or for the user's account),
a stream missing (deleted while ajar ran) or not made (its subjects held by another stream), no
permission (the server answers a denied request with nothing: the request times out), a timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from pathlib import Path

import nats
import pytest
from nats.js.api import StreamConfig

from ajar.cluster.queue import NatsQueue
from ajar.errors import UsageError
from tests.conftest import run_cli
from tests.scale.natsd import nats_server

PERMISSIONS = """authorization { users = [
  {user: limited, password: pw, permissions: {publish: {deny: ["$JS.API.>"]}, subscribe: ">"}}
] }"""
ACCOUNTS = """accounts {
  WITH: {jetstream: enabled, users: [{user: a, password: pw}]}
  WITHOUT: {users: [{user: b, password: pw}]}
}"""


async def _refusal(url: str) -> str:
    with pytest.raises(UsageError) as e:
        q = await NatsQueue.connect(url)
        await q.close()
    return str(e.value)


def _with_user(url: str, user: str) -> str:
    return url.replace("nats://", f"nats://{user}:pw@")


async def test_jetstream_off_for_the_server_or_for_the_users_account(tmp_path: Path) -> None:
    with nats_server(tmp_path / "off", jetstream=False) as url:
        said = await _refusal(url)
    assert "has no JetStream" in said and "nats-server -js" in said, said
    with nats_server(tmp_path / "acc", config=ACCOUNTS) as url:
        said = await _refusal(_with_user(url, "b"))
        assert "has no JetStream" in said and "account of the --nats user" in said, said
        q = await NatsQueue.connect(_with_user(url, "a"))  # the account with JetStream: fine
        await q.close()


async def test_no_permission_names_the_denied_subject_and_the_permissions_needed(tmp_path: Path) -> None:
    with nats_server(tmp_path / "perm", config=PERMISSIONS) as url:
        said = await _refusal(_with_user(url, "limited"))
    assert "denied ajar's JetStream request" in said and "permissions violation" in said, said
    assert "$JS.API.>" in said and "start it with JetStream on" not in said, said
    assert "pw@" not in said  # the password stays masked


async def test_a_stream_not_made_or_missing(tmp_path: Path) -> None:
    with nats_server(tmp_path / "js") as url:
        nc = await nats.connect(url)
        try:
            js = nc.jetstream()
            await js.add_stream(StreamConfig(name="OTHER", subjects=["ajar.work.x"]))
            said = await _refusal(url)
            assert "could not make or use stream AJAR_WORK" in said and "subjects overlap" in said, said
            assert "another stream holds some of ajar's subjects" in said, said
            await js.delete_stream("OTHER")
            q = await NatsQueue.connect(url)
            try:
                await js.delete_stream("AJAR_WORK")  # deleted while ajar runs
                with pytest.raises(UsageError, match="stream AJAR_WORK is missing on the NATS server"):
                    await q.next_job(timeout=0.5)
                with pytest.raises(UsageError, match="stream AJAR_WORK is missing on the NATS server"):
                    await q.submit("r1", [b"shard"])
            finally:
                await q.close()
        finally:
            await nc.close()


@contextlib.asynccontextmanager
async def _silent_nats() -> AsyncIterator[str]:
    """A server that speaks NATS (INFO, PONG) and answers no request: every JetStream request times out."""

    async def client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b'INFO {"server_id":"x","version":"2.9.10","proto":1,"headers":true,"max_payload":1048576}\r\n')
        with contextlib.suppress(ConnectionError):
            while line := await reader.readline():
                if line.startswith(b"PING"):
                    writer.write(b"PONG\r\n")
                    await writer.drain()

    server = await asyncio.start_server(client, "127.0.0.1", 0)
    try:
        yield f"nats://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    finally:
        server.close()


async def test_a_timeout_is_a_timeout() -> None:
    async with _silent_nats() as url:
        t = time.monotonic()
        said = await _refusal(url)
    assert "did not answer ajar's JetStream request within 5 s" in said, said
    assert time.monotonic() - t < 9  # one request's timeout, not one for the create and one for the update


def test_the_command_line_says_it_in_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AJAR_STATE_DIR", str(tmp_path / "state" / "runs"))
    with nats_server(tmp_path / "off", jetstream=False) as url:
        r = run_cli("verify", "127.0.0.2:6379", "--nats", url, "--vantage", "NL", "--wait", "1", timeout=120)
    assert r.returncode == 2 and "has no JetStream" in r.stderr and "Traceback" not in r.stderr, r.stderr
