"""The whole scan: stages wired together, streaming from one to the next.

Discovery yields open ports as it finds them; each open port becomes a task that runs
identify → access → inventory → sample → classify → assess (``pipeline/probe.py``) while
discovery goes on; each finished service is handed to the observer at once. Everything
runs inside :func:`ajar.net.guard`, so no socket can reach outside the scope.

The probes (and their drivers), the classifier and the assessment are imported when first
needed (a target that names a scheme, no ``--ports``, an open port, a local path), not
before discovery starts: a sweep that finds nothing costs no driver import.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import threading
from collections import Counter
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ajar import __version__, defaults
from ajar.config import ScanConfig
from ajar.knowledge import Signal
from ajar.models import Access, Coverage, Dataset, Report, ScopeInfo, Service, Status, ToolInfo, local_host
from ajar.names import seal_dataset, seal_report, seal_service, theirs
from ajar.net import guard
from ajar.pipeline.checkpoint import Replay, RunLog, with_seed
from ajar.pipeline.discover import PortResult, job_count, processes_for, sweep
from ajar.pipeline.scope import HostPort, ParsedScope, parse

if TYPE_CHECKING:
    from ajar.probes.base import Limits, Probe
    from ajar.sources.base import FileDataset

_log = logging.getLogger("ajar.discover")


class Observer:
    """Receives progress and results as they happen. The CLI draws them; tests may record them."""

    def start(self, stage: str, total: int | None) -> None:
        """A stage begins; ``total`` units of work if known."""

    def advance(self, stage: str, n: int = 1) -> None:
        """``n`` units of ``stage`` are done."""

    def add_total(self, stage: str, n: int = 1) -> None:
        """``stage`` has ``n`` more units of work."""

    def dataset(self, service: Service, dataset: Dataset) -> None:
        """A dataset was sampled and classified."""

    def service(self, service: Service) -> None:
        """A service is finished: every stage has run on it."""


def schemes(probes: Sequence[type[Probe]]) -> dict[str, str]:
    """URI scheme → engine id, from the registry."""
    out: dict[str, str] = {}
    for p in probes:
        for s in p.schemes:
            out[s] = p.id
    return out


def default_ports(probes: Sequence[type[Probe]]) -> list[int]:
    """Every registered probe's default ports, sorted."""
    return sorted({port for p in probes for port in p.default_ports})


def registry() -> Sequence[type[Probe]]:
    """The built-in probes (:data:`ajar.probes.PROBES`), imported on first use: they bring every driver."""
    from ajar.probes import PROBES

    return PROBES


def parse_scope(config: ScanConfig, probes: Sequence[type[Probe]] | None = None) -> ParsedScope:
    """Parse the config's targets (raises :class:`~ajar.errors.TargetError` on bad input).

    ``probes`` (default: the registry) give the URI schemes; only a target that names a scheme needs them."""
    if probes is None:
        probes = registry() if any("://" in t for t in config.targets) else ()
    return parse(config.targets, config.exclude, schemes(probes), config.max_addresses)


