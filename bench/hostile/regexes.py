"""Hostile values benchmark: every compiled regex of the detectors and the pipeline, timed on
adversarial strings built from its own structure, at the length cap of the values it is used on.

    .venv/bin/python bench/hostile/regexes.py [--top 25] [--only NAME ...] [--per-pattern-seconds 60]

Every ``re.Pattern`` reachable from the modules of ``ajar.detectors`` and ``ajar.pipeline`` (module
globals, tables, class attributes, the ransom wording) is parsed (``re._parser``), and for each
repetition in it the attack ``prefix + body * k + tail`` is built: a random string the pattern
matches, cut at that repetition, with the repetition's body pumped to the cap and tails that match,
almost match (the last character dropped, a wrong one added) or end it; also every sample and every
literal of the pattern repeated to the cap, and each character class alone. Each attack is timed with
the calls the code makes on that pattern (``search``, ``match``, ``fullmatch``, or ``findall`` for the
scanning calls; read from the module's source, all four where no call is found by name), screened at
512 characters, the 12 slowest again at the cap (best of three); each pattern in a forked child under
an address-space limit and a timeout. The table lists the slowest patterns: the worst time
a value at the cap, how that time grows from a quarter of the cap to the cap (1 linear, 2 quadratic),
and the attack. Then each detector's ``detect`` is timed on the attacks built for its module's patterns.

Caps (:data:`CAPS`) are the detectors' value caps (``short_text(value, N)`` and the length checks in
``detect``); for pipeline patterns, the cap of the code that calls them, or 8192 (the bytes of a string
searched for ransom wording) where no cap bounds the value (marked ``*``). Scope patterns parse the
operator's own command line, not a target's values (marked ``op``). Exit status: 0 when no value at
its cap takes more than ``--limit-ms`` (1 ms) with a time that grows faster than the value (growth
of 1.5 or more) and no detector's ``detect`` does; a linear pattern over the limit at a long cap is
listed apart.
"""

from __future__ import annotations

import argparse
import importlib
import math
import multiprocessing as mp
import pkgutil
import queue
import random
import re
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from re._constants import (  # type: ignore[import-not-found]
    ANY,
    ASSERT,
    ASSERT_NOT,
    ATOMIC_GROUP,
    BRANCH,
    GROUPREF,
    GROUPREF_EXISTS,
    IN,
    LITERAL,
    MAX_REPEAT,
    MAXREPEAT,
    MIN_REPEAT,
    NOT_LITERAL,
    POSSESSIVE_REPEAT,
    RANGE,
    SUBPATTERN,
)
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src")]

import ajar.detectors as detectors_pkg  # noqa: E402
import ajar.pipeline as pipeline_pkg  # noqa: E402
from ajar.detectors import DETECTORS  # noqa: E402
from ajar.pipeline import compromise  # noqa: E402

UNCAPPED = 8192
#: the length cap of the values each module's patterns see (module name without the package)
CAPS: dict[str, int] = {
    "detectors.address": 160, "detectors.base": 48, "detectors.birth_date": 40, "detectors.card_number": 80,
    "detectors.coordinate_pair": 24, "detectors.coordinates": 64, "detectors.device_id": 80,
    "detectors.email": 254, "detectors.ethnicity": 96, "detectors.face_embedding": 22000,
    "detectors.health": 200, "detectors.iban": 48, "detectors.ip_address": 60, "detectors.national_id": 24,
    "detectors.person_name": 60, "detectors.phone": 32, "detectors.religion": 64, "detectors.secret": 512,
    "pipeline.clinical": 40,
    "pipeline.compromise": 8192, "pipeline.estimates": UNCAPPED, "pipeline.features": 40,
    "pipeline.flatten": 24, "pipeline.names": UNCAPPED, "pipeline.places": 120, "pipeline.scope": 1024,
    "pipeline.trail": 40,
}  # fmt: skip
#: patterns whose values are capped otherwise than their module's
PATTERN_CAPS = {
    "detectors.secret._HASHES": 8192, "detectors.secret._KEYS": 8192, "detectors.secret._JWT": 8192,
    "detectors.secret._AUTH": 4200, "detectors.secret._B64ISH": 4096, "detectors.coordinate_pair._SPLIT": UNCAPPED,
    "detectors.coordinate_pair._CAMEL": UNCAPPED, "pipeline.features._DIGITS": UNCAPPED,
    "pipeline.features._NUMBER": 24,
}  # fmt: skip
NOTES = {"pipeline.scope": "op"}

