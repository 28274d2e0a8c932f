"""Stages 3 to 8 for one service: identify, access, inventory, sample, classify, assess.

The framework side of the probe contract (``probes/base.py``): it orders candidate
probes by port hint, retries over TLS, applies time limits, cuts samples to the limit,
turns every exception into a recorded :class:`~ajar.models.Status` (never a crash, never
"closed"), and keeps what was found before a failure. Raw records live only inside
:func:`probe_service` and are dropped when it returns.
"""

from __future__ import annotations

import asyncio
import os
import struct
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from ajar import defaults
from ajar.bounds import bound_evidence, bound_fingerprint, bound_record, bound_ref, clean_text, count_of
from ajar.errors import NotThisEngine, ProbeTimeout
from ajar.knowledge import Signal
from ajar.models import Access, BannerKind, Dataset, Service, Status
from ajar.names import theirs
from ajar.net import Scope, open_stream, status_of, tls_handshake_ok
from ajar.pipeline.assess import DatasetEvidence, assess_dataset, assess_service
from ajar.pipeline.classify import classify_records
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, Limits, Probe, Target

T = TypeVar("T")

#: errors that a reply the probe could not make sense of raises (a value of the wrong type or
#: size, a broken encoding, a nesting too deep): a protocol error of the server, not ajar's own
MALFORMED = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError, OverflowError,
             struct.error, UnicodeError)

#: status of a failed identification, from most to least telling
_STATUS_ORDER = (Status.TLS_ERROR, Status.PROTOCOL_ERROR, Status.NOT_THIS_ENGINE, Status.TIMEOUT,
                 Status.REFUSED, Status.ERROR)


def candidates(probes: Sequence[type[Probe]], port: int, hint: str | None) -> list[type[Probe]]:
    """Probes to try on ``port``: the URI's engine, those whose default ports match, then HTTP
    engines (binary servers turn an HTTP request away at once; HTTP servers wait in silence on
    a binary handshake), then the rest."""
    first = [p for p in probes if p.id == hint]
    by_port = [p for p in probes if p.id != hint and port in p.default_ports]
    rest = [p for p in probes if p not in first and p not in by_port]
    rest.sort(key=lambda p: p.transport != "http")
    return first + by_port + rest


async def _limited(coro: Awaitable[T], seconds: float, what: str) -> T:
    """``coro`` within ``seconds`` in total, however its reads are paced (else ProbeTimeout).

    Past the deadline its task is cancelled, and cancelled again while it runs on (a driver's
    ``wait_for`` under Python 3.11 can swallow a cancellation that lands as a read completes),
    for at most :data:`_CANCEL_GRACE` seconds: the caller gets its ProbeTimeout in time
    whatever the task does. Its outcome is always retrieved, even when the caller is cancelled
    while the task fails in its own cleanup (a reset peer): no "Task exception was never
    retrieved" on stderr.
    """
    task = asyncio.ensure_future(coro)
    task.add_done_callback(_retrieve)
    try:
        done, _ = await asyncio.wait({task}, timeout=seconds)
    except asyncio.CancelledError:
        task.cancel()
        raise
    if not done:
        end = time.monotonic() + _CANCEL_GRACE
        while not task.done() and time.monotonic() < end:
            task.cancel()
            await asyncio.wait({task}, timeout=0.1)
        raise ProbeTimeout(f"{what} took longer than {seconds:g}s")
    return task.result()


#: seconds a cancelled step gets to end (its cleanups: closing connections) before it is left
_CANCEL_GRACE = 1.0


def _retrieve(task: asyncio.Future[T]) -> None:
    if not task.cancelled():
        task.exception()


#: What the framework itself sends to tell an HTTP server from any other on an unclaimed port.
HTTP_SNIFF = b"GET / HTTP/1.0\r\n\r\n"

#: Everything the framework sends on its own, besides the probes' declared commands: on a
#: port no probe claims (or after the claiming probes failed), a TLS ClientHello to tell a
#: TLS-only server, and the HTTP sniff. Both are read-only; ``ajar probes`` lists them.
FRAMEWORK_SENDS: tuple[str, ...] = ("TLS ClientHello (handshake only)", "GET / HTTP/1.0")


