from functools import lru_cache

from dash import (ALL, ClientsideFunction, Input, Output, State, callback, clientside_callback, ctx, dcc, html,
                  no_update)

from ..figures.choropleth import choropleth, colour_update
from ..i18n import N_, Translator, localized, translator
from ..maps.classify import METHODS, breaks_for
from ..payloads.map import LEVEL_NAMES, MAP_INDICATORS, levels_for, map_table, periods_for
from ..store import runtime
from ..store.runtime import dataset
from .components import demo_notice, graph_config
from .map_table import COLUMNS, DEFAULT_SORT, normalise_sort, table_view
from .routing import register
from .safe import safe_layout

DEFAULTS = {"indicateur": "demandeurs_abc", "niveau": "departement", "methode": "quantiles", "classes": "5"}


def geojson_url(level: str, dep: str | None) -> str:
    layer = f"commune-{dep}" if level == "commune" and dep else level
    return f"/geo/{dataset().version}/{layer}.geojson"


def source_line(table, period: str, tr: Translator) -> str:
    ds = dataset()
    ids = sorted({s for s in table.source.dropna().unique()})
    parts = [f"{localized(ds.sources.get(s, {}), 'name', tr.lang) or s} "
             f"({localized(ds.sources.get(s, {}), 'vintage', tr.lang)})" for s in ids]
    text = tr("Source : {names}", names=" ; ".join(parts)) + f" — {tr.period(period)}"
    if any(ds.is_demo(s) for s in ids):
        text += " — " + tr("DONNÉES DE DÉMONSTRATION")
    return text


def normalise(query: dict) -> dict:
    """Keeps only known values from the URL; anything else falls back to a default."""
    ds = dataset()
    indicator = query.get("indicateur") if query.get("indicateur") in MAP_INDICATORS else DEFAULTS["indicateur"]
    levels = levels_for(ds, indicator)
    level = query.get("niveau") if query.get("niveau") in levels else (
        DEFAULTS["niveau"] if DEFAULTS["niveau"] in levels else levels[0])
    periods = periods_for(ds, indicator, level)
    period = query.get("periode") if query.get("periode") in periods else periods[-1]
    deps = set(ds.level_table("departement").code)
    dep = query.get("dep") if query.get("dep") in deps else ""
    method = query.get("methode") if query.get("methode") in METHODS else DEFAULTS["methode"]
    classes = query.get("classes") if query.get("classes") in ("5", "6", "7") else DEFAULTS["classes"]
    return {"indicateur": indicator, "niveau": level, "periode": period, "dep": dep, "methode": method,
            "classes": classes}


def build(state: dict, tr: Translator | None = None):
    """Table, colour update and the texts of one map state (cached per process, dataset version, language)."""
    return _build(dataset().version, *(state[k] for k in ("indicateur", "niveau", "periode", "dep", "methode",
                                                           "classes")), (tr or translator("fr")).lang)


@lru_cache(maxsize=256)
def _classes(version, indicateur, niveau, periode, dep, methode, classes):
    """Values and class limits of a map state: the same in every language, computed once."""
    indicator = MAP_INDICATORS[indicateur]
    table = map_table(dataset(), indicator.key, niveau, periode, dep or None)
    return table, breaks_for(methode, table.value, int(classes), indicator.diverging)


@lru_cache(maxsize=256)
def _build(version, indicateur, niveau, periode, dep, methode, classes, lang):
    tr = translator(lang)
    indicator = MAP_INDICATORS[indicateur]
    table, breaks = _classes(version, indicateur, niveau, periode, dep, methode, classes)
    update = colour_update(table, breaks, indicator.diverging, tr(indicator.label), tr(indicator.unit),
                           indicator.decimals, periode, tr)
    where = tr(LEVEL_NAMES[niveau]) + (tr(" du département {dep}", dep=dep) if dep and niveau in ("commune", "epci")
                                       else "")
    title = f"{tr(indicator.label)} — {where}, {tr.period(periode)}"
    return table, update, title, source_line(table, periode, tr)


