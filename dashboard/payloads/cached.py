"""Cached access to payloads, keyed by dataset version."""

from __future__ import annotations

from ..cache import cached
from ..store.runtime import dataset
from .territory import territory_payload


@cached("territory")
def _territory(version: str, level: str, code: str):
    return territory_payload(dataset(), level, code)


def territory(level: str, code: str) -> dict | None:
    return _territory(dataset().version, level, code)