#: characters the generator picks from for classes, ``.`` and negated literals
POOL = (
    "abcxyzABCXYZ0123456789 \t\n\r\x0b\x0c\xa0_-.,:;/\\+*=()[]{}<>#@$%&'\"!?^~`|"
    "äöüßéñøåÄÖÜÅÆØıİſKé абвгдежзиклмнопрстуфхцчшщыэюяАБВДЖУЛШД αβγΑΒ ابتحشع 中市区路号省北京 가나다서울 ーあア "
    "０１２３ＡＢ\u200b\u3000\u2028"
)
SUFFIXES = ("", "!", "\x00", " x", "\n", "-", "1", "a")


@dataclass(frozen=True)
class Attack:
    """``prefix + body * k + tail``, ``k`` filling the length asked for."""

    prefix: str
    body: str
    tail: str
    how: str

    def at(self, length: int) -> str | None:
        room = length - len(self.prefix) - len(self.tail)
        if not self.body or room < len(self.body):
            return None
        k = room // len(self.body)
        s = self.prefix + self.body * k + self.tail
        return s[:length]

    def label(self) -> str:
        return f"{self.how}: {self.prefix[:16]!r} + {self.body[:12]!r}*k + {self.tail[:12]!r}"


# --- collecting the patterns ------------------------------------------------------------------------


def patterns() -> dict[str, re.Pattern[str]]:
    """Every str pattern reachable from the detectors' and the pipeline's modules, by first place seen."""
    found: dict[tuple[str, int], tuple[str, re.Pattern[str]]] = {}

    def walk(obj: Any, where: str, depth: int, seen: set[int]) -> None:
        if id(obj) in seen or depth > 4:
            return
        seen.add(id(obj))
        if isinstance(obj, re.Pattern):
            if isinstance(obj.pattern, str):
                found.setdefault((obj.pattern, obj.flags), (where, obj))
        elif isinstance(obj, tuple | list | set | frozenset):
            if len(obj) < 5000:
                for i, o in enumerate(obj):
                    walk(o, f"{where}[{i}]", depth + 1, seen)
        elif isinstance(obj, dict):
            if len(obj) < 5000:
                for k, o in obj.items():
                    walk(o, f"{where}[{k!r}]", depth + 1, seen)
        elif type(obj).__module__.startswith("ajar.") and not isinstance(obj, type):
            attrs = dict(getattr(obj, "__dict__", {}))
            for slot in getattr(type(obj), "__slots__", ()):
                if hasattr(obj, slot):
                    attrs[slot] = getattr(obj, slot)
            for k, o in attrs.items():
                walk(o, f"{where}.{k}", depth + 1, seen)

    for pkg in (detectors_pkg, pipeline_pkg):
        for info in pkgutil.iter_modules(pkg.__path__):
            mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
            short = mod.__name__.removeprefix("ajar.")
            for k, v in vars(mod).items():
                if isinstance(v, type) and v.__module__ == mod.__name__:
                    for k2, v2 in vars(v).items():
                        walk(v2, f"{short}.{k}.{k2}", 0, set())
                elif not k.startswith("__"):
                    walk(v, f"{short}.{k}", 0, set())
    walk(compromise.wording(), "pipeline.compromise.wording()", 0, set())
    return {where: p for where, p in sorted(found.values())}


def cap_of(name: str) -> int:
    for key, cap in PATTERN_CAPS.items():
        if name == key or name.startswith(key + "["):
            return cap
    parts = name.split(".")
    return CAPS.get(".".join(parts[:2]), UNCAPPED)


# --- building attacks from the pattern's structure ----------------------------------------------------


