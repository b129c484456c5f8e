import json

from dash import ALL, ClientsideFunction, Input, Output, State, callback, clientside_callback, ctx, dcc, html, no_update
from dash.development.base_component import Component

from ..charts import ChartNotFound, chart_spec
from ..charts.map import (
    CLASS_COUNTS,
    INCLUDE_LOW,
    MapState,
    build,
    canvas_colours,
    geojson_url,
    mappable_indicators,
    summary_text,
)
from ..charts.spec import with_lang
from ..components import attrs
from ..domain.citation import is_demo
from ..domain.levels import plural
from ..i18n import N_, Translator, translator
from ..maps.classify import METHODS
from ..payloads.map import LEVEL_NAMES, MAP_INDICATORS, complete_periods, levels_for, period_coverage, periods_for
from ..store.runtime import dataset
from .components import definition, demo_notice
from .map_table import COLUMNS, DEFAULT_SORT, normalise_sort, table_view
from .routing import register
from .safe import safe_layout
from .share import share_menu


def legend(update: dict, unit: str, tr: Translator) -> list[Component]:
    """The classes as text: swatch, limits in the page's number format, and the missing values."""
    return [
        html.P(tr("Légende ({unit})", unit=unit), className="legend-title", id="map-legend-title"),
        html.Ul(
            [
                html.Li(
                    [
                        html.Span(
                            className="swatch"
                            + (" missing" if i == len(update["legend"]) - 1 and update["missing"] else ""),
                            style={"backgroundColor": colour},
                            **attrs(aria_hidden="true"),
                        ),
                        text,
                    ]
                )
                for i, (colour, text) in enumerate(update["legend"])
            ],
            className="legend-items",
            **attrs(aria_labelledby="map-legend-title"),
        ),
    ]


def _options(values: dict, tr: Translator) -> list[dict]:
    return [{"label": tr(label), "value": value} for value, label in values.items()]


def _period_options(state: MapState, tr: Translator) -> list[dict]:
    """Every period, newest first; one that few territories of the level have says how many."""
    ds = dataset()
    complete = set(complete_periods(ds, state.indicateur, state.niveau))
    options = []
    for period in reversed(periods_for(ds, state.indicateur, state.niveau)):
        label = tr.period(period)
        if period not in complete:
            shown, total = period_coverage(ds, state.indicateur, state.niveau, period)
            label = tr(
                "{period} ({shown} sur {total})",
                period=label,
                shown=tr.number(shown),
                total=f"{tr.number(total)} {tr(plural(state.niveau)).lower()}",
            )
        options.append({"label": label, "value": period})
    return options


def _control(tr: Translator, label: str, dropdown) -> Component:
    return html.Div([html.Label(tr(label), htmlFor=dropdown.id), dropdown], className="control")


@safe_layout
def layout(tr: Translator, **query: str) -> Component:
    ds = dataset()
    try:
        state = MapState.from_query(query)
    except ChartNotFound:
        return html.Div(
            [
                html.H1(tr("Carte des indicateurs")),
                html.P(tr("Aucun indicateur ne peut être cartographié avec les données publiées."), className="note"),
            ],
            className="map-page",
        )
    table, _, title, line = build(state, tr)
    indicator = MAP_INDICATORS[state.indicateur]
    deps = ds.level_table("departement").sort_values("code")
    demo = is_demo(ds.sources, table.source.dropna().unique())
    return html.Div(
        [
            html.H1(tr("Carte des indicateurs")),
            html.P(
                tr(
                    "Choisissez un indicateur, un niveau géographique et une période. Cliquez sur un département "
                    "pour voir ses communes, sur une commune pour ouvrir sa page."
                ),
                className="lead",
            ),
            demo_notice(tr) if demo else None,
            html.Div(
                [
                    _control(
                        tr,
                        N_("Indicateur"),
                        dcc.Dropdown(
                            id="map-indicator",
                            options=_options({k: MAP_INDICATORS[k].label for k in mappable_indicators()}, tr),
                            value=state.indicateur,
                            clearable=False,
                        ),
                    ),
                    _control(
                        tr,
                        N_("Niveau"),
                        dcc.Dropdown(
                            id="map-level",
                            options=_options({lvl: LEVEL_NAMES[lvl] for lvl in levels_for(ds, state.indicateur)}, tr),
                            value=state.niveau,
                            clearable=False,
                        ),
                    ),
                    _control(
                        tr,
                        N_("Période"),
                        dcc.Dropdown(
                            id="map-period", value=state.periode, clearable=False, options=_period_options(state, tr)
                        ),
                    ),
                    _control(
                        tr,
                        N_("Département"),
                        dcc.Dropdown(
                            id="map-dep",
                            value=state.dep,
                            placeholder=tr("Toute la France"),
                            options=[{"label": f"{c} — {n}", "value": c} for c, n in zip(deps.code, deps.name)],
                        ),
                    ),
                    _control(
                        tr,
                        N_("Classes"),
                        dcc.Dropdown(
                            id="map-method", options=_options(METHODS, tr), value=state.methode, clearable=False
                        ),
                    ),
                    _control(
                        tr,
                        N_("Nombre de classes"),
                        dcc.Dropdown(
                            id="map-classes",
                            options=[{"label": k, "value": k} for k in CLASS_COUNTS],
                            value=state.classes,
                            clearable=False,
                        ),
                    ),
                    dcc.Checklist(
                        id="map-low",
                        options=[
                            {"label": tr("Classer aussi les valeurs de fiabilité faible [u]"), "value": INCLUDE_LOW}
                        ],
                        value=[INCLUDE_LOW] if state.include_low else [],
                        className="control control-check",
                    ),
                ],
                className="controls",
                role="group",
                **attrs(aria_label=tr("Réglages de la carte")),
            ),
            html.P(
                fallback_note(query.get("niveau"), query.get("dep"), state, tr),
                id="map-notice",
                className="map-notice",
                role="status",
            ),
            html.P(
                summary_text(table, state, tr), id="map-summary", className="chart-summary", **attrs(aria_live="polite")
            ),
            html.Div(definition(tr(indicator.definition), tr), id="map-definition"),
            html.Div(
                [
                    html.Div(
                        legend(build(state, tr)[1], tr(indicator.unit), tr), id="map-legend", className="map-legend"
                    ),
                    html.Div(map_canvas(state, tr), id="map-canvas-slot"),
                ],
                className="map-frame",
                role="figure",
                **attrs(aria_labelledby="map-summary"),
            ),
            html.P(line, id="map-source", className="source-caption"),
            html.Div(map_share(state, tr), id="map-share"),
            html.Details(
                [
                    html.Summary(tr("Voir les données (tableau triable)")),
                    html.Div(
                        table_view(
                            table, state.niveau, tr(indicator.unit), indicator.decimals, DEFAULT_SORT, title, tr
                        ),
                        id="map-table",
                    ),
                    dcc.Store(id="map-table-state", data=DEFAULT_SORT),
                ],
                className="data-toggle",
                id="map-data",
            ),
            dcc.Store(id="map-drawn", data={"niveau": state.niveau, "dep": state.dep, "lang": tr.lang}),
        ],
        className="map-page",
    )


