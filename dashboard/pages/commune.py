from dash import Input, Output, State, callback, clientside_callback, ctx, no_update

from .. import SITE_NAME
from ..i18n import Translator, translator
from ..payloads.cached import territory
from ..store.runtime import dataset
from .not_found_404 import not_found
from .routing import register
from .safe import safe_layout
from .territory_view import rendered, series_figure, share_for


def _title(tr: Translator, code=None, **_) -> str:
    t = dataset().find_territory(str(code or "").upper())
    if t is None:
        return tr("Commune introuvable")
    return tr("{name} : l'emploi dans la commune", name=t["name"]) + f" — {SITE_NAME}"


@safe_layout
def layout(tr: Translator, code: str = "", serie: str = "niveau", **_query):
    code = str(code).upper()
    t = dataset().find_territory(code)
    if t is None:
        return not_found(tr, tr("Aucune commune ne porte le code INSEE « {code} ».", code=code[:20]))
    return rendered(dataset().version, t["level"], code, "indice" if serie == "indice" else "niveau", tr.lang)


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
    tr = translator(key.get("lang"))
    return series_figure(payload, mode, tr), share_for("commune-series", payload, "share-series", tr, mode=mode)


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


register(__name__, layout, _title, path_template="/commune/<code>", name="Commune")
