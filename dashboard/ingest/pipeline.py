"""`data ingest` and `data status`: merge official files into the published dataset, safely.

Every file is parsed and validated before anything is written; the merged
release is validated again and published atomically. On any error the
published dataset stays byte-for-byte as it was.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..sources.registry import checksum_of
from . import demo
from .build import Release, write_release
from .connectors import ConnectorResult, ParseContext, SourceFileError, by_id, recognise
from .publish import publish, read_manifest

log = logging.getLogger(__name__)
DROM_REGIONS = {"01", "02", "03", "04", "06"}
TERRITORY_COLUMNS = ["code", "level", "name", "commune", "departement", "region", "epci", "zone_emploi",
                     "population", "population_year", "postcodes", "zone"]


class NoDataset(RuntimeError):
    pass


def read_release(folder: Path) -> Release:
    manifest = read_manifest(folder)
    observations = pd.read_parquet(folder / "observations.parquet")
    for column in observations.columns:
        if isinstance(observations[column].dtype, pd.CategoricalDtype):
            observations[column] = observations[column].astype(str)
    optional = {name: pd.read_parquet(folder / f"{name}.parquet") if (folder / f"{name}.parquet").exists()
                else pd.DataFrame() for name in ("kpi_catalogue", "kpis", "former_codes")}
    geo = folder / "communes.geoparquet"
    return Release(
        territories=pd.read_parquet(folder / "territories.parquet"),
        indicators=pd.read_parquet(folder / "indicators.parquet"),
        observations=observations, sources=manifest["sources"],
        former_codes=optional["former_codes"],
        communes_geo=gpd.read_parquet(geo) if geo.exists() else None,
        geo_from=folder / "geo", kpi_catalogue=optional["kpi_catalogue"], kpis=optional["kpis"])


def _files(paths: list[Path]) -> list[Path]:
    out = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            out.append(path)
        else:
            raise SourceFileError(path, "fichier introuvable")
    if not out:
        raise SourceFileError(paths[0] if paths else "?", "aucun fichier à charger")
    return out


def _upsert_territories(territories: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    if new.empty:
        return territories
    rows = new.copy()
    for column in TERRITORY_COLUMNS:
        if column not in rows:
            rows[column] = None
    rows["zone"] = ["drom" if str(c)[:2] in DROM_REGIONS else "metro" for c in rows.code]
    rows["population_year"] = territories.population_year.iloc[0]
    keys = set(zip(rows.level, rows.code))
    kept = territories[[k not in keys for k in zip(territories.level, territories.code)]]
    previous = territories.set_index(["level", "code"])
    for column in ("region", "departement"):  # keep what was known when the new file does not say
        rows[column] = [r if isinstance(r, str) and r else previous[column].get((lvl, c))
                        for r, lvl, c in zip(rows[column], rows.level, rows.code)]
    merged = pd.concat([kept, rows[TERRITORY_COLUMNS]], ignore_index=True)
    return _typed(merged)


def _typed(territories: pd.DataFrame) -> pd.DataFrame:
    out = territories.copy()
    out["population"] = out["population"].astype("Int64")
    out["population_year"] = out["population_year"].astype("Int16")
    for column in ("commune", "departement", "region", "epci", "zone_emploi", "postcodes"):
        out[column] = out[column].astype("string")
    for column in ("code", "level", "name", "zone"):
        out[column] = out[column].astype(str)
    return out.sort_values(["level", "code"], kind="stable").reset_index(drop=True)


def _apply_links(territories: pd.DataFrame, links: dict[str, pd.Series]) -> pd.DataFrame:
    out = territories.copy()
    places = out.level.isin(["commune", "arrondissement"])
    for column, mapping in links.items():
        out.loc[places, column] = out.loc[places, "code"].map(mapping).astype("string")
    return out


def _zone_populations(territories: pd.DataFrame) -> pd.DataFrame:
    communes = territories[territories.level == "commune"]
    totals = communes.groupby("zone_emploi").population.sum()
    ze = territories.level == "zone_emploi"
    out = territories.copy()
    out.loc[ze, "population"] = out.loc[ze, "code"].map(totals).astype("Int64")
    return out


def zone_aggregates(observations: pd.DataFrame, territories: pd.DataFrame) -> pd.DataFrame:
    """Commune totals of the job-seeker series summed into zones d'emploi (arrondissements excluded)."""
    zone_of = territories[territories.level == "commune"].set_index("code").zone_emploi.dropna()
    rows = observations[(observations.level == "commune") & (observations.breakdown == "total")
                        & observations.indicator.str.startswith("demandeurs_") & (observations.status == "ok")]
    rows = rows[rows.code.isin(zone_of.index)].assign(zone=lambda f: f.code.map(zone_of))
    grouped = rows.groupby(["indicator", "zone", "period", "source"], as_index=False).value.sum()
    grouped = grouped.rename(columns={"zone": "code"})
    grouped["level"], grouped["breakdown"], grouped["breakdown_value"], grouped["status"] = (
        "zone_emploi", "total", "total", "ok")
    return grouped


