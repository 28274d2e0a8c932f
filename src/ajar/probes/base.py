"""The probe contract: how one engine is identified, judged, inventoried and sampled.

A probe is one class in one file (``probes/<id>.py``), registered in ``PROBES``
(``probes/__init__.py``). The framework (``pipeline/probe.py``) creates one instance per
attempt against a service and calls, in this order, each under a time limit:

1. :meth:`Probe.identify` → :class:`Fingerprint`, or raises
   :class:`~ajar.errors.NotThisEngine` (or another :class:`~ajar.errors.ProbeError`).
2. :meth:`Probe.access` → :class:`AccessResult`: the verdict, the evidence that decided
   it, the rights of an anonymous client, and :class:`~ajar.knowledge.Signal` values for
   the weaknesses it saw (the rule table turns them into findings).
3. :meth:`Probe.inventory` → :class:`DatasetRef` list (only if access is open/metadata).
4. :meth:`Probe.sample` per dataset, with the sample size *given* by the framework.
5. :meth:`Probe.recount` per dataset at the end (growth during the scan, for liveness).
6. :meth:`Probe.close`, always.

Rules the framework enforces and the contract tests check:

* **Read-only.** A probe declares in ``commands`` every command it may send (the names
  the engine's own log shows). It sends each through :meth:`Probe.allow`, which raises
  :class:`~ajar.errors.ForbiddenCommand` for anything else. Nothing writes.
* **No sockets of its own.** Connections come from :mod:`ajar.net` (raw streams, httpx
  clients, or the scope-checked address handed to an official driver).
* **Bounded.** Sample sizes and byte limits come from :class:`Limits`; a probe never
  returns more than asked, and the framework cuts anything beyond.
* **No values out.** Evidence replies go through :func:`ajar.mask.redact`; probes never
  print or log.

Helpers shared by the probes: :func:`evidence` (a redacted evidence line),
:func:`decode_value` (a raw value as text or JSON), :func:`cap_value` (strings of a nested
value cut to the value-size limit) and :class:`HttpProbe` (the base of the probes that
speak HTTP: one lazily built, scope-checked client and bounded requests).
"""

from __future__ import annotations

import contextlib
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from json import loads as json_loads
from typing import Any, ClassVar, TypeVar

import httpx

from ajar import defaults
from ajar.bounds import clean_text
from ajar.errors import ForbiddenCommand, ProtocolMismatch
from ajar.knowledge import EngineKnowledge, Signal
from ajar.mask import redact
from ajar.models import Access, Evidence, Record, Rights
from ajar.net import Scope, http_client, http_fetch

T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    """Bounds of one scan, passed to every probe; probes never choose their own."""

    #: records sampled per dataset
    sample: int = defaults.SAMPLE
    #: datasets inventoried per service
    max_datasets: int = defaults.MAX_DATASETS
    #: keys/objects scanned to find datasets in key-value and object stores
    max_keys: int = defaults.MAX_KEYS
    #: bytes read of one value (longer values are cut)
    max_value_bytes: int = defaults.MAX_VALUE_BYTES
    #: seconds per network operation
    timeout: float = defaults.TIMEOUT
    #: seconds a stream-shaped engine (MQTT) is listened to
    listen_seconds: float = defaults.LISTEN_SECONDS
    #: opt-in (``--try-default-credentials``): probes may try well-known default accounts
    #: (e.g. MySQL ``root`` with an empty password). Off by default: ajar never guesses.
    try_default_credentials: bool = False


@dataclass(frozen=True)
class Target:
    """One service to probe: an in-scope IP literal and port, and what is known of it."""

    host: str
    port: int
    hostname: str | None = None
    #: engine named by a URI scheme (``redis://``), tried first
    engine_hint: str | None = None
    tls: bool = False
    #: the path of an engine URI (``s3://host:port/bucket`` → ``/bucket``), if any
    path: str | None = None


