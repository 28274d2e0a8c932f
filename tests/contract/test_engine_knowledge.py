"""Adding an engine is one probe file, one registry line and its tests (issue 8).

A TOY engine is written here, in the test itself: a line protocol served on loopback and a
probe that declares what it knows (guide, end-of-life floor, weaknesses, a dataset hook).
Run through the framework alone (``probe_service``), it gets its severities, remediation,
end-of-life verdict and dataset signal, while no table outside its class names it. The rest
checks the same declarations on every registered probe, and that probes keep out of the
rule table's business.
"""

from __future__ import annotations

import ast
import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pytest

from ajar.knowledge import GENERIC_GUIDE, EndOfLife, EngineKnowledge, Guide, Signal, Weakness
from ajar.models import Access, Record, Rights, Service, Severity
from ajar.net import Stream, guard, open_stream
from ajar.pipeline.probe import probe_service
from ajar.probes import PROBES
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, Limits, Probe, Sample, Target, evidence
from ajar.rules import RULES, RULES_BY_ID, table
from tests.conftest import ROOT
from tests.support import LOOPBACK

SRC = ROOT / "src" / "ajar"

# --- the toy engine: everything about it is in this block --------------------------------------

#: how to close a Toy server
TOY_GUIDE = Guide(
    "Toy",
    auth="In toy.conf:\n  require_auth yes",
    bind="In toy.conf:\n  listen 127.0.0.1",
    tls="In toy.conf:\n  tls_port 7443",
    verify="`toy-cli -h HOST -p PORT ping` answers AUTH REQUIRED.",
    upgrade="Upgrade to Toy 3.x (https://toy.example/eol).",
    settings="In toy.conf:\n  admin_console off",
)
ADMIN_OPEN = Weakness(
    "toy.admin_open", Severity.HIGH, "The Toy admin console answers anyone",
    when="the greeting says admin=open", remediation="In toy.conf:\n  admin_console off",
    verify="`toy-cli -h HOST -p PORT admin` answers DENIED.",
)  # fmt: skip
PLANTED = Weakness(
    "toy.planted_payload", Severity.CRITICAL, "A planted payload sits in a Toy dataset",
    when="a record holds the TOYPAYLOAD marker",
)  # fmt: skip


class ToyProbe(Probe):
    """A line protocol: a greeting ``TOY <version> admin=<open|closed> debug=<on|off>``, then
    ``LIST`` (``<name> <count>`` lines, ``.`` ends) and ``GET <name>`` (JSON lines, ``.`` ends)."""

    id = "toy"
    guide = TOY_GUIDE
    end_of_life = (EndOfLife("toy", (3, 0)),)
    weaknesses = (ADMIN_OPEN, PLANTED)
    description = "Toy: greeting, LIST, GET"
    default_ports = (7777,)
    commands = frozenset({"LIST", "GET"})

    _stream: Stream | None = None
    _greeting = ""

    @classmethod
    def dataset_signals(cls, dataset: str, records: Sequence[Record]) -> list[Signal]:
        hit = any("TOYPAYLOAD" in json.dumps(r.data) for r in records)
        return [Signal(PLANTED.id, "a record holds the TOYPAYLOAD marker", (dataset,))] if hit else []

    async def _ask(self, command: str) -> list[str]:
        assert self._stream is not None
        await self._stream.send(self.allow(command.split()[0]).encode() + command[len(command.split()[0]):].encode()
                                + b"\n")  # fmt: skip
        lines = []
        while (line := (await self._stream.readline()).decode().rstrip("\n")) != ".":
            lines.append(line)
        return lines

    async def identify(self) -> Fingerprint:
        self._stream = await open_stream(self.scope, self.target.host, self.target.port, timeout=self.limits.timeout)
        self._greeting = (await self._stream.readline()).decode().strip()
        parts = self._greeting.split()
        if len(parts) < 2 or parts[0] != "TOY":
            from ajar.errors import NotThisEngine

            raise NotThisEngine("no TOY greeting")
        return Fingerprint("toy", version=parts[1], evidence=[evidence("(connect)", self._greeting)])

    async def access(self) -> AccessResult:
        signals = []
        if "admin=open" in self._greeting:
            signals.append(Signal(ADMIN_OPEN.id, "the greeting says admin=open"))
        if "debug=on" in self._greeting:
            signals.append(Signal("weak.dangerous_setting", "debug=on in the greeting"))
        return AccessResult(Access.OPEN, [evidence("LIST", "answered")], Rights(read=True, basis="LIST answered"),
                            signals)  # fmt: skip

    async def inventory(self) -> list[DatasetRef]:
        return [DatasetRef(name, records=int(n)) for name, n in (x.split() for x in await self._ask("LIST"))]

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        return Sample([Record(json.loads(x)) for x in (await self._ask(f"GET {dataset.name}"))[:n]])

    async def close(self) -> None:
        if self._stream is not None:
            await self._stream.close()


