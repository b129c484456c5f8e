from datetime import date
from typing import Any

from dash import html
from dash.development.base_component import Component

from ..components import InlineSvg, attrs
from ..domain.kpis import KEY_FIGURE, KEY_FIGURE_NEAREST_DATED, THEMES, KpiPoint, KpiSummary
from ..figures.kpi import segments
from ..figures.svg import sparkline
from ..i18n import Translator
from ..payloads.cached import kpi_summaries
from .kpi_format import (
    as_published,
    change_text,
    kpi_label,
    period_text,
    source_kind_badge,
    status_badge,
    trend_arrow,
    value_text,
)
from .routing import register
from .safe import safe_layout


def key_figure_block(summary: KpiSummary, nearest: KpiSummary | None, tr: Translator) -> Component | None:
    """France Travail's own "chiffre-clé": shown as published, with where and when it was seen, after the
    fully sourced values and beside the nearest indicator that a dated publication gives."""
    point = summary["latest"]
    if point is None:  # only targets published so far: no key figure to show
        return None
    dated = nearest["latest"] if nearest else None
    return html.Section(
        [
            html.H2(tr("Chiffre-clé affiché par France Travail"), className="eyebrow"),
            html.P(
                [
                    html.Span(value_text(summary, point, tr), className="key-value", id="key-figure-value"),
                    html.Span(
                        " " + tr("des entreprises satisfaites concernant la pertinence des candidats présélectionnés"),
                        className="key-label",
                    ),
                ],
                className="key-figure-text",
            ),
            html.P(
                [
                    tr("période non précisée par {publisher}", publisher=summary["publisher"])
                    if summary["publisher"] and not point["period"]
                    else period_text(point, tr),
                    " — ",
                    tr("chiffre-clé relevé le {date}", date=tr.date(date.fromisoformat(summary["seen_on"])))
                    if summary["seen_on"]
                    else as_published(point["period_note"] or "", tr),
                    ".",
                ],
                className="tile-detail",
                id="key-figure-period",
            ),
            html.P(
                [
                    tr("Publié sur : "),
                    html.A(summary["shown_at"], href=summary["shown_at"], rel="noopener")
                    if summary["shown_at"]
                    else tr("adresse non connue"),
                    " (",
                    as_published(point["source_title"], tr),
                    ").",
                ],
                className="source-caption",
            ),
            html.P(
                [
                    tr("Aucun document budgétaire ne donne de valeur datée de cet indicateur. Le plus proche : "),
                    html.A(kpi_label(nearest, tr), href=tr.href(f"/indicateurs/{nearest['id']}")),
                    " : ",
                    html.Strong(value_text(nearest, dated, tr)),
                    f" ({period_text(dated, tr)}, ",
                    source_kind_badge(dated, tr),
                    " : ",
                    html.A(as_published(_short(dated["source_title"]), tr), href=dated["source_url"], rel="noopener")
                    if dated["source_url"]
                    else as_published(_short(dated["source_title"]), tr),
                    ").",
                ],
                className="tile-detail",
                id="key-figure-nearest",
            )
            if nearest and dated
            else None,
        ],
        className="key-figure",
        id="key-figure",
        **attrs(aria_label=tr("Chiffre-clé affiché par France Travail")),
    )


def card(summary: KpiSummary, tr: Translator, newest: int) -> Component:
    latest, target = summary["latest"], summary["target"]
    target_line = None
    if target:
        target_line = tr(
            "Cible {period} : {value}", period=period_text(target, tr), value=value_text(summary, target, tr)
        )
    elif summary["latest_target"] and latest is None:
        lt = summary["latest_target"]
        target_line = tr("Cible {period} : {value}", period=period_text(lt, tr), value=value_text(summary, lt, tr))
    period: list[Any] = [html.Strong(period_text(latest, tr), className="kpi-period")]
    if latest and latest["period_note"]:
        period += [" (", as_published(latest["period_note"], tr), ")"]
    if is_old(latest, newest):
        period += [" ", html.Span(tr("valeur ancienne : la plus récente publiée"), className="badge old")]
    change = change_text(summary, tr)
    shown = latest or summary["latest_target"]
    assert shown is not None  # a summary has a published value or a target
    dated = [a for a in summary["actuals"] if a["period"]]
    return html.Article(
        [
            html.H3(html.A(kpi_label(summary, tr), href=tr.href(f"/indicateurs/{summary['id']}"))),
            html.P(value_text(summary, latest, tr), className="tile-value kpi-value"),
            html.P(period, className="tile-detail") if latest else None,
            html.P(target_line, className="tile-detail kpi-target") if target_line else None,
            status_badge(summary, tr),
            html.P(change, className="tile-detail") if change else None,
            html.Div(
                [
                    InlineSvg(
                        sparkline(
                            [
                                [(a["order"], a["value"]) for a in seg]
                                for seg in segments([a for a in summary["actuals"] if a["order"]])
                            ]
                        ),
                        className="sparkline",
                    ),
                    html.P(
                        [html.Span(str(dated[0]["period"])[:4]), html.Span(str(dated[-1]["period"])[:4])],
                        className="sparkline-years",
                        **attrs(aria_hidden="true"),
                    ),
                ]
            )
            if len(dated) > 1
            else None,
            html.P(tr("Unité : {unit}", unit=tr(summary["unit_words"])), className="tile-note kpi-unit"),
            html.P(source_kind_badge(shown, tr)),
            html.P(
                [tr("Source : {names}", names=""), as_published(_short(shown["source_title"]), tr)],
                className="source-caption",
            ),
        ],
        className="kpi-card",
        id=f"kpi-{summary['id']}",
    )