class _Gen:
    """Random strings a parsed pattern matches (lookarounds ignored), with one repetition cut out."""

    def __init__(self, pattern: re.Pattern[str], rng: random.Random) -> None:
        self.flags = pattern.flags
        self.tree = _parser.parse(pattern.pattern, pattern.flags)
        self.rng = rng
        self.classes: dict[int, list[str]] = {}
        self.repeats: list[Any] = []
        self.literals: list[str] = []
        self._scan(self.tree, [])

    def _scan(self, nodes: Any, run: list[str]) -> None:
        for op, av in nodes:
            if op is LITERAL:
                run.append(chr(av))
                continue
            if len(run) >= 2:
                self.literals.append("".join(run))
            run = []
            if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
                if av[1] is MAXREPEAT or av[1] >= 2:
                    self.repeats.append(av)
                self._scan(av[2], [])
            elif op is SUBPATTERN:
                self._scan(av[3], [])
            elif op in (ASSERT, ASSERT_NOT):
                self._scan(av[1], [])
            elif op is ATOMIC_GROUP:
                self._scan(av, [])
            elif op is BRANCH:
                for b in av[1]:
                    self._scan(b, [])
            elif op is GROUPREF_EXISTS:
                self._scan(av[1], [])
                if av[2]:
                    self._scan(av[2], [])
        if len(run) >= 2:
            self.literals.append("".join(run))

    def chars(self, node: tuple[Any, Any]) -> list[str]:
        """The characters of :data:`POOL` (and those the class names) one class node matches."""
        key = id(node)
        if key not in self.classes:
            sub = _parser.SubPattern(self.tree.state, [node])
            try:
                m = _compiler.compile(sub, self.flags)
            except Exception:  # noqa: BLE001 - a node that will not compile alone: use the pool
                self.classes[key] = list(POOL)
                return self.classes[key]
            extra = []
            if node[0] is IN:
                for op, av in node[1]:
                    if op is LITERAL:
                        extra.append(chr(av))
                    elif op is RANGE:
                        extra += [chr(av[0]), chr(av[1]), chr((av[0] + av[1]) // 2)]
            self.classes[key] = [c for c in dict.fromkeys(POOL + "".join(extra)) if m.fullmatch(c)] or ["\x01"]
        return self.classes[key]

    def gen(self, nodes: Any, groups: dict[int, str], cut: Any = None, out: list[Any] | None = None) -> str:
        """One string ``nodes`` match; with ``cut``, that repetition is recorded in ``out`` and left out."""
        rng, s = self.rng, []
        for node in nodes:
            op, av = node
            if op is LITERAL:
                c = chr(av)
                s.append(c.swapcase() if self.flags & re.IGNORECASE and rng.random() < 0.2 else c)
            elif op in (IN, ANY, NOT_LITERAL):
                s.append(rng.choice(self.chars(node)))
            elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
                lo, hi, body = av
                if av is cut and out is not None:
                    out.append("".join(s))
                    s = []
                    continue
                top = lo + 3 if hi is MAXREPEAT else min(hi, lo + 3)
                s.extend(self.gen(body, groups, cut, out) for _ in range(rng.randint(lo, top)))
            elif op is SUBPATTERN:
                text = self.gen(av[3], groups, cut, out)
                if av[0]:
                    groups[av[0]] = text
                s.append(text)
            elif op is ATOMIC_GROUP:
                s.append(self.gen(av, groups, cut, out))
            elif op is BRANCH:
                branches = av[1]
                holding = [b for b in branches if cut is not None and _holds(b, cut)]
                s.append(self.gen(rng.choice(holding or branches), groups, cut, out))
            elif op is GROUPREF:
                s.append(groups.get(av, ""))
            elif op is GROUPREF_EXISTS:
                s.append(self.gen(av[1] if av[0] in groups else (av[2] or []), groups, cut, out))
            # AT, ASSERT, ASSERT_NOT, CATEGORY alone: nothing to write
        return "".join(s)

    def attacks(self, samples: int = 6) -> Iterator[Attack]:
        rng = self.rng
        made = [self.gen(self.tree, {}) for _ in range(samples)]
        for s in made:
            if s:
                yield Attack("", s, "", "sample repeated")
                yield Attack("", s[:-1] or s, "!", "sample less its last, repeated")
                yield Attack("", s + " ", "", "sample and space repeated")
                for j in sorted({1, 2, 3, len(s) // 2}):
                    if 0 < j < len(s):
                        yield Attack("", s[:j], s[j:], "sample's head repeated")
                        yield Attack(s[:j], s[j], s[j + 1 :], "sample's character pumped")
        for lit in self.literals:
            yield Attack("", lit, "", "literal repeated")
            yield Attack("", lit + " ", "", "literal and space repeated")
            yield Attack(lit, " ", "x", "literal, spaces")
        for r in self.repeats:
            for _ in range(2):
                out: list[str] = []
                groups: dict[int, str] = {}
                full = self.gen(self.tree, groups, r, out)
                if not out:
                    continue
                prefix = out[0]
                rest = full[len(prefix) :]
                bodies = {self.gen(r[2], dict(groups)) for _ in range(3)}
                bodies |= {b[:1] for b in bodies if b}
                for body in bodies:
                    if not body:
                        continue
                    for tail in {rest, rest[:-1], rest + "\x00", rest[:-1] + "!", *SUFFIXES}:
                        yield Attack(prefix, body, tail, "repetition pumped")
        for node in _class_nodes(self.tree):
            chars = self.chars(node)
            for c in rng.sample(chars, min(3, len(chars))):
                yield Attack("", c, "!", "class character repeated")


def _holds(nodes: Any, target: Any) -> bool:
    for op, av in nodes:
        if av is target:
            return True
        if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and _holds(av[2], target):
            return True
        if op is SUBPATTERN and _holds(av[3], target):
            return True
        if op is ATOMIC_GROUP and _holds(av, target):
            return True
        if op is BRANCH and any(_holds(b, target) for b in av[1]):
            return True
        if op in (ASSERT, ASSERT_NOT) and _holds(av[1], target):
            return True
    return False


def _class_nodes(nodes: Any) -> Iterator[tuple[Any, Any]]:
    for node in nodes:
        op, av = node
        if op in (IN, ANY, NOT_LITERAL):
            yield node
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            yield from _class_nodes(av[2])
        elif op is SUBPATTERN:
            yield from _class_nodes(av[3])
        elif op is ATOMIC_GROUP:
            yield from _class_nodes(av)
        elif op is BRANCH:
            for b in av[1]:
                yield from _class_nodes(b)


def attacks_for(pattern: re.Pattern[str], seed: int = 1) -> list[Attack]:
    gen = _Gen(pattern, random.Random(seed))
    seen: dict[tuple[str, str, str], Attack] = {}
    for a in gen.attacks():
        seen.setdefault((a.prefix, a.body, a.tail), a)
    return list(seen.values())


# --- timing -----------------------------------------------------------------------------------------


def _clock(fn: Callable[[str], object], text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    t = time.perf_counter() - t0
    if t > 2e-5:
        for _ in range(2):
            t0 = time.perf_counter()
            fn(text)
            t = min(t, time.perf_counter() - t0)
    return t


_OPS = {"search": "search", "match": "match", "fullmatch": "fullmatch", "findall": "findall",
        "finditer": "findall", "sub": "findall", "subn": "findall", "split": "findall"}


def used_ops(name: str) -> set[str]:
    """The ways the code calls a pattern (``search``, ``match``, ``fullmatch``, ``findall`` for the
    scanning calls), read from its module's source; all four when the call is not found by name."""
    if "wording()" in name:
        return {"search"}  # Mark.search
    mod = importlib.import_module("ajar." + ".".join(name.split(".")[:2]))
    attr = re.sub(r"\[.*", "", name.split(".", 2)[2]).rsplit(".", 1)[-1]
    source = Path(mod.__file__ or "").read_text(encoding="utf-8")
    got = {_OPS[m] for m in re.findall(rf"\b{re.escape(attr)}\.(\w+)\(", source) if m in _OPS}
    return got or {"search", "match", "fullmatch", "findall"}


def _ops(p: re.Pattern[str], ops: set[str]) -> dict[str, Callable[[str], object]]:
    every = {"search": p.search, "match": p.match, "fullmatch": p.fullmatch, "findall": p.findall}
    return {k: v for k, v in every.items() if k in ops}


#: length the attacks are screened at before the slowest are timed at the cap
SCREEN = 512
#: attacks (with their call) timed at the cap
FINALISTS = 12
#: growth exponent from which a pattern counts as super-linear (1 linear, 2 quadratic)
SUPER = 1.5


def time_pattern(p: re.Pattern[str], cap: int, ops: set[str]) -> tuple[float, str, str, float]:
    """(seconds, call, attack, growth) of the slowest attack at ``cap``: every attack is screened at
    :data:`SCREEN` characters, the :data:`FINALISTS` slowest are timed at the cap (best of three)."""
    calls = _ops(p, ops)
    screened = []
    for a in attacks_for(p):
        text = a.at(min(cap, SCREEN))
        if text is not None:
            for name, fn in calls.items():
                t0 = time.perf_counter()
                fn(text)
                screened.append((time.perf_counter() - t0, name, a))
    screened.sort(key=lambda r: -r[0])
    worst: tuple[float, str, Attack | None] = (0.0, "", None)
    for _, name, a in screened[:FINALISTS]:
        text = a.at(cap)
        if text is not None:
            t = _clock(calls[name], text)
            if t > worst[0]:
                worst = (t, name, a)
    t, name, best = worst
    if best is None:
        return 0.0, "", "", 0.0
    full, quarter = best.at(cap) or "", best.at(cap // 4)
    growth = 0.0
    if quarter and t > 2e-5:
        tq = _clock(calls[name], quarter)
        growth = math.log(max(t, 1e-9) / max(tq, 1e-9)) / math.log(len(full) / len(quarter))
    return t, name, best.label(), growth


def _child(fn: Callable[[], object], q: Any, limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    q.put(fn())


def bounded(fn: Callable[[], object], seconds: float, limit: int = 4 << 30) -> object | None:
    """``fn()`` in a forked child under ``limit`` bytes of address space; None after ``seconds``."""
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    proc = ctx.Process(target=_child, args=(fn, q, limit))
    proc.start()
    try:
        return q.get(timeout=seconds)
    except queue.Empty:
        return None
    finally:
        proc.join(2)
        if proc.is_alive():
            proc.kill()
            proc.join()


def time_detector(det: Any, texts: list[str]) -> tuple[float, str]:
    worst = (0.0, "")
    for text in texts:
        t = _clock(det.detect, text)
        if t > worst[0]:
            worst = (t, text)
    return worst


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=25, help="rows of the table")
    ap.add_argument("--only", nargs="*", default=[], help="substrings of the pattern names to time")
    ap.add_argument("--per-pattern-seconds", type=float, default=60.0)
    ap.add_argument("--limit-ms", type=float, default=1.0)
    ap.add_argument("--no-detectors", action="store_true", help="time the patterns only")
    args = ap.parse_args()
    pats = {k: v for k, v in patterns().items() if not args.only or any(o in k for o in args.only)}
    print(f"{len(pats)} patterns", flush=True)
    rows = []
    for i, (name, p) in enumerate(pats.items()):
        cap = cap_of(name)
        ops = used_ops(name)
        got = bounded(lambda p=p, cap=cap, ops=ops: time_pattern(p, cap, ops), args.per_pattern_seconds)
        row = (float("inf"), "timeout", "", 0.0) if got is None else got
        rows.append((name, cap, *row))
        if row[0] > args.limit_ms / 1e3:
            print(f"  over the limit: {name} ({cap}): {row[0] * 1e3:.2f} ms {row[1]} {row[2]}", flush=True)
        if i % 20 == 19:
            print(f"  {i + 1} timed", flush=True)
    rows.sort(key=lambda r: -r[2])
    print(f"\n{'pattern':58} {'cap':>6} {'ms':>8} {'growth':>6}  op / attack")
    for name, cap, t, op, label, growth in rows[: args.top]:
        mod = ".".join(name.split(".")[:2])
        mark = "*" if cap == UNCAPPED and name not in PATTERN_CAPS else NOTES.get(mod, "")
        print(f"{name[:58]:58} {cap:>5}{mark:1} {t * 1e3:8.3f} {growth:6.2f}  {op} {label[:90]}")
    over = [r for r in rows if r[2] > args.limit_ms / 1e3 and NOTES.get(".".join(r[0].split(".")[:2])) != "op"]
    bad = [r for r in over if r[5] >= SUPER]
    for name, cap, t, *_ in (r for r in over if r[5] < SUPER):
        print(f"linear, over {args.limit_ms} ms only for the length of its cap: {name} ({cap}): {t * 1e3:.2f} ms")
    if not args.no_detectors:
        print(f"\n{'detector':20} {'cap':>6} {'ms':>8}  slowest value")
        for cls in DETECTORS:
            det = cls()
            mod = "detectors." + cls.__module__.rsplit(".", 1)[1]
            cap = CAPS.get(mod, 512)
            texts = []
            for name, p in pats.items():
                if name.startswith(mod + "."):
                    for a in attacks_for(p):
                        t = a.at(cap)
                        if t is not None:  # also with a space and a digit, which several detectors ask first
                            texts += [t, t[:-2] + " 1", "1 " + t[2:], t[:-3] + " !1"]
            if not texts:
                continue
            got = bounded(lambda det=det, texts=texts: time_detector(det, texts), args.per_pattern_seconds * 4)
            t, text = (float("inf"), "timeout") if got is None else got  # type: ignore[misc]
            print(f"{det.id:20} {cap:>6} {t * 1e3:8.3f}  {text[:60]!r}")
            if t > args.limit_ms / 1e3:
                bad.append((det.id, cap, t, "detect", text, SUPER))
    verdict = f"super-linear and over {args.limit_ms} ms a value at the cap"
    print(f"\n{len(bad)} {verdict}" if bad else f"\nnone {verdict}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
