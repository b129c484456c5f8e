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
