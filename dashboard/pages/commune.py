import dash
from dash import Input, Output, State, callback, clientside_callback, ctx, no_update

from ..payloads.cached import territory
from ..store.runtime import dataset
from .not_found_404 import not_found
from .safe import safe_layout
from .territory_view import rendered, series_figure, share_for



def _title(code) -> str:
    t = dataset().find_territory(str(code or "").upper())
    return f"{t['name']} : l'emploi dans la commune — Emploi-Territoires" if t else "Commune introuvable"


@safe_layout
def layout(code: str = "", serie: str = "niveau", **_query):
    code = str(code).upper()
    t = dataset().find_territory(code)
    if t is None:
        return not_found(f"Aucune commune ne porte le code INSEE « {code[:20]} ».")
    return rendered(dataset().version, t["level"], code, "indice" if serie == "indice" else "niveau")


@callback(Output("series-mode", "data"), Output("series-level", "aria-pressed"),
          Output("series-index", "aria-pressed"), Input("series-level", "n_clicks"),
          Input("series-index", "n_clicks"), prevent_initial_call=True)
def choose_series(_level, _index):
    mode = "indice" if ctx.triggered_id == "series-index" else "niveau"
    return mode, str(mode == "niveau").lower(), str(mode == "indice").lower()


@callback(Output("series-graph", "figure"), Output("series-share", "children"), Input("series-mode", "data"),
          State("territory-key", "data"), prevent_initial_call=True)
def switch_series(mode, key):
    if not isinstance(key, dict) or mode not in ("niveau", "indice"):
        return no_update, no_update
    payload = territory(str(key.get("level")), str(key.get("code")))
    if payload is None:
        return no_update, no_update
    return series_figure(payload, mode), share_for("commune-series", payload, "share-series", mode=mode)


clientside_callback(
    """
    function(mode) {
        const url = new URL(window.location.href);
        if (mode === "indice") { url.searchParams.set("serie", "indice"); } else { url.searchParams.delete("serie"); }
        window.history.replaceState(null, "", url.pathname + url.search);
        return window.dash_clientside.no_update;
    }
    """,
    Output("territory-key", "id"), Input("series-mode", "data"), prevent_initial_call=True,
)


dash.register_page(__name__, layout=layout, path_template="/commune/<code>", name="Commune",
                   title=lambda code=None, **_: _title(code))