# --- a toy server on loopback --------------------------------------------------------------------

PEOPLE = [{"name": f"Person {i}", "email": f"person{i}@example.org"} for i in range(12)]
JOBS = [{"job": "cleanup", "note": "TOYPAYLOAD"}, {"job": "report", "note": "weekly"}]


@pytest.fixture
async def toy_server() -> AsyncIterator[int]:
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"TOY 2.1 admin=open debug=on\n")
        while line := (await reader.readline()).decode().strip():
            if line == "LIST":
                writer.write(f"people {len(PEOPLE)}\njobs {len(JOBS)}\n.\n".encode())
            elif line.startswith("GET "):
                rows = PEOPLE if line == "GET people" else JOBS
                writer.write(b"".join(json.dumps(r).encode() + b"\n" for r in rows) + b".\n")
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        yield port


async def test_a_toy_engine_gets_severity_remediation_eol_and_its_dataset_signal(toy_server: int) -> None:
    with guard(LOOPBACK):
        svc: Service = await probe_service([ToyProbe], Target("127.0.0.1", toy_server), LOOPBACK,
                                           Limits(sample=20, timeout=3))  # fmt: skip
    assert svc.engine == "toy" and svc.access == Access.OPEN, svc.error
    by_rule = {f.rule: f for f in svc.findings}
    where = f"127.0.0.1:{toy_server}"
    # its own weakness: the table row it declared, with its own remediation
    admin = by_rule["toy.admin_open"]
    assert (admin.severity, admin.title) == (Severity.HIGH, ADMIN_OPEN.title)
    assert admin.remediation == ADMIN_OPEN.remediation and where.split(":")[1] in admin.verify
    # its dataset signal, through the framework's dataset stage
    planted = by_rule["toy.planted_payload"]
    assert planted.severity == Severity.CRITICAL and planted.datasets == ["jobs"]
    assert svc.severity == Severity.CRITICAL
    # a table rule it signalled: severity from the table, remediation from its guide's settings
    setting = by_rule["weak.dangerous_setting"]
    assert setting.severity == RULES_BY_ID["weak.dangerous_setting"].severity
    assert setting.remediation == TOY_GUIDE.settings and "debug=on" in setting.detail
    # its end-of-life floor
    eol = by_rule["weak.eol_version"]
    assert "toy older than 3.0" in eol.detail and eol.remediation == TOY_GUIDE.upgrade
    # the generic rules with its guide, HOST and PORT filled in
    personal = by_rule["exposure.personal"]
    assert TOY_GUIDE.auth in personal.remediation and TOY_GUIDE.bind in personal.remediation
    assert personal.verify == f"`toy-cli -h 127.0.0.1 -p {toy_server} ping` answers AUTH REQUIRED."
    assert by_rule["weak.no_tls"].remediation == f"Enable TLS. {TOY_GUIDE.tls}"
    # nothing outside its class knows it: not the registry, the rule table or the remediation texts
    assert ToyProbe not in PROBES and "toy." not in {r.id[:4] for r in RULES}
    for module in ("rules.py", "remediation.py"):
        assert "Toy" not in (SRC / module).read_text(encoding="utf-8")


