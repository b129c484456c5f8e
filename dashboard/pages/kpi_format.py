"""Wording and formatting shared by the national indicator pages."""

from __future__ import annotations

from dash import html

from ..components import attrs
from ..domain.kpis import KpiPoint, KpiSummary
from ..formatting import NBSP
from ..i18n import N_, Translator
from ..payloads.kpis import kpi_definition, kpi_label, theme_label  # noqa: F401  (used by the pages)

STATUS_TEXT = {"reached": ("✔", N_("Cible atteinte")), "missed": ("✘", N_("Cible non atteinte"))}
DIRECTION_TEXT = {"up": N_("Une hausse est une amélioration"), "down": N_("Une baisse est une amélioration")}
SOURCE_KIND_TEXT = {"official": N_("source officielle"), "press_or_copy": N_("source presse")}


def as_published(text: str, tr: Translator):
    """Text quoted from a French publication: marked as French on the English pages."""
    return html.Span(text, lang="fr") if tr.lang != "fr" else text


def value_text(summary: KpiSummary, point: KpiPoint | None, tr: Translator, signed: bool = False) -> str:
    if point is None:
        return tr("non publié")
    return amount(summary, point["value"], point["decimals"], tr, signed)


def amount(summary: KpiSummary, value: float, decimals: int, tr: Translator, signed: bool = False) -> str:
    """A value with its unit: '86,0 %', '+1,0 % par an', '12 jours', '9 sur 14'."""
    suffix = summary.get("unit_suffix") or ""
    signed = signed or suffix == "par an"
    text = (
        tr.percent(value, decimals, signed=signed)
        if summary["is_percent"]
        else tr.number(value, decimals, signed=signed)
    )
    return f"{text}{NBSP}{tr(suffix)}" if suffix else text


def points(value: float, decimals: int, tr: Translator) -> str:
    """'−2,1 points', '+0,5 point': the French plural starts at 2, the English one everywhere but 1."""
    return tr.plural(
        "{value}\u00a0point",
        "{value}\u00a0points",
        abs(round(value, decimals)),
        value=tr.number(value, decimals, signed=True),
    )


def change_text(summary: KpiSummary, tr: Translator) -> str | None:
    latest, previous = summary["latest"], summary["previous"]
    if summary["change"] is None or latest is None or previous is None:
        return None
    decimals = max(latest["decimals"], previous["decimals"])
    if summary["is_percent"]:
        diff = points(summary["change"], decimals, tr)
    else:
        diff = amount(summary, summary["change"], decimals, tr, signed=True)
    return tr("{diff} par rapport à {period}", diff=diff, period=period_text(summary["previous"], tr))


def period_text(point: KpiPoint | None, tr: Translator) -> str:
    if point is None:
        return ""
    if point["period"]:
        return tr.period(point["period"])
    return tr("période non précisée")


def status_badge(summary: KpiSummary, tr: Translator):
    if summary["status"] is None:
        if summary["latest"] is None:
            return html.P(tr("Aucune valeur réalisée publiée"), className="kpi-status none")
        return html.P(tr("Pas de cible publiée pour cette période"), className="kpi-status none")
    icon, words = STATUS_TEXT[summary["status"]]
    return html.P(
        [html.Span(icon, **attrs(aria_hidden="true")), " ", tr(words)], className=f"kpi-status {summary['status']}"
    )


def source_kind_badge(point: KpiPoint | None, tr: Translator):
    if point is None:
        return None
    return html.Span(tr(SOURCE_KIND_TEXT[point["source_kind"]]), className=f"badge {point['source_kind']}")


def trend_arrow(summary: KpiSummary, tr: Translator) -> str:
    change = summary["change"]
    if change is None:
        return "—"
    if change == 0:
        return tr("→ stable")
    rising = change > 0
    good = rising == (summary["direction"] == "up")
    direction = tr("↗ hausse") if rising else tr("↘ baisse")
    verdict = tr("favorable") if good else tr("défavorable")
    return f"{direction} ({verdict})"