@dataclass
class Fingerprint:
    """What listens on a port: engine id, version, TLS, and non-personal server facts."""

    engine: str
    version: str | None = None
    tls: bool = False
    info: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class AccessResult:
    """The access verdict, with the evidence that decided it and what it implies."""

    access: Access
    evidence: list[Evidence]
    rights: Rights = field(default_factory=Rights)
    #: what the access check saw that a rule names (a weakness of :attr:`Probe.weaknesses`, or
    #: a table rule such as ``weak.dangerous_setting``); the rule table makes them findings
    signals: list[Signal] = field(default_factory=list)


@dataclass
class DatasetRef:
    """A dataset found by :meth:`Probe.inventory`. ``handle`` is private to the probe."""

    name: str
    kind: str = "collection"
    records: int | None = None
    size_bytes: int | None = None
    handle: Any = None


@dataclass
class Sample:
    """Records drawn from one dataset: a random sample and, where cheap, the newest ones.

    ``newest`` only serves liveness (age of the newest record, rate); it is never
    reported. Both hold raw values in memory only.
    """

    records: list[Record] = field(default_factory=list)
    newest: list[Record] = field(default_factory=list)


#: bytes of a name from the server that a probe sends back in a request: no engine allows
#: longer index, database or measurement names, and a 1 MB one only makes the URL invalid
MAX_NAME_BYTES = 1024


def addressable(items: Sequence[T], name: Callable[[T], str], ev: list[Evidence], what: str) -> list[T]:
    """``items`` whose ``name`` can be sent back in a request; one evidence line counts the rest."""
    kept = [i for i in items if len(name(i).encode("utf-8", "replace")) <= MAX_NAME_BYTES]
    if len(kept) < len(items):
        ev.append(evidence(what, f"{len(items) - len(kept)} name(s) longer than {MAX_NAME_BYTES} bytes skipped: "
                                 "no engine allows them, a request cannot carry them"))
    return kept


@contextlib.contextmanager
def optional_step() -> Iterator[None]:
    """A step whose failure loses only its own result (a version lookup after the handshake
    proved the engine): a reset, a timeout or a malformed reply there leaves the engine named.
    A command the probe does not declare still raises (that is a bug, not a hostile reply)."""
    try:
        yield
    except ForbiddenCommand:
        raise
    except Exception:  # noqa: BLE001, S110 - by design: the step is optional
        pass


def evidence(command: str, reply: Any) -> Evidence:
    """Build :class:`Evidence` from a command and a server reply, redacted and cut."""
    return Evidence(command=command, reply=redact(str(reply), limit=300))


def decode_value(raw: Any) -> Any:
    """A raw value as the probes report it: text, or the document it holds.

    ``bytes`` are decoded as UTF-8 (and kept as ``bytes`` when they are not UTF-8); a
    string that looks like a JSON object or array (``{...}``, ``[...]``, surrounding
    whitespace ignored) is parsed, and kept as text when it does not parse. Anything else
    (``None``, numbers, dates) is returned unchanged.
    """
    if isinstance(raw, bytes | bytearray):
        try:
            raw = bytes(raw).decode("utf-8")
        except UnicodeDecodeError:
            return bytes(raw)
    if isinstance(raw, str):
        s = raw.strip()
        if s[:1] in "{[" and s[-1:] in "}]":
            with contextlib.suppress(ValueError, RecursionError):  # nested past the parser's depth: kept as text
                return json_loads(s)
    return raw


def cap_value(value: Any, limit: int) -> Any:
    """``value`` with every string cut to ``limit`` characters, in nested dicts and lists too
    (dict keys become strings); other values are returned unchanged."""
    if isinstance(value, str):
        return value[:limit]
    if isinstance(value, dict):
        return {str(k): cap_value(v, limit) for k, v in value.items()}
    if isinstance(value, list):
        return [cap_value(v, limit) for v in value]
    return value


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def without_surrogates(doc: Any) -> Any:
    """``doc`` (parsed JSON) with every lone surrogate in its strings and keys replaced by U+FFFD."""
    if isinstance(doc, str):
        return clean_text(doc, len(doc), controls=False)
    if isinstance(doc, list):
        return [without_surrogates(v) for v in doc]
    if isinstance(doc, dict):
        return {without_surrogates(k): without_surrogates(v) for k, v in doc.items()}
    return doc