runtime.on_swap(_classes.cache_clear)
runtime.on_swap(_build.cache_clear)


def figure_for(state: dict, tr: Translator | None = None, standalone: bool = False):
    """The page's figure (legend and source are text beside it) or, standalone, the exported one."""
    tr = tr or translator("fr")
    table, update, title, line = build(state, tr)
    level = state["niveau"]
    width = 0 if level == "commune" and not state["dep"] else 0.4
    return choropleth(geojson_url(level, state["dep"]), update, title, tr(MAP_INDICATORS[state["indicateur"]].unit),
                      line, line_width=width, tr=tr, standalone=standalone), table, title, line


def legend(update: dict, unit: str, tr: Translator):
    """The classes as text: swatch, limits in the page's number format, and the missing values."""
    return [html.P(tr("Légende ({unit})", unit=unit), className="legend-title", id="map-legend-title"),
            html.Ul([html.Li([html.Span(className="swatch" + (" missing" if i == len(update["legend"]) - 1
                                                               and update["missing"] else ""),
                                        style={"backgroundColor": colour}, **{"aria-hidden": "true"}), text])
                     for i, (colour, text) in enumerate(update["legend"])],
                    className="legend-items", **{"aria-labelledby": "map-legend-title"})]


def colours_for(state: dict, tr: Translator) -> dict:
    """What the browser needs to recolour the drawn map in place (assets/map.js): no geometry, no figure."""
    _, update, title, _ = build(state, tr)
    return {"geojson": geojson_url(state["niveau"], state["dep"]), "z": update["z"],
            "customdata": update["customdata"], "hovertemplate": update["hovertemplate"],
            "colorscale": update["colorscale"], "colors": update["colors"], "zmax": update["zmax"], "title": title}


def summary_text(table, state, tr: Translator) -> str:
    indicator = MAP_INDICATORS[state["indicateur"]]
    valid = table.dropna(subset=["value"])
    if valid.empty:
        return tr("Aucune valeur disponible pour cette sélection.")
    top, bottom = valid.iloc[0], valid.iloc[-1]
    unit = tr(indicator.unit)
    return tr("{label}, {period} : valeur la plus élevée pour {top} ({top_value} {unit}), la plus basse pour "
              "{bottom} ({bottom_value} {unit}) ; {missing} territoire(s) sans valeur.",
              label=tr(indicator.label), period=tr.period(state["periode"]), top=top["name"],
              top_value=tr.number(top.value, indicator.decimals), unit=unit, bottom=bottom["name"],
              bottom_value=tr.number(bottom.value, indicator.decimals), missing=tr.number(len(table) - len(valid)))


def _options(values: dict, tr: Translator) -> list[dict]:
    return [{"label": tr(label), "value": value} for value, label in values.items()]


def _period_options(state: dict, tr: Translator) -> list[dict]:
    return [{"label": tr.period(p), "value": p}
            for p in reversed(periods_for(dataset(), state["indicateur"], state["niveau"]))]


def _control(tr: Translator, label: str, dropdown):
    return html.Div([html.Label(tr(label), htmlFor=dropdown.id), dropdown], className="control")


