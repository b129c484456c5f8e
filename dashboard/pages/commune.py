from dash import ALL, ClientsideFunction, Input, Output, State, callback, clientside_callback, ctx, no_update
from dash.development.base_component import Component

from .. import SITE_NAME
from ..i18n import Translator, translator
from ..payloads.cached import known_territory, territory
from ..security import MalformedCallback
from ..store.runtime import dataset
from .not_found_404 import not_found
from .routing import register
from .safe import safe_layout
from .territory_view import SERIES_LABELS, main_chart, page_description, rendered, series_block


def _title(tr: Translator, code: str | None = None, **_: str) -> str:
    t = dataset().find_territory(str(code or "").upper())
    if t is None:
        return tr("Commune introuvable")
    return tr("{name} : l'emploi dans la commune", name=t["name"]) + f" — {SITE_NAME}"


@safe_layout
def layout(tr: Translator, code: str = "", serie: str = "niveau", **_query: str) -> Component:
    code = str(code).upper()
    t = dataset().find_territory(code)
    if t is None:
        return not_found(tr, tr("Aucune commune ne porte le code INSEE « {code} ».", code=code[:20]))
    return rendered(dataset().version, t["level"], code, serie if serie in SERIES_LABELS else "niveau", tr.lang)


@callback(
    Output("series-mode", "data"),
    Output({"type": "series-button", "mode": ALL}, "aria-pressed"),
    Output("series-block", "children"),
    Input({"type": "series-button", "mode": ALL}, "n_clicks"),
    State({"type": "series-button", "mode": ALL}, "id"),
    State("territory-key", "data"),
    prevent_initial_call=True,
)
def switch_series(_clicks, ids, key):
    """A series button: the chart, its data table and its export menu for that mode."""
    try:
        trigger = ctx.triggered_id
    except (TypeError, AttributeError, ValueError):
        raise MalformedCallback("changedPropIds n'est pas une liste de « id.propriété »") from None
    if not isinstance(ids, list) or not all(isinstance(i, dict) for i in ids):
        raise MalformedCallback("les identifiants des boutons de série ne sont pas des objets")
    if not isinstance(trigger, dict) or trigger.get("mode") not in SERIES_LABELS or not isinstance(key, dict):
        return no_update, no_update, no_update
    payload = territory(str(key.get("level")), str(key.get("code")))
    if payload is None:
        return no_update, no_update, no_update
    mode = trigger["mode"]
    pressed = [str(i.get("mode") == mode).lower() for i in ids]
    return mode, pressed, series_block(payload, mode, translator(key.get("lang")))


clientside_callback(
    ClientsideFunction("emploi", "series_url"),
    Output("territory-key", "id"),
    Input("series-mode", "data"),
    prevent_initial_call=True,
)


def _description(tr: Translator, code: str | None = None, **_: str) -> str:
    t = dataset().find_territory(str(code or "").upper())
    return page_description(known_territory(t["level"], t["code"]), tr) if t else ""


def _preview(tr: Translator, code: str | None = None, **_: str):
    t = dataset().find_territory(str(code or "").upper())
    return main_chart(known_territory(t["level"], t["code"]), tr) if t else None


def _listing():
    table = dataset().territories
    return ({"code": code} for code in table.loc[table.level.isin(("commune", "arrondissement")), "code"])


register(
    __name__,
    layout,
    _title,
    path_template="/commune/<code>",
    name="Commune",
    description=_description,
    preview=_preview,
    listing=_listing,
    exists=lambda code="", **_: dataset().find_territory(str(code).upper()) is not None,
)
