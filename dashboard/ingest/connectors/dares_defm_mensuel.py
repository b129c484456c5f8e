"""DARES — job seekers at the end of each month by category A, B, C, D, E, January 1996 to June 2016.

Tidy tables of the DARES workbook ``ser_reg_dep-rboptse88.xlsx``:
``table_defm_departement_categorie.csv`` (96 metropolitan départements),
``table_defm_region2016_categorie.csv`` (the 13 metropolitan regions of 2016,
whose codes are today's) and ``table_defm_france_categorie.csv`` (metropolitan
France), plus two label tables. Counts are rounded to the hundred. Traps
handled here: numbers written as ``39e3`` or ``32299.999999999996``; codes
followed by a label (``13  -Bouches-du-Rhône``); regional rows coded ``NA``
(no identifiable territory: left out, and said so). Categories A to E are kept
as published; the A, B, C and A-to-E totals are sums, marked ``derived``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ...domain.levels import METROPOLE
from . import ConnectorResult, ParseContext, SourceFileError, observations_frame
from .csvfile import header, number, rows

ID = "dares_defm_mensuel"
URL = "https://dares.travail-emploi.gouv.fr/donnees/demandeurs-demploi-inscrits-a-france-travail"
TABLES = {
    "departement": ["date", "categorie", "code_departement", "defm", "code_region", "libelle_departement"],
    "region": ["date", "code_region", "categorie", "defm", "libelle_region"],
    "pays": ["date", "categorie", "defm"],
}
LABEL_TABLES = (["code_region", "code_departement", "libelle_departement"], ["code_region", "libelle_region"])
CATEGORIES = ("A", "B", "C", "D", "E")
_DATE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_CODE = re.compile(r"^([0-9][0-9AB]?[0-9]?)\b")
PROVENANCE = {
    "public_copy": "SGMAP-AGD/tidydata-defm, commit 34c8c7b : mise en tables longues du classeur DARES "
    "ser_reg_dep-rboptse88.xlsx",
    "public_copy_en": "SGMAP-AGD/tidydata-defm, commit 34c8c7b: the DARES workbook ser_reg_dep-rboptse88.xlsx "
    "as long tables",
}


def _kind(path: Path) -> str | None:
    if path.suffix.lower() != ".csv":
        return None
    found = header(path, ",")
    for level, columns in TABLES.items():
        if found == columns:
            return level
    return "labels" if found in [list(c) for c in LABEL_TABLES] else None


def recognise(path: Path) -> bool:
    return _kind(path) is not None


def _code(text: str, level: str, path: Path, line: int, column: str) -> str | None:
    if level == "region" and text == "NA":
        return None
    m = _CODE.match(text)
    if not m:
        raise SourceFileError(path, f"code illisible « {text[:20]} »", row=line, column=column)
    return m.group(1)


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    level = _kind(path)
    if level is None:
        raise SourceFileError(
            path, "colonnes inattendues (tables DARES demandeurs d'emploi par catégorie attendues)", row=1
        )
    source = _source()
    if level == "labels":
        return ConnectorResult(source=source, notes=[f"{path.name} : table de libellés, rien à charger"])
    known = set(context.territories.loc[context.territories.level == level, "code"])
    column = {"departement": "code_departement", "region": "code_region"}.get(level, "")
    records, unidentified = [], 0
    for line, row in rows(path, TABLES[level]):
        m = _DATE.match(row["date"])
        if not m:
            raise SourceFileError(path, f"mois illisible « {row['date'][:12]} »", row=line, column="date")
        if row["categorie"] not in CATEGORIES:
            raise SourceFileError(
                path, f"catégorie « {row['categorie'][:5]} » (A à E attendues)", row=line, column="categorie"
            )
        code = METROPOLE if level == "pays" else _code(row[column], level, path, line, column)
        if code is None:
            unidentified += 1
            continue
        if level != "pays" and code not in known:
            raise SourceFileError(path, f"{level} inconnu « {code} »", row=line, column=column)
        value = number(row["defm"], path, line, "defm")
        if value is None or value < 0:
            raise SourceFileError(path, f"effectif invalide « {row['defm'][:20]} »", row=line, column="defm")
        records.append((code, row["date"], row["categorie"], float(round(value))))
    frame = pd.DataFrame(records, columns=["code", "period", "categorie", "value"])
    if frame.duplicated(["code", "period", "categorie"]).any():
        first = frame[frame.duplicated(["code", "period", "categorie"])].iloc[0]
        raise SourceFileError(path, f"deux valeurs pour {first.code} {first.period} {first.categorie}")
    wide = frame.pivot(index=["code", "period"], columns="categorie", values="value")
    out = [
        pd.DataFrame(
            {
                "indicator": f"demandeurs_{c.lower()}",
                "code": wide.index.get_level_values(0),
                "period": wide.index.get_level_values(1),
                "value": wide[c].to_numpy(),
                "status": "ok",
            }
        )
        for c in CATEGORIES
        if c in wide
    ]
    for indicator, parts in (("demandeurs_abc", ["A", "B", "C"]), ("demandeurs_ae", list(CATEGORIES))):
        if set(parts) <= set(wide.columns):
            total = wide[parts].sum(axis=1, min_count=len(parts))
            out.append(
                pd.DataFrame(
                    {
                        "indicator": indicator,
                        "code": total.index.get_level_values(0),
                        "period": total.index.get_level_values(1),
                        "value": total.to_numpy(),
                        "status": "derived",
                    }
                )
            )
    observations = pd.concat(out, ignore_index=True).dropna(subset=["value"])
    observations = observations.assign(level=level, breakdown="total", breakdown_value="total")
    periods = sorted(observations.period.unique())
    indicators = sorted(observations.indicator.unique())
    notes = [
        f"{path.name} : {observations.code.nunique()} territoires ({level}), {periods[0]} à {periods[-1]}, "
        f"catégories {', '.join(c for c in CATEGORIES if c in wide)}"
    ]
    if unidentified:
        notes.append(
            f"{path.name} : {unidentified} lignes sans code de région (« NA ») ignorées : leur territoire "
            "n'est pas identifiable"
        )
    return ConnectorResult(
        source=source,
        observations=observations_frame(observations, ID),
        covers={(i, level) for i in indicators},
        notes=notes,
    )


def _source() -> dict:
    return dict(
        id=ID,
        name="Demandeurs d'emploi en fin de mois par catégorie, 1996–2016",
        name_en="Jobseekers at the end of the month by category, 1996–2016",
        publisher="DARES",
        url=URL,
        licence="Licence Ouverte 2.0",
        vintage="données brutes mensuelles, janvier 1996 à juin 2016, arrondies à la centaine, France métropolitaine",
        vintage_en="raw monthly data, January 1996 to June 2016, rounded to the hundred, metropolitan France",
        covers=[
            "demandeurs_a à demandeurs_e, demandeurs_abc, demandeurs_ae (départements, régions, France métropolitaine)"
        ],
    )
