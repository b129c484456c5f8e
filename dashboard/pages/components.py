"""Reusable interface pieces: notices, captions, tables, search box."""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlencode

from dash import dcc, html
from dash.development.base_component import Component

from ..components import InlineSvg, attrs
from ..domain.citation import DEMO_FLAG, is_demo, source_line
from ..figures.svg import NARROW, WIDE
from ..i18n import Translator
from ..store.runtime import dataset


def demo_notice(tr: Translator, compact: bool = False) -> Component:
    return html.P(
        [
            html.Strong(tr("Données de démonstration")),
            html.Span(
                " — "
                + tr("ces chiffres sont générés pour illustrer l'outil et ne sont pas des statistiques officielles.")
            ),
        ],
        className="demo-notice compact" if compact else "demo-notice",
        role="note",
    )


def source_caption(
    tr: Translator,
    source_ids,
    period: str | None = None,
    statuses=(),
    line: str | None = None,
    demo: bool | None = None,
) -> Component:
    """The chart's or section's "Source : …" line (one builder for all: domain.citation.source_line)."""
    ds = dataset()
    text = line or source_line(ds.sources, source_ids, tr, period, statuses)
    demo = is_demo(ds.sources, source_ids) if demo is None else demo
    flag = " — " + tr(DEMO_FLAG)
    children: list[Component] = [html.Span(text.replace(flag, "") if demo else text)]
    if demo:
        children.append(html.Strong(flag, className="demo-flag"))
    return html.P(children, className="source-caption")


def definition(text: str, tr: Translator, caveats: str = "", next_update: str = "") -> Component:
    """A figure's plain-language definition, its caveats and the date of the next update where known."""
    parts: list[Component | str] = [html.Strong(tr("Définition : ")), text]
    if caveats:
        parts += [" ", html.Span(caveats, className="caveats")]
    if next_update:
        parts += [" ", html.Span(next_update, className="next-update")]
    return html.P(parts, className="definition")


def data_table(headers: list[str], rows: list[list[str]], caption: str) -> Component:
    """A plain, accessible HTML table (used as the alternative to every chart)."""
    return html.Div(
        html.Table(
            [
                html.Caption(caption),
                html.Thead(html.Tr([html.Th(h, scope="col") for h in headers])),
                html.Tbody([html.Tr([html.Th(r[0], scope="row")] + [html.Td(c) for c in r[1:]]) for r in rows]),
            ],
            className="data-table",
        ),
        className="table-scroll",
        tabIndex="0",
        role="region",
        **attrs(aria_label=caption),
    )


def cell(value, tr: Translator) -> str:
    """A table cell in the page's language: '29 190', '14,5', '—' for a missing value (never 0)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, (int, float)):
        return tr.number(value, 0 if float(value).is_integer() else 1)
    return str(value)


def spec_table(spec, tr: Translator) -> Component:
    """The data of a chart spec as an accessible table: exactly what the chart draws."""
    table = spec.table
    rows = [[cell(v, tr) for v in row] for row in table.itertuples(index=False)]
    return data_table(list(table.columns), rows, spec.summary or spec.title)


def exported_map(
    spec, tr: Translator, class_name: str = "chart-block", summary: bool = False, **attributes: Any
) -> Component:
    """A map drawn on the server: the page shows the exported SVG itself (what is seen is what is exported), with
    its data and source line."""
    query = urlencode(spec.params)
    return html.Figure(
        [
            html.P(spec.summary, className="chart-summary") if summary else None,
            html.Img(
                src=f"/export/{spec.chart}.svg" + (f"?{query}" if query else ""),
                alt=spec.summary,
                width="1100",
                height="640",
                className="job-map-img",
            ),
            html.Details([html.Summary(tr("Voir les données")), spec_table(spec, tr)], className="data-toggle"),
            html.Figcaption(source_caption(tr, [], line=spec.source_line, demo=spec.demo)),
        ],
        className=class_name,
        **attributes,
    )


def drawing(spec, chart_id: str) -> Component:
    """The chart as drawn on the server, for a wide screen and for a phone (CSS shows the one that fits).
    assets/charts.js adds the values under the pointer and the arrow keys."""
    return html.Div(
        [
            InlineSvg(spec.svg(WIDE), className="chart-svg chart-svg-wide"),
            InlineSvg(spec.svg(NARROW), className="chart-svg chart-svg-narrow"),
        ],
        id=chart_id,
        className="chart",
        tabIndex="0",
        role="group",
        **attrs(aria_labelledby=f"{chart_id}-summary"),
    )


def chart_with_table(tr: Translator, graph_id: str, spec) -> Component:
    """Drawing + generated text summary + a 'Voir les données' table of the same data + source line."""
    return html.Figure(
        [
            html.P(spec.summary or spec.title, className="chart-summary", id=f"{graph_id}-summary"),
            drawing(spec, graph_id),
            html.P(className="chart-readout visually-hidden", role="status", **attrs(aria_live="polite")),
            html.Details([html.Summary(tr("Voir les données")), spec_table(spec, tr)], className="data-toggle"),
            html.Figcaption(source_caption(tr, [], line=spec.source_line, demo=spec.demo)),
        ],
        className="chart-block",
        **attrs(aria_labelledby=f"{graph_id}-summary"),
    )


def search_box(box_id: str, tr: Translator, large: bool = False) -> Component:
    """A plain search form (it works without JavaScript: /recherche lists the matches); assets/search.js turns it
    into an ARIA combobox with suggestions as you type."""
    listbox = f"{box_id}-list"
    return html.Form(
        [
            html.Label(
                tr("Rechercher une commune"),
                htmlFor=f"{box_id}-input",
                className="search-label" if large else "visually-hidden",
            ),
            html.Div(
                [
                    dcc.Input(
                        id=f"{box_id}-input",
                        type="search",
                        autoComplete="off",
                        debounce=False,
                        name="q",
                        placeholder=tr("Code postal, commune ou code INSEE (ex. 33000)"),
                        className="search-input",
                        maxLength=100,
                    ),
                    html.Button(tr("Rechercher"), type="submit", className="search-submit"),
                ],
                className="search-row",
            ),
            html.Ul(
                id=listbox, role="listbox", className="search-list", hidden=True, **attrs(aria_label=tr("Suggestions"))
            ),
            html.P(id=f"{box_id}-status", className="search-status", role="status", **attrs(aria_live="polite")),
        ],
        action=tr.href("/recherche"),
        method="get",
        role="search",
        id=box_id,
        className="js-search search-large" if large else "js-search search-compact",
    )