async def http_sniff(scope: Scope, target: Target, timeout: float) -> Status | None:
    """Does ``target`` speak HTTP? None if it does, else the status to record for HTTP probes.

    One ``GET /`` (read-only), read until 5 bytes arrive: a reply that is not ``HTTP/`` rules
    out every HTTP engine at once, so a binary port does not cost each HTTP probe a timeout.
    """
    try:
        s = await open_stream(scope, target.host, target.port, timeout=timeout, tls=target.tls, budget=4096)
    except Exception as e:  # noqa: BLE001 - the probes themselves will record the failure
        return status_of(e)
    head = b""
    try:
        async with asyncio.timeout(timeout):  # in total: a server may trickle a byte at a time
            await s.send(HTTP_SNIFF)
            while len(head) < 5:
                chunk = await s.read(5 - len(head))
                if not chunk:
                    break
                head += chunk
    except TimeoutError:
        return Status.TIMEOUT
    except Exception as e:  # noqa: BLE001 - a timeout or a reset decides the same way
        return status_of(e)
    finally:
        await s.close()
    return None if head.startswith(b"HTTP/") else Status.NOT_THIS_ENGINE


#: how long the framework listens for a server that speaks first, once no probe recognised it
BANNER_WAIT = 2.0


def banner_kind(first: bytes) -> BannerKind:
    """The kind of service a first reply belongs to (ssh, smtp, ftp), ``unknown`` otherwise.

    Only what a server says on its own, before anything is sent, is read here: an SSH version
    line (RFC 4253 §4.2), or a ``220`` greeting naming FTP or SMTP (RFC 959, RFC 5321).
    """
    head = first[:512]
    if head.startswith(b"SSH-"):
        return BannerKind.SSH
    if head[:4] in (b"220 ", b"220-"):
        low = head.lower()
        if b"ftp" in low:
            return BannerKind.FTP
        if b"smtp" in low or b"mail" in low:
            return BannerKind.SMTP
    return BannerKind.UNKNOWN


async def read_banner(scope: Scope, target: Target, timeout: float) -> BannerKind:
    """Connect without sending anything and classify what the server says first (if it does)."""
    try:
        s = await open_stream(scope, target.host, target.port, timeout=timeout, tls=target.tls, budget=4096)
    except Exception:  # noqa: BLE001 - a port that no longer answers has no banner to tell
        return BannerKind.UNKNOWN
    first = b""
    try:
        async with asyncio.timeout(timeout):  # in total: a server may trickle a byte at a time
            while len(first) < 512 and b"\n" not in first:
                chunk = await s.read(512 - len(first))
                if not chunk:
                    break
                first += chunk
    except Exception:  # noqa: BLE001 - silence, a trickle or a reset: classify what came
        pass
    finally:
        await s.close()
    return banner_kind(first)


class _Refused(Exception):
    """The port refused a connection: identification stops at once."""


def identify_seconds(limits: Limits) -> float:
    """The time budget of identification (the banner read and cleanups come on top)."""
    return max(defaults.IDENTIFY_TIMEOUTS * limits.timeout, defaults.IDENTIFY_MIN_SECONDS)