async def scan(
    config: ScanConfig,
    observer: Observer | None = None,
    probes: Sequence[type[Probe]] | None = None,
    parsed: ParsedScope | None = None,
    run: RunLog | None = None,
    replay: Replay | None = None,
    positions: tuple[int, int] | None = None,
) -> Report:
    """Run a scan and return its report. Bad targets raise before any traffic.

    ``parsed`` is the config's scope when the caller already parsed it (to fail early).
    ``run`` records progress and results as they come (the checkpoint of ``--resume``; written
    in batches, and whole at the end of each stage and when the scan stops, even on a signal or
    an error; the caller forgets it once the report is safe);
    ``replay`` is what an interrupted run had done: its services are kept, its open ports
    still to probe are probed, and discovery goes on from its checkpoint. ``positions`` limits
    discovery to that range of the seeded permutation (one shard of a shared-out scan).
    ``probes`` default to the registry, imported when first needed.
    """
    obs = observer or Observer()
    parsed = parsed or parse_scope(config, probes)
    config = with_seed(config)
    started = datetime.now(UTC)
    engines: list[Sequence[type[Probe]]] = [probes] if probes is not None else []
    limited: list[Limits] = []

    def probes_() -> Sequence[type[Probe]]:
        if not engines:
            engines.append(registry())
        return engines[0]

    def limits() -> Limits:
        if not limited:
            from ajar.probes.base import Limits

            limited.append(Limits(
                sample=config.sample, max_datasets=config.max_datasets, timeout=config.timeout,
                listen_seconds=config.listen_seconds, try_default_credentials=config.try_default_credentials,
            ))  # fmt: skip
        return limited[0]

    ports = config.ports or (default_ports(probes) if probes is not None else list(defaults.PORTS))
    services: list[Service] = []
    errors: list[str] = []
    done_before = {(s.host, s.port) for s in replay.services} if replay else set()
    # a resumed discovery re-walks what came after its last checkpoint: what it finds again is known
    known = done_before | ({(ep.host, port) for ep, port in replay.pending} if replay else set())

    def finish(svc: Service, *, fresh: bool = True) -> None:
        if fresh:
            seal_service(svc)  # names from the target are masked before anyone sees the service
        services.append(svc)
        obs.service(svc)
        if run is not None and fresh:
            run.service(svc)

    def on_dataset(svc: Service, ds: Dataset) -> None:
        seal_dataset(ds)
        obs.dataset(svc, ds)

    for svc in replay.services if replay else []:
        finish(svc, fresh=False)  # sealed and journaled when it was first finished
    # the local paths the interrupted run finished, by their services' hosts as journaled (sealed): a path is
    # compared masked too, and two paths masked alike (``./u8**********00``) are told apart by their number
    # (paths are read in turn, so those finished are the first of each mask)
    paths_done = Counter(s.host for s in replay.services if s.port == 0) if replay else Counter[str]()
    for path in parsed.paths:
        if paths_done[sealed := theirs(local_host(str(path)))] > 0:
            paths_done[sealed] -= 1
            continue
        try:
            scanned = await _scan_path_off_loop(path, config, jobs_for(config.jobs), obs)
        except Exception as e:  # noqa: BLE001 - a bug in one path must not end the scan
            scanned = [Service(host=local_host(str(path)), port=0, engine="files", status=Status.ERROR,
                               error=f"internal error: {type(e).__name__}: {theirs(str(e), 200)}")]
            errors.append(f"{theirs(str(path))}: {scanned[0].error}")
        for svc in scanned:
            finish(svc)

    sem = asyncio.Semaphore(config.services)

    async def one(ep: HostPort, port: int) -> None:
        from ajar.pipeline.probe import probe_service
        from ajar.probes.base import Target

        host = ep.host
        async with sem:
            try:
                target = Target(host, port, ep.hostname, ep.engine_hint, ep.tls, ep.path)
                svc = await probe_service(probes_(), target, parsed.scope, limits(),
                                          on_dataset=on_dataset)
            except Exception as e:  # noqa: BLE001 - a bug in one service must not end the scan
                svc = Service(host=host, port=port, status=Status.ERROR,
                              error=f"internal error: {type(e).__name__}: {theirs(str(e), 200)}")
                errors.append(f"{host}:{port}: {svc.error}")
        obs.advance("probe")
        finish(svc)

    tasks: set[asyncio.Task[None]] = set()

    def probe_later(ep: HostPort, port: int) -> None:
        obs.add_total("probe")
        task = asyncio.create_task(one(ep, port))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    with guard(parsed.scope), _flushed(run):
        obs.start("probe", 0)
        for ep, port in replay.pending if replay else []:
            probe_later(ep, port)
        if config.from_discovery:
            obs.start("discover", None)
            source = _from_file(parsed, config.from_discovery, done_before)
        else:
            jobs = job_count(parsed, ports)
            obs.start("discover", jobs)
            source = sweep(
                parsed, ports, timeout=config.connect_timeout, concurrency=config.concurrency,
                per_host=config.per_host, rate=config.rate, seed=config.seed,
                resume=replay.checkpoint if replay else None, positions=positions,
                on_done=lambda n: obs.advance("discover", n), on_checkpoint=run.mark if run else None,
                checkpoint_every=0.25, processes=processes_for(jobs, config.per_host, config.rate),
            )  # fmt: skip
        async for res in source:
            ep = res.endpoint
            if (ep.host, res.port) in known:
                continue
            if res.state != "open":
                status = Status.REFUSED if res.state == "closed" else Status.TIMEOUT
                finish(Service(host=ep.host, port=res.port, hostname=ep.hostname, status=status,
                               error=f"port is {res.state}"))
                continue
            if run is not None:
                run.found(ep, res.port)
            probe_later(ep, res.port)
        if run is not None:
            run.flush()  # the end of discovery
        while tasks:
            await asyncio.gather(*tasks)

    services.sort(key=lambda s: (_addr_key(s.host), s.port))
    return seal_report(Report(
        tool=ToolInfo(version=__version__),
        scope=ScopeInfo(targets=list(config.targets), exclude=list(config.exclude), ports=ports,
                        swept=not config.from_discovery,
                        local=list(parsed.local)),
        started=started,
        finished=datetime.now(UTC),
        services=services,
        errors=errors,
    ))


@contextmanager
def _flushed(run: RunLog | None) -> Iterator[None]:
    """Write the checkpoint's waiting events when the stages end, however they end (an error, a
    signal's cancellation: then a failed write does not hide why the scan stopped)."""
    try:
        yield
    except BaseException:
        if run is not None:
            with suppress(Exception):
                run.flush()
        raise
    if run is not None:
        run.flush()


