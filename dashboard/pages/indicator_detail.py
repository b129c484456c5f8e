import dash
from dash import dcc, html

from ..payloads.cached import kpi_summaries
from .components import data_table
from .kpi_format import DIRECTION_TEXT, SOURCE_KIND_TEXT, period_text, status_badge, value_text
from ..exports.charts import chart_export
from .not_found_404 import not_found
from .share import share_menu
from .safe import safe_layout


def find(indicator_id) -> dict | None:
    return next((s for s in kpi_summaries() if s["id"] == str(indicator_id or "")), None)


def _year_rows(summary: dict) -> list[list[str]]:
    """One row per value; years with no published actual in between say 'non publié'."""
    points = sorted(summary["actuals"] + summary["targets"], key=lambda p: (p["order"], p["line"]))
    rows, years = [], sorted({int(p["period"][:4]) for p in points if p["period"]})
    published = {int(p["period"][:4]) for p in summary["actuals"] if p["period"]}
    gaps = [y for y in range(years[0], years[-1] + 1) if y not in published] if years else []
    for p in points:
        kind = "cible" if p in summary["targets"] else "réalisé"
        rows.append([p["period_raw"], kind, value_text(summary, p), SOURCE_KIND_TEXT[p["source_kind"]],
                     p["source_title"]])
    for y in gaps:
        rows.append([str(y), "réalisé", "non publié", "—", "—"])
    return sorted(rows, key=lambda r: (r[0][:4], r[1]))


@safe_layout
def layout(indicator_id: str = "", **_query):
    summary = find(indicator_id)
    if summary is None:
        return not_found("Cet indicateur national n'existe pas.")
    latest = summary["latest"]
    source_line = "Sources : " + " ; ".join(sorted({t for t, _, _ in summary["sources"]}))
    export = chart_export("indicateur", {"id": summary["id"]})  # the page shows exactly what is exported
    return html.Article([
        html.Nav(html.Ol([html.Li(dcc.Link("Indicateurs nationaux", href="/indicateurs")),
                          html.Li(summary["theme_label"]),
                          html.Li(summary["label"], **{"aria-current": "page"})]),
                 className="breadcrumb", **{"aria-label": "Fil d'Ariane"}),
        html.H1(summary["label"]),
        html.P(f"{summary['theme_label']} — unité : {summary['unit']}", className="subtitle"),
        html.Div([
            html.P(value_text(summary, latest), className="tile-value", id="kpi-detail-value"),
            html.P(f"Dernière valeur publiée : {period_text(latest)}" +
                   (f" ({latest['period_note']})" if latest and latest["period_note"] else ""), className="tile-detail"),
            status_badge(summary),
        ], className="tile"),
        html.Figure([
            dcc.Graph(id="kpi-series", figure=export.figure, config={"displaylogo": False, "responsive": True},
                      style={"height": "380px"}),
            html.Figcaption("Les points réalisés ne sont reliés que pour des périodes consécutives de même nature ; "
                            "les cibles sont des losanges. " + source_line, className="source-caption"),
        ], className="chart-block"),
        share_menu(export, "share-kpi"),
        html.Details([html.Summary("Voir les données"),
                      data_table(["Période publiée", "Nature", "Valeur", "Type de source", "Source"],
                                 _year_rows(summary), f"Valeurs publiées — {summary['label']}")],
                     className="data-toggle", open=True),
        html.H2("Définition"),
        html.P(summary["definition"]),
        html.P(html.Strong(DIRECTION_TEXT[summary["direction"]] + ".")),
        html.H2("Sources"),
        html.Ul([html.Li([html.A(title, href=url) if url else title, " — ", SOURCE_KIND_TEXT[kind]])
                 for title, url, kind in summary["sources"]], id="kpi-sources"),
    ], className="kpi-detail")


dash.register_page(__name__, layout=layout, path_template="/indicateurs/<indicator_id>", name="Indicateur",
                   title=lambda indicator_id=None, **_: (find(indicator_id) or {}).get("label", "Indicateur")
                   + " — Emploi-Territoires")
