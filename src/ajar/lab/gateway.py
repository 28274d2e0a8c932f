"""An authenticating HTTP/1.1 reverse proxy: the lab's "locked" face of an engine that has no
security of its own (osmem-server, moto, pouchdb-server).

Usage::

    python -m ajar.lab.gateway --listen 127.0.0.3:9200 --upstream 127.0.0.1:19200 \\
        --style elasticsearch|s3|couchdb --user U --password P

Requests without valid credentials get the refusal the real engine sends, as its documentation
and its users' bug reports show it (the scanner is judged against these):

* ``elasticsearch`` (Elasticsearch 8 with security on, HTTP without TLS): ``401`` with
  ``WWW-Authenticate: Basic realm="security" charset="UTF-8"`` and ``WWW-Authenticate: ApiKey``,
  ``X-elastic-product: Elasticsearch`` and the ``security_exception`` body
  (``missing authentication credentials for REST request [/path]``, or ``unable to
  authenticate user [u] for REST request [/path]`` for a wrong password). Credentials: HTTP
  Basic.
* ``s3`` (AWS S3): ``403`` ``<Error><Code>AccessDenied</Code><Message>Access Denied</Message>``
  with ``x-amz-request-id`` / ``x-amz-id-2``; a signed request (``Authorization:
  AWS4-HMAC-SHA256 Credential=KEY/...`` or ``AWS KEY:sig``, presigned ``X-Amz-Credential`` or
  ``AWSAccessKeyId``) with another access key gets ``InvalidAccessKeyId``. Only the access key
  id is checked (``--user``), not the signature: moto behind it does not check them either.
* ``couchdb`` (CouchDB 3 defaults: ``admin_only_all_dbs``, ``default_security = admin_only``):
  ``GET /`` (the welcome) and ``/favicon.ico`` are forwarded without credentials; ``/_up`` and
  anonymous ``GET /_session`` are answered here (``{"status":"ok"}``; an empty ``userCtx``,
  never the upstream's admin-party session); everything else gets ``401 {"error":"unauthorized",...}``: "You are not
  a server admin." for server endpoints (``/_all_dbs``, ``/_config``...), "You are not
  authorized to access this db." for database paths, "Name or password is incorrect." for a
  wrong password. Credentials: HTTP Basic.

Authenticated requests are forwarded to ``--upstream`` (httpx, no redirects, ``trust_env``
off; the ``Authorization`` header is dropped for the Basic styles, since the upstream has no
users) and the reply is streamed back. Bounded reads (request line and headers 64 KiB, body 64
MiB), timeouts on every read; a malformed request gets ``400`` and the connection is closed.
One log line per request on stdout: ``time client method path -> status [user]``.
Lab use only: it binds where it is told (loopback in the lab) and holds one fixed credential.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import contextlib
import datetime as dt
import hmac
import json
import logging
import os
import re
import secrets
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from email.utils import formatdate
from urllib.parse import unquote, urlsplit

import httpx

log = logging.getLogger("ajar.lab.gateway")

MAX_HEAD = 64 << 10
MAX_HEADERS = 100
MAX_BODY = 64 << 20
HEAD_TIMEOUT = 30.0
IDLE_TIMEOUT = 60.0
BODY_TIMEOUT = 60.0
STYLES = ("elasticsearch", "s3", "couchdb")
COUCHDB_SERVER = "CouchDB/3.3.3 (Erlang OTP/24)"
_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "transfer-encoding",
        "te",
        "trailer",
        "upgrade",
        "proxy-authorization",
        "proxy-authenticate",
        "expect",
        "content-length",
    }
)
_TOKEN = re.compile(rb"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_REASONS = {
    100: "Continue",
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    413: "Payload Too Large",
    431: "Request Header Fields Too Large",
    501: "Not Implemented",
    502: "Bad Gateway",
    504: "Gateway Timeout",
}


class BadRequest(Exception):
    def __init__(self, status: int, why: str) -> None:
        super().__init__(why)
        self.status = status


@dataclass
class Request:
    method: str
    target: str
    version: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return None

    @property
    def path(self) -> str:
        return urlsplit(self.target).path or "/"

    @property
    def keep_alive(self) -> bool:
        conn = (self.header("connection") or "").lower()
        if self.version == "HTTP/1.0":
            return "keep-alive" in conn
        return "close" not in conn


@dataclass
class Reply:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


# ------------------------------------------------------------------------------ parsing
async def _read_head(reader: asyncio.StreamReader, first: bool) -> bytes | None:
    """The request line and headers (up to the blank line); None on a clean close."""
    buf = bytearray()
    timeout = HEAD_TIMEOUT if first else IDLE_TIMEOUT
    while True:
        try:
            line = await asyncio.wait_for(reader.readuntil(b"\n"), timeout)
        except asyncio.IncompleteReadError as e:
            if not buf and not e.partial:
                return None
            raise BadRequest(400, "connection closed inside the request head") from e
        except asyncio.LimitOverrunError as e:
            raise BadRequest(431, "header line too long") from e
        if not buf and line in (b"\r\n", b"\n"):
            continue  # RFC 9112 2.2: ignore empty lines before the request line
        buf += line
        if len(buf) > MAX_HEAD:
            raise BadRequest(431, "request head too large")
        if line in (b"\r\n", b"\n"):
            return bytes(buf)
        timeout = HEAD_TIMEOUT


def _parse_head(raw: bytes) -> Request:
    lines = raw.split(b"\n")
    try:
        method, target, version = lines[0].rstrip(b"\r").decode("ascii").split(" ")
    except (UnicodeDecodeError, ValueError) as e:
        raise BadRequest(400, "malformed request line") from e
    if not _TOKEN.match(method.encode()) or version not in ("HTTP/1.1", "HTTP/1.0"):
        raise BadRequest(400, "malformed request line")
    if not (target.startswith("/") or target == "*"):
        raise BadRequest(400, "only origin-form request targets are served")
    req = Request(method, target, version)
    for ln in lines[1:]:
        ln = ln.rstrip(b"\r")
        if not ln:
            continue
        if ln[:1] in (b" ", b"\t"):
            raise BadRequest(400, "obsolete header folding")
        name, sep, value = ln.partition(b":")
        if not sep or not _TOKEN.match(name):
            raise BadRequest(400, "malformed header")
        req.headers.append((name.decode("ascii"), value.strip().decode("latin-1")))
        if len(req.headers) > MAX_HEADERS:
            raise BadRequest(431, "too many headers")
    return req


async def _read_body(reader: asyncio.StreamReader, req: Request) -> bytes:
    te = (req.header("transfer-encoding") or "").lower()
    if te:
        if te != "chunked":
            raise BadRequest(501, f"transfer-encoding {te} not supported")
        out = bytearray()
        while True:
            size_line = await asyncio.wait_for(reader.readuntil(b"\n"), BODY_TIMEOUT)
            try:
                size = int(size_line.split(b";")[0].strip(), 16)
            except ValueError as e:
                raise BadRequest(400, "bad chunk size") from e
            if size == 0:
                while (await asyncio.wait_for(reader.readuntil(b"\n"), BODY_TIMEOUT)).strip():
                    pass  # trailers, ignored
                return bytes(out)
            if len(out) + size > MAX_BODY:
                raise BadRequest(413, "request body too large")
            out += await asyncio.wait_for(reader.readexactly(size), BODY_TIMEOUT)
            await asyncio.wait_for(reader.readexactly(2), BODY_TIMEOUT)
    cl = req.header("content-length")
    if cl is None:
        return b""
    if not cl.isdigit():
        raise BadRequest(400, "bad content-length")
    n = int(cl)
    if n > MAX_BODY:
        raise BadRequest(413, "request body too large")
    return await asyncio.wait_for(reader.readexactly(n), BODY_TIMEOUT) if n else b""


# ------------------------------------------------------------------------------ refusals
def _json_reply(status: int, obj: object, headers: list[tuple[str, str]]) -> Reply:
    return Reply(status, headers, json.dumps(obj, separators=(",", ":")).encode())


class Gate:
    """Decides, for one request, whether it may pass, and what the refusal looks like."""

    def __init__(self, style: str, user: str, password: str) -> None:
        self.style, self.user, self.password = style, user, password

    def _basic(self, req: Request) -> tuple[str | None, bool]:
        """(user named in a Basic header or None, credentials valid)."""
        auth = req.header("authorization") or ""
        scheme, _, param = auth.partition(" ")
        if scheme.lower() != "basic":
            return None, False
        try:
            user, sep, pw = base64.b64decode(param.strip(), validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return "", False
        ok = (
            bool(sep)
            and hmac.compare_digest(user.encode(), self.user.encode())
            and hmac.compare_digest(pw.encode(), self.password.encode())
        )
        return user, ok

    def check(self, req: Request) -> tuple[Reply | None, str]:
        """(refusal or None to forward, the user for the log)."""
        if self.style == "elasticsearch":
            return self._elasticsearch(req)
        if self.style == "s3":
            return self._s3(req)
        return self._couchdb(req)

    # Elasticsearch 8 security (DefaultAuthenticationFailureHandler)
    def _elasticsearch(self, req: Request) -> tuple[Reply | None, str]:
        user, ok = self._basic(req)
        if ok:
            return None, self.user
        target = req.target
        if user is None:
            reason = f"missing authentication credentials for REST request [{target}]"
        else:
            reason = f"unable to authenticate user [{user}] for REST request [{target}]"
        challenge = ['Basic realm="security" charset="UTF-8"', "ApiKey"]
        err = {"type": "security_exception", "reason": reason, "header": {"WWW-Authenticate": challenge}}
        headers = [("WWW-Authenticate", c) for c in challenge]
        headers += [("X-elastic-product", "Elasticsearch"), ("content-type", "application/json")]
        body = {"error": {"root_cause": [err], **err}, "status": 401}
        return _json_reply(401, body, headers), "-"

    # AWS S3
    def _s3(self, req: Request) -> tuple[Reply | None, str]:
        key = None
        auth = req.header("authorization") or ""
        q = urlsplit(req.target).query
        if auth.startswith("AWS4-HMAC-SHA256 "):
            m = re.search(r"Credential=([^/,\s]+)/", auth)
            key = m.group(1) if m else ""
        elif auth.startswith("AWS "):  # signature version 2
            key = auth[4:].rpartition(":")[0].strip()
        elif m := re.search(r"(?:^|&)X-Amz-Credential=([^&]+)", q):  # presigned, SigV4
            key = unquote(m.group(1)).split("/")[0]
        elif m := re.search(r"(?:^|&)AWSAccessKeyId=([^&]+)", q):  # presigned, SigV2
            key = unquote(m.group(1))
        if key is not None and hmac.compare_digest(key.encode(), self.user.encode()):
            return None, key
        rid = secrets.token_hex(8).upper()
        host_id = base64.b64encode(os.urandom(48)).decode()
        if key is None:
            code, msg, extra = "AccessDenied", "Access Denied", ""
        else:
            code, msg = "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."
            extra = f"<AWSAccessKeyId>{_xml_escape(key[:128])}</AWSAccessKeyId>"
        body = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{msg}</Message>'
            f"{extra}<RequestId>{rid}</RequestId><HostId>{host_id}</HostId></Error>"
        ).encode()
        headers = [
            ("x-amz-request-id", rid),
            ("x-amz-id-2", host_id),
            ("Content-Type", "application/xml"),
            ("Server", "AmazonS3"),
        ]
        return Reply(403, headers, body), "-"

    # CouchDB 3 (chttpd_auth_request defaults)
    def _couchdb(self, req: Request) -> tuple[Reply | None, str]:
        user, ok = self._basic(req)
        if ok:
            return None, self.user
        path = req.path
        parts = [unquote(p) for p in path.split("/") if p]
        headers = [
            ("Server", COUCHDB_SERVER),
            ("Cache-Control", "must-revalidate"),
            ("Content-Type", "application/json"),
            ("X-Couch-Request-ID", secrets.token_hex(5)),
            ("X-CouchDB-Body-Time", "0"),
        ]
        if user is not None:
            return _json_reply(401, {"error": "unauthorized", "reason": "Name or password is incorrect."}, headers), "-"
        if not parts or parts[0] == "favicon.ico":
            return None, "-"  # the welcome is public in CouchDB
        if parts == ["_up"]:  # so is the health check (PouchDB Server has none: answered here)
            return _json_reply(200, {"status": "ok", "seeds": {}}, headers), "-"
        if parts[0] == "_session" and req.method in ("GET", "HEAD"):
            session = {
                "ok": True,
                "userCtx": {"name": None, "roles": []},
                "info": {"authentication_handlers": ["cookie", "default"]},
            }
            return _json_reply(200, session, headers), "-"
        if parts[0].startswith("_"):
            reason = "You are not a server admin."
        else:
            reason = "You are not authorized to access this db."
        return _json_reply(401, {"error": "unauthorized", "reason": reason}, headers), "-"


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------------------ the proxy
class Gateway:
    def __init__(self, upstream: str, gate: Gate) -> None:
        self.upstream = f"http://{upstream}"
        self.gate = gate
        self.client = httpx.AsyncClient(
            base_url=self.upstream,
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(120.0, connect=5.0),
            limits=httpx.Limits(max_connections=64),
        )

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        client = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else "?"
        first = True
        try:
            while True:
                try:
                    raw = await _read_head(reader, first)
                    if raw is None:
                        return
                    first = False
                    req = _parse_head(raw)
                    refusal, who = self.gate.check(req)
                    if refusal is None and "100-continue" in (req.header("expect") or "").lower():
                        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                        await writer.drain()
                    if refusal is not None:
                        # read (bounded) and drop the body so the connection stays in sync
                        if "100-continue" in (req.header("expect") or "").lower():
                            req.headers.append(("Connection", "close"))
                        else:
                            await _read_body(reader, req)
                    else:
                        req.body = await _read_body(reader, req)
                except BadRequest as e:
                    self._log(client, None, e.status, f"- ({e})")
                    await self._send(
                        writer,
                        Reply(e.status, [("Content-Type", "text/plain")], f"{e}\n".encode()),
                        head_only=False,
                        close=True,
                    )
                    return
                except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                    return
                keep = req.keep_alive
                if refusal is not None:
                    self._log(client, req, refusal.status, who)
                    await self._send(writer, refusal, head_only=req.method == "HEAD", close=not keep)
                else:
                    status = await self._forward(req, writer, close=not keep)
                    self._log(client, req, status, who)
                    if status in (502, 504):
                        return
                if not keep:
                    return
        except (ConnectionError, OSError):
            return
        except Exception:  # noqa: BLE001 - one broken connection must never stop the gateway
            log.exception("connection from %s failed", client)
        finally:
            with contextlib.suppress(Exception):
                writer.close()
                await asyncio.wait_for(writer.wait_closed(), 2)

    async def _send(self, writer: asyncio.StreamWriter, reply: Reply, *, head_only: bool, close: bool) -> None:
        lines = [f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Status')}"]
        names = {k.lower() for k, _ in reply.headers}
        lines += [f"{k}: {v}" for k, v in reply.headers]
        if "date" not in names:
            lines.append(f"Date: {formatdate(usegmt=True)}")
        lines.append(f"Content-Length: {len(reply.body)}")
        if close:
            lines.append("Connection: close")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        if not head_only:
            writer.write(reply.body)
        await writer.drain()

    async def _forward(self, req: Request, writer: asyncio.StreamWriter, *, close: bool) -> int:
        drop = set(_HOP)
        if self.gate.style != "s3":
            drop.add("authorization")  # the upstream has no users; the gateway is the auth
        conn_named = {t.strip().lower() for t in (req.header("connection") or "").split(",") if t.strip()}
        headers = [(k, v) for k, v in req.headers if k.lower() not in drop and k.lower() not in conn_named]
        try:
            up = self.client.build_request(req.method, req.target, headers=headers, content=req.body)
            resp = await self.client.send(up, stream=True)
        except httpx.TimeoutException:
            await self._send(
                writer, Reply(504, [("Content-Type", "text/plain")], b"upstream timeout\n"), head_only=False, close=True
            )
            return 504
        except httpx.HTTPError as e:
            await self._send(
                writer,
                Reply(502, [("Content-Type", "text/plain")], f"upstream: {e}\n".encode()),
                head_only=False,
                close=True,
            )
            return 502
        try:
            no_body = req.method == "HEAD" or resp.status_code in (204, 304) or resp.status_code < 200
            out = [f"HTTP/1.1 {resp.status_code} {resp.reason_phrase or _REASONS.get(resp.status_code, 'Status')}"]
            length = resp.headers.get("content-length")
            for k, v in resp.headers.multi_items():
                if k.lower() in _HOP:
                    continue
                out.append(f"{k}: {v}")
            chunked = False
            if no_body:
                if length is not None:
                    out.append(f"Content-Length: {length}")
            elif length is not None and length.isdigit():
                out.append(f"Content-Length: {length}")
            else:
                out.append("Transfer-Encoding: chunked")
                chunked = True
            if close:
                out.append("Connection: close")
            writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1", "replace"))
            if not no_body:
                async for chunk in _raw(resp):
                    if chunked:
                        writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    else:
                        writer.write(chunk)
                    await writer.drain()
                if chunked:
                    writer.write(b"0\r\n\r\n")
            await writer.drain()
            return resp.status_code
        finally:
            await resp.aclose()

    def _log(self, client: str, req: Request | None, status: int, who: str) -> None:
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
        line = f"{req.method} {req.target[:300]}" if req else "-"
        sys.stdout.write(f"{now} {client} {line} -> {status} {who}\n")
        sys.stdout.flush()


async def _raw(resp: httpx.Response) -> AsyncIterator[bytes]:
    async for chunk in resp.aiter_raw():
        if chunk:
            yield chunk


async def serve(listen: str, upstream: str, gate: Gate) -> None:
    host, _, port = listen.rpartition(":")
    gw = Gateway(upstream, gate)
    server = await asyncio.start_server(gw.handle, host.strip("[]"), int(port), limit=MAX_HEAD, reuse_address=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    sys.stdout.write(f"gateway ({gate.style}) listening on {listen}, upstream {upstream}\n")
    sys.stdout.flush()
    async with server:
        await stop.wait()
    await gw.client.aclose()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ajar.lab.gateway", description=__doc__.split("\n")[0])
    ap.add_argument("--listen", required=True, help="HOST:PORT to serve (the locked face)")
    ap.add_argument("--upstream", required=True, help="HOST:PORT of the engine behind it")
    ap.add_argument("--style", required=True, choices=STYLES)
    ap.add_argument("--user", required=True, help="Basic user, or the S3 access key id")
    ap.add_argument("--password", required=True, help="Basic password, or the S3 secret key")
    a = ap.parse_args(argv)
    for hp in (a.listen, a.upstream):
        h = hp.rpartition(":")[0].strip("[]")
        if not (h.startswith("127.") or h in ("::1", "localhost")):
            ap.error("the lab gateway binds and forwards on loopback only")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s gateway %(message)s", stream=sys.stderr)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    asyncio.run(serve(a.listen, a.upstream, Gate(a.style, a.user, a.password)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
