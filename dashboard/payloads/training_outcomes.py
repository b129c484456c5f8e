"""Return to work after a training course (France Travail, "Sortants de formation et accès à l'emploi"): pure
functions of the dataset.

The table is in the release only once ``data fetch --source ft_sortants_formation`` has brought the API's answers
in (it needs credentials): without it, every function says "absent" and no figure is made up. A withheld value
(too few leavers) stays missing, never 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..store.dataset import Dataset

TABLE = "ft_sortants_formation"  # the table and its source share the connector's id
SOURCE = TABLE
ALL_TRAININGS = "CUMUL"
RATE, LEAVERS = "acces_emploi_6_mois", "sortants"


@dataclass(frozen=True)
class Outcome:
    """One territory's latest quarter with a published access rate, all trainings together."""

    level: str
    code: str
    period: str
    rate: float | None
    leavers: float | None


def table(ds: Dataset) -> pd.DataFrame:
    return ds.tables.get(TABLE, pd.DataFrame())


def available(ds: Dataset) -> bool:
    return not table(ds).empty


def latest(ds: Dataset, level: str, code: str) -> Outcome | None:
    """The territory's latest quarter where the access rate is published (the leavers of that quarter with it);
    its latest quarter of any kind when no rate is published; None when the API gave nothing for it."""
    rows = table(ds)
    if rows.empty:
        return None
    rows = rows[(rows.level == level) & (rows.code == code) & (rows.activity == ALL_TRAININGS)]
    if rows.empty:
        return None
    rates = rows[rows.measure == RATE].dropna(subset=["value"])
    period = rates.period.max() if len(rates) else rows.period.max()

    def value(measure: str) -> float | None:
        found = rows[(rows.measure == measure) & (rows.period == period)].value.dropna()
        return float(found.iloc[0]) if len(found) else None

    return Outcome(level, code, period, value(RATE), value(LEAVERS))


def for_area(ds: Dataset, departement: str = "", region: str = "") -> list[Outcome]:
    """The chosen département, its région and France (or the région and France; or France alone), each with
    what the API gave."""
    chain: list[tuple[str, str]] = []
    if departement:
        area = ds.territory("departement", departement) or {}
        chain.append(("departement", departement))
        region = region or str(area.get("region") or "")
    if region:
        chain.append(("region", region))
    chain.append(("pays", "FR"))
    return [found for level, code in chain if (found := latest(ds, level, code)) is not None]
