"""The vocabulary of ajar: closed enums and the result models every stage passes on.

Guarantees:

* Every enum here is closed. A new value is a schema change (bump ``SCHEMA_VERSION``).
* No model holds a raw sampled value. ``FieldReport.examples`` holds masked strings only;
  raw values live in :class:`Record` objects, in memory, during classification, and
  :class:`Record` is deliberately not a pydantic model so it can never be serialised.
* The JSON report is ``Report.model_dump(mode="json")``, validated against
  ``report/schema.json``.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1.1"
#: Reports of these older versions read as the current one: each later version only added fields.
READABLE_VERSIONS = ("1.0", SCHEMA_VERSION)
#: The largest count a report holds (a signed 64-bit integer, what every consumer and the store can hold):
#: a server's larger claim is dropped where it is read (``bounds.count_of``), a report file holding one is refused.
MAX_INT = 2**63 - 1


class Status(StrEnum):
    """How a probe attempt against one service ended (DESIGN.md §4)."""

    SUCCESS = "success"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    TLS_ERROR = "tls_error"
    NOT_THIS_ENGINE = "not_this_engine"
    PROTOCOL_ERROR = "protocol_error"
    ERROR = "error"


class BannerKind(StrEnum):
    """What a port that no probe recognised speaks, when it can be told from its first words.

    Set only on services whose engine is unknown: the reason no database verdict was given.
    """

    SSH = "ssh"
    SMTP = "smtp"
    FTP = "ftp"
    HTTP = "http"
    TLS = "tls"
    UNKNOWN = "unknown"


class Access(StrEnum):
    """What an anonymous client can do. ``unknown`` is never read as closed."""

    OPEN = "open"
    METADATA = "metadata"
    AUTH_REQUIRED = "auth_required"
    UNKNOWN = "unknown"


class Severity(StrEnum):
    """Severity, nuclei's scale. Compare with :meth:`rank`."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def rank(self) -> int:
        """4 for critical down to 0 for info."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {
    Severity.CRITICAL: 4,
    Severity.HIGH: 3,
    Severity.MEDIUM: 2,
    Severity.LOW: 1,
    Severity.INFO: 0,
}


class Category(StrEnum):
    """Categories of personal data (DESIGN.md §5). Ids are stable."""

    PERSON_NAME = "person.name"
    NATIONAL_ID = "person.national_id"
    BIRTH_DATE = "person.birth_date"
    PHONE = "contact.phone"
    EMAIL = "contact.email"
    ADDRESS = "contact.address"
    COORDINATES = "location.coordinates"
    IP_ADDRESS = "network.ip_address"
    DEVICE_ID = "device.identifier"
    CARD_NUMBER = "financial.card_number"
    IBAN = "financial.iban"
    ETHNICITY = "special.ethnicity"
    RELIGION = "special.religion"
    HEALTH = "special.health"
    FACE_EMBEDDING = "biometric.face_embedding"
    SECRET = "credential.secret"


#: Categories whose exposure is critical on their own (DESIGN.md §6).
SENSITIVE_CATEGORIES = frozenset(
    {
        Category.NATIONAL_ID,
        Category.ETHNICITY,
        Category.RELIGION,
        Category.HEALTH,
        Category.FACE_EMBEDDING,
        Category.SECRET,
    }
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Evidence(_Model):
    """The command that decided a verdict and the server's reply, redacted and truncated."""

    command: str
    reply: str


class Rights(_Model):
    """Rights of an anonymous client, inferred from what the server reports, never by writing.

    ``None`` means the server did not say.
    """

    read: bool | None = None
    write: bool | None = None
    admin: bool | None = None
    basis: str = ""


class Finding(_Model):
    """One thing wrong with a service, with the rule that decided it and how to close it."""

    rule: str
    title: str
    severity: Severity
    remediation: str = ""
    verify: str = ""
    detail: str = ""
    datasets: list[str] = Field(default_factory=list, description="names of the datasets the finding is about")