def fallback_note(asked_level: str | None, asked_dep: str | None, state: MapState, tr: Translator) -> str:
    """Says what the map shows instead of what was asked, when the data does not allow it (never silently)."""
    notes = []
    if asked_level and asked_level in LEVEL_NAMES and asked_level != state.niveau:
        notes.append(
            tr(
                "« {indicator} » n'est pas publié pour le niveau « {asked} » : la carte montre le niveau « {shown} ».",
                indicator=tr(MAP_INDICATORS[state.indicateur].label),
                asked=tr(LEVEL_NAMES[asked_level]),
                shown=tr(LEVEL_NAMES[state.niveau]),
            )
        )
    if asked_dep and not state.dep:
        notes.append(
            tr(
                "Le choix d'un département ne vaut que pour les communes et les intercommunalités : la carte "
                "montre toute la France."
            )
        )
    return " ".join(notes)


def map_canvas(state: MapState, tr: Translator) -> list[Component]:
    """The map as drawn by assets/mapcanvas.js: the layer's address, and the colours and tooltips as a JSON data
    block (never run; a block, not an attribute, so that its quotes need no escaping); the title above it."""
    colours = canvas_colours(state, tr)
    return [
        html.H2(colours["title"], id="map-title", className="map-title"),
        html.Div(
            html.Script(
                json.dumps(colours, ensure_ascii=False, separators=(",", ":")),
                type="application/json",
                className="map-colours",
            ),
            id="map-canvas",
            className="map-canvas",
            role="img",
            **attrs(
                aria_label=tr(
                    "Carte : {title}. Les valeurs sont dans le tableau sous la carte.", title=colours["title"]
                ),
                data_layer=geojson_url(state.niveau, state.dep),
                data_level=state.niveau,
            ),
        ),
    ]


def map_share(state: MapState, tr: Translator) -> Component:
    params = with_lang(state.to_query(), tr.lang)
    return share_menu(chart_spec("carte", params), "share-map", tr)


def _lang(drawn) -> Translator:
    return translator(drawn.get("lang") if isinstance(drawn, dict) else None)


@callback(
    Output("map-level", "options"),
    Output("map-level", "value"),
    Output("map-period", "options"),
    Output("map-period", "value"),
    Output("map-notice", "children"),
    Output("map-dep", "value"),
    Input("map-indicator", "value"),
    Input("map-level", "value"),
    State("map-period", "value"),
    State("map-dep", "value"),
    State("map-drawn", "data"),
    prevent_initial_call=True,
)
def sync_choices(indicator, level, period, dep, drawn):
    """The levels and periods the chosen indicator has; what cannot be shown is said, and a département choice
    that no longer applies is cleared rather than left on screen."""
    tr = _lang(drawn)
    if (
        indicator in MAP_INDICATORS
        and level in levels_for(dataset(), indicator)
        and period not in complete_periods(dataset(), indicator, level)
    ):
        period = ""  # a quarter few territories of the new level have gives way to that level's latest
    state = MapState.from_query({"indicateur": indicator, "niveau": level, "periode": period, "dep": dep or ""})
    levels = _options({lvl: LEVEL_NAMES[lvl] for lvl in levels_for(dataset(), state.indicateur)}, tr)
    note = fallback_note(level, dep, state, tr)
    return (levels, state.niveau, _period_options(state, tr), state.periode, note, dep if state.dep else None)


