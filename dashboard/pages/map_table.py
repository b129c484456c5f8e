"""The table under the map: the same values, sortable and paged on the server, usable with a keyboard.

A plain HTML table: column headers are buttons (with ``aria-sort`` on the header
cell), territory names are links to their pages (what a click on the map does),
and the pager is two buttons and a spoken "page x of y". 35,000 communes never
travel to the browser: only the page shown does.
"""

from __future__ import annotations

from dash import html

from ..charts.map import STATUS_TEXT
from ..components import attrs
from ..domain.reliability import FLAG as LOW_FLAG
from ..i18n import N_, Translator
from .routing import territory_path

PAGE_SIZE = 25
COLUMNS = {
    "rang": ("rank", N_("Rang")),
    "nom": ("name", N_("Territoire")),
    "code": ("code", N_("Code")),
    "valeur": ("value", N_("Valeur ({unit})")),
}
DEFAULT_SORT = {"column": "rang", "ascending": True, "page": 0}


def normalise_sort(state) -> dict:
    state = state if isinstance(state, dict) else {}
    column = state.get("column") if state.get("column") in COLUMNS else DEFAULT_SORT["column"]
    page = state.get("page") if isinstance(state.get("page"), int) and state.get("page") >= 0 else 0
    return {"column": column, "ascending": state.get("ascending") is not False, "page": page}


def page_of(table, sort: dict):
    """(rows shown, page index, page count) for a sort state; NaN values always sort last."""
    ordered = table.sort_values(
        COLUMNS[sort["column"]][0], ascending=sort["ascending"], na_position="last", kind="stable"
    )
    pages = max(1, -(-len(ordered) // PAGE_SIZE))
    page = min(sort["page"], pages - 1)
    return ordered.iloc[page * PAGE_SIZE : (page + 1) * PAGE_SIZE], page, pages


def _value(row, decimals: int, tr: Translator) -> str:
    if row.value == row.value:
        text = tr.number(row.value, decimals)
        return f"{text} {LOW_FLAG}" if getattr(row, "low", False) else text
    return tr(STATUS_TEXT.get(row.status, STATUS_TEXT["na"]))


def table_view(table, level: str, unit: str, decimals: int, sort: dict, caption: str, tr: Translator):
    sort = normalise_sort(sort)
    rows, page, pages = page_of(table, sort)
    headers = []
    for key, (_, label) in COLUMNS.items():
        active = key == sort["column"]
        direction = ("ascending" if sort["ascending"] else "descending") if active else None
        arrow = ("▲" if sort["ascending"] else "▼") if active else "↕"
        headers.append(
            html.Th(
                html.Button(
                    [
                        tr(label, unit=unit) if "{unit}" in label else tr(label),
                        html.Span(" " + arrow, **attrs(aria_hidden="true")),
                    ],
                    id={"type": "map-sort", "column": key},
                    type="button",
                    className="sort-button",
                    title=tr("Trier par cette colonne"),
                    **attrs(data_needs_dash="1"),
                ),
                scope="col",
                **(attrs(aria_sort=direction) if direction else {}),
            )
        )
    counts = "count" in table
    if counts:
        headers.append(html.Th(tr("Effectif"), scope="col"))
    body = [
        html.Tr(
            [
                html.Td("—" if row.rank != row.rank else tr.number(row.rank)),
                html.Th(html.A(row.name, href=tr.href(territory_path(level, row.code))), scope="row"),
                html.Td(row.code),
                html.Td(_value(row, decimals, tr), className="number"),
                *(
                    [html.Td("—" if row.count != row.count else tr.number(row.count), className="number")]
                    if counts
                    else []
                ),
            ]
        )
        for row in rows.itertuples()
    ]
    return html.Div(
        [
            html.Div(
                html.Table(
                    [html.Caption(caption), html.Thead(html.Tr(headers)), html.Tbody(body)],
                    className="data-table",
                    id="map-table-grid",
                ),
                className="table-scroll",
                tabIndex="0",
                role="region",
                **attrs(aria_label=caption),
            ),
            html.Div(
                [
                    html.Button(
                        tr("Page précédente"),
                        id="map-page-prev",
                        type="button",
                        disabled=page == 0,
                        **attrs(data_needs_dash="1"),
                    ),
                    html.Span(
                        tr("Page {page} sur {pages}", page=tr.number(page + 1), pages=tr.number(pages)),
                        className="pager-status",
                        role="status",
                    ),
                    html.Button(
                        tr("Page suivante"),
                        id="map-page-next",
                        type="button",
                        disabled=page >= pages - 1,
                        **attrs(data_needs_dash="1"),
                    ),
                ],
                className="pager",
            ),
        ]
    )