class FieldReport(_Model):
    """What one field path of a dataset holds. ``examples`` are masked, never raw."""

    path: str
    category: Category
    confidence: float = Field(ge=0.0, le=1.0)
    prevalence: float = Field(ge=0.0, le=1.0, description="share of non-empty sampled values that support it")
    values: int = Field(ge=0, le=MAX_INT, description="non-empty values looked at")
    examples: list[str] = Field(default_factory=list)
    detectors: list[str] = Field(default_factory=list)
    detail: dict[str, str] = Field(default_factory=dict)


class Liveness(_Model):
    """How fast a dataset grows and how fresh its newest record is."""

    records_per_day: float | None = None
    newest_record_age_seconds: float | None = None
    method: str = ""


class PeopleEstimate(_Model):
    """An estimate of the people whose data a dataset or service exposes, with its method."""

    count: int = Field(ge=0, le=MAX_INT)
    method: str


class Inference(_Model):
    """A category a dataset reveals across its fields (visits to places of worship reveal religion)."""

    category: Category
    inferred_from: str = Field(description="the field path the inference rests on")
    kind: str = Field(description="the kind of place (vocabulary id, e.g. worship, health)")
    share: float = Field(ge=0.0, le=1.0, description="share of the field's sampled values of that kind")
    values: int = Field(ge=0, le=MAX_INT, description="sampled values of that kind")


class CompositionCategory(_Model):
    """How many sampled records hold a category."""

    category: Category
    records: int = Field(ge=0, le=MAX_INT)
    share: float = Field(ge=0.0, le=1.0)


class PlaceShare(_Model):
    """The share of one kind of place among a place field's sampled values (never a value)."""

    kind: str
    label: str
    sensitive: bool
    values: int = Field(ge=0, le=MAX_INT)
    share: float = Field(ge=0.0, le=1.0)


class PlaceField(_Model):
    """A field that names kinds of places, with the share of each kind."""

    path: str
    values: int = Field(ge=0, le=MAX_INT, description="non-empty sampled values")
    kinds: list[PlaceShare] = Field(default_factory=list)
    other_share: float = Field(ge=0.0, le=1.0, description="share of values naming no known kind of place")


class Composition(_Model):
    """What a dataset is made of, safe to publish: counts per category and per kind of place."""

    sampled: int = Field(ge=0, le=MAX_INT)
    categories: list[CompositionCategory] = Field(default_factory=list)
    places: list[PlaceField] = Field(default_factory=list)


class Dataset(_Model):
    """One database.collection / table / index / keyspace / topic, or one file."""

    name: str
    kind: str = "collection"
    records: int | None = Field(default=None, ge=0, le=MAX_INT)
    size_bytes: int | None = Field(default=None, ge=0, le=MAX_INT)
    sampled: int = Field(default=0, ge=0, le=MAX_INT)
    fields: list[FieldReport] = Field(default_factory=list)
    movement_trail: bool = False
    inferred: list[Inference] = Field(
        default_factory=list, description="categories the dataset reveals across fields (sensitive places)"
    )
    composition: Composition | None = None
    liveness: Liveness | None = None
    people: PeopleEstimate | None = None
    notes: list[str] = Field(default_factory=list)

    @property
    def categories(self) -> set[Category]:
        """Categories found in this dataset's fields, and those it reveals across them."""
        return {f.category for f in self.fields} | {i.category for i in self.inferred}


class Coverage(_Model):
    """What a local-path scan read and what it skipped (``files`` services only): counts, never names."""

    files_read: int = Field(ge=0, le=MAX_INT, description="top-level files read")
    skipped: dict[str, int] = Field(
        default_factory=dict, description="files and archive members not read, counted per reason"
    )


def where(host: str, port: int) -> str:
    """How a service is named to a reader: ``host:port`` (an IPv6 host in brackets), or, for a local path
    (port 0, which no network service has), the path alone, as :func:`local_host` wrote it: a path is never
    shown as an address."""
    if port == 0:
        return host
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def local_host(path: str) -> str:
    """A local path as a :class:`Service`'s ``host``: written as a path (``./127.0.0.9``, ``./dump``,
    ``/srv/dump``), so that no report, store row or letter reads a folder named like an address or a
    hostname as one (``Path("./127.0.0.9")`` prints ``127.0.0.9``)."""
    if path in (".", "..") or path.startswith(("/", "./", "../")):
        return path
    return f"./{path}"


