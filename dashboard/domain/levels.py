"""Territorial levels: codes, names in both languages, and the page of each territory."""

from __future__ import annotations

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


def place_name(ref: dict, tr) -> str:
    """A territory's name: proper nouns stay as they are; the national territories' descriptive names are
    translated."""
    if ref.get("level") == "pays" and ref.get("code") in NATIONAL_NAMES:
        return tr(NATIONAL_NAMES[ref["code"]])
    return ref["name"]


def distinct_names(refs: list[dict], tr) -> list[str]:
    """Names of several territories, each followed by its kind when two share a name ("Paris (commune)",
    "Paris (département)")."""
    names = [place_name(r, tr) for r in refs]
    return [f"{n} ({tr(label(r['level']))})" if names.count(n) > 1 else n for n, r in zip(names, refs)]
