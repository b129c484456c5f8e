"""Low reliability: a rate computed on a small base.

A rate whose base (active people, job seekers a year before, hiring projects) is under
``LOW_BASE`` moves by half a point or more for one person, so a single move in a village
of 40 active people reads as a 2.5-point swing. Such a value is shown, flagged "[u]" as the
ONS flags its unreliable estimates, and kept out of the highest/lowest summaries and the
default ranks. The threshold is this project's rule, not a publisher's.
"""

from __future__ import annotations

import numpy as np

from ..i18n import N_

LOW_BASE = 200
# A published rate and the count it is computed on, at the same territory, period and breakdown.
RATE_BASES = {
    "taux_chomage_rp": "actifs_1564",
    "part_projets_difficiles": "projets_recrutement",
    "part_projets_saisonniers": "projets_recrutement",
}
FLAG = "[u]"
LABEL = N_("fiabilité faible")
NOTE = N_(
    "[u] fiabilité faible : taux calculé sur moins de {threshold} personnes ({base}). Une personne de plus ou de "
    "moins le déplace d'au moins {step} point ; ces valeurs sont montrées, marquées [u] dans les pages, les exports et l'API, "
    "mais ne sont ni classées ni retenues pour les valeurs la plus élevée et la plus basse d'une carte, sauf si "
    "vous le demandez. Ce seuil est une règle de ce site, pas celle d'un producteur."
)
BASES_TEXT = N_(
    "actifs de 15 à 64 ans pour un taux du recensement, projets de recrutement pour une part de l'enquête BMO, "
    "demandeurs d'emploi un an plus tôt pour une évolution sur un an"
)


STEP_POINTS = 100 / LOW_BASE  # what one person moves a rate by, at the threshold


def is_low(base) -> np.ndarray:
    """Per value, whether its base is known and under the threshold (an unknown base is not flagged)."""
    base = np.asarray(base, dtype=float)
    return np.isfinite(base) & (base < LOW_BASE)
