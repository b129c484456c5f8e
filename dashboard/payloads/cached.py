"""Cached access to payloads, keyed by dataset version."""

from __future__ import annotations

from ..cache import cached
from ..domain.kpis import KpiSummary
from ..store.runtime import dataset
from .territory import territory_payload


@cached("territory")
def _territory(version: str, level: str, code: str):
    return territory_payload(dataset(), level, code)


def territory(level: str, code: str) -> dict | None:
    return _territory(dataset().version, level, code)


def known_territory(level: str, code: str) -> dict:
    """The payload of a territory the caller found in the referential."""
    payload = territory(level, code)
    if payload is None:
        raise LookupError(f"{level} {code} absent du référentiel")
    return payload


@cached("kpis")
def _kpis(version: str):
    from .kpis import all_summaries

    ds = dataset()
    if ds.kpis.empty:
        return []
    return all_summaries(ds.kpis, ds.kpi_catalogue)


def kpi_summaries() -> list[KpiSummary]:
    return _kpis(dataset().version)
