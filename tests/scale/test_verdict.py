"""The verdict rules, one vantage observation at a time."""

from __future__ import annotations

from ajar.cluster.vantage import Observation, Reach, Verdict, verdict

V = ["NL", "CN", "US"]
NETS = {"NL": "198.51.100.0/24", "CN": "192.0.2.0/24", "US": "203.0.113.0/24"}


def obs(**reach: Reach) -> list[Observation]:
    return [Observation(vantage=v, host="192.0.2.9", port=6379, reach=r, network=NETS[v]) for v, r in reach.items()]


def test_open_everywhere_needs_every_vantage_open() -> None:
    (o,) = verdict(obs(NL=Reach.OPEN, CN=Reach.OPEN, US=Reach.OPEN), V)
    assert o.verdict is Verdict.OPEN_EVERYWHERE and not o.verdict.closes_case
    (o,) = verdict(obs(NL=Reach.OPEN, CN=Reach.OPEN), V)  # US never answered
    assert o.verdict is Verdict.INCONCLUSIVE and o.unknown_from == ["US"]


def test_restricted_names_both_sides_and_never_closes_a_case() -> None:
    (o,) = verdict(obs(NL=Reach.OPEN, CN=Reach.FILTERED, US=Reach.REFUSED), V)
    assert (o.verdict, o.open_from, o.closed_from) == (Verdict.RESTRICTED, ["NL"], ["CN", "US"])
    assert not o.verdict.closes_case


def test_closed_everywhere_needs_a_quorum_of_distinct_networks() -> None:
    (o,) = verdict(obs(NL=Reach.REFUSED, CN=Reach.FILTERED, US=Reach.LOCKED), V, quorum=2)
    assert o.verdict is Verdict.CLOSED_EVERYWHERE and o.verdict.closes_case
    same_net = [Observation(vantage=v, host="192.0.2.9", port=6379, reach=Reach.REFUSED, network="192.0.2.0/24")
                for v in V]
    (o,) = verdict(same_net, V, quorum=2)  # three vantages, one network: not a quorum
    assert o.verdict is Verdict.INCONCLUSIVE
    (o,) = verdict(obs(NL=Reach.REFUSED, CN=Reach.ERROR, US=Reach.ERROR), V, quorum=2)
    assert o.verdict is Verdict.INCONCLUSIVE  # errors say nothing either way


def test_an_exposure_no_vantage_answered_for_is_inconclusive_not_dropped() -> None:
    (o,) = verdict([], V, exposures=[("192.0.2.9", 6379)])
    assert (o.host, o.port, o.verdict, o.unknown_from) == ("192.0.2.9", 6379, Verdict.INCONCLUSIVE, sorted(V))
    both = verdict(obs(NL=Reach.OPEN, CN=Reach.OPEN, US=Reach.OPEN), V, exposures=[("192.0.2.9", 6379),
                                                                               ("192.0.2.8", 27017)])
    assert [(o.host, o.verdict) for o in both] == [("192.0.2.8", Verdict.INCONCLUSIVE),
                                                   ("192.0.2.9", Verdict.OPEN_EVERYWHERE)]
