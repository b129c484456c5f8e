"""France Travail — enquête Besoins en main-d'œuvre (BMO): hiring projects by job and bassin d'emploi.

Files ``Base_open_data_23.xlsx``, ``Base_open_data_BMO_2024.xlsx``,
``Base_open_data_BMO_2025.xlsx``: sheet ``BMO_<year>_open_data``, one row per
job × bassin × département with ``met`` (projects), ``xmet`` (projects judged
difficult) and ``smet`` (seasonal projects). ``*`` marks a secret cell.

Traps handled here: the columns move from one year to the next and the bassin
column is renamed (``BE23``, ``BE24``…), so columns are found by name; numbers
are stored as text; bassin codes lose or gain leading zeros; Saint-Martin is
filed under Guadeloupe (``971``) in 2023 and 2025 but as ``978`` in 2024: its
rows are kept under 971 every year, so that the area is the same each year. Job codes are
FAP 2009 in 2023 and FAP 2021 from 2024: the jobs table records which.

Every total (bassin, département, region, France, with or without the job) is
the sum of the *published* cells; a secret cell is never counted as zero, and
such a total says so (status ``derived``). One job's figure in an area made of
several cells, one of them secret (a bassin split across two départements, one
half secret), is a partial sum (``partial``), never compared over time. A share is computed over the cells
where both of its numbers are published.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ...domain.levels import COUNTRY
from . import ConnectorResult, ParseContext, SourceFileError, observations_frame
from .bassins import bassin_code, display_name
from .xlsx import read_sheet, sheet_names

ID = "bmo"
FILE_HOLDS = "periods"  # one workbook per survey year: a new year's file adds its year
URL = "https://statistiques.francetravail.org/bmo"
_SHEET = re.compile(r"^BMO_(\d{4})_open_data$")
REQUIRED = [
    "annee",
    "Code métier BMO",
    "Nom métier BMO",
    "Famille_met",
    "Lbl_fam_met",
    "REG",
    "Dept",
    "met",
    "xmet",
    "smet",
]
FILED_UNDER = {"978": ("971", "Saint-Martin")}  # the département the other editions file the area under
NOMENCLATURE_CHANGE = 2024  # FAP 2009 before, FAP 2021 from this year
PROVENANCE = {
    "public_copy": "2023 : Nelson9594/bi_carreers (classeur d'origine) ; 2024 : fichier d'origine ; 2025 : "
    "clementfays/niveau-d-etudes-et-metiers-verts (réenregistré par l'auteur du dépôt, même nombre "
    "de lignes que le fichier officiel)",
    "public_copy_en": "2023: Nelson9594/bi_carreers (original workbook); 2024: original file; 2025: "
    "clementfays/niveau-d-etudes-et-metiers-verts (re-saved by that repository's author, same "
    "row count as the official file)",
}


def nomenclature(year: int) -> str:
    return "FAP 2021" if year >= NOMENCLATURE_CHANGE else "FAP 2009"


def _sheet(path: Path) -> str | None:
    return next((s for s in sheet_names(path) if _SHEET.match(s)), None) if path.suffix.lower() == ".xlsx" else None


def recognise(path: Path) -> bool:
    return _sheet(path) is not None


def _count(value, path: Path, sheet: str, line: int, column: str) -> tuple[float, str]:
    text = "" if value is None else str(value).strip()
    if text == "":
        return np.nan, "na"
    if text == "*":
        return np.nan, "secret"
    try:
        number = float(text)
    except ValueError:
        raise SourceFileError(path, f"valeur non numérique « {text[:20]} »", sheet, line, column) from None
    if number < 0 or number != int(number):
        raise SourceFileError(path, f"effectif invalide {text[:20]}", sheet, line, column)
    return number, "ok"


def _cells(path: Path, sheet: str, year: int, deps: set[str]) -> tuple[pd.DataFrame, dict]:
    rows = read_sheet(path, sheet)
    if not rows:
        raise SourceFileError(path, "feuille vide", sheet)
    header = [str(c or "").strip() for c in rows[0]]
    bassin_col = next((c for c in header if re.match(r"^BE\d{2}$", c)), None)
    missing = [c for c in REQUIRED if c not in header] + ([] if bassin_col else ["BE<aa>"])
    if missing:
        raise SourceFileError(path, f"colonnes absentes {missing} (trouvées : {header})", sheet, 1)
    assert bassin_col is not None  # checked just above
    name_col = "NOM" + bassin_col
    at = {c: header.index(c) for c in [*REQUIRED, bassin_col] + ([name_col] if name_col in header else [])}
    records: list[tuple] = []
    skipped: dict[str, int] = {}
    names: dict[Any, Any] = {}  # bassin code -> name, ("job", code) -> its labels
    for line, row in enumerate(rows[1:], start=2):
        if not row or all(c in (None, "") for c in row):
            continue
        if str(row[at["annee"]]).strip() != str(year):
            raise SourceFileError(
                path, f"année « {str(row[at['annee']])[:6]} » au lieu de {year}", sheet, line, "annee"
            )
        dep = str(row[at["Dept"]] or "").strip().zfill(2)
        if dep in FILED_UNDER:
            skipped[dep] = skipped.get(dep, 0) + 1
            dep = FILED_UNDER[dep][0]
        if dep not in deps:
            raise SourceFileError(path, f"département inconnu « {dep[:5]} »", sheet, line, "Dept")
        raw_bassin = str(row[at[bassin_col]] or "").strip()
        if not raw_bassin.isdigit():
            raise SourceFileError(path, f"code de bassin invalide « {raw_bassin[:10]} »", sheet, line, bassin_col)
        bassin = bassin_code(raw_bassin)
        job = str(row[at["Code métier BMO"]] or "").strip()
        if not re.match(r"^[A-Z0-9]{5}$", job):
            raise SourceFileError(path, f"code métier invalide « {job[:10]} »", sheet, line, "Code métier BMO")
        values = [_count(row[at[c]], path, sheet, line, c) for c in ("met", "xmet", "smet")]
        records.append(
            (
                job,
                bassin,
                dep,
                str(row[at["REG"]] or "").strip().zfill(2),
                *[v for v, _ in values],
                *[s for _, s in values],
            )
        )
        names.setdefault(bassin, display_name(str(row[at[name_col]] or bassin)) if name_col in at else bassin)
        jobs_key = (
            job,
            str(row[at["Nom métier BMO"]]).strip(),
            str(row[at["Famille_met"]]).strip(),
            str(row[at["Lbl_fam_met"]]).strip(),
        )
        names.setdefault(("job", job), jobs_key)
    cells = pd.DataFrame(
        records,
        columns=[
            "metier",
            "bassin",
            "departement",
            "region",
            "met",
            "xmet",
            "smet",
            "met_status",
            "xmet_status",
            "smet_status",
        ],
    )
    if cells.empty:
        raise SourceFileError(path, "aucune ligne exploitable", sheet)
    return cells, {"names": names, "skipped": skipped}


def _aggregate(cells: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Projects and shares of each group of cells (published cells only)."""
    published = cells.met.notna()
    work = pd.DataFrame({k: cells[k] for k in keys})
    work["n"] = 1
    work["published"] = published.astype(int)
    work["met"] = cells.met.fillna(0)
    work["secret"] = (cells.met_status == "secret").astype(int)
    for part in ("xmet", "smet"):
        both = published & cells[part].notna() & (cells.met > 0)
        work[f"{part}_cells"] = both.astype(int)
        work[f"{part}_num"] = np.where(both, cells[part], 0.0)
        work[f"{part}_den"] = np.where(both, cells.met, 0.0)
        work[f"{part}_secret"] = ((cells.met_status == "secret") | (cells[f"{part}_status"] == "secret")).astype(int)
    grouped = work.groupby(keys, sort=True).sum().reset_index()
    out = []
    status = np.where(
        (grouped.n == 1) & (grouped.published == 1),
        "ok",
        np.where(
            grouped.published > 0,
            np.where((grouped.secret > 0) & ("metier" in keys), "partial", "derived"),
            np.where(grouped.secret > 0, "secret", "na"),
        ),
    )
    out.append(
        grouped[keys].assign(
            indicator="projets_recrutement", value=np.where(grouped.published > 0, grouped.met, np.nan), status=status
        )
    )
    for part, indicator in (("xmet", "part_projets_difficiles"), ("smet", "part_projets_saisonniers")):
        has = grouped[f"{part}_cells"] > 0
        value = np.where(has, 100 * grouped[f"{part}_num"] / grouped[f"{part}_den"].where(has, 1), np.nan)
        status = np.where(has, "derived", np.where(grouped[f"{part}_secret"] > 0, "secret", "na"))
        out.append(grouped[keys].assign(indicator=indicator, value=value, status=status))
    return pd.concat(out, ignore_index=True)