async def _from_file(parsed: ParsedScope, path: str, done: set[tuple[str, int]]) -> AsyncIterator[PortResult]:
    """Open ports from a masscan/nmap/naabu file, each checked against the scope; duplicates once."""
    from ajar.pipeline.imports import read_discovery  # XML and its parser: only for a discovery file

    seen: set[tuple[str, int]] = set(done)
    outside = 0
    for i, d in enumerate(read_discovery(path)):
        try:
            ip = ipaddress.ip_address(d.host.split("%", 1)[0])
        except ValueError:
            outside += 1  # a name, not an address: the file cannot widen the scope through DNS
            continue
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        host = str(ip)
        if not parsed.scope.allows(host):
            outside += 1
            continue
        if (host, d.port) not in seen:
            seen.add((host, d.port))
            yield PortResult(HostPort(host), d.port, "open")
        if i % 256 == 255:
            await asyncio.sleep(0)  # let the probes run while the file is read
    if outside:
        _log.warning("%d entries of the discovery file %s are outside the scope named on the command line: "
                     "dropped, never contacted", outside, path)


def _addr_key(host: str) -> tuple[int, str]:
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return (2, host)
    return (ip.version, f"{int(ip):040d}")


class _FileLimits(Protocol):
    """What bounds reading local files: the scan's config or a probe's :class:`Limits` (read-only)."""

    @property
    def sample(self) -> int: ...
    @property
    def max_datasets(self) -> int: ...
    @property
    def timeout(self) -> float: ...


@cache
def _freeze_startup() -> None:
    """Once per process, before the first files are read: what start-up made (modules, models, the
    detectors' vocabularies, the field model) is moved out of the garbage collector's sight
    (``gc.freeze``), so the collections that reading and classifying cause do not walk it again and
    again, and the forked reader does not copy its pages by walking it. Results are unchanged."""
    import gc

    gc.freeze()


def jobs_for(jobs: int | None) -> int:
    """The processes that read and classify local files (``--jobs``): as asked, else the CPUs this
    process may use, up to :data:`~ajar.defaults.JOBS`."""
    if jobs is not None:
        return jobs
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = os.cpu_count() or 1
    return max(1, min(usable, defaults.JOBS))


@contextmanager
def _kept() -> Iterator[None]:
    """A block that makes what lives as long as the process (modules, the field model, vocabularies): the
    garbage collector does not run in it (its collections would walk those objects again and again, ~5 % of
    the instructions of such imports and more of their time), and what it made is frozen after it
    (``gc.freeze``, as :func:`_freeze_startup` does). Results are unchanged."""
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


@cache
def _classifier() -> None:
    """Once per process, before the first dataset is classified: classification's modules (the detectors
    and their vocabularies) imported, then frozen (:func:`_kept`; a path with no dataset imports none of it)."""
    with _kept():
        from ajar.pipeline import assess, classify

        del assess, classify


def _warm() -> None:
    """Import and load what classifying and assessing need (:func:`_classifier`, the field model, the
    ransom-note wording, the place vocabulary) before the reader children are forked, so they share it
    instead of each loading its own."""
    with _kept():
        from ajar.pipeline import compromise, model, places

        _classifier()
        model.load_model()
        compromise.wording()
        places.vocabulary()


async def _scan_path_off_loop(path: Path, config: ScanConfig, jobs: int, obs: Observer) -> list[Service]:
    """:func:`_scan_path` in a thread, so that the loop (and its Ctrl-C handler) runs meanwhile.

    When the scan is cancelled (Ctrl-C, SIGTERM), the thread is told to stop: its reader children
    are killed and it returns within a second (so no thread keeps the process alive at exit); the
    datasets it had finished are shown (``obs.service``, for the partial report) but not journaled,
    so ``--resume`` reads the path again. Then the cancellation goes on."""
    stop = threading.Event()
    job = asyncio.get_running_loop().run_in_executor(
        None, lambda: _scan_path(path, config, config.file_depth, jobs, stop=stop))
    try:
        return await asyncio.shield(job)
    except asyncio.CancelledError:
        stop.set()
        with suppress(Exception):
            for svc in await job:
                seal_service(svc)
                obs.service(svc)
        raise


