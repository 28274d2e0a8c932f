"""Where a scan's checkpoint lives: in the store (the default) or, with ``--no-store``, in a journal file.

``ajar scan`` opens a new checkpointed run here, and ``ajar scan --resume [RUN]`` finds the
interrupted one: in the store unless ``--no-store``, and among the journal files of runs started
with ``--no-store`` (the newest of both when no id is given). The two kinds of run record the same
events (:class:`~ajar.pipeline.checkpoint.RunLog`); this module only chooses between them, above
both the pipeline and the store.
"""

from __future__ import annotations

from typing import Any

from ajar.config import ScanConfig
from ajar.errors import StoreError, UsageError
from ajar.pipeline.checkpoint import FileRun, Replay, SavedRun, state_dir, with_seed


def find_run(run_id: str | None, store: str | None, no_store: bool, quiet: bool = False) -> SavedRun:
    """The interrupted run ``run_id``, or the last one: in the store (unless ``no_store``) and
    among the journal files of ``--no-store`` runs; :class:`UsageError` if there is none."""
    stored: list[str] = []
    if not no_store:
        from ajar.store.checkpoint import StoreRun

        db = _open_store(store, quiet)
        stored = [r for r in StoreRun.ids(db) if r == run_id or not StoreRun.running(r)]
        if run_id in stored or (not run_id and stored and not _newer_file_run(stored[-1])):
            return StoreRun(db, run_id or stored[-1])
        db.close()
    try:
        return FileRun.open(run_id)
    except UsageError:
        if no_store:
            raise
        known = f"; interrupted runs in the store: {', '.join(reversed(stored[-5:]))}" if stored else ""
        raise UsageError(f"no interrupted run {'to resume' if not run_id else repr(run_id)} in the store or in "
                         f"{state_dir()} (where --no-store runs keep theirs){known}") from None


def _newer_file_run(than: str) -> bool:
    """Whether an interrupted ``--no-store`` run started after the run id ``than``."""
    try:
        return FileRun.open(None).id > than
    except UsageError:
        return False


def open_run(config: ScanConfig, resume: str | None, output: dict[str, Any] | None = None, *,
             store: str | None = None, no_store: bool = False,
             quiet: bool = False) -> tuple[ScanConfig, SavedRun, Replay | None]:
    """A new checkpointed run of ``config`` (in the store, or a journal file with ``no_store``), or
    (``resume`` not None) the interrupted run to finish (``""``: the last one). ``quiet``: no note
    that the store was made."""
    if resume is not None:
        run = find_run(resume or None, store, no_store, quiet)
        return run.config(), run, run.replay()
    config = with_seed(config)
    if no_store:
        return config, FileRun.create(config, output), None
    from ajar.store.checkpoint import StoreRun

    return config, StoreRun.create(_open_store(store, quiet), config, output), None


def _open_store(url: str | None, quiet: bool) -> Any:
    """The store, or a :class:`UsageError` (before any traffic) that names the way out."""
    from ajar.store import Store

    try:
        st = Store(url)
    except StoreError as e:
        raise UsageError(f"{e}; the scan's checkpoint goes to the store: fix --store/AJAR_STORE, or scan "
                         "with --no-store (the checkpoint is then a journal file)") from None
    from ajar.terminal import note_new_store

    note_new_store(st, quiet)
    return st
