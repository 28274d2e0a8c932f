"""Stage 1, scope: turn what the user typed into the addresses a scan may contact.

Accepted targets: an IP (``192.0.2.7``, ``::1``), a CIDR (``192.0.2.0/28``), a range
(``192.0.2.1-20`` or ``192.0.2.1-192.0.2.20``), a hostname (resolved once, here; the
resolved addresses join the scope), ``host:port`` (``[::1]:6379`` for IPv6), an engine URI
(``mongodb://host:port``, ``redis://``, ``rediss://``, ``http(s)://``, and the schemes of
every registered probe), ``-iL FILE`` (one target per line, ``#`` comments), and a local
path (a data dump file or a directory of them). An address, CIDR, range or ``host:port`` is
always a network target, even when a file of that name exists; a local path is spelled as one
(``./x``, ``/x``, a data-file suffix, ``file:x``), and a bare name that is both an existing path
and a hostname is a usage error (never a DNS lookup).

Everything is parsed before any packet is sent; a bad target raises
:class:`~ajar.errors.TargetError` naming it and the fix (exit code 2).

Nothing is listed address by address: CIDRs and ranges stay networks (:attr:`ParsedScope.blocks`),
the scope's size is computed arithmetically and refused above ``max_addresses`` at once, and
discovery generates address x port jobs lazily from the blocks (``pipeline/discover.py``).
Every spelling of an address is normalised the same way for targets and exclusions: an
IPv4-mapped IPv6 address or network (``::ffff:127.0.0.99``, ``::ffff:0:0/96``) is its IPv4 form.
A CIDR covers every address in it, network and broadcast addresses included (as nmap and ZMap do).
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ajar import defaults
from ajar.errors import TargetError
from ajar.net import IPNetwork, Scope, collapse

#: Largest number of addresses one scan may cover unless the user raises it.
MAX_ADDRESSES = defaults.MAX_ADDRESSES

_IPV4ISH = re.compile(r"^\d{1,10}(\.\d{1,10}){1,3}$")
_LABEL = r"[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?"
_HOSTNAME = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*\.?$")
_TLS_SCHEMES = {"rediss", "https", "mongodb+tls", "mqtts", "amqps"}
#: schemes that name no engine: the service is identified by the HTTP sniff of the probe stage
_HTTP_SCHEMES = {"http": 80, "https": 443}
#: file name endings that make a target a path, never a hostname to look up in DNS
_PATH_SUFFIXES = (
    ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".bson", ".sql", ".sqlite", ".sqlite3", ".db", ".parquet",
    ".rdb", ".gz", ".zst", ".bz2", ".xz", ".zip", ".tar", ".txt", ".log", ".xml", ".yaml", ".yml", ".dump",
    ".bak", ".xlsx", ".xls", ".avro", ".orc", ".aof",
)
_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")
_CIDRISH = re.compile(r"^\[?[0-9A-Fa-f:.]+/\d{1,3}\]?(:\d+)?$")


@dataclass(frozen=True)
class HostPort:
    """An address (IP literal) and, when the target named one, a port and engine."""

    host: str
    port: int | None = None
    hostname: str | None = None
    engine_hint: str | None = None
    tls: bool = False
    #: the URI's path (``/bucket``), for engines whose datasets a URI can name
    path: str | None = None


@dataclass(frozen=True)
class Block:
    """A network to sweep: every address in it, on ``port`` (or on the port list when None)."""

    network: IPNetwork
    port: int | None = None


@dataclass
class ParsedScope:
    """The result of parsing: the scope, networks and explicit services to sweep, local paths."""

    scope: Scope = field(default_factory=Scope)
    #: services named with more than an address (a hostname, a URI, an engine hint); few
    endpoints: list[HostPort] = field(default_factory=list)
    #: addresses, CIDRs and ranges, collapsed per port; never expanded here
    blocks: list[Block] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    #: the targets, as given, that name a local path (:attr:`paths`): the report masks each as the service read
    #: from it shows its host (:func:`ajar.names.seal_report`, by this record, never by a target's shape)
    local: list[str] = field(default_factory=list)

    def address_count(self) -> int:
        """Distinct addresses in the scope, computed from the networks (never by listing them)."""
        return scope_size(self.scope)

    def iter_endpoints(self) -> Iterator[HostPort]:
        """Every endpoint, lazily: the named ones, then each allowed address of each block."""
        yield from self.endpoints
        for b in self.blocks:
            for a in b.network:
                if self.scope.allows(str(a)):
                    yield HostPort(str(a), b.port)


def normalise(net: IPNetwork) -> IPNetwork:
    """The IPv4 form of an IPv4-mapped IPv6 network (``::ffff:192.0.2.0/120`` is ``192.0.2.0/24``)."""
    if isinstance(net, ipaddress.IPv6Network) and net.subnet_of(_MAPPED):
        return ipaddress.IPv4Network((int(net.network_address) & 0xFFFFFFFF, net.prefixlen - 96))
    return net


def scope_size(scope: Scope) -> int:
    """How many distinct addresses ``scope`` allows: networks minus exclusions, arithmetically."""
    total = 0
    for version in (4, 6):
        nets = collapse(scope.networks, version)
        excl = collapse(scope.excluded, version)
        for n in nets:
            total += n.num_addresses
            for x in excl:  # collapsed networks either nest or are disjoint
                if x.subnet_of(n):  # type: ignore[arg-type]
                    total -= x.num_addresses
                elif n.subnet_of(x):  # type: ignore[arg-type]
                    total -= n.num_addresses
                    break
    return total


def _network(text: str, what: str) -> IPNetwork:
    try:
        return normalise(ipaddress.ip_network(text, strict=False))
    except ValueError as e:
        raise TargetError(f"{what} {text!r} is not a valid address or CIDR ({e}); "
                          "write it like 192.0.2.7 or 192.0.2.0/24") from e


def _ip(text: str, original: str) -> str:
    if _IPV4ISH.match(text):
        try:
            return str(ipaddress.IPv4Address(text))
        except ValueError as e:
            hint = f"; to read the local path, write ./{original}" if os.path.lexists(original) else ""
            raise TargetError(
                f"target {original!r} is not a valid IPv4 address: each of its four parts must be 0-255{hint}"
            ) from e
    try:
        ip = ipaddress.ip_address(text)
    except ValueError as e:
        raise TargetError(f"target {original!r}: {text!r} is not a valid address") from e
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ip)


def _looks_like_path(text: str) -> bool:
    """A target written like a file path (never looked up in DNS, even when it does not exist)."""
    return (os.sep in text or text.startswith(("~", ".")) or text.lower().endswith(_PATH_SUFFIXES)) \
        and "://" not in text


def _address_shaped(text: str) -> bool:
    """An address, CIDR, range or ``address:port`` as written: always a network target, even when a file of
    that name exists (a local path is spelled as one: ``./127.0.0.9``, ``/x``, ``file:x``)."""
    if _CIDRISH.match(text) or re.match(r"^\[[0-9A-Fa-f:.%]+\](:\d+)?$", text) or re.match(r"^[^/:]+:\d+$", text):
        return True  # a CIDR, [v6]:port, host:port
    host = text.rsplit(":", 1)[0] if text.count(":") == 1 else text
    first = host.split("-", 1)[0]
    return bool(_IPV4ISH.match(host) or _IPV4ISH.match(first) or _is_ip(host) or ("-" in host and _is_ip(first)))


def _file_uri(text: str) -> Path:
    """The local path a ``file:`` URI names (``file:dump.json``, ``file:///srv/dump``); it must exist."""
    from urllib.parse import unquote

    rest = text[5:]
    if rest.startswith("//"):
        u = urlsplit(text)
        if u.netloc not in ("", "localhost"):
            raise TargetError(f"{text!r}: a file: URI names a local path; it cannot name a host ({u.netloc!r})")
        rest = u.path
    path = unquote(rest)
    if not path:
        raise TargetError(f"{text!r}: the file: URI names no path")
    if not os.path.lexists(path):
        raise TargetError(f"target {text!r}: no such file or directory {path!r}; check the path")
    return Path(path)


def _resolve(name: str, original: str) -> list[str]:
    if _looks_like_path(name):
        raise TargetError(f"target {original!r} looks like a file path but no such file or directory exists; "
                          "check the path (ajar never looks a path up as a hostname)")
    if not _HOSTNAME.match(name):
        raise TargetError(
            f"target {original!r} is neither an address, a CIDR, a range, a hostname, a URI nor an "
            "existing path; see `ajar scan --help` for the forms accepted"
        )
    try:
        infos = socket.getaddrinfo(name, None, proto=socket.IPPROTO_TCP)
    except OSError as e:
        raise TargetError(
            f"hostname {name!r} does not resolve ({e.strerror}); check the name or give its address"
        ) from e
    return sorted({str(i[4][0]) for i in infos})


def _range(text: str, original: str) -> list[IPNetwork]:
    start_s, end_s = text.split("-", 1)
    start = ipaddress.ip_address(_ip(start_s, original))
    if "." in end_s or ":" in end_s:
        end = ipaddress.ip_address(_ip(end_s, original))
    else:
        if not isinstance(start, ipaddress.IPv4Address) or not end_s.isdigit() or int(end_s) > 255:
            raise TargetError(f"range {original!r} must end in a last octet 0-255 or a full address")
        end = ipaddress.IPv4Address(int(start) & ~0xFF | int(end_s))
    if start.version != end.version or int(end) < int(start):
        raise TargetError(f"range {original!r} ends before it starts")
    return list(ipaddress.summarize_address_range(start, end))


def parse_one(text: str, out: ParsedScope, schemes: dict[str, str]) -> None:
    """Parse one target into ``out``; raise :class:`TargetError` when it cannot be."""
    t = text.strip()
    if not t:
        return
    port: int | None
    if t[:5].lower() == "file:":
        out.paths.append(_file_uri(t))
        out.local.append(text)
        return
    if "://" in t:
        u = urlsplit(t)
        scheme = u.scheme.lower()
        if scheme.endswith("+srv"):
            raise TargetError(f"{t!r}: SRV URIs would make ajar look up and contact hosts you did not name; "
                              "give the host and port instead")
        engine = schemes.get(scheme)
        if engine is None and scheme not in _HTTP_SCHEMES:
            known = sorted(set(schemes) | set(_HTTP_SCHEMES))
            raise TargetError(f"{t!r}: unknown scheme {scheme!r}; known: {', '.join(known)}")
        if not u.hostname:
            raise TargetError(f"{t!r}: the URI names no host")
        try:
            port = u.port
        except ValueError as e:
            raise TargetError(f"{t!r}: the port is not a number from 1 to 65535") from e
        _check_port(port, t)
        if port is None and engine is None:
            port = _HTTP_SCHEMES[scheme]  # http(s):// without a port means 80/443, as in a browser
        hosts = [u.hostname] if _is_ip(u.hostname) else _resolve(u.hostname, t)
        for h in hosts:
            ip = _ip(h, t)
            out.scope.networks.append(ipaddress.ip_network(ip))
            out.endpoints.append(HostPort(ip, port, None if _is_ip(u.hostname) else u.hostname, engine,
                                          scheme in _TLS_SCHEMES, u.path if u.path not in ("", "/") else None))
        return
    if not _address_shaped(t):
        if _looks_like_path(t):
            if not os.path.lexists(t):
                raise TargetError(f"target {t!r} looks like a file path but no such file or directory exists; "
                                  "check the path (ajar never looks a path up as a hostname)")
            out.paths.append(Path(t))
            out.local.append(text)
            return
        if os.path.lexists(t):
            if _HOSTNAME.match(t):  # both a local name and a hostname: neither is guessed, nothing is looked up
                raise TargetError(
                    f"target {t!r} is both a local file or directory and a hostname; write ./{t} to read the "
                    f"local path, or {t}:PORT or an engine URI (mongodb://{t}) to scan the host")
            out.paths.append(Path(t))  # not a hostname (a space, a non-ASCII letter...): only a path
            out.local.append(text)
            return
    port = None
    host = t
    m = re.match(r"^\[([0-9A-Fa-f:.%]+)\](?::(\d+))?$", t)
    if m:
        host, port = m.group(1), int(m.group(2)) if m.group(2) else None
    elif t.count(":") == 1:
        host, _, p = t.partition(":")
        if not p.isdigit():
            raise TargetError(f"target {t!r}: the port {p!r} is not a number")
        port = int(p)
    _check_port(port, t)
    if "/" in host:
        net = _network(host, "target")
        out.scope.networks.append(net)
        out.blocks.append(Block(net, port))
        return
    if "-" in host and (_IPV4ISH.match(host.split("-")[0]) or ":" in host):
        for net in _range(host, t):
            out.scope.networks.append(net)
            out.blocks.append(Block(net, port))
        return
    if _is_ip(host) or _IPV4ISH.match(host):
        net = ipaddress.ip_network(_ip(host, t))
        out.scope.networks.append(net)
        out.blocks.append(Block(net, port))
        return
    for ip in _resolve(host, t):
        out.scope.networks.append(ipaddress.ip_network(ip))
        out.endpoints.append(HostPort(ip, port, host))


def _check_port(port: int | None, t: str) -> None:
    """Refuse a target's port that no service listens on, in every spelling (``host:0``, ``mongodb://host:0``)."""
    if port == 0:
        raise TargetError(f"target {t!r}: port 0 is no port a service listens on; name the service's port "
                          "(1-65535), or leave the port out to sweep the port list (80 or 443 for http(s)://)")
    if port is not None and not 0 < port < 65536:
        raise TargetError(f"target {t!r}: port {port} is out of range (1-65535)")


@dataclass
class RecordedScope:
    """A run's stored scope as far as it can be read back without the file system or DNS
    (:func:`recorded`): its addresses, the hostnames it named, and the targets it could not use."""

    #: the addresses, CIDRs, ranges and URI addresses named, less the exclusions
    scope: Scope = field(default_factory=Scope)
    #: the addresses, CIDRs and ranges, each on the port its target named (as :attr:`ParsedScope.blocks`)
    blocks: list[Block] = field(default_factory=list)
    #: the URIs that named an address: it, and the port named (a bare ``http(s)://``'s default port; None for
    #: another scheme's URI without one, which was swept on the run's port list)
    endpoints: list[HostPort] = field(default_factory=list)
    #: hostnames named (lower case): a service recorded with one was reached through it
    names: set[str] = field(default_factory=set)
    #: the stored texts that were not used: local paths, masked or unreadable targets and exclusions
    skipped: list[str] = field(default_factory=list)
    #: an exclusion could not be read back: the scope cannot be known to leave any address out
    skipped_exclusion: bool = False

    def holds(self, host: str, hostname: str | None) -> bool:
        """Whether a recorded service (its address, and the name it was reached by) is inside this scope:
        its address is one named, or the name it was recorded with is; never an excluded address."""
        if not _is_ip(host) or self.skipped_exclusion:
            return False
        if self.scope.allows(host):
            return True
        named = Scope(networks=[ipaddress.ip_network(_ip(host, host))], excluded=self.scope.excluded)
        return (hostname or "").rstrip(".").lower() in self.names and named.allows(host)


def recorded(targets: list[str], exclude: list[str]) -> RecordedScope:
    """Read a stored run's scope back: never a file system or DNS look-up, never a raised error.

    A stored scope is sealed (:func:`ajar.names.seal_report`): a local path is masked as its service's
    host is (``./u8**********00``), an address, network, range or URI is kept as typed (a URI's password
    masked). Only those forms are used here (an address-shaped target is never a local path,
    :func:`parse_one`), a hostname is kept by name, and every other target is skipped, in ``skipped``.
    """
    out = RecordedScope()
    for e in exclude:
        for part in (p.strip() for p in e.split(",")):
            if not part:
                continue
            try:
                out.scope.excluded.append(_network(part, "--exclude"))
            except TargetError:
                out.skipped.append(f"--exclude {part}")
                out.skipped_exclusion = True
    for text in targets:
        t = text.strip()
        if t and not _recorded_one(t, out):
            out.skipped.append(t)
    return out


def _recorded_one(t: str, out: RecordedScope) -> bool:
    """Add one stored target to ``out`` if it is an address, network, range, hostname or URI of one."""
    if t[:5].lower() == "file:":
        return False
    if "://" in t:
        try:
            u = urlsplit(t)
            host, port = u.hostname or "", u.port
        except ValueError:
            return False
        if port == 0:  # refused by the scan (:func:`_check_port`), as ``host:0`` is
            return False
        if _is_ip(host):
            ip = _ip(host, host)
            out.scope.networks.append(ipaddress.ip_network(ip))
            out.endpoints.append(HostPort(ip, port if port is not None else _HTTP_SCHEMES.get(u.scheme.lower())))
            return True
    elif _address_shaped(t):
        m = re.match(r"^\[([0-9A-Fa-f:.%]+)\](?::(\d+))?$", t)
        host, p = (m.group(1), m.group(2) or "") if m else (t.partition(":")[::2] if t.count(":") == 1 else (t, ""))
        if p and not (p.isdigit() and 0 < int(p) < 65536):
            return False
        nets = _recorded_networks(host)
        if nets is None:
            return False
        if nets:
            out.scope.networks += nets
            out.blocks += [Block(n, int(p) if p else None) for n in nets]
            return True
    elif _looks_like_path(t):
        return False
    else:
        host = t
    if _HOSTNAME.match(host) and not _IPV4ISH.match(host):
        out.names.add(host.rstrip(".").lower())
        return True
    return False


def _recorded_networks(host: str) -> list[IPNetwork] | None:
    """The networks of a stored address, CIDR or range (none for a hostname; None when unreadable), as
    :func:`parse_one` reads them but never with a file system look-up (:func:`_ip`'s hint)."""
    try:
        if "/" in host:
            return [_network(host, "target")]
        if "-" in host and (_IPV4ISH.match(host.split("-")[0]) or ":" in host):
            first, _, last = host.partition("-")
            if not _is_ip(first) or not (last.isdigit() or _is_ip(last)):
                return None
            return _range(host, host)
    except TargetError:
        return None
    return [ipaddress.ip_network(_ip(host, host))] if _is_ip(host) else []


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def read_target_file(path: str) -> list[str]:
    """Targets from a file, one per line; ``#`` starts a comment."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")  # a BOM (Windows tools) is not part of the first target
    except FileNotFoundError as e:
        raise TargetError(f"target list {path!r} does not exist; check the path given to -iL") from e
    except PermissionError as e:
        raise TargetError(f"target list {path!r} cannot be read (permission denied)") from e
    except IsADirectoryError as e:
        raise TargetError(f"target list {path!r} is a directory; -iL takes a file with one target per line") from e
    except UnicodeDecodeError as e:
        raise TargetError(f"target list {path!r} is not UTF-8 text; -iL takes one target per line") from e
    except OSError as e:
        raise TargetError(f"target list {path!r} cannot be read: {e.strerror}") from e
    return [ln.split("#", 1)[0].strip() for ln in text.splitlines() if ln.split("#", 1)[0].strip()]


def parse(targets: list[str], exclude: list[str], schemes: dict[str, str],
          max_addresses: int = MAX_ADDRESSES) -> ParsedScope:
    """Parse every target and exclusion; the result's scope is what the scan may contact."""
    out = ParsedScope()
    for e in exclude:
        for part in e.split(","):
            if part.strip():
                out.scope.excluded.append(_network(part.strip(), "--exclude"))
    bound = 0  # an upper bound of the size (overlaps counted twice); exact count only when it is over
    for t in targets:
        before = len(out.scope.networks)
        parse_one(t, out, schemes)
        bound += sum(n.num_addresses for n in out.scope.networks[before:])
        if bound > max_addresses and (bound := out.address_count()) > max_addresses:
            raise TargetError(
                f"the scope holds {bound:,} addresses, more than the {max_addresses:,} allowed (target "
                f"{t!r} brought it there); split the scan, or raise --max-addresses if you mean it")
    out.endpoints = [ep for ep in dict.fromkeys(out.endpoints) if out.scope.allows(ep.host)]
    out.blocks = _collapse(out.blocks, out.scope.excluded)
    if targets and exclude and not (out.endpoints or out.blocks or out.paths):
        raise TargetError("nothing left to scan after --exclude: every target is excluded; check the targets "
                          "and the --exclude list")
    return out


def _collapse(blocks: list[Block], excluded: list[IPNetwork]) -> list[Block]:
    """Overlapping networks swept on the same port become one (no address is tried twice), less
    the ``excluded`` networks: a sweep never walks an excluded address, however many there are."""
    by_port: dict[int | None, list[IPNetwork]] = {}
    for b in blocks:
        by_port.setdefault(b.port, []).append(b.network)
    out: list[Block] = []
    for port, nets in by_port.items():
        for version in (4, 6):
            holes = collapse((normalise(x) for x in excluded), version)
            out += [Block(n, port) for n in _minus(collapse(nets, version), holes)]
    return out


def _minus(nets: list[IPNetwork], holes: list[IPNetwork]) -> list[IPNetwork]:
    """Sorted disjoint ``nets`` less sorted disjoint ``holes``, as networks (arithmetic, no listing)."""
    out: list[IPNetwork] = []
    for n in nets:
        cls = ipaddress.IPv4Address if n.version == 4 else ipaddress.IPv6Address
        start, end = int(n.network_address), int(n.broadcast_address)
        for h in holes:
            a, b = int(h.network_address), int(h.broadcast_address)
            if b < start or a > end:
                continue
            if a > start:
                out += ipaddress.summarize_address_range(cls(start), cls(a - 1))
            start = b + 1
            if start > end:
                break
        if start <= end:
            out += ipaddress.summarize_address_range(cls(start), cls(end))
    return out
