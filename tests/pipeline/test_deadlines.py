"""Total deadlines hold against a step that swallows its cancellation (F6's residue).

Under Python 3.11 an ``asyncio.wait_for`` whose read completes just as an outer deadline
cancels the task swallows the cancellation. A read loop under one ``asyncio.timeout`` then
never stops while bytes keep coming, and a ``wait_for`` on such a task waits for it to end: a
byte-drip server held identification until the last outer guard (17 s at ``--timeout 3``,
where the banner read alone has 2 s). Stream reads now use ``asyncio.timeout``, and
``_limited`` cancels again a task that runs on past its deadline. The end-to-end check is
``tests/integration/test_slow_servers.py`` (no step may end by the last guard); here, the
guard itself: a step that swallows a cancellation still ends at its deadline.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from ajar.errors import ProbeTimeout
from ajar.pipeline.probe import _CANCEL_GRACE, _limited

#: the step's deadline
DEADLINE = 0.3
#: what it may take past its deadline and grace on a busy machine (before the fix: 60 s)
SLACK = 1.0


async def test_a_limited_step_ends_at_its_deadline_even_when_it_swallows_a_cancellation() -> None:
    async def stubborn() -> None:
        """Swallows the first cancellation, as a racing ``wait_for`` does, then runs on."""
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            pass
        await asyncio.sleep(60)

    t0 = time.monotonic()
    with pytest.raises(ProbeTimeout, match="took longer than"):
        await _limited(stubborn(), DEADLINE, "stubborn step")
    assert time.monotonic() - t0 < DEADLINE + _CANCEL_GRACE + SLACK
