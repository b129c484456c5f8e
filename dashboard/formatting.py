"""French (and English) formatting of numbers, percentages and periods.

French typography: a narrow no-break space groups thousands ("29 190"),
a comma marks decimals ("6,4") and a no-break space precedes "%".
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

NNBSP = "\u202f"  # narrow no-break space, thousands separator
NBSP = "\u00a0"
MINUS = "\u2212"

MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

NOT_AVAILABLE = {"fr": "n.d.", "en": "n/a"}


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_number(value, decimals: int = 0, lang: str = "fr", signed: bool = False) -> str:
    """29190 -> '29 190'; 6.43 (decimals=1) -> '6,4'; signed adds '+' or '−'."""
    if _missing(value):
        return NOT_AVAILABLE[lang]
    # Half up from the decimal value the publisher wrote (6.25 -> 6.3), not from its binary neighbour (6.2).
    rounded = Decimal(repr(float(abs(value)))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", NNBSP).replace(".", ",")
    if value < 0 and float(text.replace(NNBSP, "").replace(",", "").replace(".", "")) != 0:
        text = MINUS + text
    elif signed and value > 0 and float(rounded) != 0:
        text = "+" + text
    return text


def format_percent(value, decimals: int = 1, lang: str = "fr", signed: bool = False) -> str:
    """6.43 -> '6,4 %' (value already in percent)."""
    if _missing(value):
        return NOT_AVAILABLE[lang]
    number = format_number(value, decimals, lang, signed)
    return f"{number}{NBSP}%" if lang == "fr" else f"{number}%"


def format_value(value, unit: str, decimals: int, lang: str = "fr", signed: bool = False) -> str:
    """Formats a value according to its catalogue unit ('%' or a count)."""
    if unit.startswith("%"):
        return format_percent(value, decimals, lang, signed)
    return format_number(value, decimals, lang, signed)


_QUARTER = re.compile(r"^(\d{4})-T([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def format_period(period: str | None, lang: str = "fr") -> str:
    """'2023-T3' -> 'T3 2023' (fr) / 'Q3 2023' (en); '2024-06' -> 'juin 2024'."""
    if not period:
        return "période non précisée" if lang == "fr" else "period not stated"
    if m := _QUARTER.match(period):
        return f"{'T' if lang == 'fr' else 'Q'}{m.group(2)} {m.group(1)}"
    if m := _MONTH.match(period):
        names = MONTHS_FR if lang == "fr" else MONTHS_EN
        return f"{names[int(m.group(2)) - 1]} {m.group(1)}"
    return period


def format_date(day, lang: str = "fr") -> str:
    """date(2026, 11, 25) -> '25/11/2026' (fr) / '25 November 2026' (en)."""
    if lang == "fr":
        return f"{day:%d/%m/%Y}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