class Service(_Model):
    """One host:port, what speaks there, what an anonymous client gets, and what it exposes; or one local path
    (engine ``files``, port 0, ``host`` the path as :func:`local_host` writes it)."""

    host: str
    port: int
    hostname: str | None = None
    engine: str | None = None
    version: str | None = None
    tls: bool | None = None
    status: Status
    access: Access = Access.UNKNOWN
    error: str | None = None
    #: what the port speaks when no engine was recognised there (``None`` once one was)
    banner: BannerKind | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    rights: Rights = Field(default_factory=Rights)
    severity: Severity = Severity.INFO
    findings: list[Finding] = Field(default_factory=list)
    datasets: list[Dataset] = Field(default_factory=list)
    people: PeopleEstimate | None = None
    coverage: Coverage | None = None
    info: dict[str, Any] = Field(default_factory=dict)

    @property
    def categories(self) -> set[Category]:
        """Categories found in any dataset of this service."""
        out: set[Category] = set()
        for d in self.datasets:
            out |= d.categories
        return out


class ToolInfo(_Model):
    """The tool that made the report."""

    name: str = "ajar"
    version: str


class ScopeInfo(_Model):
    """What the user allowed: targets as given, exclusions, ports."""

    targets: list[str]
    exclude: list[str] = Field(default_factory=list)
    ports: list[int] = Field(default_factory=list)
    #: whether discovery swept every address of the scope on every port: False when the open ports were taken
    #: from a discovery file (``--from-discovery``), so only the ports the file listed were tried, and an address
    #: the report does not list says nothing (the watch never reads it as closed)
    swept: bool = True
    #: the targets that name a local path, as the scope's parser recorded them (``ParsedScope.local``): the
    #: seal masks these as their services' hosts are masked, the others as typed addresses and URIs. Held
    #: while the report is made and sealed, never written (a written report's targets are sealed already).
    local: list[str] = Field(default_factory=list, exclude=True)


class Report(_Model):
    """The whole result of one scan: what ``-o report.json`` holds."""

    schema_version: str = SCHEMA_VERSION
    tool: ToolInfo
    scope: ScopeInfo
    started: datetime
    finished: datetime
    services: list[Service] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)
    #: Why the scan did not finish ("stopped by Ctrl-C after 6 s", an internal error) and the command
    #: that finishes it, which depends on where its checkpoint is (``console.resume_hint``: the store,
    #: or a ``--no-store`` run's journal file), or None when it did. An incomplete report holds only
    #: the services finished; the rest of the scope was not checked, so nothing may be read into what
    #: it does not list (schema 1.1).
    incomplete: str | None = None

    @field_validator("schema_version")
    @classmethod
    def _readable(cls, v: str) -> str:
        if v not in READABLE_VERSIONS:
            raise ValueError(f"schema version {v[:10]!r} is not one this ajar reads ({', '.join(READABLE_VERSIONS)})")
        return SCHEMA_VERSION

    @property
    def worst(self) -> Severity | None:
        """The highest severity among services, or None when there are none."""
        sevs = [s.severity for s in self.services if s.status == Status.SUCCESS or s.findings]
        return max(sevs, key=lambda s: s.rank) if sevs else None


class Record:
    """One sampled record: raw values, in memory only, never serialised.

    It is a plain class on purpose: it has no ``model_dump``, no ``__str__`` that shows
    values, and pydantic refuses it inside a model.
    """

    __slots__ = ("data", "meta")

    def __init__(self, data: dict[str, Any], meta: dict[str, Any] | None = None) -> None:
        self.data = data
        #: Non-personal metadata the probe knows (e.g. an ObjectId's creation time).
        self.meta: dict[str, Any] = meta or {}

    def __repr__(self) -> str:
        return f"<Record fields={len(self.data)}>"