async def identify(
    probes: Sequence[type[Probe]], target: Target, scope: Scope, limits: Limits
) -> tuple[Probe, Fingerprint] | tuple[None, tuple[Status, str, BannerKind | None]]:
    """Find the engine on ``target``: (probe, fingerprint), or (None, (status, reason, banner)).

    1. Probes that claim the port (by URI scheme or default port) try first, as the target says
       (plain, or TLS for ``rediss://`` and the like): the common case costs one handshake.
    2. Then, unless TLS was asked for, one TLS handshake tells a TLS-only server: if it
       succeeds, every probe from here on speaks TLS (a plain handshake to a TLS server only
       earns a reset, or a silence that costs a timeout).
    3. The remaining probes: HTTP engines first, one after the other, behind one ``GET /``
       sniff (:func:`http_sniff`); then the other engines' handshakes side by side, each on
       its own connection, the first to succeed winning (a handshake of one protocol can leave
       a server of another waiting in silence; racing them costs one timeout, not one each).

    Everything runs within one time budget; what failed, and how, becomes the status. When no
    engine answered, the banner says what the port speaks instead: ``tls`` when only a TLS
    handshake succeeded, ``http`` when the sniff was answered in HTTP, else what the server
    says first on its own (:func:`read_banner`); a recognised banner makes the status
    ``not_this_engine``. An engine is only ever named by its probe, from a reply only it gives.
    """
    failures: list[tuple[Status, str]] = []
    tls_only = False
    http_seen = False
    budget = time.monotonic() + identify_seconds(limits)
    order = candidates(probes, target.port, target.engine_hint)
    claimed = [c for c in order if c.id == target.engine_hint or target.port in c.default_ports]

    def target_for(tls: bool) -> Target:
        return Target(target.host, target.port, target.hostname, target.engine_hint, tls, target.path)

    async def attempt(cls: type[Probe], t: Target) -> tuple[Probe, Fingerprint] | None:
        left = budget - time.monotonic()
        if left <= 0:
            return None
        probe = cls(t, scope, limits)
        found = False
        try:
            fp = await _limited(probe.identify(), min(left, limits.timeout * 2), f"{cls.id} handshake")
            found = True
            return probe, fp
        except Exception as e:  # noqa: BLE001 - every failure becomes a recorded status
            why = f"{cls.id}{' over TLS' if t.tls else ''}: {_said(e, 160)}"
            failures.append((status_of(e), clean_text(why, 200)))
            if status_of(e) == Status.REFUSED:
                raise _Refused from e
            return None
        finally:
            if not found:
                await asyncio.shield(probe.close())

    async def race(classes: list[type[Probe]], t: Target) -> tuple[Probe, Fingerprint] | None:
        tasks = [asyncio.create_task(attempt(cls, t)) for cls in classes]
        winner: tuple[Probe, Fingerprint] | None = None
        try:
            for next_done in asyncio.as_completed(tasks):
                if (found := await next_done) is not None:
                    winner = found
                    return found
            return None
        finally:
            for task in tasks:
                task.cancel()
            done = await asyncio.gather(*tasks, return_exceptions=True)
            for res in done:  # a second engine answering the same port: keep the first
                if isinstance(res, tuple) and res is not winner:
                    await res[0].close()

    try:
        t = target_for(target.tls)
        for cls in claimed:
            if found := await attempt(cls, t):
                return found
        if not target.tls and budget > time.monotonic():
            if await tls_handshake_ok(scope, t.host, t.port, min(limits.timeout, 2.0)):
                tls_only = True
                t = target_for(True)
                for cls in claimed:
                    if found := await attempt(cls, t):
                        return found
        rest = [c for c in order if c not in claimed]
        http = [c for c in rest if c.transport == "http"]
        if http and budget > time.monotonic():
            sniffed = await http_sniff(scope, t, min(limits.timeout, 2.0, budget - time.monotonic()))
            if sniffed is not None:
                failures.append((sniffed, "HTTP engines: the port does not answer HTTP"))
            else:
                http_seen = True
                for cls in http:
                    if found := await attempt(cls, t):
                        return found
        others = [c for c in rest if c.transport != "http"]
        if others and budget > time.monotonic():
            if found := await race(others, t):
                return found
        if budget <= time.monotonic():
            failures.append((Status.TIMEOUT, "identification ran out of time"))
    except _Refused:
        return None, (Status.REFUSED, "connection refused", None)
    if not failures:
        return None, (Status.ERROR, "no probe could be tried", None)
    status = min((s for s, _ in failures), key=_STATUS_ORDER.index)
    if status == Status.PROTOCOL_ERROR or status == Status.NOT_THIS_ENGINE:
        status = Status.NOT_THIS_ENGINE if all(s == Status.NOT_THIS_ENGINE for s, _ in failures) else status
    reason = "; ".join(r for s, r in failures if s == status)[:400]
    if tls_only:
        banner = BannerKind.TLS
    elif http_seen:
        banner = BannerKind.HTTP
    else:
        banner = await read_banner(scope, target_for(False), min(limits.timeout, BANNER_WAIT))
    if banner != BannerKind.UNKNOWN:
        status = Status.NOT_THIS_ENGINE
        reason = f"the port speaks {banner.value.upper()}, not a known engine: {reason}"[:400]
    return None, (status, f"no known engine answered: {reason}", banner)


