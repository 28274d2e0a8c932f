"""A field's name as long as a hostile target makes it: its hint keys stay bounded (synthetic names)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from ajar.detectors.base import NameHint
from ajar.detectors.health import HealthDetector
from ajar.pipeline.features import hint_of
from ajar.pipeline.names import field_name

# a 40,000-letter word of varied letters: every prefix and suffix of it held ~1.6 GB before the affixes were capped
_CHILD = textwrap.dedent(
    """
    import random, resource, string
    resource.setrlimit(resource.RLIMIT_AS, (768 * 2**20, 768 * 2**20))
    from ajar.pipeline.names import field_name
    word = "".join(random.Random(5).choice(string.ascii_lowercase) for _ in range(40_000))
    for path in (word, f"users.{word}", f"{word}_{word[::-1]}"):
        keys = field_name(path).keys
        assert sum(map(len, keys[3])) < 20_000, len(keys[3])
    print("ok")
    """
)


def test_a_very_long_name_costs_bounded_memory_and_time() -> None:
    done = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_a_hint_that_starts_or_ends_a_long_word_still_matches() -> None:
    health = HealthDetector()
    assert hint_of(health, field_name("diagnosis" + "x" * 200)) is NameHint.AGREES
    assert hint_of(health, field_name("x" * 200 + "diagnosis")) is NameHint.AGREES
