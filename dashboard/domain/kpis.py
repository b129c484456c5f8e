"""Vocabulary of the national performance indicators: themes and the key figure."""

from __future__ import annotations

from typing import TypedDict

from ..i18n import N_

THEMES = {
    "retour_emploi": N_("Retour à l'emploi"),
    "satisfaction_de": N_("Satisfaction des demandeurs d'emploi"),
    "satisfaction_entreprises": N_("Satisfaction des entreprises"),
    "formation": N_("Formation"),
    "indemnisation": N_("Indemnisation"),
    "pilotage": N_("Pilotage interne"),
}
KEY_FIGURE = "SAT_ENT_PERTINENCE_CANDIDATS"
# No budget document dates the key figure itself; the nearest dated indicator, shown beside it.
KEY_FIGURE_NEAREST_DATED = "SAT_ENT"

# Units as the published file writes them -> (suffix after a value, the unit in words); both translated where shown.
UNITS = {
    "%": ("", N_("pourcentage")),
    "% (évolution annuelle)": (N_("par an"), N_("évolution annuelle, en pourcentage")),
    "jours": (N_("jours"), N_("nombre de jours")),
    "nombre": ("", N_("nombre")),
    "nombre (cumul annuel glissant oct.–sept.)": ("", N_("nombre, cumulé sur douze mois d'octobre à septembre")),
    "nombre (cumul annuel)": ("", N_("nombre, cumulé sur l'année")),
    "nombre (sur 14)": (N_("sur 14"), N_("nombre d'indicateurs à la cible, sur 14")),
    "nombre (trimestre)": (N_("par trimestre"), N_("nombre par trimestre")),
    "non précisée dans la source": ("", N_("unité non précisée par la source")),
    "non précisée dans la source (probablement %)": (
        "",
        N_("unité non précisée par la source (probablement un pourcentage)"),
    ),
}


class KpiPoint(TypedDict):
    """One published value or target of a national indicator."""

    value: float
    decimals: int
    period: str | None
    period_raw: str
    period_note: str | None
    granularity: str
    order: int  # year * 100 + the period's rank within the year: comparable across granularities
    source_kind: str
    source_url: str
    source_title: str
    line: int  # in the source file, for the reader who checks


class KpiSummary(TypedDict):
    """A national indicator as the pages, charts and API show it."""

    id: str
    label: str
    label_en: str
    unit: str
    is_percent: bool
    unit_suffix: str
    unit_words: str
    theme: str
    theme_label: str
    direction: str
    definition: str
    definition_en: str
    shown_at: str  # a figure published with no period: the address where it was seen, on which day, and by whom
    seen_on: str
    publisher: str
    latest: KpiPoint | None
    previous: KpiPoint | None
    change: float | None
    target: KpiPoint | None
    latest_target: KpiPoint | None
    status: str | None
    actuals: list[KpiPoint]
    targets: list[KpiPoint]
    sources: list[tuple[str, str, str]]
    official_only: bool
