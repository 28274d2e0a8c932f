"""S3-compatible object storage (AWS S3 API: MinIO, Ceph RGW, moto, LocalStack...).

Default ports 9000 (MinIO), 4566 (LocalStack, the lab's moto) and 9900. Requests sent, all
read-only, all anonymous (unsigned, as the server's access log names them):
``GET /`` (ListBuckets), ``GET /{bucket}?list-type=2`` (ListObjectsV2, ``max-keys``
bounded) and ``GET /{bucket}/{key}`` (GetObject with a ``Range`` header: a bounded read of
JSON, NDJSON and CSV objects only). Nothing is ever PUT, POSTed or deleted, and no
credential is ever sent.

Verdicts: ``auth_required`` when the server answers an S3 error ``AccessDenied`` /
``AllAccessDisabled`` (403: it said so) to ListBuckets and to every bucket listing;
``metadata`` when buckets or object keys are listed but objects are refused; ``open`` when an
object's bytes are read without credentials. One dataset per object (``bucket/key``): each
object has its own schema. Buckets come from the anonymous ListBuckets and from the target
URI's path (``s3://host:port/bucket``), so a bucket is audited even where listing all
buckets is refused.
Findings: ``s3.anonymous_list_buckets`` (the endpoint lists its buckets to anyone),
``s3.public_bucket_listing`` (a bucket lists its objects to anyone) and
``s3.public_object_read`` (objects are readable by anyone).
"""

from __future__ import annotations

import csv
import html
import io
import json
import random
import re
from typing import Any, ClassVar
from urllib.parse import quote

import httpx

from ajar.errors import NotThisEngine, ProtocolMismatch
from ajar.knowledge import Guide, Signal, Weakness
from ajar.models import Access, Evidence, Record, Rights, Severity
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, HttpProbe, Sample, cap_value, evidence

_DATA_EXT = (".json", ".ndjson", ".jsonl", ".csv", ".tsv")
_AUTH_CODES = ("AccessDenied", "AllAccessDisabled", "InvalidAccessKeyId", "SignatureDoesNotMatch",
               "AuthorizationHeaderMalformed", "MissingSecurityHeader", "InvalidToken", "ExpiredToken")
_TAG = {t: re.compile(rf"<{t}>(.*?)</{t}>", re.S) for t in ("Name", "Key", "Size", "Code", "Message", "Contents",
                                                             "IsTruncated", "KeyCount")}
_BLOCK = {t: re.compile(rf"<{t}>(.*?)</{t}>", re.S) for t in ("Bucket", "Contents")}


def _tag(xml: str, tag: str) -> str | None:
    m = _TAG[tag].search(xml)
    return html.unescape(m.group(1)) if m else None


#: How to close s3 and check that it is closed.
GUIDE = Guide(
    "S3 bucket",
    auth="Remove public ACLs and bucket policies that grant `*`, and turn on Block Public Access:\n"
    "  aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration "
    "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    bind="Serve objects through signed URLs or an authenticated front end, not a public bucket.",
    tls='Deny plain HTTP with a bucket policy condition `"aws:SecureTransport": "false"` → Deny.',
    verify="`ajar scan HOST:PORT` shows access auth_required; `aws s3 ls s3://BUCKET "
    "--no-sign-request` fails "
    "with AccessDenied.",
    )