def _controls_state(indicator, level, period, dep, method, classes, low=None) -> MapState:
    """The map's state from the values of its controls (normalised as any address would be)."""
    return MapState.from_query(
        {
            "indicateur": indicator,
            "niveau": level,
            "periode": period,
            "dep": dep or "",
            "methode": method,
            "classes": classes,
            "faibles": INCLUDE_LOW if isinstance(low, list) and INCLUDE_LOW in low else "",
        }
    )


@callback(
    Output("map-canvas-slot", "children"),
    Output("map-legend", "children"),
    Output("map-table-state", "data"),
    Output("map-source", "children"),
    Output("map-summary", "children"),
    Output("map-drawn", "data"),
    Output("map-share", "children"),
    Output("map-definition", "children"),
    Input("map-period", "value"),
    Input("map-dep", "value"),
    Input("map-method", "value"),
    Input("map-classes", "value"),
    Input("map-low", "value"),
    State("map-indicator", "value"),
    State("map-level", "value"),
    State("map-drawn", "data"),
    State("map-table-state", "data"),
    prevent_initial_call=True,
)
def redraw(period, dep, method, classes, low, indicator, level, drawn, sort):
    """New colours (and, for a new level or département, a new layer's address): the browser keeps every
    layer it has fetched, so a recolour moves no geometry."""
    state = _controls_state(indicator, level, period, dep, method, classes, low)
    if state.periode != period:
        return (no_update,) * 8
    indicator_def = MAP_INDICATORS[state.indicateur]
    tr = _lang(drawn)
    table, update, _, line = build(state, tr)
    return (
        map_canvas(state, tr),
        legend(update, tr(indicator_def.unit), tr),
        {**normalise_sort(sort), "page": 0},
        line,
        summary_text(table, state, tr),
        {"niveau": state.niveau, "dep": state.dep, "lang": tr.lang},
        map_share(state, tr),
        definition(tr(indicator_def.definition), tr),
    )


@callback(
    Output("map-table-state", "data", allow_duplicate=True),
    Input({"type": "map-sort", "column": ALL}, "n_clicks"),
    Input("map-page-prev", "n_clicks"),
    Input("map-page-next", "n_clicks"),
    State("map-table-state", "data"),
    prevent_initial_call=True,
)
def table_controls(_sorts, _previous, _next, sort):
    """A header button sorts (again: reverses), the pager moves a page; both only change the table's state."""
    if not ctx.triggered or not ctx.triggered[0].get("value"):
        return no_update  # buttons appearing with a new page of the table are not clicks
    sort = normalise_sort(sort)
    trigger = ctx.triggered_id
    if trigger == "map-page-prev":
        return {**sort, "page": max(0, sort["page"] - 1)}
    if trigger == "map-page-next":
        return {**sort, "page": sort["page"] + 1}
    if isinstance(trigger, dict) and trigger.get("column") in COLUMNS:
        column = trigger["column"]
        ascending = not sort["ascending"] if column == sort["column"] else column != "valeur"
        return {"column": column, "ascending": ascending, "page": 0}
    return no_update


@callback(
    Output("map-table", "children"),
    Input("map-table-state", "data"),
    State("map-indicator", "value"),
    State("map-level", "value"),
    State("map-period", "value"),
    State("map-dep", "value"),
    State("map-method", "value"),
    State("map-classes", "value"),
    State("map-low", "value"),
    State("map-drawn", "data"),
    prevent_initial_call=True,
)
def render_table(sort, indicator, level, period, dep, method, classes, low, drawn):
    tr = _lang(drawn)
    state = _controls_state(indicator, level, period, dep, method, classes, low)
    table, _, title, _ = build(state, tr)
    indicator_def = MAP_INDICATORS[state.indicateur]
    return table_view(table, state.niveau, tr(indicator_def.unit), indicator_def.decimals, sort, title, tr)


clientside_callback(
    ClientsideFunction("emploi", "map_url"),
    Output("map-drawn", "id"),
    Input("map-indicator", "value"),
    Input("map-level", "value"),
    Input("map-period", "value"),
    Input("map-dep", "value"),
    Input("map-method", "value"),
    Input("map-classes", "value"),
    Input("map-low", "value"),
)


def _fetches(**query: str) -> list[str]:
    """The map's layer: its download starts with the page, before any script runs."""
    try:
        state = MapState.from_query(query)
    except ChartNotFound:
        return []
    return [geojson_url(state.niveau, state.dep)]


register(
    __name__,
    layout,
    lambda tr, **_: tr("Carte des indicateurs") + " — Emploi-Territoires",
    path="/carte",
    name="Carte",
    fetches=_fetches,
)