def merge(release: Release, result: ConnectorResult, checksum: str, file_name: str) -> Release:
    territories = _upsert_territories(release.territories, result.territories)
    observations = release.observations
    if result.covers:
        covered = set(result.covers)
        keep = [(i, lvl) not in covered for i, lvl in zip(observations.indicator, observations.level)]
        observations = observations[keep]
    if not result.observations.empty:
        observations = pd.concat([observations, result.observations], ignore_index=True)
    geometry_changed = False
    if result.links:
        territories = _zone_populations(_apply_links(territories, result.links))
        observations = observations[~((observations.level == "zone_emploi")
                                      & observations.indicator.str.startswith("demandeurs_"))]
        observations = pd.concat([observations, zone_aggregates(observations, territories)], ignore_index=True)
        geometry_changed = True
    entry = {**result.source, "retrieved": date.today().isoformat(), "checksum": checksum, "demo": False,
             "package": file_name}
    sources = [s for s in release.sources if s["id"] != entry["id"]] + [entry]
    for source in sources:
        if source["id"] == demo.DEMO_SOURCE:
            still = sorted(set(observations.loc[observations.source == demo.DEMO_SOURCE, "indicator"]))
            source["covers"] = still
    return Release(territories=territories, indicators=release.indicators, observations=observations,
                   sources=sources, former_codes=release.former_codes, communes_geo=release.communes_geo,
                   layers=None, geo_from=None if geometry_changed else release.geo_from,
                   kpi_catalogue=release.kpi_catalogue, kpis=release.kpis)


def combine(results: list[ConnectorResult]) -> ConnectorResult:
    """Several files of one source (e.g. one API answer per territory) merged into one result."""
    if len(results) == 1:
        return results[0]
    first = results[0]
    links: dict[str, pd.Series] = {}
    for r in results:
        for column, series in r.links.items():
            links[column] = series if column not in links else pd.concat([links[column], series])
    frames = [r.observations for r in results if not r.observations.empty]
    territories = [r.territories for r in results if not r.territories.empty]
    return ConnectorResult(
        source=first.source, observations=pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(),
        covers=set().union(*(r.covers for r in results)),
        territories=pd.concat(territories, ignore_index=True).drop_duplicates(["level", "code"])
        if territories else pd.DataFrame(),
        links=links, notes=[n for r in results for n in r.notes])


def ingest(data_dir: Path, paths: list[Path], source_id: str | None = None, progress=None) -> tuple[Path, list[str]]:
    current = data_dir / "current"
    if not current.exists():
        raise NoDataset("aucun jeu de données publié : lancez d'abord « python -m dashboard data build »")
    release = read_release(current.resolve())
    context = ParseContext(territories=release.territories,
                           former_codes=dict(zip(release.former_codes.get("code", []),
                                                 release.former_codes.get("current", []))))
    notes = []
    files = _files(paths)
    grouped: dict[str, list] = {}
    for i, path in enumerate(files, start=1):
        connector = by_id(source_id) if source_id else recognise(path)
        if progress:
            progress(i, len(files), f"{path.name} → {connector.ID}")
        grouped.setdefault(connector.ID, []).append((connector, path))
    # Composition files first (they attach communes to zones), then one merge per source.
    for source in sorted(grouped, key=lambda sid: sid != "insee_ze2020"):
        results = []
        for connector, path in grouped[source]:
            results.append((path, connector.parse(path, context)))
        result = combine([r for _, r in results])
        names = ", ".join(p.name for p, _ in results)
        checksum = checksum_of(results[0][0], "sha256") if len(results) == 1 else "sha256:" + hashlib.sha256(
            "".join(checksum_of(p, "sha256") for p, _ in results).encode()).hexdigest()
        release = merge(release, result, checksum, names[:300])
        context.territories = release.territories
        notes += [f"{source} : {n}" for n in result.notes[:20]]
    published = publish(data_dir, lambda folder: write_release(folder, release))
    return published, notes


def status(data_dir: Path) -> dict:
    current = data_dir / "current"
    if not current.exists():
        raise NoDataset("aucun jeu de données publié : lancez « python -m dashboard data build »")
    manifest = read_manifest(current.resolve())
    observations = pd.read_parquet(current / "observations.parquet", columns=["indicator", "level", "source"])
    pairs = observations.drop_duplicates().astype(str)
    demo_ids = {s["id"] for s in manifest["sources"] if s.get("demo")}
    still_demo = sorted({f"{i} ({lvl})" for i, lvl, s in zip(pairs.indicator, pairs.level, pairs.source)
                         if s in demo_ids})
    return {"version": manifest["version"], "published_at": manifest["published_at"],
            "release": str(current.resolve()), "sources": manifest["sources"], "counts": manifest["counts"],
            "still_demo": still_demo}
