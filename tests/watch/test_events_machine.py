"""A hypothesis state machine over the event logic (``ajar.watch.events.step``).

Runs are drawn at random: each service port is open (with some datasets, record counts, a
severity, perhaps a ransom note), locked, gone, filtered, unknown, or not tried at all. An
oracle written per exposure, from the rules in the module docstring, predicts the lifecycle
events; invariants hold after every run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from ajar.models import Severity
from ajar.watch.events import AddrStatus, EventKind, Policy, RunView, Seen, State, step

HOST = "127.0.0.1"
PORTS = (1, 2, 3)
DATASETS = ("a", "b")
SEVS = (Severity.LOW, Severity.HIGH, Severity.CRITICAL)

port_plan = st.one_of(
    st.sampled_from(["locked", "gone", "filtered", "unknown", "untried"]),
    st.tuples(st.just("open"), st.sampled_from(SEVS), st.booleans(),
              st.dictionaries(st.sampled_from(DATASETS), st.integers(0, 1000), max_size=2)),
)


def fp(port: int) -> str:
    return f"v1|service|redis|{HOST}|{port}|-"


@dataclass
class Oracle:
    """Per exposure: is it open, consecutive misses, baseline records, ever seen."""

    open: bool = False
    seen: bool = False
    misses: int = 0
    base: int | None = None
    lifecycle: list[str] = field(default_factory=list)


class EventMachine(RuleBasedStateMachine):
    @initialize(closed_after=st.integers(1, 3), factor=st.sampled_from([1.5, 2.0, 3.0]))
    def setup(self, closed_after: int, factor: float) -> None:
        self.policy = Policy(closed_after=closed_after, grew_factor=factor)
        self.states: dict[str, State] = {}
        self.oracle: dict[str, Oracle] = {}
        self.history: list[tuple[str, str]] = []

    @rule(plans=st.tuples(port_plan, port_plan, port_plan))
    def run(self, plans: tuple[object, object, object]) -> None:
        view = RunView()
        for port, plan in zip(PORTS, plans, strict=True):
            if plan == "untried":
                continue
            if isinstance(plan, tuple):
                _, sev, ransom, datasets = plan
                view.addresses[(HOST, port)] = AddrStatus.OPEN
                view.seen[fp(port)] = Seen(fp(port), "service", "redis", HOST, port, severity=sev, ransomed=ransom)
                for name, n in datasets.items():
                    d = f"{fp(port)}|{name}"
                    view.seen[d] = Seen(d, "dataset", "redis", HOST, port, dataset=name, parent=fp(port),
                                        severity=sev, records=n)
            else:
                view.addresses[(HOST, port)] = AddrStatus(plan)
        before = dict(self.states)
        changed, changes = step(self.states, view, self.policy)
        self.states.update(changed)
        got = {(c.kind, c.fingerprint) for c in changes}
        assert len(got) == len(changes), "one event of a kind per exposure per run"
        expected = self._predict(view, before)
        lifecycle = {(k, f) for k, f in got if k in (EventKind.NEW, EventKind.CLOSED, EventKind.REOPENED)}
        assert lifecycle == expected, (lifecycle, expected)
        for c in changes:
            self.history.append((c.fingerprint, c.kind.value))
            if c.kind == EventKind.GREW:
                assert c.detail["after"] > self.policy.grew_factor * c.detail["before"]
            if c.kind == EventKind.RANSOMED:
                assert view.seen[c.fingerprint].ransomed and not before[c.fingerprint].seen.ransomed
            # nothing is said about an exposure at an address that was not tried or could not tell
            host_port = (HOST, int(c.fingerprint.split("|")[4]))
            assert view.addresses.get(host_port) in (AddrStatus.OPEN, AddrStatus.LOCKED, AddrStatus.GONE,
                                                     AddrStatus.FILTERED)

    def _predict(self, view: RunView, before: dict[str, State]) -> set[tuple[EventKind, str]]:
        out: set[tuple[EventKind, str]] = set()
        for f in view.seen:
            o = self.oracle.setdefault(f, Oracle())
            if not o.seen:
                out.add((EventKind.NEW, f))
            elif not o.open:
                out.add((EventKind.REOPENED, f))
            o.seen, o.open, o.misses = True, True, 0
        for f, o in self.oracle.items():
            if f in view.seen or not o.open:
                continue
            port = int(f.split("|")[4])
            is_dataset = f.count("|") > 5
            if is_dataset:
                if fp(port) not in view.seen:
                    continue
                status = AddrStatus.GONE
            else:
                status = view.addresses.get((HOST, port), AddrStatus.UNKNOWN)
                if status == AddrStatus.UNKNOWN:
                    continue
            o.misses += 1
            if (status == AddrStatus.LOCKED and not is_dataset) or o.misses >= self.policy.closed_after:
                o.open = False
                out.add((EventKind.CLOSED, f))
        return out

    @invariant()
    def lifecycle_alternates(self) -> None:
        if not hasattr(self, "history"):
            return
        per: dict[str, list[str]] = {}
        for f, k in self.history:
            if k in ("new", "closed", "reopened"):
                per.setdefault(f, []).append(k)
        for seq in per.values():
            assert seq[0] == "new" and seq.count("new") == 1
            for i, k in enumerate(seq[1:], 1):
                assert k == ("closed" if i % 2 else "reopened"), seq

    @invariant()
    def state_matches_oracle(self) -> None:
        if not hasattr(self, "states"):
            return
        for f, s in self.states.items():
            assert s.open == self.oracle[f].open, f


TestEvents = EventMachine.TestCase
TestEvents.settings = settings(max_examples=150, stateful_step_count=25, deadline=None)
