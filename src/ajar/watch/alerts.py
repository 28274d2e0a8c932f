"""Alerts: one digest per run and per rule, queued in the store's outbox, sent with retries.

* A webhook gets a JSON POST: ``text`` (Slack and Mattermost show it as the message) plus
  ``run`` and ``events`` (the full event JSON). Any 2xx is delivered.
* An email goes through SMTP: the same text, and the event JSON as a second part.
* The digest is queued in the same transaction as the run, so a crash loses nothing; a
  failed try is retried with exponential backoff (30 s doubling, at most one hour), never
  dropped: a receiver that is down gets the digest when it is back.
* Bodies are built from the store's events, which come from the JSON report: categories,
  counts, addresses, dataset names as the report masked them, never a sampled value.

One deliverer at a time is assumed (the ``ajar watch`` loop, or ``ajar alerts send``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

from sqlalchemy import select

from ajar import net
from ajar.mask import redact
from ajar.models import Severity
from ajar.store import Store
from ajar.store import schema as t
from ajar.watch.events import EventKind

CHANNELS = ("webhook", "email")
BACKOFF_FIRST = 30.0
BACKOFF_MAX = 3600.0
#: Events a rule sends unless told otherwise.
DEFAULT_EVENTS = tuple(k.value for k in EventKind)


def backoff(attempts: int) -> timedelta:
    """Delay before the next try after ``attempts`` failed tries: 30 s, 60 s, … capped at 1 h."""
    return timedelta(seconds=min(BACKOFF_FIRST * 2 ** max(attempts - 1, 0), BACKOFF_MAX))


def add_rule(store: Store, channel: str, target: str, min_severity: Severity = Severity.INFO,
             events: tuple[str, ...] = DEFAULT_EVENTS, options: dict[str, Any] | None = None) -> int:
    """Add an alert rule; returns its id."""
    with store.write() as s:
        rule = t.AlertRule(channel=channel, target=target, min_severity=min_severity.value,
                           events=json.dumps(list(events)), options=json.dumps(options or {}),
                           created=datetime.now(UTC))
        s.add(rule)
        s.flush()
        store.log("cli", "alerts.add", f"rule {rule.id}: {channel}", s)
        return rule.id


@dataclass(frozen=True)
class Delivery:
    """The outcome of one try."""

    outbox_id: int
    ok: bool
    error: str = ""


Sender = Callable[[t.AlertRule, dict[str, Any]], None]


def send(rule: t.AlertRule, body: dict[str, Any]) -> None:
    """Send one digest through its rule's channel; raises on failure."""
    opts = json.loads(rule.options or "{}")
    timeout = float(opts.get("timeout", 10))
    if rule.channel == "webhook":
        net.notify_webhook(rule.target, body, timeout)
        return
    msg = EmailMessage()
    msg["Subject"] = body["text"].splitlines()[0][:200]
    msg["From"] = opts.get("sender", "ajar@localhost")
    msg["To"] = rule.target
    msg.set_content(body["text"])
    msg.add_attachment(json.dumps(body, indent=2).encode(), maintype="application", subtype="json",
                       filename=f"ajar-run-{body['run']}.json")
    host, _, port = str(opts.get("smtp", "localhost:25")).rpartition(":")
    net.notify_smtp(host or "localhost", int(port or 25), msg, timeout, starttls=bool(opts.get("starttls")))


def deliver(store: Store, now: datetime | None = None, sender: Sender = send) -> list[Delivery]:
    """Try every queued digest that is due; record each outcome. Network I/O holds no lock."""
    now = now or datetime.now(UTC)
    with store.read() as s:
        due = list(s.execute(select(t.Outbox, t.AlertRule).join(t.AlertRule, t.Outbox.rule_id == t.AlertRule.id)
                             .where(t.Outbox.state == "pending", t.Outbox.next_try <= now)
                             .order_by(t.Outbox.id)))
    out: list[Delivery] = []
    for box, rule in due:
        try:
            sender(rule, json.loads(box.body))
            result = Delivery(box.id, True)
        except Exception as e:  # noqa: BLE001 - any failure is recorded and retried, never lost
            result = Delivery(box.id, False, redact(f"{type(e).__name__}: {e}", 300))
        with store.write() as w:
            row = w.get(t.Outbox, box.id)
            if row is None:
                continue
            row.attempts += 1
            if result.ok:
                row.state, row.sent_at, row.last_error = "sent", now, ""
            else:
                row.last_error, row.next_try = result.error, now + backoff(row.attempts)
        out.append(result)
    return out
