"""Wording and formatting shared by the national indicator pages."""

from __future__ import annotations

from dash import html

from ..formatting import NBSP, format_number, format_percent, format_period

STATUS_TEXT = {"reached": ("✔", "Cible atteinte"), "missed": ("✘", "Cible non atteinte")}
DIRECTION_TEXT = {"up": "Une hausse est une amélioration", "down": "Une baisse est une amélioration"}
SOURCE_KIND_TEXT = {"official": "source officielle", "press_or_copy": "source presse"}


def value_text(summary: dict, point: dict | None, signed: bool = False) -> str:
    if point is None:
        return "non publié"
    return amount(summary, point["value"], point["decimals"], signed)


def amount(summary: dict, value: float, decimals: int, signed: bool = False) -> str:
    if summary["is_percent"]:
        return format_percent(value, decimals, signed=signed)
    text = format_number(value, decimals, signed=signed)
    return f"{text}{NBSP}jours" if summary["unit"] == "jours" else text


def change_text(summary: dict) -> str | None:
    if summary["change"] is None:
        return None
    decimals = max(summary["latest"]["decimals"], summary["previous"]["decimals"])
    unit = " point" if summary["is_percent"] else ""
    diff = format_number(summary["change"], decimals, signed=True) + unit if summary["is_percent"] else amount(
        summary, summary["change"], decimals, signed=True)
    return f"{diff} par rapport à {period_text(summary['previous'])}"


def period_text(point: dict | None) -> str:
    if point is None:
        return ""
    if point["period"]:
        return format_period(point["period"])
    return "période non précisée"


def status_badge(summary: dict):
    if summary["status"] is None:
        if summary["latest"] is None:
            return html.P("Aucune valeur réalisée publiée", className="kpi-status none")
        return html.P("Pas de cible publiée pour cette période", className="kpi-status none")
    icon, words = STATUS_TEXT[summary["status"]]
    return html.P([html.Span(icon, **{"aria-hidden": "true"}), " ", words],
                  className=f"kpi-status {summary['status']}")


def source_kind_badge(point: dict | None):
    if point is None:
        return None
    return html.Span(SOURCE_KIND_TEXT[point["source_kind"]], className=f"badge {point['source_kind']}")


def trend_arrow(summary: dict) -> str:
    change = summary["change"]
    if change is None:
        return "—"
    if change == 0:
        return "→ stable"
    rising = change > 0
    good = rising == (summary["direction"] == "up")
    return f"{'↗ hausse' if rising else '↘ baisse'} ({'favorable' if good else 'défavorable'})"