@safe_layout
def layout(tr: Translator, **query):
    ds = dataset()
    state = normalise({k: str(v) for k, v in query.items() if isinstance(v, str)})
    figure, table, title, line = figure_for(state, tr)
    indicator = MAP_INDICATORS[state["indicateur"]]
    deps = ds.level_table("departement").sort_values("code")
    demo = any(ds.is_demo(s) for s in table.source.dropna().unique())
    return html.Div([
        html.H1(tr("Carte des indicateurs")),
        html.P(tr("Choisissez un indicateur, un niveau géographique et une période. Cliquez sur un département "
                  "pour voir ses communes, sur une commune pour ouvrir sa page."), className="lead"),
        demo_notice(tr) if demo else None,
        html.Div([
            _control(tr, N_("Indicateur"), dcc.Dropdown(
                id="map-indicator", options=_options({k: m.label for k, m in MAP_INDICATORS.items()}, tr),
                value=state["indicateur"], clearable=False)),
            _control(tr, N_("Niveau"), dcc.Dropdown(
                id="map-level", options=_options({lvl: LEVEL_NAMES[lvl] for lvl in
                                                  levels_for(ds, state["indicateur"])}, tr),
                value=state["niveau"], clearable=False)),
            _control(tr, N_("Période"), dcc.Dropdown(id="map-period", value=state["periode"], clearable=False,
                                                 options=_period_options(state, tr))),
            _control(tr, N_("Département"), dcc.Dropdown(
                id="map-dep", value=state["dep"], placeholder=tr("Toute la France"),
                options=[{"label": f"{c} — {n}", "value": c} for c, n in zip(deps.code, deps.name)])),
            _control(tr, N_("Classes"), dcc.Dropdown(id="map-method", options=_options(METHODS, tr),
                                                 value=state["methode"], clearable=False)),
            _control(tr, N_("Nombre de classes"), dcc.Dropdown(
                id="map-classes", options=[{"label": k, "value": k} for k in ("5", "6", "7")],
                value=state["classes"], clearable=False)),
        ], className="controls", role="group", **{"aria-label": tr("Réglages de la carte")}),
        html.P(summary_text(table, state, tr), id="map-summary", className="chart-summary",
               **{"aria-live": "polite"}),
        html.Div([
            html.Div(legend(build(state, tr)[1], tr(indicator.unit), tr), id="map-legend", className="map-legend"),
            dcc.Graph(id="map-graph", figure=figure, className="map",
                      config=graph_config(tr, topojsonURL="/assets/topojson/", scrollZoom=False),
                      style={"height": "640px"}),
        ], className="map-frame", role="figure", **{"aria-labelledby": "map-summary"}),
        dcc.Store(id="map-colours"),
        html.P(line, id="map-source", className="source-caption"),
        html.Div(map_share(state, tr), id="map-share"),
        html.Details([
            html.Summary(tr("Voir les données (tableau triable)")),
            html.Div(table_view(table, state["niveau"], tr(indicator.unit), indicator.decimals, DEFAULT_SORT, title, tr),
                     id="map-table"),
            dcc.Store(id="map-table-state", data=DEFAULT_SORT),
        ], className="data-toggle", id="map-data"),
        dcc.Store(id="map-drawn", data={"niveau": state["niveau"], "dep": state["dep"], "lang": tr.lang}),
    ], className="map-page")


def map_share(state: dict, tr: Translator):
    from ..exports.charts import chart_export
    from .share import share_menu
    params = {**state, "lang": tr.lang} if tr.lang != "fr" else state
    return share_menu(chart_export("carte", params), "share-map", tr)


def _lang(drawn) -> Translator:
    return translator(drawn.get("lang") if isinstance(drawn, dict) else None)


@callback(Output("map-level", "options"), Output("map-level", "value"), Output("map-period", "options"),
          Output("map-period", "value"), Input("map-indicator", "value"), Input("map-level", "value"),
          State("map-period", "value"), State("map-drawn", "data"), prevent_initial_call=True)
def sync_choices(indicator, level, period, drawn):
    tr = _lang(drawn)
    state = normalise({"indicateur": indicator, "niveau": level, "periode": period})
    levels = _options({lvl: LEVEL_NAMES[lvl] for lvl in levels_for(dataset(), state["indicateur"])}, tr)
    return levels, state["niveau"], _period_options(state, tr), state["periode"]


@callback(Output("map-graph", "figure"), Output("map-colours", "data"), Output("map-legend", "children"),
          Output("map-table-state", "data"), Output("map-source", "children"),
          Output("map-summary", "children"), Output("map-drawn", "data"), Output("map-share", "children"),
          Input("map-period", "value"), Input("map-dep", "value"), Input("map-method", "value"),
          Input("map-classes", "value"), State("map-indicator", "value"), State("map-level", "value"),
          State("map-drawn", "data"), State("map-table-state", "data"), prevent_initial_call=True)
