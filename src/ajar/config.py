"""Typed settings of one scan, validated before any packet is sent."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ajar import defaults
from ajar.models import Severity


class ScanConfig(BaseModel):
    """Everything a scan needs; the CLI builds it, the pipeline reads it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    targets: list[str] = Field(
        description="targets as typed (addresses, CIDRs, ranges, URIs, paths), URI passwords masked"
    )
    exclude: list[str] = Field(default_factory=list, description="addresses or CIDRs never contacted")
    ports: list[int] | None = Field(default=None, description="ports to sweep; default: every probe's default ports")
    sample: int = Field(
        default=defaults.SAMPLE, ge=1, le=defaults.SAMPLE_MAX, description="records sampled per dataset"
    )
    max_datasets: int = Field(
        default=defaults.MAX_DATASETS, ge=1, le=defaults.MAX_DATASETS_MAX,
        description="datasets inventoried per service",
    )
    timeout: float = Field(
        default=defaults.TIMEOUT, gt=0, le=defaults.TIMEOUT_MAX, description="seconds per network operation"
    )
    connect_timeout: float = Field(
        default=defaults.CONNECT_TIMEOUT, gt=0, le=60, description="seconds per TCP connect in discovery"
    )
    concurrency: int = Field(
        default=defaults.CONCURRENCY, ge=1, le=defaults.CONCURRENCY_MAX,
        description="connections in flight during discovery",
    )
    file_depth: int = Field(
        default=defaults.FILE_DEPTH, ge=0, le=defaults.FILE_DEPTH_MAX,
        description="directory levels read below a local path",
    )
    jobs: int | None = Field(
        default=None, ge=1, le=defaults.JOBS_MAX,
        description="processes reading and classifying local files at once (None: the usable CPUs, up to "
        f"{defaults.JOBS}; 1: one reader child, classification in the scan's process)",
    )
    per_host: int = Field(
        default=defaults.PER_HOST, ge=1, le=1000, description="connections in flight per host during discovery"
    )
    services: int = Field(default=defaults.SERVICES, ge=1, le=1000, description="services probed at once")
    listen_seconds: float = Field(
        default=defaults.LISTEN_SECONDS, gt=0, le=600, description="seconds a stream engine is listened to"
    )
    max_addresses: int = Field(default=defaults.MAX_ADDRESSES, ge=1, description="largest scope accepted")
    rate: float | None = Field(
        default=defaults.RATE, gt=0, le=defaults.RATE_MAX,
        description="TCP connects started per second in discovery; None: no pacing",
    )
    seed: int = Field(default=0, ge=0, description="seed of the random order of discovery (0: a fresh one)")
    from_discovery: str | None = Field(
        default=None, description="open ports from a masscan -oJ/-oL, nmap -oX or naabu -json file (scope-checked)"
    )
    try_default_credentials: bool = Field(
        default=False, description="opt-in: try well-known default accounts (never by default)"
    )
    fail_on: Severity | None = Field(default=None, description="exit 1 when a service is at or above this severity")

    @field_validator("targets")
    @classmethod
    def _targets_without_credentials(cls, targets: list[str]) -> list[str]:
        """A password in a target URI is never used (ajar reads only what needs none): it is masked as
        the config is made, so no checkpoint, journal, shard message or report can hold it."""
        from ajar.names import without_credentials

        return [without_credentials(t) for t in targets]