class Probe(EngineKnowledge, ABC):
    """One engine's probe. Subclasses set the class attributes and implement the methods.

    Class attributes:
      * ``id``: snake_case engine id, equal to the module name; stable forever.
      * ``description``: one line for ``ajar probes`` and the docs.
      * ``default_ports``: ports where the engine usually listens (identification tries
        probes whose default ports include the open port first).
      * ``commands``: every command the probe may send, as the engine's log names them.
      * ``schemes``: URI schemes that name this engine (``redis``, ``rediss``).
      * ``transport``: ``http`` or ``tcp``; orders identification on unclaimed ports.

    A multi-step :meth:`access` calls :meth:`earn` with what it has proved before each step
    that may run long (a walk over databases), so a timeout there keeps the verdict earned.

    The engine's knowledge (``guide``, ``end_of_life``, ``weaknesses``, ``dataset_signals``)
    is declared here too, as :class:`~ajar.knowledge.EngineKnowledge` describes.
    """

    id: ClassVar[str]
    description: ClassVar[str]
    default_ports: ClassVar[tuple[int, ...]]
    commands: ClassVar[frozenset[str]]
    schemes: ClassVar[tuple[str, ...]] = ()
    #: ``http`` for engines spoken over HTTP. On a port no probe claims, HTTP probes are
    #: tried first: binary servers reject an HTTP request at once, while an HTTP server
    #: waits in silence for the rest of a binary handshake it cannot parse.
    transport: ClassVar[str] = "tcp"

    def __init__(self, target: Target, scope: Scope, limits: Limits) -> None:
        self.target = target
        self.scope = scope
        self.limits = limits
        #: every command sent, in order (tests compare it with the server's own log)
        self.sent: list[str] = []
        #: what the access check has proved so far (:meth:`earn`)
        self.earned: AccessResult | None = None

    def earn(self, result: AccessResult) -> AccessResult:
        """Record what the access check has already proved, before a step that may run long.

        When a later step of :meth:`access` times out or meets a malformed reply, the
        framework reports this verdict, its evidence and its signals, with the failure beside
        them, instead of ``unknown`` (an admin party proved by ``/_session`` is not lost to a
        slow walk over thousands of databases). Returns ``result``.
        """
        self.earned = result
        return result

    def walk(self, items: Sequence[T], ev: list[Evidence], what: str,
             stage: int = defaults.ACCESS_TIMEOUTS) -> Iterator[T]:
        """``items`` for a walk of one request each (towards one readable record in the access
        check; over databases in the inventory), bounded.

        At most ``limits.max_datasets`` of them (no more are inventoried), and only while half
        the stage's budget (``stage`` x ``--timeout``) is left, so what was found so far is
        returned in time. When the walk stops short, one evidence line says how far it went.
        """
        deadline = time.monotonic() + self.limits.timeout * stage / 2
        tried = 0
        for item in items[: self.limits.max_datasets]:
            if time.monotonic() > deadline:
                break
            tried += 1
            yield item
        if tried < len(items):
            ev.append(evidence(what, f"no record read in the first {tried} of {len(items)}; the check stops there"))

    def allow(self, command: str) -> str:
        """Record ``command`` as sent, or raise :class:`ForbiddenCommand` if undeclared."""
        self.check(command)
        self.sent.append(command)
        return command

    def check(self, command: str) -> str:
        """Raise :class:`ForbiddenCommand` if ``command`` is undeclared (for drivers that
        record what they send themselves, such as pymongo's command monitoring)."""
        if command not in self.commands:
            raise ForbiddenCommand(
                f"probe {self.id!r} tried to send {command!r}, which it does not declare; "
                f"add it to {type(self).__name__}.commands only if it is read-only"
            )
        return command

    @abstractmethod
    async def identify(self) -> Fingerprint:
        """Prove the engine speaks here, or raise :class:`~ajar.errors.NotThisEngine`."""

    @abstractmethod
    async def access(self) -> AccessResult:
        """Decide the verdict from what the server says; never by trying a write."""

    @abstractmethod
    async def inventory(self) -> list[DatasetRef]:
        """List datasets with counts and sizes, at most ``limits.max_datasets``."""

    @abstractmethod
    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        """Draw at most ``n`` random records the engine's own way."""

    async def recount(self, dataset: DatasetRef) -> int | None:
        """Count the dataset's records again (for growth during the scan); None if unknown."""
        return None

    async def close(self) -> None:  # noqa: B027 - optional hook; most probes need nothing
        """Release connections. Must never raise."""


