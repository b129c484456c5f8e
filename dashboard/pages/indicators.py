import dash
from dash import dcc, html

from ..figures.kpi import sparkline
from ..ingest.kpis import THEMES
from ..payloads.cached import kpi_summaries
from .kpi_format import (amount, change_text, period_text, source_kind_badge, status_badge, trend_arrow,
                         value_text)
from .safe import safe_layout


def key_figure_block(summary: dict):
    point = summary["latest"]
    note = point["period_note"] or point["period_raw"]
    return html.Section([
        html.P("Chiffre-clé", className="eyebrow"),
        html.P([html.Span(value_text(summary, point), className="key-value", id="key-figure-value"),
                html.Span(" des entreprises satisfaites concernant la pertinence des candidats présélectionnés",
                          className="key-label")], className="key-figure-text"),
        html.P(f"Période : {period_text(point)} ({note}).", className="tile-detail"),
        html.P(["Source : ", point["source_title"], " — ", source_kind_badge(point)], className="source-caption"),
    ], className="key-figure", id="key-figure")


def card(summary: dict):
    latest, target = summary["latest"], summary["target"]
    target_line = None
    if target:
        target_line = f"Cible {period_text(target)} : {value_text(summary, target)}"
    elif summary["latest_target"] and latest is None:
        lt = summary["latest_target"]
        target_line = f"Cible {period_text(lt)} : {value_text(summary, lt)}"
    period = period_text(latest)
    if latest and latest["period_note"]:
        period += f" ({latest['period_note']})"
    return html.Article([
        html.H3(dcc.Link(summary["label"], href=f"/indicateurs/{summary['id']}")),
        html.P(value_text(summary, latest), className="tile-value kpi-value"),
        html.P(period, className="tile-detail") if latest else None,
        html.P(target_line, className="tile-detail kpi-target") if target_line else None,
        status_badge(summary),
        html.P(change_text(summary), className="tile-detail") if change_text(summary) else None,
        dcc.Graph(figure=sparkline(summary["actuals"]), config={"staticPlot": True, "displayModeBar": False},
                  className="sparkline", style={"height": "60px"}) if len(summary["actuals"]) > 1 else None,
        html.P(source_kind_badge(latest or summary["latest_target"])),
        html.P("Source : " + _short((latest or summary["latest_target"])["source_title"]), className="source-caption"),
    ], className="kpi-card", id=f"kpi-{summary['id']}")


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def management_table(summaries: list[dict]):
    header = ["Indicateur", "Dernière valeur", "Période", "Cible (même période)", "Statut", "Tendance", "Source"]
    rows = []
    for s in summaries:
        latest = s["latest"]
        status = {"reached": "✔ atteinte", "missed": "✘ non atteinte"}.get(s["status"], "—")
        rows.append(html.Tr([
            html.Th(dcc.Link(s["label"], href=f"/indicateurs/{s['id']}"), scope="row"),
            html.Td(value_text(s, latest)), html.Td(period_text(latest) or "—"),
            html.Td(value_text(s, s["target"]) if s["target"] else "—"), html.Td(status),
            html.Td(trend_arrow(s)),
            html.Td("officielle" if latest and latest["source_kind"] == "official" else ("presse" if latest else "—")),
        ]))
    return html.Section([
        html.H2("Vue de synthèse"),
        html.Div(html.Table([
            html.Caption("Tous les indicateurs : dernière valeur publiée, cible de la même période, statut et tendance"),
            html.Thead(html.Tr([html.Th(h, scope="col") for h in header])),
            html.Tbody(rows),
        ], className="data-table", id="kpi-table"), className="table-scroll", tabIndex="0", role="region",
            **{"aria-label": "Vue de synthèse des indicateurs"}),
    ], id="synthese")


@safe_layout
def layout(**_query):
    summaries = kpi_summaries()
    key = next((s for s in summaries if s["id"] == "SAT_ENT_PERTINENCE_CANDIDATS"), None)
    sections = []
    for theme, label in THEMES.items():
        members = [s for s in summaries if s["theme"] == theme]
        if members:
            sections.append(html.Section([html.H2(label), html.Div([card(s) for s in members], className="kpi-grid")],
                                         id=f"theme-{theme}"))
    return html.Div([
        html.H1("Indicateurs nationaux de performance"),
        html.P("Les résultats publiés du service public de l'emploi (Pôle emploi, puis France Travail), "
               "face à leurs cibles lorsqu'elles ont été publiées. Chaque valeur renvoie à sa source ; "
               "une année sans valeur publiée est indiquée « non publié », jamais estimée.", className="lead"),
        key_figure_block(key) if key else None,
        html.Nav(html.Ul([html.Li(html.A(label, href=f"#theme-{t}")) for t, label in THEMES.items()] +
                         [html.Li(html.A("Vue de synthèse", href="#synthese"))]),
                 className="toc", **{"aria-label": "Thèmes"}),
        *sections,
        management_table(summaries),
        html.P(["Les valeurs marquées « source presse » sont reprises d'articles ou de copies de documents "
                "officiels ; elles sont moins sûres qu'une publication officielle. ",
                amount({"is_percent": False, "unit": ""}, len(summaries), 0), " indicateurs, ",
                amount({"is_percent": False, "unit": ""}, sum(len(s["actuals"]) + len(s["targets"])
                                                             for s in summaries), 0), " valeurs publiées."],
               className="note"),
    ])


dash.register_page(__name__, layout=layout, path="/indicateurs", name="Indicateurs nationaux",
                   title="Indicateurs nationaux de performance — Emploi-Territoires")
