"""Typed settings of one scan, validated before any packet is sent."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ajar.models import Severity


class ScanConfig(BaseModel):
    """Everything a scan needs; the CLI builds it, the pipeline reads it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    targets: list[str] = Field(description="targets as typed (addresses, CIDRs, ranges, URIs, paths)")
    exclude: list[str] = Field(default_factory=list, description="addresses or CIDRs never contacted")
    ports: list[int] | None = Field(default=None, description="ports to sweep; default: every probe's default ports")
    sample: int = Field(default=50, ge=1, le=10000, description="records sampled per dataset")
    max_datasets: int = Field(default=100, ge=1, le=100000, description="datasets inventoried per service")
    timeout: float = Field(default=5.0, gt=0, le=120, description="seconds per network operation")
    connect_timeout: float = Field(default=1.5, gt=0, le=60, description="seconds per TCP connect in discovery")
    concurrency: int = Field(default=256, ge=1, le=10000, description="connections in flight during discovery")
    per_host: int = Field(default=32, ge=1, le=1000, description="connections in flight per host during discovery")
    services: int = Field(default=16, ge=1, le=1000, description="services probed at once")
    listen_seconds: float = Field(default=3.0, gt=0, le=600, description="seconds a stream engine is listened to")
    max_addresses: int = Field(default=65536, ge=1, description="largest scope accepted")
    try_default_credentials: bool = Field(
        default=False, description="opt-in: try well-known default accounts (never by default)"
    )
    fail_on: Severity | None = Field(default=None, description="exit 1 when a service is at or above this severity")