class HttpProbe(Probe):
    """Base of the probes that speak HTTP (``transport = "http"``).

    It holds one httpx client, built on first use by :func:`ajar.net.http_client` (bound to
    the scope-checked target, no redirects, TLS when ``target.tls``) and closed by
    :meth:`close`. Requests go through :meth:`fetch` (or :meth:`fetch_json`), which records
    the declared ``command`` with :meth:`Probe.allow` before anything is sent and reads at
    most ``limit`` bytes of the reply (``max_reply`` unless given) through
    :func:`ajar.net.http_fetch`, so errors map to ajar's tree as everywhere else.
    """

    transport: ClassVar[str] = "http"
    #: default bound (bytes) of one reply read by :meth:`fetch`
    max_reply: ClassVar[int] = 16 << 20

    _client: httpx.AsyncClient | None = None

    def client(self) -> httpx.AsyncClient:
        """The probe's HTTP client, built on first use."""
        if self._client is None:
            self._client = http_client(self.scope, self.target.host, self.target.port,
                                       tls=self.target.tls, timeout=self.limits.timeout)
        return self._client

    async def fetch(
        self,
        command: str,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        limit: int | None = None,
        truncate: bool = False,
    ) -> tuple[httpx.Response, bytes]:
        """Send one declared request (``command``) and read at most ``limit`` bytes of the reply.

        Beyond ``limit`` the reply is cut when ``truncate``, else
        :class:`~ajar.errors.ProtocolMismatch` is raised (see :func:`ajar.net.http_fetch`).
        """
        self.allow(command)
        try:
            return await http_fetch(self.client(), command, method, path,
                                    limit=self.max_reply if limit is None else limit, truncate=truncate,
                                    params=params, json=json, headers=headers)
        except UnicodeEncodeError as e:  # a name the server sent (a lone surrogate) cannot go back out
            raise ProtocolMismatch(f"{command}: a name from the server cannot be sent in a request") from e
        except httpx.InvalidURL as e:  # a name too long for a URL: not an internal error
            raise ProtocolMismatch(f"{command}: a name from the server is too long to send in a request") from e

    async def fetch_json(
        self,
        command: str,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        limit: int | None = None,
        truncate: bool = False,
    ) -> tuple[httpx.Response, Any]:
        """:meth:`fetch`, with the body decoded as JSON (``None`` when empty or not JSON)."""
        r, raw = await self.fetch(command, method, path, params=params, json=json, headers=headers,
                                  limit=limit, truncate=truncate)
        try:
            doc = json_loads(raw) if raw else None
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
            return r, None
        # a "\udcff" escape decodes to a lone surrogate, which no request, file or terminal can
        # carry: names from this reply are sent back (quoted into paths) and reported
        if not _SURROGATE_ESCAPE.search(raw):
            return r, doc
        try:
            return r, without_surrogates(doc)
        except RecursionError:  # nested as deep as the parser allows: treated as not JSON
            return r, None

    async def close(self) -> None:
        """Close the HTTP client, if one was built; never raises."""
        if self._client is not None:
            with contextlib.suppress(Exception):
                await self._client.aclose()
            self._client = None