#: s3.anonymous_list_buckets
ANONYMOUS_LIST_BUCKETS = Weakness(
    "s3.anonymous_list_buckets",
    Severity.LOW,
    "The endpoint lists its buckets to anonymous clients",
    when="The endpoint lists its buckets to anonymous clients",
    remediation="require signed requests for every API call: on MinIO remove any anonymous policy "
    "(`mc anonymous set none ALIAS/BUCKET`); on Ceph RGW set `rgw_enable_anonymous = false`"
    " where available; behind a gateway, reject requests without an Authorization header",
    verify="`curl -s http://HOST:PORT/` answers 403 AccessDenied",
)
#: s3.public_bucket_listing
PUBLIC_BUCKET_LISTING = Weakness(
    "s3.public_bucket_listing",
    Severity.LOW,
    "Buckets list their objects to anonymous clients",
    when="Buckets list their objects to anonymous clients",
    remediation="remove public list grants: `aws s3api put-public-access-block --bucket BUCKET "
    "--public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,"
    "BlockPublicPolicy=true,RestrictPublicBuckets=true`, drop `s3:ListBucket` for "
    "Principal `*` from the bucket policy (MinIO: `mc anonymous set none ALIAS/BUCKET`)",
    verify="`curl -s 'http://HOST:PORT/BUCKET?list-type=2'` answers 403 AccessDenied",
)
#: s3.public_object_read
PUBLIC_OBJECT_READ = Weakness(
    "s3.public_object_read",
    Severity.LOW,
    "Objects are readable by anonymous clients",
    when="an unsigned GetObject answered with the object's bytes",
    remediation="make the objects private: `aws s3api put-object-acl --acl private` per object, remove "
    "`s3:GetObject` for Principal `*` from the bucket policy, and enable Block Public "
    "Access on the bucket and the account",
    verify="`curl -s -o /dev/null -w '%{http_code}' http://HOST:PORT/BUCKET/KEY` prints 403",
)