def redraw(period, dep, method, classes, indicator, level, drawn, sort):
    state = normalise({"indicateur": indicator, "niveau": level, "periode": period, "dep": dep or "",
                       "methode": method, "classes": classes})
    if state["periode"] != period:
        return (no_update,) * 8
    indicator_def = MAP_INDICATORS[state["indicateur"]]
    tr = _lang(drawn)
    drawn = drawn if isinstance(drawn, dict) else {}
    table, update, title, line = build(state, tr)
    if drawn.get("niveau") == state["niveau"] and drawn.get("dep") == state["dep"]:
        # Same shapes: the browser recolours the drawn paths in place; neither geometry nor figure travels,
        # and plotly does not recompute 35,000 outlines.
        figure, colours = no_update, colours_for(state, tr)
    else:
        figure, colours = figure_for(state, tr)[0], no_update
    return (figure, colours, legend(update, tr(indicator_def.unit), tr), {**normalise_sort(sort), "page": 0}, line,
            summary_text(table, state, tr), {"niveau": state["niveau"], "dep": state["dep"], "lang": tr.lang},
            map_share(state, tr))


@callback(Output("map-table-state", "data", allow_duplicate=True),
          Input({"type": "map-sort", "column": ALL}, "n_clicks"), Input("map-page-prev", "n_clicks"),
          Input("map-page-next", "n_clicks"), State("map-table-state", "data"), prevent_initial_call=True)
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


@callback(Output("map-table", "children"), Input("map-table-state", "data"), State("map-indicator", "value"),
          State("map-level", "value"), State("map-period", "value"), State("map-dep", "value"),
          State("map-method", "value"), State("map-classes", "value"), State("map-drawn", "data"),
          prevent_initial_call=True)
def render_table(sort, indicator, level, period, dep, method, classes, drawn):
    tr = _lang(drawn)
    state = normalise({"indicateur": indicator, "niveau": level, "periode": period, "dep": dep or "",
                       "methode": method, "classes": classes})
    table, _, title, _ = build(state, tr)
    indicator_def = MAP_INDICATORS[state["indicateur"]]
    return table_view(table, state["niveau"], tr(indicator_def.unit), indicator_def.decimals, sort, title, tr)


clientside_callback(
    """
    function(indicator, level, period, dep, method, classes) {
        const params = new URLSearchParams({indicateur: indicator || "", niveau: level || "",
                                            periode: period || "", methode: method || "", classes: classes || ""});
        if (dep) { params.set("dep", dep); }
        const prefix = window.location.pathname.startsWith("/en/") ? "/en" : "";
        window.history.replaceState(null, "", prefix + "/carte?" + params.toString());
        return window.dash_clientside.no_update;
    }
    """,
    Output("map-drawn", "id"),
    Input("map-indicator", "value"), Input("map-level", "value"), Input("map-period", "value"),
    Input("map-dep", "value"), Input("map-method", "value"), Input("map-classes", "value"),
)

clientside_callback(
    """
    function(click, level) {
        const nu = window.dash_clientside.no_update;
        if (!click || !click.points || !click.points.length) { return [nu, nu]; }
        const code = String(click.points[0].location || "");
        if (!/^[0-9AB]{2,9}$/.test(code)) { return [nu, nu]; }
        if (level === "departement") { return ["commune", code]; }
        const prefix = window.location.pathname.startsWith("/en/") ? "/en" : "";
        const target = prefix + (level === "commune" ? "/commune/" + code : "/territoire/" + level + "/" + code);
        window.history.pushState({}, "", target);
        window.dispatchEvent(new CustomEvent("_dashprivate_pushstate"));
        window.scrollTo(0, 0);
        return [nu, nu];
    }
    """,
    Output("map-level", "value", allow_duplicate=True), Output("map-dep", "value", allow_duplicate=True),
    Input("map-graph", "clickData"), State("map-level", "value"), prevent_initial_call=True,
)


clientside_callback(ClientsideFunction("maps", "recolour"), Output("map-graph", "id"),
                    Input("map-colours", "data"), prevent_initial_call=True)


register(__name__, layout, lambda tr, **_: tr("Carte des indicateurs") + " — Emploi-Territoires", path="/carte",
         name="Carte")
