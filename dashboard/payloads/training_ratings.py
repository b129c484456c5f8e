"""Trainees' ratings of training organisations (Anotéa, France Travail): pure functions of the dataset.

The table is in the release only once ``data fetch --source anotea`` has brought the API's pages in: without it,
every function says "absent" and no figure is made up. An organisation without ratings keeps empty notes (never
0) and lists are ordered by the number of ratings, not by score: a 5/5 from two trainees says little.
"""

from __future__ import annotations

import pandas as pd

from ..store.dataset import Dataset

TABLE = "anotea_organismes"
SOURCE = "anotea"
CRITERIA = ("accueil", "contenu_formation", "equipe_formateurs", "moyen_materiel", "accompagnement", "global")


def table(ds: Dataset) -> pd.DataFrame:
    return ds.tables.get(TABLE, pd.DataFrame())


def available(ds: Dataset) -> bool:
    return not table(ds).empty


def in_departement(ds: Dataset, departement: str, limit: int = 20) -> tuple[pd.DataFrame, int, int]:
    """The organisations with a training place in the département, most ratings first (at most ``limit``), with
    how many there are in all and how many have ratings."""
    rows = table(ds)
    if rows.empty:
        return rows, 0, 0
    rows = rows.drop_duplicates("siret", keep="last")  # an organisation met on two pages of the answer
    here = rows[rows.departements.fillna("").str.split().map(lambda codes: departement in codes)]
    rated = here[here.ratings > 0]
    ordered = rated.sort_values(["ratings", "name"], ascending=[False, True], kind="stable")
    return ordered.head(limit).reset_index(drop=True), len(here), len(rated)