def _scan_path(
    path: Path, limits: _FileLimits, depth: int = defaults.FILE_DEPTH, jobs: int = 1, *,
    stop: threading.Event | None = None,
) -> list[Service]:  # fmt: skip
    """A local path (a dump file or a directory of them) as one ``files`` service (no probe and no
    driver is imported for it).

    With ``jobs`` >= 2 (and ``fork``), up to ``jobs`` reader children read the files and classify and
    assess their datasets at once (:func:`~ajar.sources.files.read_path`'s ``handle``), sending back
    each dataset's report and signals, never its sample; the report is the one ``jobs=1`` makes (there
    the one reader child reads and this process classifies). When ``stop`` is set (from another thread)
    the reading stops within a second, its children killed: the service holds the datasets finished
    before, and says so in its error."""
    from functools import partial

    with _kept():
        from ajar.pipeline.assess import assess_service
        from ajar.sources.base import numbered
        from ajar.sources.files import FILE_SECONDS_PER_TIMEOUT, FilesKnowledge, Stopped, read_path
        from ajar.sources.files import Coverage as FileCoverage

    handle = partial(_file_dataset, seconds=limits.timeout * defaults.CLASSIFY_TIMEOUTS)
    if not hasattr(os, "fork"):  # the pool is forked; without fork, one process classifies
        jobs = 1
    _freeze_startup()
    svc = Service(host=local_host(str(path)), port=0, engine=FilesKnowledge.id, status=Status.SUCCESS,
                  access=Access.OPEN, tls=None)
    found: list[Signal] = []
    given: set[str] = set()  # the datasets' names, sealed: each names one dataset in the report and the store
    last: dict[str, int] = {}  # the number each was last given (numbered)
    coverage = FileCoverage()
    seconds = FILE_SECONDS_PER_TIMEOUT * limits.timeout
    stopped = False
    try:
        for fd in read_path(
            path, limits.sample, coverage, seconds=seconds, max_datasets=limits.max_datasets, max_depth=depth,
            jobs=jobs, handle=handle, handle_seconds=2 * limits.timeout * defaults.CLASSIFY_TIMEOUTS + 10,
            before_fork=_warm, stop=stop,
        ):  # fmt: skip
            ds, signals = fd.handled if fd.handled is not None else handle(fd)
            made = ds.name
            seal_dataset(ds)  # now, while the reader children work (sealed again with the service: found at once)
            if ds.name in given:  # one name for two datasets: a name made inside a file (a.json's array b) may be
                ds.name = numbered(ds.name, given, last)  # another file's (a.b.csv), two names may mask alike
                signals = [replace(s, datasets=tuple(ds.name if d == made else d for d in s.datasets)) for s in signals]
            given.add(ds.name)
            svc.datasets.append(ds)
            found.extend(signals)
    except Stopped:
        stopped = True
    svc.coverage = Coverage(files_read=coverage.files_read, skipped=dict(coverage.skipped))
    if not any(ds.sampled for ds in svc.datasets):
        # `open` means records were read (DESIGN §4): names alone are metadata, nothing at all is unknown
        svc.access = Access.METADATA if svc.datasets else Access.UNKNOWN
        skipped = ", ".join(f"{n:,} {why}" for why, n in sorted(coverage.skipped.items()))
        svc.error = (f"no records read: {coverage.files_read:,} file(s) read, {len(svc.datasets):,} dataset(s) found"
                     + (f", skipped: {skipped}" if skipped else ""))
    if stopped:
        svc.error = (f"stopped before every file was read: {len(svc.datasets):,} dataset(s) finished"
                     + (f" ({svc.error})" if svc.error else ""))
    assess_service(svc, found, FilesKnowledge)
    return [svc]


def _file_dataset(fd: FileDataset, seconds: float) -> tuple[Dataset, list[Signal]]:
    """One dataset read from a file, classified (within ``seconds`` of CPU) and assessed: its report and
    signals (in the scan's process, or in the reader child that read it)."""
    _classifier()
    from ajar.pipeline.assess import DatasetEvidence, assess_dataset
    from ajar.pipeline.classify import classify_records
    from ajar.sources.files import FilesKnowledge

    ds = Dataset(name=fd.name, kind=fd.kind, records=fd.records, size_bytes=fd.size_bytes, notes=list(fd.notes))
    if fd.error:
        ds.notes.append(fd.error)
        if not fd.sample:  # what was read before the problem is still classified
            return ds, []
    ds.sampled = len(fd.sample)
    try:
        # bounded as a network sample's classification is (fields past the time are a note, not a hang)
        classified = classify_records(fd.sample, seconds=seconds)
        ds.fields, ds.movement_trail = classified.fields, classified.movement_trail
        ds.inferred, ds.composition = classified.inferred, classified.composition
        ds.notes.extend(classified.notes)
        return ds, assess_dataset(ds, DatasetEvidence(records=fd.sample, classified=classified),
                                  knowledge=FilesKnowledge, now=datetime.now(UTC))
    except Exception as e:  # noqa: BLE001 - one dataset failing does not stop the others
        ds.fields, ds.inferred = [], []
        ds.notes.append(f"classification failed: internal error ({type(e).__name__})")
        return ds, []
