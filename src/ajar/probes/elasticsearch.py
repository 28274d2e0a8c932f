"""Elasticsearch and OpenSearch (default ports 9200, 9201), over their REST API.

Requests sent, all read-only (as the cluster's HTTP access log names them):
``GET /`` (banner: ``version.number``, ``version.distribution``), ``GET /_cat/indices``
(``?format=json&bytes=b``: index names, ``docs.count``, ``store.size``),
``GET /{index}/_mapping`` (to find a date field for the newest records),
``POST /{index}/_search`` (a read despite the verb: ``function_score`` with
``random_score`` for the sample, a sort on the date field for the newest records, ``size``
at most the sample size) and ``GET /{index}/_count``.

Verdicts: ``auth_required`` when the server answers 401 (``WWW-Authenticate`` or a
``security_exception``: it said so); ``open`` when ``_search`` returns documents without
credentials; ``metadata`` when ``_cat/indices`` answers but searches are refused (403).
Datasets are indices; names starting with ``.`` (system and hidden indices) are skipped.
With security disabled every client has read, write and admin rights
(``elasticsearch.security_disabled``).
"""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar
from urllib.parse import quote

import httpx

from ajar.bounds import count_of
from ajar.errors import NotThisEngine, ProtocolMismatch
from ajar.knowledge import EndOfLife, Guide, Signal, Weakness
from ajar.models import Access, Evidence, Record, Rights, Severity
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, HttpProbe, Sample, addressable, cap_value, evidence

_DATE_NAMES = ("@timestamp", "timestamp", "ts", "time", "created_at", "created", "date", "updated_at")


#: How to close elasticsearch and check that it is closed.
GUIDE = Guide(
    "Elasticsearch / OpenSearch",
    auth="Elasticsearch, in elasticsearch.yml:\n  xpack.security.enabled: true\nthen "
    "`bin/elasticsearch-reset-password -u elastic`. OpenSearch: keep the security plugin enabled "
    "(opensearch.yml `plugins.security.disabled: false`) and run securityadmin.sh.",
    bind="In elasticsearch.yml / opensearch.yml:\n  network.host: 127.0.0.1",
    tls="In elasticsearch.yml:\n  xpack.security.http.ssl.enabled: true\n"
    "  xpack.security.http.ssl.keystore.path: http.p12\n(OpenSearch: "
    "plugins.security.ssl.http.enabled: true)",
    verify="`ajar scan HOST:PORT` shows access auth_required; `curl -s -o /dev/null -w '%{http_code}' "
    "http://HOST:PORT/_cat/indices` answers 401.",
    upgrade="Upgrade to a supported release (https://www.elastic.co/support/eol).",
    settings="Do not disable security (`xpack.security.enabled: false`, `plugins.security.disabled: true`).",
)
#: The oldest release branches still supported upstream (as of mid-2025).
END_OF_LIFE = (EndOfLife("opensearch", (2, 0), marker="opensearch"), EndOfLife("elasticsearch", (7, 17)))
#: elasticsearch.security_disabled
SECURITY_DISABLED = Weakness(
    "elasticsearch.security_disabled",
    Severity.LOW,
    "Security is disabled: the REST API answers without credentials",
    when="GET /_cat/indices answered 200 to a client without credentials",
    remediation="Elasticsearch: set `xpack.security.enabled: true` in elasticsearch.yml, then run "
    "`elasticsearch-reset-password -u elastic`; OpenSearch: keep the security plugin "
    "installed and set `plugins.security.disabled: false` in opensearch.yml (run "
    "securityadmin.sh to load users), then restart the nodes",
    verify="`curl -s -o /dev/null -w '%{http_code}' http://HOST:9200/_cat/indices` prints 401",
)