class S3Probe(HttpProbe):
    """S3-compatible object stores, read anonymously."""

    id = "s3"
    guide = GUIDE
    weaknesses = (ANONYMOUS_LIST_BUCKETS, PUBLIC_BUCKET_LISTING, PUBLIC_OBJECT_READ)
    description = "S3-compatible storage: anonymous ListBuckets, ListObjectsV2, ranged reads of JSON/CSV objects"
    default_ports = (9000, 4566, 9900)
    schemes = ("s3",)
    commands: ClassVar[frozenset[str]] = frozenset(
        {"GET /", "GET /{bucket}?list-type=2", "GET /{bucket}/{key}"}
    )

    max_reply = 8 << 20

    async def _get(self, command: str, path: str, *, params: dict[str, str] | None = None,
                   headers: dict[str, str] | None = None, limit: int | None = None) -> tuple[httpx.Response, bytes]:
        """One declared, unsigned GET; at most ``limit`` bytes of the body are read (the rest is dropped)."""
        # a server that ignores Range: stop reading, keep what fits
        return await self.fetch(command, "GET", path, params=params, headers=headers, limit=limit, truncate=True)

    async def identify(self) -> Fingerprint:
        try:
            r, raw = await self._get("GET /", "/")
        except ProtocolMismatch as e:
            raise NotThisEngine(f"no HTTP reply to GET / ({e})") from e
        text = raw.decode("utf-8", "replace")
        server = r.headers.get("server", "")
        amz = any(h in r.headers for h in ("x-amz-request-id", "x-amzn-requestid", "x-amz-id-2"))
        fp = Fingerprint("s3", tls=self.target.tls)
        fp.info = {"server": server[:60]} if server else {}
        if r.status_code == 200 and "<ListAllMyBucketsResult" in text:
            self._buckets = [html.unescape(m.group(1)) for b in _BLOCK["Bucket"].finditer(text)
                             if (m := _TAG["Name"].search(b.group(1)))]
            self._root = (r.status_code, f"200 ListAllMyBucketsResult: {len(self._buckets)} buckets")
        elif r.status_code in (401, 403) and "<Error>" in text and (amz or "<Code>" in text):
            code = _tag(text, "Code") or ""
            self._buckets = []
            self._root = (r.status_code, f"{r.status_code} {code}: {(_tag(text, 'Message') or '')[:120]}")
        else:
            raise NotThisEngine(f"GET / answered {r.status_code} without an S3 bucket list or S3 error")
        named = (self.target.path or "").strip("/").split("/", 1)[0]
        if named and named not in self._buckets:
            self._buckets.insert(0, named)
        if "minio" in server.lower():
            fp.info["product"] = "MinIO"
        fp.evidence.append(evidence("GET / (ListBuckets, unsigned)", self._root[1]))
        return fp

    async def access(self) -> AccessResult:
        """The checks, in order: the unsigned ListBuckets of identification (a refusal with an
        S3 auth code is ``auth_required`` when no bucket lists either); an unsigned
        ListObjectsV2 per bucket; one byte of one object read unsigned."""
        if not hasattr(self, "_root"):
            await self.identify()
        status, said = self._root
        ev: list[Evidence] = []  # the ListBuckets reply is already in the fingerprint's evidence
        signals: list[Signal] = []
        if status == 200:
            signals.append(Signal(
                ANONYMOUS_LIST_BUCKETS.id, f"unsigned ListBuckets answered 200 with {len(self._buckets)} buckets"))
        elif not any(c in said for c in _AUTH_CODES):
            return AccessResult(Access.UNKNOWN, [evidence("GET / (ListBuckets, unsigned)", said)])
        if status == 200:
            self.earn(AccessResult(Access.METADATA, [], Rights(basis="unsigned ListBuckets answered 200"),
                                   list(signals)))
        listed = await self._list_buckets(ev)
        if listed:
            signals.append(Signal(
                PUBLIC_BUCKET_LISTING.id, f"unsigned ListObjectsV2 answered 200 for {len(listed)} bucket(s)",
                tuple(listed)))
        if status != 200 and not listed:
            return AccessResult(Access.AUTH_REQUIRED, [evidence("GET / (ListBuckets, unsigned)", said), *ev])
        readable = await self._read_one_object(ev)
        if readable:
            signals.append(Signal(
                PUBLIC_OBJECT_READ.id, "an unsigned GetObject answered with the object's bytes", tuple(listed)))
        rights = Rights(read=readable, basis="unsigned requests: "
                        + ("objects readable" if readable else "listing only, objects refused or none")
                        + "; write rights are not tested (that would need a write)")
        return AccessResult(Access.OPEN if readable else Access.METADATA, ev, rights, signals)

    async def _list_buckets(self, ev: list[Evidence]) -> list[str]:
        """Unsigned ListObjectsV2 of each bucket (keys and sizes kept for the inventory); the
        buckets that listed."""
        self._objects: dict[str, list[tuple[str, int]]] = {}
        listed: list[str] = []
        for bucket in self._buckets[: self.limits.max_datasets]:
            r, raw = await self._get("GET /{bucket}?list-type=2", f"/{quote(bucket, safe='')}",
                                     params={"list-type": "2", "max-keys": str(min(self.limits.max_keys, 1000))})
            text = raw.decode("utf-8", "replace")
            if r.status_code == 200 and "<ListBucketResult" in text:
                objs = []
                for c in _BLOCK["Contents"].finditer(text):
                    key, size = _tag(c.group(1), "Key"), _tag(c.group(1), "Size")
                    if key is not None:
                        objs.append((key, int(size) if size and size.isdigit() else 0))
                self._objects[bucket] = objs
                listed.append(bucket)
                ev.append(evidence(f"GET /{bucket}?list-type=2", f"200 ListBucketResult: {len(objs)} keys"))
            else:
                ev.append(evidence(f"GET /{bucket}?list-type=2", f"{r.status_code} {_tag(text, 'Code') or ''}"))
        return listed

    async def _read_one_object(self, ev: list[Evidence]) -> bool:
        """The first byte of the first non-empty object, unsigned: the proof of reading."""
        probe_obj = next(((b, k) for b, objs in self._objects.items() for k, s in objs if s > 0), None)
        if probe_obj is None:
            return False
        b, k = probe_obj
        r, _ = await self._get("GET /{bucket}/{key}", f"/{quote(b, safe='')}/{quote(k, safe='/')}",
                               headers={"Range": "bytes=0-0"}, limit=1024)
        ev.append(evidence(f"GET /{b}/{k} Range: bytes=0-0", f"{r.status_code}"))
        return r.status_code in (200, 206)

    async def inventory(self) -> list[DatasetRef]:
        if not hasattr(self, "_objects"):
            await self.access()
        refs: list[DatasetRef] = []
        for bucket, objs in sorted(self._objects.items()):
            for key, size in objs:
                if len(refs) >= self.limits.max_datasets:
                    return refs
                if key.lower().endswith(_DATA_EXT) and size > 0:
                    refs.append(DatasetRef(f"{bucket}/{key}", "object", None, size, (bucket, key, size)))
        return refs

    async def _range(self, bucket: str, key: str, start: int, end: int) -> bytes:
        r, raw = await self._get("GET /{bucket}/{key}", f"/{quote(bucket, safe='')}/{quote(key, safe='/')}",
                                 headers={"Range": f"bytes={start}-{end}"}, limit=end - start + 1)
        if r.status_code not in (200, 206):
            raise ProtocolMismatch(f"GetObject answered {r.status_code}")
        return raw

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        bucket, key, size = dataset.handle
        chunk = max(self.limits.max_value_bytes * 4, 64 * 1024)
        head = await self._range(bucket, key, 0, min(size, chunk) - 1)
        complete = len(head) >= size
        low = key.lower()
        rows: list[dict[str, Any]] = []
        if low.endswith((".csv", ".tsv")):
            text = head.decode("utf-8", "replace")
            lines = text.splitlines()
            if not complete:
                lines = lines[:-1]  # the last line may be cut
            header = lines[:1]
            rows = _csv(header + lines[1:], "\t" if low.endswith(".tsv") else ",")
            if not complete and header and size > 2 * chunk:
                start = random.randint(chunk, size - chunk)
                more = (await self._range(bucket, key, start, start + chunk - 1)).decode("utf-8", "replace")
                rows += _csv(header + more.splitlines()[1:-1], "\t" if low.endswith(".tsv") else ",")
        elif low.endswith((".ndjson", ".jsonl")) or (low.endswith(".json") and head.lstrip()[:1] == b"{"
                                                      and b"\n{" in head):
            lines = head.decode("utf-8", "replace").splitlines()
            rows = _ndjson(lines if complete else lines[:-1])
            if not complete and size > 2 * chunk:
                start = random.randint(chunk, size - chunk)
                more = (await self._range(bucket, key, start, start + chunk - 1)).decode("utf-8", "replace")
                rows += _ndjson(more.splitlines()[1:-1])
        else:
            rows = _json_rows(head.decode("utf-8", "replace"), complete)
        if complete:
            dataset.records = len(rows)  # the whole object was read: an exact count
        elif rows and head:
            # bytes per record from what was read, over the object's size: an estimate
            dataset.records = round(size / (len(head) / max(len(rows), 1)))
        cap = self.limits.max_value_bytes
        chosen = random.sample(rows, min(n, len(rows)))
        return Sample([Record(cap_value(r, cap), {"key": key}) for r in chosen])


