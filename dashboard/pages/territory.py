import dash


from ..store.runtime import dataset
from .not_found_404 import not_found
from .safe import safe_layout
from .territory_view import rendered

AREA_LEVELS = ("epci", "zone_emploi", "departement", "region", "pays")



def known(level, code) -> dict | None:
    if level not in AREA_LEVELS:
        return None
    return dataset().territory(str(level), str(code or "").upper())


def _title(level, code) -> str:
    t = known(level, code)
    return f"{t['name']} : l'emploi sur le territoire — Emploi-Territoires" if t else "Territoire introuvable"


@safe_layout
def layout(level: str = "", code: str = "", serie: str = "niveau", **_query):
    t = known(level, code)
    if t is None:
        return not_found("Ce territoire n'existe pas dans le référentiel.")
    return rendered(dataset().version, level, t["code"], "indice" if serie == "indice" else "niveau")


dash.register_page(__name__, layout=layout, path_template="/territoire/<level>/<code>", name="Territoire",
                   title=lambda level=None, code=None, **_: _title(level, code))
