"""Packaging: an SPDX licence string (no setuptools deprecation), lab-only packages out of the runtime deps."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
#: packages that only the lab, the tests or the benchmarks use
LAB_ONLY = {"kazoo", "nx-27017", "mockupdb", "osmem-server", "moto", "paho-mqtt"}
#: import name -> distribution, where the installed metadata does not say it (a dependency's dependency)
DIST = {"pymysql": "aiomysql"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@cache
def _providers() -> dict[str, list[str]]:
    from importlib.metadata import packages_distributions

    return dict(packages_distributions())


def _dists(module: str) -> set[str]:
    """The distributions that provide an import name, from the installed packages' metadata."""
    found = {_norm(d) for d in _providers().get(module, [])}
    return found | {_norm(DIST.get(module, module))}


def _name(req: str) -> str:
    return _norm(re.split(r"[<>=!~\[; ]", req, maxsplit=1)[0])


def test_license_is_an_spdx_string() -> None:
    # setuptools >= 77 warns (three times per build) about the table form {text = ...}
    assert isinstance(PYPROJECT["project"]["license"], str)
    assert re.fullmatch(r"[A-Za-z0-9.+-]+( (AND|OR) [A-Za-z0-9.+-]+)*", PYPROJECT["project"]["license"])


def test_lab_only_packages_are_not_runtime_dependencies() -> None:
    runtime = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    assert not runtime & LAB_ONLY, f"move {sorted(runtime & LAB_ONLY)} to the lab or dev extra"


def test_runtime_code_imports_only_runtime_dependencies() -> None:
    runtime = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    stdlib = set(__import__("sys").stdlib_module_names)
    bad = []
    for py in (ROOT / "src" / "ajar").rglob("*.py"):
        if "lab" in py.relative_to(ROOT / "src" / "ajar").parts:
            continue  # ajar.lab runs the lab and may use lab-only packages
        for m in re.finditer(r"^\s*(?:from|import) ([A-Za-z_][A-Za-z0-9_]*)", py.read_text(encoding="utf-8"), re.M):
            mod = m.group(1)
            if mod in stdlib or mod in ("ajar", "__future__"):
                continue
            if not _dists(mod) & runtime:
                bad.append(f"{py.relative_to(ROOT)} imports {mod}")
    assert not bad, "runtime code imports a package that is not a runtime dependency: " + "; ".join(bad)
