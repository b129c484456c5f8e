from dash import html
from dash.development.base_component import Component

from ..charts import chart_spec
from ..charts.kpi import find
from ..charts.spec import with_lang
from ..components import attrs
from ..domain.kpis import KpiSummary
from ..i18n import Translator
from ..payloads.cached import kpi_summaries
from .components import data_table, drawing
from .kpi_format import (
    DIRECTION_TEXT,
    SOURCE_KIND_TEXT,
    as_published,
    kpi_definition,
    kpi_label,
    period_text,
    status_badge,
    theme_label,
    value_text,
)
from .not_found_404 import not_found
from .routing import register
from .safe import safe_layout
from .share import share_menu


def _year_rows(summary: KpiSummary, tr: Translator) -> list[list]:
    """One row per value; years with no published actual in between say 'non publié'."""
    points = sorted(summary["actuals"] + summary["targets"], key=lambda p: (p["order"], p["line"]))
    rows, years = [], sorted({int(p["period"][:4]) for p in points if p["period"]})
    published = {int(p["period"][:4]) for p in summary["actuals"] if p["period"]}
    gaps = [y for y in range(years[0], years[-1] + 1) if y not in published] if years else []
    for p in points:
        kind = tr("cible") if p in summary["targets"] else tr("réalisé")
        rows.append(
            [
                p["period_raw"],
                kind,
                value_text(summary, p, tr),
                tr(SOURCE_KIND_TEXT[p["source_kind"]]),
                as_published(p["source_title"], tr),
            ]
        )
    for y in gaps:
        rows.append([str(y), tr("réalisé"), tr("non publié"), "—", "—"])
    return sorted(rows, key=lambda r: (r[0][:4], r[1]))


@safe_layout
def layout(tr: Translator, indicator_id: str = "", **_query: str) -> Component:
    summary = find(indicator_id)
    if summary is None:
        return not_found(tr, tr("Cet indicateur national n'existe pas."))
    latest = summary["latest"]
    label = kpi_label(summary, tr)
    titles = sorted({t for t, _, _ in summary["sources"]})
    params = with_lang({"id": summary["id"]}, tr.lang)
    export = chart_spec("indicateur", params)  # the page shows exactly what is exported
    last = (
        tr("Dernière valeur publiée : {period}", period=period_text(latest, tr))
        if latest
        else tr("Aucune valeur réalisée publiée")
    )
    return html.Article(
        [
            html.Nav(
                html.Ol(
                    [
                        html.Li(html.A(tr("Indicateurs nationaux"), href=tr.href("/indicateurs"))),
                        html.Li(theme_label(summary, tr)),
                        html.Li(label, **attrs(aria_current="page")),
                    ]
                ),
                className="breadcrumb",
                **attrs(aria_label=tr("Fil d'Ariane")),
            ),
            html.H1(label),
            html.P(
                tr("{theme} — unité : {unit}", theme=theme_label(summary, tr), unit=tr(summary["unit_words"])),
                className="subtitle",
            ),
            html.Div(
                [
                    html.P(value_text(summary, latest, tr), className="tile-value", id="kpi-detail-value"),
                    html.P(
                        [last]
                        + (
                            [" (", as_published(latest["period_note"], tr), ")"]
                            if latest and latest["period_note"]
                            else []
                        ),
                        className="tile-detail",
                    ),
                    status_badge(summary, tr),
                ],
                className="tile",
            ),
            html.Figure(
                [
                    html.P(label, className="chart-summary", id="kpi-series-summary"),
                    drawing(export, "kpi-series"),
                    html.Figcaption(
                        [
                            tr(
                                "Les points réalisés ne sont reliés que pour des périodes consécutives de même "
                                "nature ; les cibles sont des losanges. "
                            ),
                            tr("Sources : {names}", names=""),
                            as_published(" ; ".join(titles), tr),
                        ],
                        className="source-caption",
                    ),
                ],
                className="chart-block",
            ),
            share_menu(export, "share-kpi", tr),
            html.Details(
                [
                    html.Summary(tr("Voir les données")),
                    data_table(
                        [tr("Période publiée"), tr("Nature"), tr("Valeur"), tr("Type de source"), tr("Source")],
                        _year_rows(summary, tr),
                        tr("Valeurs publiées — {label}", label=label),
                    ),
                ],
                className="data-toggle",
                open=True,
            ),
            html.H2(tr("Définition")),
            html.P(kpi_definition(summary, tr)),
            html.P(html.Strong(tr(DIRECTION_TEXT[summary["direction"]]) + ".")),
            html.H2(tr("Sources")),
            html.Ul(
                [
                    html.Li(
                        [
                            html.A(as_published(title, tr), href=url) if url else as_published(title, tr),
                            " — ",
                            tr(SOURCE_KIND_TEXT[kind]),
                        ]
                    )
                    for title, url, kind in summary["sources"]
                ],
                id="kpi-sources",
            ),
        ],
        className="kpi-detail",
    )


def _title(tr: Translator, indicator_id: str | None = None, **_: str) -> str:
    summary = find(indicator_id)
    return (kpi_label(summary, tr) if summary else tr("Indicateur")) + " — Emploi-Territoires"


def _description(tr: Translator, indicator_id: str | None = None, **_: str) -> str:
    summary = find(indicator_id)
    if summary is None:
        return ""
    latest = summary["latest"]
    value = (
        tr(" : {value} ({period})", value=value_text(summary, latest, tr), period=period_text(latest, tr))
        if latest
        else ""
    )
    return f"{kpi_label(summary, tr)}{value}. {kpi_definition(summary, tr)[:200]}"


def _preview(tr: Translator, indicator_id: str | None = None, **_: str):
    summary = find(indicator_id)
    return chart_spec("indicateur", with_lang({"id": summary["id"]}, tr.lang)) if summary else None


register(
    __name__,
    layout,
    _title,
    path_template="/indicateurs/<indicator_id>",
    name="Indicateur",
    description=_description,
    preview=_preview,
    listing=lambda: ({"indicator_id": s["id"]} for s in kpi_summaries()),
    exists=lambda indicator_id="", **_: find(indicator_id) is not None,
)
