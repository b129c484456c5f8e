"""A dataset release in memory (every table), and its reading and writing on disk."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..domain.manifest import read_manifest
from . import geometry, schemas

OBSERVATION_CATEGORIES = ["indicator", "level", "code", "period", "breakdown", "breakdown_value", "status", "source"]
TABLES_FOLDER = "tables"


@dataclass
class Release:
    """Every table of a dataset release, in memory."""

    territories: pd.DataFrame
    indicators: pd.DataFrame
    observations: pd.DataFrame
    sources: list[dict]
    former_codes: pd.DataFrame  # code -> current (delegated, associated communes)
    communes_geo: gpd.GeoDataFrame | None = None
    layers: dict | None = None  # name -> GeoDataFrame, rebuilt when None and communes_geo is set
    geo_from: Path | None = None  # or: copy the geo/ folder of an earlier release as is
    kpi_catalogue: pd.DataFrame = field(default_factory=pd.DataFrame)
    kpis: pd.DataFrame = field(default_factory=pd.DataFrame)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)  # extra tables (jobs, tensions…)

    def with_(self, **changes) -> Release:
        return replace(self, **changes)


def as_categories(observations: pd.DataFrame) -> pd.DataFrame:
    out = observations[OBSERVATION_CATEGORIES[:6] + ["value"] + OBSERVATION_CATEGORIES[6:]].copy()
    for column in OBSERVATION_CATEGORIES:
        out[column] = out[column].astype(str).astype("category")
    out["value"] = out["value"].astype(float)
    return out


def read_release(folder: Path) -> Release:
    manifest = read_manifest(folder)
    observations = pd.read_parquet(folder / "observations.parquet")
    for column in observations.columns:
        if isinstance(observations[column].dtype, pd.CategoricalDtype):
            observations[column] = observations[column].astype(str)
    optional = {
        name: pd.read_parquet(folder / f"{name}.parquet") if (folder / f"{name}.parquet").exists() else pd.DataFrame()
        for name in ("kpi_catalogue", "kpis", "former_codes")
    }
    tables = {p.stem: pd.read_parquet(p) for p in sorted((folder / TABLES_FOLDER).glob("*.parquet"))}
    geo = folder / "communes.geoparquet"
    return Release(
        territories=pd.read_parquet(folder / "territories.parquet"),
        indicators=pd.read_parquet(folder / "indicators.parquet"),
        observations=observations,
        sources=manifest["sources"],
        former_codes=optional["former_codes"],
        communes_geo=gpd.read_parquet(geo) if geo.exists() else None,
        geo_from=folder / "geo",
        kpi_catalogue=optional["kpi_catalogue"],
        kpis=optional["kpis"],
        tables=tables,
    )


def _copy_tree(source: Path, target: Path) -> None:
    """Hard links when possible: releases share unchanged geometry files at no disk cost."""
    target.mkdir(parents=True, exist_ok=True)
    for path in source.iterdir():
        try:
            os.link(path, target / path.name)
        except OSError:
            shutil.copy2(path, target / path.name)


def write_release(folder: Path, release: Release) -> dict:
    """Validates every table, then writes them into folder; returns the manifest's body."""
    territories = schemas.validate("territories", schemas.territories, release.territories)
    indicators = schemas.validate("indicators", schemas.indicators, release.indicators)
    observations = schemas.validate("observations", schemas.observations, as_categories(release.observations))
    schemas.check_references(territories, observations, indicators, {s["id"] for s in release.sources})

    territories.to_parquet(folder / "territories.parquet", index=False)
    indicators.to_parquet(folder / "indicators.parquet", index=False)
    observations.sort_values(["indicator", "level", "code", "breakdown", "breakdown_value", "period"]).to_parquet(
        folder / "observations.parquet", index=False, compression="zstd"
    )
    release.former_codes.to_parquet(folder / "former_codes.parquet", index=False)
    if not release.kpis.empty:
        release.kpi_catalogue.to_parquet(folder / "kpi_catalogue.parquet", index=False)
        release.kpis.to_parquet(folder / "kpis.parquet", index=False)
    if release.tables:
        (folder / TABLES_FOLDER).mkdir()
        for name, table in sorted(release.tables.items()):
            table.to_parquet(folder / TABLES_FOLDER / f"{name}.parquet", index=False, compression="zstd")
    sizes = {}
    if release.communes_geo is not None:
        release.communes_geo.to_parquet(folder / "communes.geoparquet", index=False, compression="zstd")
        if release.layers is None and release.geo_from is None:
            release.layers = geometry.build_layers(release.communes_geo, territories)
        if release.layers is not None:
            sizes = geometry.write_layers(release.layers, folder / "geo", territories)
    if release.geo_from is not None and release.layers is None:
        _copy_tree(release.geo_from, folder / "geo")
    counts = territories.level.value_counts().to_dict()
    return {
        "sources": release.sources,
        "counts": {k: int(v) for k, v in sorted(counts.items())},
        "observations": len(observations),
        "demo": any(s.get("demo") for s in release.sources),
        "geometry_bytes": sizes or {p.name: p.stat().st_size for p in sorted((folder / "geo").glob("*"))},
    }
