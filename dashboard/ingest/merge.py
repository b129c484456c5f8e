"""Merging a connector's result into a release: series, territories, links to areas, extra tables."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from ..domain.levels import AREA_COLUMNS
from ..periods import sort_key
from .connectors import ConnectorResult
from .release import Release

DROM_REGIONS = {"01", "02", "03", "04", "06"}
TERRITORY_COLUMNS = [
    "code",
    "level",
    "name",
    "commune",
    "departement",
    "region",
    "epci",
    "zone_emploi",
    "bassin",
    "population",
    "population_year",
    "postcodes",
    "zone",
    "article",
]
LINKED_LEVELS = ("zone_emploi", "bassin")  # areas whose membership comes from a source file, not the COG


def _typed(territories: pd.DataFrame) -> pd.DataFrame:
    out = territories.copy()
    out["population"] = out["population"].astype("Int64")
    out["population_year"] = out["population_year"].astype("Int16")
    out["article"] = out["article"].astype("Int8")
    for column in ("commune", "departement", "region", "epci", "zone_emploi", "bassin", "postcodes"):
        out[column] = out[column].astype("string")
    for column in ("code", "level", "name", "zone"):
        out[column] = out[column].astype(str)
    return out.sort_values(["level", "code"], kind="stable").reset_index(drop=True)


def upsert_territories(territories: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    if new.empty:
        return territories
    rows = new.copy()
    for column in TERRITORY_COLUMNS:
        if column not in rows:
            rows[column] = None
    rows["zone"] = ["drom" if str(r)[:2] in DROM_REGIONS else "metro" for r in rows.region.fillna("")]
    rows["population_year"] = territories.population_year.iloc[0]
    keys = set(zip(rows.level, rows.code))
    kept = territories[[k not in keys for k in zip(territories.level, territories.code)]]
    previous = territories.set_index(["level", "code"])
    for column in ("region", "departement"):  # keep what was known when the new file does not say
        rows[column] = [
            r if isinstance(r, str) and r else previous[column].get((lvl, c))
            for r, lvl, c in zip(rows[column], rows.level, rows.code)
        ]
    return _typed(pd.concat([kept, rows[TERRITORY_COLUMNS]], ignore_index=True))


def apply_links(territories: pd.DataFrame, links: dict[str, pd.Series]) -> pd.DataFrame:
    """Sets each commune's area (zone d'emploi, bassin), then the areas' populations and main département."""
    out = territories.copy()
    places = out.level.isin(["commune", "arrondissement"])
    for column, mapping in links.items():
        out.loc[places, column] = out.loc[places, "code"].map(mapping).astype("string")
    communes = out[out.level == "commune"]
    for level in LINKED_LEVELS:
        if level not in links:
            continue
        members = communes.dropna(subset=[level])
        totals = members.groupby(level).population.sum()
        main_dep = members.groupby(level).departement.agg(lambda s: s.value_counts().index[0])
        main_reg = members.groupby(level).region.agg(lambda s: s.value_counts().index[0])
        area = out.level == level
        out.loc[area, "population"] = out.loc[area, "code"].map(totals).astype("Int64")
        for column, values in (("departement", main_dep), ("region", main_reg)):
            known = out.loc[area, "code"].map(values)
            out.loc[area, column] = known.where(known.notna(), out.loc[area, column]).astype("string")
    return out


def merge(release: Release, result: ConnectorResult, entry: dict) -> Release:
    """The release with result's series replacing those it covers; entry is the result's manifest record."""
    territories = upsert_territories(release.territories, result.territories)
    observations = release.observations
    if result.covers:
        # A source replaces what it published before; other sources' periods of the same series stay
        # (DARES 1996–2016 and STMT 2020–2024 make one long series).
        covered = set(result.covers)
        same = observations.source == entry["id"]
        outside = pd.Series(
            [(i, lvl) not in covered for i, lvl in zip(observations.indicator, observations.level)],
            index=observations.index,
            dtype=bool,
        )
        keep = ~same | outside
        observations = observations[keep]
    if not result.observations.empty:
        # Where two sources give the same cell, the one merged last wins.
        key = ["indicator", "level", "code", "period", "breakdown", "breakdown_value"]
        taken = pd.MultiIndex.from_frame(result.observations[key].astype(str))
        observations = observations[~pd.MultiIndex.from_frame(observations[key].astype(str)).isin(taken)]
        observations = pd.concat([observations, result.observations], ignore_index=True)
    links = {k: v for k, v in result.links.items() if k in AREA_COLUMNS}
    if links:
        territories = apply_links(territories, links)
    sources = [s for s in release.sources if s["id"] != entry["id"]] + [entry]
    tables = {**release.tables, **result.tables}
    return release.with_(
        territories=territories,
        observations=observations,
        sources=sources,
        tables=tables,
        layers=None,
        geo_from=None if links else release.geo_from,
    )