async def probe_service(
    probes: Sequence[type[Probe]],
    target: Target,
    scope: Scope,
    limits: Limits,
    on_dataset: Callable[[Service, Dataset], None] | None = None,
) -> Service:
    """Run every stage against one open port and return its :class:`Service` (never raises)."""
    svc = Service(host=target.host, port=target.port, hostname=target.hostname, status=Status.SUCCESS)
    try:  # a last guard: identification's own budget, then the banner read and cleanups
        found = await _limited(identify(probes, target, scope, limits),
                               identify_seconds(limits) + BANNER_WAIT + 2 * limits.timeout, "identification")
    except ProbeTimeout as e:
        found = None, (Status.TIMEOUT, _failure(e, 300), None)
    if found[0] is None:
        svc.status, svc.error, svc.banner = found[1]
        return svc
    probe, fp = found
    fp = bound_fingerprint(fp)
    svc.engine, svc.version, svc.tls, svc.info = fp.engine, fp.version, fp.tls, dict(fp.info)
    svc.evidence.extend(fp.evidence)
    signals: list[Signal] = []
    acc: AccessResult | None = None
    try:
        acc = await _limited(probe.access(), limits.timeout * defaults.ACCESS_TIMEOUTS, "access check")
        _take_access(svc, acc, signals)
        if acc.access in (Access.OPEN, Access.METADATA):
            signals.extend(await _datasets(probe, svc, limits, on_dataset))
    except Exception as e:  # noqa: BLE001 - keep what was found, record why it stopped
        svc.status = status_of(e)
        svc.error = _failure(e, 300)
        if isinstance(e, NotThisEngine) or isinstance(e, MALFORMED):
            svc.status = Status.PROTOCOL_ERROR
        if acc is None and probe.earned is not None:  # a later step of the access check failed
            _take_access(svc, probe.earned, signals)
    finally:
        await probe.close()
        svc.info["commands_sent"] = sorted(set(probe.sent))
    assess_service(svc, signals, type(probe))
    return svc


def _take_access(svc: Service, acc: AccessResult, signals: list[Signal]) -> None:
    """The access verdict, its rights, its evidence and its signals (bounded) onto the service."""
    svc.access, svc.rights = acc.access, acc.rights
    svc.evidence.extend(bound_evidence(e) for e in acc.evidence[:50])
    signals.extend(_bound_signal(s) for s in acc.signals[:50])


def _failure(e: BaseException, limit: int) -> str:
    """An exception as a bounded, redacted note (its text may quote the server: :func:`~ajar.names.theirs`)."""
    if isinstance(e, MALFORMED):
        return clean_text(_said(e, limit), limit + 60)
    return clean_text(f"{type(e).__name__}: {theirs(str(e), limit)}", limit + 60)


def _said(e: BaseException, limit: int) -> str:
    """What an exception says, fit for a report. A malformed reply's Python exception (``too many
    values to unpack``, a KeyError naming the server's key) is not: it becomes where ajar's
    reading stopped, never the exception's text."""
    if not isinstance(e, MALFORMED):
        return theirs(str(e), limit)
    where = ""
    tb = e.__traceback__
    while tb is not None:  # the innermost frame of ajar's own code
        code = tb.tb_frame.f_code
        if f"{os.sep}ajar{os.sep}" in code.co_filename:
            where = f"{Path(code.co_filename).stem}.{code.co_name}"
        tb = tb.tb_next
    return "malformed reply: the server's answer does not have the shape of its protocol" + (
        f" (read by {where})" if where else "")


