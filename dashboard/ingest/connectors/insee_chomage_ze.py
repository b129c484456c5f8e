"""INSEE — taux de chômage localisés par zone d'emploi (quarterly, CVS).

File ``chomage-zone-t1-2003-t3-2023.xlsx`` (the name changes every quarter):
sheet ``txcho_ze`` (one row per zone d'emploi 2020: ``ZE2020, LIBZE2020, REG,
LIBREG, 2003-T1, …``) and sheet ``txcho_parties reg`` (regional parts of the
interregional zones: ``ZER2020, LIBZER2020, 2003-T1, …``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ...formatting import format_period
from . import ConnectorResult, ParseContext, SourceFileError
from .xlsx import find_header, read_sheet, sheet_names

ID = "insee_chomage_ze"
SHEET, PARTS_SHEET = "txcho_ze", "txcho_parties reg"
URL = "https://www.insee.fr/fr/statistiques/1893230"
# The file name carries the last quarter: update it when INSEE publishes a new edition.
PROVENANCE = {"public_copy": None, "public_copy_en": None}  # the file as INSEE publishes it
DOWNLOADS = [
    (
        "https://www.insee.fr/fr/statistiques/fichier/1893230/chomage-zone-t1-2003-t3-2023.xlsx",
        "chomage-zone-t1-2003-t3-2023.xlsx",
    )
]
_QUARTER = re.compile(r"^\d{4}-T[1-4]$")
_ZE = re.compile(r"^\d{4}$")


def recognise(path: Path) -> bool:
    return path.suffix.lower() == ".xlsx" and SHEET in sheet_names(path)


def _rates(path: Path, sheet: str, code_column: str, fixed: list[str], level: str) -> tuple[pd.DataFrame, list[dict]]:
    rows = read_sheet(path, sheet)
    h = find_header(rows, code_column, path, sheet)
    header = [str(c).strip() if c is not None else "" for c in rows[h]]
    if header[: len(fixed)] != fixed:
        raise SourceFileError(path, f"colonnes attendues {fixed}, trouvées {header[: len(fixed)]}", sheet, h + 1)
    quarters = header[len(fixed) :]
    while quarters and not quarters[-1]:
        quarters.pop()
    bad = [q for q in quarters if not _QUARTER.match(q)]
    if bad or not quarters:
        raise SourceFileError(
            path, f"période illisible « {bad[0] if bad else ''} »", sheet, h + 1, bad[0] if bad else None
        )
    records: list[tuple] = []
    territories: list[dict] = []
    for offset, row in enumerate(rows[h + 1 :], start=h + 2):
        code = str(row[0] or "").strip()
        if not code:
            continue
        if not _ZE.match(code):
            raise SourceFileError(path, f"code de zone invalide « {code[:20]} »", sheet, offset, code_column)
        territories.append(
            {
                "code": code,
                "name": str(row[1] or "").strip(),
                "region": str(row[2]).strip() if level == "zone_emploi" else None,
            }
        )
        for q, value in zip(quarters, row[len(fixed) : len(fixed) + len(quarters)]):
            if value is None or value == "":
                records.append((code, q, None, "na"))
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise SourceFileError(path, f"valeur non numérique « {str(value)[:20]} »", sheet, offset, q) from None
            if not 0 <= number <= 100:
                raise SourceFileError(path, f"taux hors de [0, 100] : {number}", sheet, offset, q)
            records.append((code, q, number, "ok"))
    frame = pd.DataFrame(records, columns=["code", "period", "value", "status"])
    frame["level"] = level
    return frame, territories


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    zones, ze_territories = _rates(path, SHEET, "ZE2020", ["ZE2020", "LIBZE2020", "REG", "LIBREG"], "zone_emploi")
    n_zones = len(ze_territories)
    if not 250 <= n_zones <= 400:
        raise SourceFileError(path, f"{n_zones} zones d'emploi au lieu d'environ 300", SHEET)
    parts_frame, parts = pd.DataFrame(), list[dict]()
    if PARTS_SHEET in sheet_names(path):
        parts_frame, parts = _rates(path, PARTS_SHEET, "ZER2020", ["ZER2020", "LIBZER2020"], "zone_emploi_partie")
    observations = pd.concat([zones, parts_frame], ignore_index=True)
    observations["indicator"] = "taux_chomage"
    observations["breakdown"], observations["breakdown_value"] = "total", "total"
    observations["source"] = ID
    last = max(observations.period)
    territories = pd.DataFrame(
        [
            {
                "code": t["code"],
                "level": "zone_emploi",
                "name": t["name"],
                "region": t["region"] if t["region"] != "00" else None,
            }
            for t in ze_territories
        ]
        + [{"code": t["code"], "level": "zone_emploi_partie", "name": t["name"], "region": None} for t in parts]
    )
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Taux de chômage localisés par zone d'emploi",
            name_en="Local unemployment rates by employment zone",
            publisher="INSEE",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage=f"estimations trimestrielles CVS, {format_period('2003-T1')} à {format_period(last)}",
            vintage_en=f"quarterly seasonally adjusted estimates, {format_period('2003-T1', 'en')} to "
            f"{format_period(last, 'en')}",
            covers=["taux_chomage (zones d'emploi)"],
        ),
        observations=observations,
        covers={("taux_chomage", "zone_emploi"), ("taux_chomage", "zone_emploi_partie")},
        territories=territories,
        notes=[f"{n_zones} zones d'emploi, {len(parts)} parties régionales, jusqu'à {last}"],
    )
