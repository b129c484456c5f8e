"""Territorial levels: codes, names in both languages, and the page of each territory."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..i18n import N_


@dataclass(frozen=True)
class Level:
    id: str
    singular: str  # French, translated where shown
    plural: str


LEVEL_LIST = [
    Level("pays", N_("pays"), N_("Pays")),
    Level("region", N_("région"), N_("Régions")),
    Level("departement", N_("département"), N_("Départements")),
    Level("zone_emploi", N_("zone d'emploi"), N_("Zones d'emploi")),
    Level("zone_emploi_partie", N_("partie régionale de zone d'emploi"), N_("Parties régionales de zones d'emploi")),
    Level("bassin", N_("bassin d'emploi (BMO)"), N_("Bassins d'emploi (BMO)")),
    Level("epci", N_("intercommunalité (EPCI)"), N_("Intercommunalités (EPCI)")),
    Level("commune", N_("commune"), N_("Communes")),
    Level("arrondissement", N_("arrondissement municipal"), N_("Arrondissements municipaux")),
]
LEVELS: dict[str, Level] = {level.id: level for level in LEVEL_LIST}
LEVEL_IDS = tuple(LEVELS)

PLACE_LEVELS = ("commune", "arrondissement")  # what the search finds and /commune/<code> shows
AREA_LEVELS = ("bassin", "epci", "zone_emploi", "departement", "region", "pays")  # /territoire/<level>/<code>
MAP_LEVELS = ("region", "departement", "zone_emploi", "bassin", "epci", "commune")
# Which column of the territories table links a commune to each of its areas.
AREA_COLUMNS = ("epci", "zone_emploi", "bassin", "departement", "region")

COUNTRY = "FR"  # France without the overseas collectivities (what every national total here covers)
METROPOLE = "FRM"  # metropolitan France (older national series cover it alone)
NATIONAL_NAMES = {COUNTRY: N_("France (hors collectivités d'outre-mer)"), METROPOLE: N_("France métropolitaine")}
DETAIL_MIN_POPULATION = 5000  # below, job-seeker figures are not published for a commune


def label(level: str) -> str:
    return LEVELS[level].singular if level in LEVELS else level


def plural(level: str) -> str:
    return LEVELS[level].plural if level in LEVELS else level


def territory_path(level: str, code: str) -> str:
    """The page of a territory: communes and arrondissements have theirs, every other area /territoire/…."""
    return f"/commune/{code}" if level in PLACE_LEVELS else f"/territoire/{level}/{code}"


# The COG's "type de nom en clair": 0 "de", 1 "d'", then the article a name carries and the form "de" takes with it.
ARTICLE_FORMS = {
    2: ("Le ", "du "),
    3: ("La ", "de la "),
    4: ("Les ", "des "),
    5: ("L'", "de l'"),
    6: ("Aux ", "des "),
    7: ("Las ", "de las "),
    8: ("Los ", "de los "),
}
_VOWELS = "aeiouyàâäéèêëîïôöûüœ"
_COMPASS = ("Nord", "Sud", "Est", "Ouest", "Centre")
_FEMININE_GROUPINGS = ("CC ", "CA ", "CU ", "Communauté ", "Métropole ")
_EPT_CODE = re.compile(r"^(?:Bassin |T\d+ )")


def article_type(name: str, article: int | None = None) -> int:
    """The COG's type of a name where the referential gives it, else read from the name's own article."""
    if article is not None and article == article:
        return int(article)
    for kind, (prefix, _) in ARTICLE_FORMS.items():
        if name.startswith(prefix) or name.startswith(prefix.replace("'", "\u2019")):
            return kind
    return 1 if name[:1].lower() in _VOWELS else 0


def french_of(name: str, article: int | None = None) -> str:
    """'Aisne' (type 5) -> "de l'Aisne", 'Nord' (2) -> 'du Nord', 'Landes' (4) -> 'des Landes', 'Le Mans' -> 'du Mans'."""
    kind = article_type(name, article)
    if kind in (0, 1):
        return ("d'" if kind == 1 else "de ") + name
    prefix, of = ARTICLE_FORMS[kind]
    for written in (prefix, prefix.replace("'", "\u2019")):
        if name.startswith(written):
            return of + name[len(written) :]
    return of + name


def english_of(name: str, article: int | None = None) -> str:
    return f"of {name}"


OF_NAME = {"fr": french_of, "en": english_of}


def bassin_name(name: str) -> str:
    """A BMO bassin's own name, without the 'Bassin ' prefix or the Grand Paris territory code ('T1 Paris')."""
    return _EPT_CODE.sub("", name)


def place_name(ref: dict, tr) -> str:
    """A territory's name as a reader reads it: proper nouns stay as they are; the national territories'
    descriptive names are translated, or say what one indicator's national figure covers (``coverage``, set by
    the payload: "France hors Mayotte"); a zone d'emploi or a bassin says what it is ("zone d'emploi de Bordeaux",
    "bassin BMO de Paris"), never the bare name of its main town."""
    level = ref.get("level")
    if level == "pays" and ref.get("coverage"):
        return tr(ref["coverage"])
    if level == "pays" and ref.get("code") in NATIONAL_NAMES:
        return tr(NATIONAL_NAMES[ref["code"]])
    of = OF_NAME.get(tr.lang, english_of)
    if level == "zone_emploi":
        return tr("zone d'emploi {of_name}", of_name=of(ref["name"]))
    if level == "bassin":
        name = bassin_name(ref["name"])
        return tr("bassin BMO {of_name}", of_name=name if name.startswith(_COMPASS) else of(name))
    return ref["name"]


def of_place(ref: dict, tr) -> str:
    """'de l'Aisne', 'du Nord', 'de la zone d'emploi de Bordeaux' (in English 'of Aisne'…): a name after "of"."""
    of = OF_NAME.get(tr.lang, english_of)
    name = place_name(ref, tr)
    level = ref.get("level")
    if level in ("pays", "zone_emploi", "bassin") or (level == "epci" and name.startswith(_FEMININE_GROUPINGS)):
        return of(name, 3 if level != "bassin" else 2)
    return of(name, ref.get("article") if level != "epci" else None)


def distinct_names(refs: list[dict], tr) -> list[str]:
    """Names of several territories, each followed by its kind when two share a name ("Paris (commune)",
    "Paris (département)")."""
    names = [place_name(r, tr) for r in refs]
    return [f"{n} ({tr(label(r['level']))})" if names.count(n) > 1 else n for n, r in zip(names, refs)]
