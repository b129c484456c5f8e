"""Vocabulary of the national performance indicators: themes and the key figure."""

from __future__ import annotations

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