def _csv(lines: list[str], delimiter: str) -> list[dict[str, Any]]:
    if len(lines) < 2:
        return []
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    try:
        return [{str(k): v for k, v in row.items() if k is not None} for row in reader]
    except csv.Error:
        return []


def _ndjson(lines: list[str]) -> list[dict[str, Any]]:
    out = []
    for ln in lines:
        try:
            v = json.loads(ln)
        except (ValueError, RecursionError):
            continue
        if isinstance(v, dict):
            out.append(v)
    return out


def _json_rows(text: str, complete: bool) -> list[dict[str, Any]]:
    """Records of a JSON document: its array of objects, or the first list of objects in it.
    A cut document is read element by element up to the cut."""
    if complete:
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError):
            return []
        if isinstance(doc, list):
            return [d for d in doc if isinstance(d, dict)]
        if isinstance(doc, dict):
            inner = next((v for v in doc.values() if isinstance(v, list) and v and isinstance(v[0], dict)), None)
            return [d for d in inner if isinstance(d, dict)] if inner else [doc]
        return []
    dec = json.JSONDecoder()
    i = text.find("[")
    out: list[dict[str, Any]] = []
    if i < 0:
        return out
    i += 1
    while True:
        while i < len(text) and text[i] in " \r\n\t,":
            i += 1
        try:
            v, i = dec.raw_decode(text, i)
        except ValueError:
            return out
        if isinstance(v, dict):
            out.append(v)