def _bound_signal(s: Signal) -> Signal:
    """A probe's signal with its dataset names and detail bounded (they may quote names)."""
    return Signal(s.rule, clean_text(s.detail, 2000), tuple(clean_text(d) for d in s.datasets[:100]))


async def _datasets(
    probe: Probe, svc: Service, limits: Limits, on_dataset: Callable[[Service, Dataset], None] | None
) -> list[Signal]:
    """Inventory, then each dataset in turn: sample, bound, classify, recount, assess.

    A dataset's raw records are dropped as soon as it is assessed, so at most one dataset's
    sample is in memory at a time. The growth window of a dataset runs from the inventory to
    its own recount, right after its sample. One dataset failing becomes a note on it.
    """
    signals: list[Signal] = []
    refs = await _limited(probe.inventory(), limits.timeout * defaults.INVENTORY_TIMEOUTS, "inventory")
    refs = [bound_ref(r) for r in refs[: limits.max_datasets]]
    t0 = time.monotonic()
    for ref in refs:
        ds = Dataset(name=ref.name, kind=ref.kind, records=ref.records, size_bytes=ref.size_bytes)
        svc.datasets.append(ds)
        if svc.access != Access.OPEN or ref.records == 0:
            continue
        try:
            signals.extend(await _one_dataset(probe, ds, ref, limits, t0))
        except Exception as e:  # noqa: BLE001 - one dataset failing does not stop the others
            ds.notes.append(f"sampling failed: {_failure(e, 200)}")
            continue
        if on_dataset:
            on_dataset(svc, ds)
    return signals


async def _one_dataset(probe: Probe, ds: Dataset, ref: DatasetRef, limits: Limits, t0: float) -> list[Signal]:
    """Sample, classify and assess one dataset; its raw records live only inside this call."""
    smp = await _limited(probe.sample(ref, limits.sample), limits.timeout * defaults.SAMPLE_TIMEOUTS,
                         f"sample of {theirs(ref.name)}")
    records = [bound_record(r, limits.max_value_bytes) for r in smp.records[: limits.sample]]
    newest = [bound_record(r, limits.max_value_bytes) for r in smp.newest[: limits.sample]]
    del smp
    ds.sampled = len(records)
    if ds.records is None and ref.records is not None:
        ds.records = ref.records  # counted while sampling (e.g. an object store read a whole file)
    # the worker thread cannot be cancelled, so it bounds itself (CPU time: half the deadline): past the deadline
    # it stops instead of classifying on, and where its share runs out first its fields come back with a note
    deadline = limits.timeout * defaults.CLASSIFY_TIMEOUTS
    classified = await _limited(asyncio.to_thread(classify_records, records, seconds=deadline / 2), deadline,
                                f"classification of {theirs(ref.name)}")
    ds.fields = classified.fields
    ds.movement_trail = classified.movement_trail
    ds.inferred, ds.composition = classified.inferred, classified.composition
    ds.notes.extend(classified.notes)
    ev = DatasetEvidence(records=records, classified=classified, count_before=ref.records, t_before=t0,
                         newest=newest)
    try:
        # a recount is a server's count like the inventory's: bounded the same (a 401-digit one is none)
        ev.count_after = count_of(await _limited(probe.recount(ref), limits.timeout, "recount"))
        ev.t_after = time.monotonic()
    except Exception as e:  # noqa: BLE001 - growth is optional evidence
        ds.notes.append(f"recount failed: {type(e).__name__}")
    # off the event loop and under a time limit (its patterns read sampled values), on a copy of
    # the dataset, so a run cut short by the limit can never change the one being reported
    work = ds.model_copy(deep=True)
    found = await _limited(asyncio.to_thread(assess_dataset, work, ev, knowledge=type(probe),
                                             now=datetime.now(UTC)),
                           limits.timeout * 4, f"assessment of {theirs(ref.name)}")
    for name in type(ds).model_fields:
        setattr(ds, name, getattr(work, name))
    return found
