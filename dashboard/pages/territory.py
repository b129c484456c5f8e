from dash.development.base_component import Component

from .. import SITE_NAME
from ..domain.levels import AREA_LEVELS, place_name
from ..i18n import Translator
from ..payloads.cached import known_territory as territory
from ..store.runtime import dataset
from .not_found_404 import not_found
from .routing import register
from .safe import safe_layout
from .territory_view import SERIES_LABELS, main_chart, page_description, rendered


def known(level, code) -> dict | None:
    if level not in AREA_LEVELS:
        return None
    return dataset().territory(str(level), str(code or "").upper())


def _title(tr: Translator, level: str | None = None, code: str | None = None, **_: str) -> str:
    t = known(level, code)
    if t is None:
        return tr("Territoire introuvable")
    return tr("{name} : l'emploi sur le territoire", name=place_name(t, tr)) + f" — {SITE_NAME}"


@safe_layout
def layout(tr: Translator, level: str = "", code: str = "", serie: str = "niveau", **_query: str) -> Component:
    t = known(level, code)
    if t is None:
        return not_found(tr, tr("Ce territoire n'existe pas dans le référentiel."))
    return rendered(dataset().version, level, t["code"], serie if serie in SERIES_LABELS else "niveau", tr.lang)


def _description(tr: Translator, level: str | None = None, code: str | None = None, **_: str) -> str:
    t = known(level, code)
    return page_description(territory(t["level"], t["code"]), tr) if t else ""


def _preview(tr: Translator, level: str | None = None, code: str | None = None, **_: str):
    t = known(level, code)
    return main_chart(territory(t["level"], t["code"]), tr) if t else None


def _listing():
    table = dataset().territories
    areas = table[table.level.isin(AREA_LEVELS)]
    return ({"level": level, "code": code} for level, code in zip(areas.level, areas.code))


register(
    __name__,
    layout,
    _title,
    path_template="/territoire/<level>/<code>",
    name="Territoire",
    description=_description,
    preview=_preview,
    listing=_listing,
    exists=lambda level="", code="", **_: known(level, code) is not None,
)