class ElasticsearchProbe(HttpProbe):
    """Elasticsearch and OpenSearch clusters."""

    id = "elasticsearch"
    guide = GUIDE
    end_of_life = END_OF_LIFE
    weaknesses = (SECURITY_DISABLED,)
    description = "Elasticsearch/OpenSearch: banner, _cat/indices, mappings, random_score sample"
    default_ports = (9200, 9201)
    commands: ClassVar[frozenset[str]] = frozenset(
        {"GET /", "GET /_cat/indices", "GET /{index}/_mapping", "POST /{index}/_search", "GET /{index}/_count"}
    )

    async def identify(self) -> Fingerprint:
        try:
            r, body = await self.fetch_json("GET /", "GET", "/")
        except ProtocolMismatch as e:
            raise NotThisEngine(f"no HTTP reply to GET / ({e})") from e
        if r.status_code == 401 and _says_security(r, body):
            said = _error_text(body) or r.headers.get("www-authenticate")
            fp = Fingerprint("elasticsearch", tls=self.target.tls, evidence=[evidence("GET /", f"401 {said}")])
            fp.info["auth"] = "required"
            product = r.headers.get("x-elastic-product")
            if product:
                fp.info["product"] = product
            return fp
        if r.status_code != 200 or not isinstance(body, dict):
            raise NotThisEngine(f"GET / answered {r.status_code} without an Elasticsearch banner")
        ver = body.get("version")
        tagline = str(body.get("tagline", ""))
        is_es = "You Know, for Search" in tagline or r.headers.get("x-elastic-product") == "Elasticsearch"
        if not isinstance(ver, dict) or not (is_es or "OpenSearch" in tagline or "lucene_version" in ver):
            raise NotThisEngine("GET / answered JSON that is not an Elasticsearch/OpenSearch banner")
        dist = str(ver.get("distribution") or ("opensearch" if "OpenSearch" in tagline else "elasticsearch"))
        number = str(ver.get("number") or "") or None
        # OpenSearch's numbers are not Elasticsearch's (3.x is current, not end-of-life): say
        # so in the version string, as MariaDB does through the mysql engine
        version = f"OpenSearch {number}" if number and dist == "opensearch" else number
        fp = Fingerprint("elasticsearch", version=version, tls=self.target.tls)
        fp.info = {"distribution": dist, "cluster_name": str(body.get("cluster_name", ""))[:80]}
        if ver.get("lucene_version"):
            fp.info["lucene_version"] = str(ver["lucene_version"])
        fp.evidence.append(evidence("GET /", f"200 {dist} {number} banner"))
        return fp

    async def access(self) -> AccessResult:
        """The checks, in order: ``/_cat/indices`` without credentials (a 401, or a 403 that
        names security, is ``auth_required``); one document searched in the first non-empty
        index; the rights that follow from security being off."""
        r, body = await self.fetch_json("GET /_cat/indices", "GET", "/_cat/indices",
                                        params={"format": "json", "bytes": "b"})
        cmd = "GET /_cat/indices?format=json&bytes=b"
        if r.status_code == 401:
            return AccessResult(Access.AUTH_REQUIRED, [evidence(cmd, f"401 {_error_text(body)}")])
        if r.status_code == 403:
            return AccessResult(Access.AUTH_REQUIRED if _says_security(r, body) else Access.UNKNOWN,
                                [evidence(cmd, f"403 {_error_text(body)}")])
        if r.status_code != 200 or not isinstance(body, list):
            return AccessResult(Access.UNKNOWN, [evidence(cmd, f"{r.status_code} {_error_text(body)}")])
        self._indices = [i for i in body if isinstance(i, dict) and not str(i.get("index", ".")).startswith(".")]
        ev = [evidence(cmd, f"200: {len(self._indices)} indices listed without credentials")]
        self._indices = addressable(self._indices, lambda i: str(i.get("index")), ev, cmd)
        first = next((i for i in self._indices if _int(i.get("docs.count"))), None)
        verdict = Access.METADATA
        if first is not None:
            verdict = await self._search_one(str(first["index"]), ev)
        elif not self._indices:
            ev.append(evidence(cmd, "no user index holds documents"))
        rights = Rights(read=True, write=True, admin=True,
                        basis="the cluster answers an unauthenticated client: security is disabled, so every "
                              "client has read, write and admin rights (no users or roles exist)")
        if verdict == Access.METADATA and first is not None:
            rights = Rights(read=False, basis="indices are listed, but searches are refused without credentials")
        signals = []
        if verdict == Access.OPEN or rights.admin:
            signals.append(Signal(
                SECURITY_DISABLED.id, "GET /_cat/indices answered 200 to a client without credentials"))
        return AccessResult(verdict, ev, rights, signals)

    async def _search_one(self, name: str, ev: list[Evidence]) -> Access:
        """``open`` when a one-document search of index ``name`` returns a hit, else ``metadata``."""
        sr, sbody = await self.fetch_json("POST /{index}/_search", "POST", f"/{_quote(name)}/_search",
                                          json={"size": 1})
        if sr.status_code == 200 and _hits(sbody):
            ev.append(evidence(f"POST /{name}/_search size=1", "200: a document returned without credentials"))
            return Access.OPEN
        ev.append(evidence(f"POST /{name}/_search size=1", f"{sr.status_code} {_error_text(sbody)}"))
        return Access.METADATA

    async def inventory(self) -> list[DatasetRef]:
        if not hasattr(self, "_indices"):
            await self.access()
        refs = []
        for i in sorted(self._indices, key=lambda x: str(x.get("index")))[: self.limits.max_datasets]:
            name = str(i.get("index"))
            refs.append(DatasetRef(name, "index", _int(i.get("docs.count")), _int(i.get("store.size")), name))
        return refs

    async def _date_field(self, index: str) -> str | None:
        r, body = await self.fetch_json("GET /{index}/_mapping", "GET", f"/{_quote(index)}/_mapping")
        if r.status_code != 200 or not isinstance(body, dict):
            return None
        dates: list[str] = []
        for m in body.values():
            props = (m.get("mappings") or {}).get("properties") if isinstance(m, dict) else None
            if isinstance(props, dict):
                dates += [k for k, v in props.items()
                          if isinstance(v, dict) and v.get("type") in ("date", "date_nanos")]
        for name in _DATE_NAMES:
            if name in dates:
                return name
        return dates[0] if dates else None

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        index = str(dataset.handle)
        path = f"/{_quote(index)}/_search"
        query = {"size": n, "query": {"function_score": {"query": {"match_all": {}}, "random_score": {}}}}
        r, body = await self.fetch_json("POST /{index}/_search", "POST", path, json=query)
        if r.status_code != 200:
            raise ProtocolMismatch(f"random_score search answered {r.status_code}")
        cap = self.limits.max_value_bytes
        records = [Record(cap_value(h["_source"], cap)) for h in _hits(body)[:n] if isinstance(h.get("_source"), dict)]
        newest: list[Record] = []
        field = await self._date_field(index)
        if field:
            r2, body2 = await self.fetch_json("POST /{index}/_search", "POST", path,
                                              json={"size": min(n, 20), "sort": [{field: {"order": "desc"}}]})
            if r2.status_code == 200:
                newest = [Record(cap_value(h["_source"], cap)) for h in _hits(body2)[:n]
                          if isinstance(h.get("_source"), dict)]
        return Sample(records, newest)

    async def recount(self, dataset: DatasetRef) -> int | None:
        r, body = await self.fetch_json("GET /{index}/_count", "GET", f"/{_quote(str(dataset.handle))}/_count")
        if r.status_code == 200 and isinstance(body, dict):
            return _int(body.get("count"))
        return None


def _quote(index: str) -> str:
    return quote(index, safe="")


def _int(v: Any) -> int | None:
    return count_of(v)


def _hits(body: Any) -> list[dict[str, Any]]:
    hits = (body.get("hits") or {}).get("hits") if isinstance(body, dict) else None
    return [h for h in hits if isinstance(h, dict)] if isinstance(hits, list) else []


def _error_text(body: Any) -> str:
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            return f"{err.get('type', '')}: {err.get('reason', '')}"[:200]
        if err:
            return str(err)[:200]
    return ""


_REALM = re.compile(r'realm="(?:security|OpenSearch Security)"')


def _says_security(r: httpx.Response, body: Any) -> bool:
    """The reply is the security layer refusing: a Basic/Bearer challenge or a security_exception."""
    challenge = r.headers.get("www-authenticate", "")
    # the realms Elasticsearch and the OpenSearch security plugin name, not any realm that
    # merely mentions security (a web server's "Restricted Security Area" is not a search engine)
    return bool(_REALM.search(challenge)) or "security_exception" in json.dumps(body)[:2000]
