"""What becomes of apprentices, centre by centre (InserJeunes): pure functions of the dataset.

A blank in the file means too few leavers to publish: it stays missing, is said so, and is never ranked. The
file has no leaver counts, so an area's figure is the median of its centres and their spread (quartiles), never a
weighted average.
"""

from __future__ import annotations

import pandas as pd

from ..store.dataset import Dataset
from ..text import fold

TABLE = "inserjeunes"
RATE_COLUMNS = (
    "share_studying",
    "share_employed_6m",
    "share_other_6m",
    "broken_contracts",
    "study_rate",
    "employment_6m",
    "expected_6m",
    "value_added_6m",
    "employment_12m",
    "employment_18m",
    "employment_24m",
)
SORT_KEYS = {
    "centre": "name",
    "emploi6": "employment_6m",
    "emploi12": "employment_12m",
    "attendu": "expected_6m",
    "va": "value_added_6m",
    "etudes": "share_studying",
}
AVERAGE_BAND = 2.0  # points: within this of the expected rate, a centre is "in the average"
VALUE_ADDED_CAP = 12.0  # the file caps value added at ±12 points: +12 means "12 or more"


def centres(ds: Dataset) -> pd.DataFrame:
    return ds.tables.get(TABLE, pd.DataFrame())


def vintages(ds: Dataset) -> list[str]:
    table = centres(ds)
    return sorted(table.vintage.unique()) if len(table) else []


def latest(ds: Dataset) -> pd.DataFrame:
    """Each centre in the latest vintage (its name as of then)."""
    table = centres(ds)
    if table.empty:
        return table
    return table[table.vintage == vintages(ds)[-1]].reset_index(drop=True)


def find_centre(ds: Dataset, uai: str) -> pd.DataFrame:
    """A centre's rows over every vintage, oldest first (empty when unknown)."""
    table = centres(ds)
    if table.empty:
        return table
    return table[table.uai == str(uai).upper()].sort_values("vintage").reset_index(drop=True)


def search(ds: Dataset, query: str = "", departement: str = "", region: str = "") -> pd.DataFrame:
    """Latest-vintage centres whose name has every word of the query as a word prefix, in a département or a
    région if asked."""
    rows = latest(ds)
    if rows.empty:
        return rows
    if departement:
        rows = rows[rows.departement == departement]
    if region:
        rows = rows[rows.region == region]
    words = fold(query).split()
    if words:
        folded = rows.name.map(lambda n: fold(n).split())
        rows = rows[folded.map(lambda names: all(any(n.startswith(w) for n in names) for w in words))]
    return rows.reset_index(drop=True)


def tied_ranks(rows: pd.DataFrame, key: str, descending: bool) -> pd.Series:
    """Each centre's rank on the sorted column, equal values sharing one rank (1, 1, 3…); none without a value
    or when the list is in name order."""
    column = SORT_KEYS.get(key, "value_added_6m")
    if column == "name" or rows.empty:
        return pd.Series([pd.NA] * len(rows), index=rows.index, dtype="Int64")
    return rows[column].rank(method="min", ascending=not descending).astype("Int64")


def sort_centres(rows: pd.DataFrame, key: str, descending: bool) -> pd.DataFrame:
    """Sorted by one column; centres without a published value last, whatever the order."""
    column = SORT_KEYS.get(key, "value_added_6m")
    return rows.sort_values(
        [column, "name"],
        ascending=[not descending, True],
        na_position="last",
        key=lambda s: s.map(fold) if s.name == "name" else s,
    ).reset_index(drop=True)


def reading(value_added: float | None, tr) -> str:
    """The value added in plain words."""
    if value_added is None or pd.isna(value_added):
        return tr("trop peu de sortants pour être publié")
    if abs(value_added) <= AVERAGE_BAND:
        return tr("dans la moyenne")
    points = tr.number(abs(value_added))
    if value_added > 0:
        return tr("{points} points au-dessus de ce qu'on attendrait", points=points)
    return tr("{points} points en dessous de ce qu'on attendrait", points=points)


def spread(values: pd.Series) -> dict:
    """Count, median and quartiles of the published values (no weighting: the file has no leaver counts)."""
    published = values.dropna()
    if published.empty:
        return {"count": 0, "median": None, "q1": None, "q3": None}
    return {
        "count": len(published),
        "median": float(published.median()),
        "q1": float(published.quantile(0.25)),
        "q3": float(published.quantile(0.75)),
    }


def area_summary(ds: Dataset, column: str, code: str) -> dict:
    """Centres of a département or région in the latest vintage, with the spread of their 6-month rates."""
    rows = latest(ds)
    rows = rows[rows[column] == code] if len(rows) else rows
    return {"centres": len(rows), **spread(rows.employment_6m if len(rows) else pd.Series(dtype=float))}


def by_departement(ds: Dataset) -> pd.DataFrame:
    """Per département, latest vintage: centres, centres with a published rate, median and quartiles."""
    rows = latest(ds)
    out = []
    for code, group in rows.groupby("departement"):
        out.append({"code": code, "centres": len(group), **spread(group.employment_6m)})
    return pd.DataFrame(out)


def name_changes(history: pd.DataFrame) -> list[tuple[str, str]]:
    """(first vintage, name) each time the centre's name changed."""
    changes, previous = [], None
    for vintage, name in zip(history.vintage, history.name):
        if name != previous:
            changes.append((vintage, name))
            previous = name
    return changes


def regional_strip(ds: Dataset, region: str, vintage: str) -> pd.Series:
    """The published 6-month rates of every centre of a région in one vintage (for a strip of dots)."""
    table = centres(ds)
    rows = table[(table.region == region) & (table.vintage == vintage)]
    return rows.set_index("uai").employment_6m.dropna()


def best_nearby(ds: Dataset, departement: str, limit: int = 5) -> pd.DataFrame:
    """A département's centres with the highest value added in the latest vintage (published values only)."""
    rows = search(ds, departement=departement)
    rows = rows[rows.value_added_6m.notna()] if len(rows) else rows
    return sort_centres(rows, "va", True).head(limit) if len(rows) else rows