def combine(results: list[ConnectorResult]) -> ConnectorResult:
    """Several files of one source (one per year, per level, per API answer) merged into one result."""
    if len(results) == 1:
        return results[0]
    if all(r.source.get("edition") for r in results):
        results = _newest_editions(results)
    links: dict[str, pd.Series] = {}
    for r in results:
        for column, series in r.links.items():
            links[column] = series if column not in links else pd.concat([links[column], series])
    frames = [r.observations for r in results if not r.observations.empty]
    territories = [r.territories for r in results if not r.territories.empty]
    tables: dict[str, list[pd.DataFrame]] = {}
    for r in results:
        for name, table in r.tables.items():
            tables.setdefault(name, []).append(table)
    source = dict(results[-1].source)
    for key in ("vintage", "vintage_en"):  # one vintage per file (BMO 2023, BMO 2024…): all are named
        values = list(dict.fromkeys(r.source[key] for r in results if r.source.get(key) and not r.observations.empty))
        if len(values) > 1:
            source[key] = ", ".join(values)
    return ConnectorResult(
        source=source,
        observations=pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(),
        covers=set().union(*(r.covers for r in results)),
        # Files come in name order (years ascending): the latest names win.
        territories=pd.concat(territories, ignore_index=True).drop_duplicates(["level", "code"], keep="last")
        if territories
        else pd.DataFrame(),
        links=links,
        notes=[n for r in results for n in r.notes],
        tables={name: pd.concat(parts, ignore_index=True) for name, parts in tables.items()},
    )


def _newest_editions(results: list[ConnectorResult]) -> list[ConnectorResult]:
    """Editions of one source (INSEE revises a whole series each quarter): each series comes whole from the
    newest edition that holds it, never appended to an older one's periods."""
    ordered = sorted(results, key=lambda r: sort_key(r.source["edition"]))
    taken: set[tuple[str, str, str]] = set()
    kept = []
    for result in reversed(ordered):
        obs = result.observations
        series = list(zip(obs.indicator, obs.level, obs.code))
        fresh = [s not in taken for s in series]
        taken |= set(series)
        notes = result.notes if any(fresh) else [*result.notes, "édition remplacée en entier par une plus récente"]
        kept.append(replace(result, observations=obs[fresh].reset_index(drop=True), notes=notes))
    return list(reversed(kept))


SERIES, PERIODS, CELLS = "series", "periods", "cells"  # what one file of a source holds (its module's FILE_HOLDS)


def replaced_rows(old: pd.DataFrame, new: ConnectorResult, holds: str = SERIES) -> pd.Series:
    """Which of a source's carried rows a new file replaces: the whole series it covers (for an edition of a
    revised series, those of the territories it gives); for a file of one period (a BMO year), those periods;
    for an API answer, the very cells it gives."""
    if old.empty:
        return pd.Series(dtype=bool)
    obs = new.observations
    if holds == CELLS:
        key = ["indicator", "level", "code", "period", "breakdown", "breakdown_value"]
        taken = pd.MultiIndex.from_frame(obs[key].astype(str)) if not obs.empty else pd.MultiIndex.from_tuples([])
        return pd.Series(pd.MultiIndex.from_frame(old[key].astype(str)).isin(taken), index=old.index)
    replaced = pd.Series([(i, lvl) in new.covers for i, lvl in zip(old.indicator, old.level)], index=old.index)
    if new.source.get("edition") and not obs.empty:
        series = set(zip(obs.indicator, obs.level, obs.code))
        replaced &= pd.Series([s in series for s in zip(old.indicator, old.level, old.code)], index=old.index)
    if holds == PERIODS and not obs.empty:
        replaced &= old.period.isin(set(obs.period))
    return replaced


def _tables_forward(old: dict[str, pd.DataFrame], new: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """A table given by year (or vintage) keeps the years the new file does not give; any other is replaced."""
    out = dict(old)
    for name, table in new.items():
        previous = old.get(name)
        year = next((c for c in ("year", "vintage") if c in table.columns), None)
        if previous is None or year is None or year not in previous.columns:
            out[name] = table
            continue
        kept = previous[~previous[year].isin(set(table[year]))]
        out[name] = pd.concat([kept, table], ignore_index=True).sort_values(year, kind="stable").reset_index(drop=True)
    return out


def carry_forward(old: ConnectorResult, new: ConnectorResult, holds: str = SERIES) -> ConnectorResult:
    """What a source carries once a new file is taken in: its tables, with what the file replaces swapped for it."""
    kept = old.observations[~replaced_rows(old.observations, new, holds)] if not old.observations.empty else None
    frames = [f for f in (kept, new.observations) if f is not None and not f.empty]
    key = ["indicator", "level", "code", "period", "breakdown", "breakdown_value"]
    observations = (
        pd.concat(frames, ignore_index=True).drop_duplicates(key, keep="last").sort_values(key, kind="stable")
        if frames
        else pd.DataFrame()
    )
    territories = [t for t in (old.territories, new.territories) if not t.empty]
    links = dict(old.links)
    for column, series in new.links.items():
        links[column] = series if column not in links else _updated(links[column], series)
    source = dict(new.source)
    if kept is not None and not kept.empty:  # the vintages still carried are all named (BMO 2023, …, BMO 2026)
        for name in ("vintage", "vintage_en"):
            parts = [p for v in (old.source.get(name), new.source.get(name)) if v for p in v.split(", ")]
            source[name] = ", ".join(dict.fromkeys(parts))
    return ConnectorResult(
        source=source,
        observations=observations.reset_index(drop=True),
        covers=old.covers | new.covers,
        territories=pd.concat(territories, ignore_index=True).drop_duplicates(["level", "code"], keep="last")
        if territories
        else pd.DataFrame(),
        links=links,
        notes=new.notes,
        tables=_tables_forward(old.tables, new.tables),
    )


def _updated(old: pd.Series, new: pd.Series) -> pd.Series:
    merged = pd.concat([old, new])
    return merged[~merged.index.duplicated(keep="last")].sort_index()
