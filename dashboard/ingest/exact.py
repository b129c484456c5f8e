"""Sums as the publisher would write them: added in decimal, so a sum of published decimals carries no binary
float noise (300.729196098871 + 15.2 is 315.929196098871, never 315.92919609887103)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal


def decimal_sum(values: Iterable[float]) -> float:
    """The sum of published values, each read back as the shortest decimal that gives it (its published text)."""
    return float(sum((Decimal(repr(float(v))) for v in values), Decimal(0)))