OLD_YEARS = 3


def is_old(point: KpiPoint | None, newest_year: int) -> bool:
    """A value more than three years older than the newest values of the page stands out as such."""
    return point is not None and bool(point["order"]) and point["order"] // 100 < newest_year - OLD_YEARS


def newest_year(summaries: list[KpiSummary]) -> int:
    return max((s["latest"]["order"] // 100 for s in summaries if s["latest"] and s["latest"]["order"]), default=0)


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def management_table(summaries: list[KpiSummary], tr: Translator) -> Component:
    header = [
        tr("Indicateur"),
        tr("Dernière valeur"),
        tr("Période"),
        tr("Cible (même période)"),
        tr("Statut"),
        tr("Tendance"),
        tr("Source"),
    ]
    rows = []
    for s in summaries:
        latest = s["latest"]
        status = {"reached": "✔ " + tr("atteinte"), "missed": "✘ " + tr("non atteinte")}.get(s["status"] or "", "—")
        kind = "—"
        if latest:
            kind = tr("officielle") if latest["source_kind"] == "official" else tr("presse")
        rows.append(
            html.Tr(
                [
                    html.Th(html.A(kpi_label(s, tr), href=tr.href(f"/indicateurs/{s['id']}")), scope="row"),
                    html.Td(value_text(s, latest, tr)),
                    html.Td(period_text(latest, tr) or "—"),
                    html.Td(value_text(s, s["target"], tr) if s["target"] else "—"),
                    html.Td(status),
                    html.Td(trend_arrow(s, tr)),
                    html.Td(kind),
                ]
            )
        )
    return html.Section(
        [
            html.H2(tr("Vue de synthèse")),
            html.Div(
                html.Table(
                    [
                        html.Caption(
                            tr(
                                "Tous les indicateurs : dernière valeur publiée, cible de la même période, statut et "
                                "tendance"
                            )
                        ),
                        html.Thead(html.Tr([html.Th(h, scope="col") for h in header])),
                        html.Tbody(rows),
                    ],
                    className="data-table",
                    id="kpi-table",
                ),
                className="table-scroll",
                tabIndex="0",
                role="region",
                **attrs(aria_label=tr("Vue de synthèse des indicateurs")),
            ),
        ],
        id="synthese",
    )


@safe_layout
def layout(tr: Translator, **_query: str) -> Component:
    summaries = kpi_summaries()
    by_id = {s["id"]: s for s in summaries}
    key = by_id.get(KEY_FIGURE)
    sections = []
    for theme, label in THEMES.items():
        members = [s for s in summaries if s["theme"] == theme and s["id"] != KEY_FIGURE]
        if members:
            sections.append(
                html.Section(
                    [
                        html.H2(tr(label)),
                        html.Div([card(s, tr, newest_year(summaries)) for s in members], className="kpi-grid"),
                        key_figure_block(key, by_id.get(KEY_FIGURE_NEAREST_DATED), tr)
                        if key and theme == key["theme"]
                        else None,
                    ],
                    id=f"theme-{theme}",
                )
            )
    return html.Div(
        [
            html.H1(tr("Indicateurs nationaux de performance")),
            html.P(
                tr(
                    "Les résultats publiés du service public de l'emploi (Pôle emploi, puis France Travail), "
                    "face à leurs cibles lorsqu'elles ont été publiées. Chaque valeur renvoie à sa source ; "
                    "une année sans valeur publiée est indiquée « non publié », jamais estimée."
                ),
                className="lead",
            ),
            html.Nav(
                html.Ul(
                    [html.Li(html.A(tr(label), href=f"#theme-{t}")) for t, label in THEMES.items()]
                    + [html.Li(html.A(tr("Vue de synthèse"), href="#synthese"))]
                ),
                className="toc",
                **attrs(aria_label=tr("Thèmes")),
            ),
            *sections,
            management_table(summaries, tr),
            html.P(
                [
                    tr("Retour à l'emploi après une formation : "),
                    html.A(
                        tr("que deviennent les apprentis de chaque centre de formation"), href=tr.href("/formations")
                    ),
                    tr(" (InserJeunes)."),
                ],
                className="see-also",
            ),
            html.P(
                tr(
                    "Les valeurs marquées « source presse » sont reprises d'articles ou de copies de documents "
                    "officiels ; elles sont moins sûres qu'une publication officielle. {indicators} indicateurs, "
                    "{values} valeurs publiées.",
                    indicators=tr.number(len(summaries)),
                    values=tr.number(sum(len(s["actuals"]) + len(s["targets"]) for s in summaries)),
                ),
                className="note",
            ),
        ]
    )


register(
    __name__,
    layout,
    lambda tr, **_: tr("Indicateurs nationaux de performance") + " — Emploi-Territoires",
    path="/indicateurs",
    name="Indicateurs nationaux",
)