# --- every registered probe ----------------------------------------------------------------------


@pytest.mark.parametrize("probe", PROBES, ids=[p.id for p in PROBES])
def test_probe_declares_its_knowledge(probe: type[Probe]) -> None:
    assert probe.guide is not GENERIC_GUIDE, f"{probe.id}: declare `guide = Guide(...)` in probes/{probe.id}.py"
    for text in (probe.guide.auth, probe.guide.bind, probe.guide.tls, probe.guide.verify):
        assert text.strip(), f"{probe.id}: every part of its guide says something"
    assert "HOST" in probe.guide.verify, f"{probe.id}: the verification names the service (HOST:PORT)"
    for floor in probe.end_of_life:
        assert floor.product and floor.floor >= (0, 0)
    table(probe.weaknesses)  # no weakness redefines a table rule
    for w in probe.weaknesses:
        assert w.id == w.id.lower() and "." in w.id and w.title and w.when, f"{probe.id}: {w.id} is incomplete"


def test_weakness_ids_are_unique_across_probes() -> None:
    ids = [w.id for p in PROBES for w in p.weaknesses]
    assert len(ids) == len(set(ids)), "two probes declare the same weakness id"


def _signalled_rules(path: Path) -> list[str]:
    """The rule each ``Signal(...)`` of a module names: a string literal or ``CONST.id``."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Signal" and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant):
                out.append(str(arg.value))
            elif isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name) and arg.attr == "id":
                out.append(f"const:{arg.value.id}")
            else:
                out.append("<dynamic>")
    return out


@pytest.mark.parametrize("probe", PROBES, ids=[p.id for p in PROBES])
def test_every_signal_a_probe_sends_names_a_row_of_its_table(probe: type[Probe]) -> None:
    module = __import__(probe.__module__, fromlist=["_"])
    own = {name for name, value in vars(module).items() if isinstance(value, Weakness) and value in probe.weaknesses}
    for rule in _signalled_rules(SRC / "probes" / f"{probe.id}.py"):
        if rule.startswith("const:"):
            assert rule[6:] in own, f"{probe.id} signals {rule[6:]}.id, which is not in its `weaknesses`"
        else:
            assert rule in RULES_BY_ID, f"{probe.id} signals {rule!r}, which no table row names"


def test_probes_do_not_build_findings_or_import_the_rules() -> None:
    for path in sorted((SRC / "probes").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "ajar.rules", f"{path.name} imports ajar.rules: signal instead"
                assert "Finding" not in {a.name for a in node.names}, f"{path.name} builds Findings: signal instead"


def test_no_engine_branch_in_the_pipeline_and_no_engine_table_in_rules_or_remediation() -> None:
    for path in sorted((SRC / "pipeline").rglob("*.py")):
        assert "engine ==" not in path.read_text(encoding="utf-8"), f"{path.name}: an `engine ==` branch"
    ids = {p.id for p in PROBES}
    for name in ("rules.py", "remediation.py"):
        tree = ast.parse((SRC / name).read_text(encoding="utf-8"))
        keys = {k.value for n in ast.walk(tree) if isinstance(n, ast.Dict) for k in n.keys
                if isinstance(k, ast.Constant)}  # fmt: skip
        assert not keys & ids, f"{name} holds a table keyed by engine: {sorted(keys & ids)}"


def test_default_knowledge_is_generic() -> None:
    assert EngineKnowledge.dataset_signals("x", [Record({"a": 1})]) == []
    assert {r.id for r in table()} == {r.id for r in RULES}
    with pytest.raises(ValueError, match="reuse rule-table ids"):
        table([Weakness("weak.no_tls", Severity.LOW, "t", when="w")])
