"""What this site publishes: one rule, applied once to the data, so that a page, the map, its table, the
exports and the API can never disagree.

Job-seeker figures of a commune are shown only for communes of 5,000 inhabitants or more (France Travail's own
rule for its town pages); a smaller commune's page shows the figures of its areas instead. A source that gives
them anyway (the DARES file by commune does) keeps them out of the published release: the cell becomes
``withheld``, with no value.

A figure of a former territory (status ``former_territory``: a commune re-created since the source's vintage,
or the commune it was split from) has been counted in the larger areas by then; it loses its value here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .indicators import CATALOGUE, JOB_SEEKERS
from .levels import DETAIL_MIN_POPULATION
from .statuses import WITH_VALUE

WITHHELD = "withheld"
FORMER_TERRITORY = "former_territory"
JOB_SEEKER_INDICATORS = frozenset(i for i, entry in CATALOGUE.items() if entry.theme == JOB_SEEKERS)


def withheld(observations: pd.DataFrame, territories: pd.DataFrame) -> np.ndarray:
    """True for each observation this site does not publish."""
    communes = territories[territories.level == "commune"]
    small = set(communes.loc[communes.population.fillna(0) < DETAIL_MIN_POPULATION, "code"])
    return (
        (observations.level == "commune")
        & observations.indicator.isin(JOB_SEEKER_INDICATORS)
        & observations.code.isin(small)
        & observations.status.isin(WITH_VALUE)
    ).to_numpy()


def apply(observations: pd.DataFrame, territories: pd.DataFrame) -> pd.DataFrame:
    mask = withheld(observations, territories)
    former = (observations.status == FORMER_TERRITORY).to_numpy() & observations.value.notna().to_numpy()
    if not mask.any() and not former.any():
        return observations
    out = observations.copy()
    out.loc[mask, "value"] = np.nan
    out.loc[mask, "status"] = WITHHELD
    out.loc[former, "value"] = np.nan
    return out