def _observations(cells: pd.DataFrame, year: int) -> pd.DataFrame:
    cells = cells.assign(pays=COUNTRY)
    frames = []
    for level in ("bassin", "departement", "region", "pays"):
        for by_job in (False, True):
            keys = [level, "metier"] if by_job else [level]
            part = _aggregate(cells, keys).rename(columns={level: "code"})
            part["level"] = level
            part["breakdown"] = "metier" if by_job else "total"
            part["breakdown_value"] = part["metier"] if by_job else "total"
            frames.append(part.drop(columns=["metier"], errors="ignore"))
    out = pd.concat(frames, ignore_index=True)
    out["period"] = str(year)
    return out


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    sheet = _sheet(path)
    match = _SHEET.match(sheet) if sheet else None
    if sheet is None or match is None:
        raise SourceFileError(path, "aucune feuille « BMO_<année>_open_data »")
    year = int(match.group(1))
    places = context.territories
    deps = places[places.level == "departement"]
    cells, info = _cells(path, sheet, year, set(deps.code))
    observations = observations_frame(_observations(cells, year), ID)
    names = info["names"]
    main_dep = cells.groupby("bassin").departement.agg(lambda s: s.value_counts().index[0])
    region = cells.groupby("bassin").region.first()
    territories = pd.DataFrame(
        [
            {"code": b, "level": "bassin", "name": names[b], "departement": main_dep[b], "region": region[b]}
            for b in sorted(main_dep.index)
        ]
    )
    jobs = pd.DataFrame(
        [(year, nomenclature(year), *names[k]) for k in names if isinstance(k, tuple)],
        columns=["year", "nomenclature", "code", "label", "family", "family_label"],
    )
    secrets = int((cells.met_status == "secret").sum())
    published = cells.met.sum()
    total = f"{published:,.0f}".replace(",", " ")
    notes = [
        f"{year} ({nomenclature(year)}) : {len(cells)} cellules métier × bassin × département, {secrets} "
        f"secrètes (*), {len(jobs)} métiers, {len(territories)} bassins ; somme des cellules publiées : "
        f"{total} projets"
    ]
    for dep, count in info["skipped"].items():
        target, name = FILED_UNDER[dep]
        notes.append(f"{year} : {count} lignes de {name} codées {dep}, rattachées à {target} comme les autres années")
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Enquête Besoins en main-d'œuvre (BMO)",
            name_en="Besoins en main-d'œuvre survey (BMO, labour needs)",
            publisher="France Travail",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage=f"BMO {year} ({nomenclature(year)})",
            vintage_en=f"BMO {year} ({nomenclature(year)})",
            covers=[
                "projets_recrutement, part_projets_difficiles, part_projets_saisonniers (bassins, "
                "départements, régions, France ; par métier)"
            ],
        ),
        observations=observations,
        covers={
            (i, lvl)
            for i in ("projets_recrutement", "part_projets_difficiles", "part_projets_saisonniers")
            for lvl in ("bassin", "departement", "region", "pays")
        },
        territories=territories,
        tables={"bmo_metiers": jobs.sort_values(["year", "code"]).reset_index(drop=True)},
        notes=notes,
    )
