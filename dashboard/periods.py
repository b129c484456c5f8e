"""Canonical periods: '2024' (year), '2024-T4' (quarter), '2024-06' (month)."""

from __future__ import annotations

import re

PERIOD_PATTERN = r"^[0-9]{4}(-T[1-4]|-(0[1-9]|1[0-2]))?\Z"  # ASCII digits, no trailing newline
_PERIOD = re.compile(PERIOD_PATTERN)


def is_period(text: str) -> bool:
    return bool(_PERIOD.match(text or ""))


def quarter(year: int, q: int) -> str:
    return f"{year}-T{q}"


def quarters(first: str, last: str) -> list[str]:
    """Inclusive list of quarters between two 'YYYY-Tn' periods."""
    y, q = int(first[:4]), int(first[-1])
    out = []
    while True:
        out.append(quarter(y, q))
        if out[-1] == last:
            return out
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
        if y > int(last[:4]) + 1:
            raise ValueError(f"{first} is after {last}")


def shift_quarter(period: str, by: int) -> str:
    index = int(period[:4]) * 4 + int(period[-1]) - 1 + by
    return quarter(index // 4, index % 4 + 1)


def shift_month(period: str, by: int) -> str:
    """'2024-12' shifted by -12 -> '2023-12'."""
    index = int(period[:4]) * 12 + int(period[5:7]) - 1 + by
    return f"{index // 12}-{index % 12 + 1:02d}"


def sort_key(period: str) -> int:
    """Orders years, quarters and months on one axis (last month of the period)."""
    year = int(period[:4])
    if "-T" in period:
        return year * 100 + int(period[-1]) * 3
    if len(period) == 7:
        return year * 100 + int(period[5:])
    return year * 100 + 12
