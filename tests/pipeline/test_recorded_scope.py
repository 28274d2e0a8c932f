"""A stored run's scope read back (``scope.recorded``): sealed texts, never a file or DNS look-up, never an error.

A stored scope's local paths are masked (``./u8**********00``); reading them back with the scan's parser
raised a target error (``ajar case letter``), or could look a masked text up as a file or a hostname.
"""

from __future__ import annotations

import pytest

from ajar.pipeline.scope import recorded

# (case, stored targets, service address, the name it was reached by, inside?, targets skipped)
CASES = [
    ("an address", ["127.0.0.1"], "127.0.0.1", None, True, []),
    ("address:port", ["127.0.0.1:5984"], "127.0.0.1", None, True, []),
    ("[v6]:port", ["[::1]:9200"], "::1", None, True, []),
    ("a network", ["127.0.0.0/30"], "127.0.0.2", None, True, []),
    ("a network slashed with a port", ["127.77.0.0/30:9"], "127.77.0.1", None, True, []),
    ("a range", ["127.0.0.1-5"], "127.0.0.4", None, True, []),
    ("a URI with an address", ["http://127.0.0.1:5984/"], "127.0.0.1", None, True, []),
    ("a URI whose password is masked", ["http://u:P*****d@127.0.0.1:9200"], "127.0.0.1", None, True, []),
    ("a hostname the service was reached by", ["db.example.org"], "192.0.2.7", "db.example.org", True, []),
    ("hostname:port", ["DB.example.org:5984"], "192.0.2.7", "db.example.org.", True, []),
    ("a URI's hostname", ["https://db.example.org"], "192.0.2.7", "db.example.org", True, []),
    ("a hyphenated hostname:port", ["db-1.example.org:5984"], "192.0.2.7", "db-1.example.org", True, []),
    # the service must be inside: another address, another name, no name
    ("another address", ["127.0.0.9"], "127.0.0.1", None, False, []),
    ("another name", ["db.example.org"], "192.0.2.7", "www.example.org", False, []),
    ("a name, no name recorded", ["db.example.org"], "192.0.2.7", None, False, []),
    ("a path as the service's host", ["127.0.0.1"], "./u8**********00", None, False, []),
    # local paths and masked texts are skipped, never looked up; the other targets still count
    ("a masked local path", ["./u8**********00", "127.0.0.1:5984"], "127.0.0.1", None, True, ["./u8**********00"]),
    ("a masked absolute path", ["/tmp/x/u8**********00"], "127.0.0.1", None, False, ["/tmp/x/u8**********00"]),
    ("a file: URI", ["file:u8**********00"], "127.0.0.1", None, False, ["file:u8**********00"]),
    ("a data file's name", ["people.csv"], "127.0.0.1", None, False, ["people.csv"]),
    ("a masked network", ["12*.**.*.*/30:9"], "127.0.0.1", None, False, ["12*.**.*.*/30:9"]),
    ("a name with a space", ["Ana Costa"], "127.0.0.1", None, False, ["Ana Costa"]),
    ("an impossible address", ["999.0.0.1"], "127.0.0.1", None, False, ["999.0.0.1"]),
    ("an impossible range end", ["127.0.0.1-999.0.0.1"], "127.0.0.1", None, False, ["127.0.0.1-999.0.0.1"]),
    ("a port out of range", ["127.0.0.1:65536"], "127.0.0.1", None, False, ["127.0.0.1:65536"]),
    # port 0, which the scan refuses in both spellings (an older one kept a URI's)
    ("port 0", ["127.0.0.1:0"], "127.0.0.1", None, False, ["127.0.0.1:0"]),
    ("a URI on port 0", ["mongodb://127.0.0.1:0"], "127.0.0.1", None, False, ["mongodb://127.0.0.1:0"]),
    ("a broken URI", ["http://[::1"], "127.0.0.1", None, False, ["http://[::1"]),
]


@pytest.mark.parametrize(("targets", "host", "hostname", "inside", "skipped"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
@pytest.mark.usefixtures("no_lookups")
def test_recorded(targets: list[str], host: str, hostname: str | None, inside: bool, skipped: list[str]) -> None:
    rec = recorded(targets, [])
    assert rec.holds(host, hostname) is inside
    assert rec.skipped == skipped


@pytest.mark.usefixtures("no_lookups")
def test_exclusions() -> None:
    rec = recorded(["127.0.0.0/30", "db.example.org"], ["127.0.0.1, 192.0.2.7"])
    assert not rec.holds("127.0.0.1", None) and rec.holds("127.0.0.2", None)
    assert not rec.holds("192.0.2.7", "db.example.org")  # excluded, whatever name it was reached by
    # an exclusion that cannot be read back: no address is known to be inside
    rec = recorded(["127.0.0.0/30"], ["12*.**.*.*"])
    assert not rec.holds("127.0.0.2", None) and rec.skipped == ["--exclude 12*.**.*.*"]
