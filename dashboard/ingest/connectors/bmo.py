"""France Travail — enquête Besoins en main-d'œuvre (``Base_open_data_BMO_<year>.xlsx``).

Sheet ``BMO_<year>_open_data``: ``annee, Code métier BMO, Nom métier BMO,
Famille_met, Lbl_fam_met, REG, NOM_REG, Dept, NomDept, BE<yy>, NOMBE<yy>,
met, xmet, smet`` (the area columns change name with the year). ``*`` marks a
secret cell. Department, region and national figures are sums of the
published cells (secret cells excluded, and counted in the notes).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from . import ConnectorResult, ParseContext, SourceFileError
from .xlsx import read_sheet, sheet_names

ID = "bmo"
URL = "https://statistiques.francetravail.org/bmo"
_SHEET = re.compile(r"^BMO_(\d{4})_open_data$")
FIXED = ["annee", "Code métier BMO", "Nom métier BMO", "Famille_met", "Lbl_fam_met", "REG", "NOM_REG", "Dept",
         "NomDept"]


def _sheet(path: Path) -> str | None:
    return next((s for s in sheet_names(path) if _SHEET.match(s)), None) if path.suffix.lower() == ".xlsx" else None


def recognise(path: Path) -> bool:
    return _sheet(path) is not None


def _count(value, path, sheet, line, column):
    if value is None or value == "":
        return None, "na"
    if str(value).strip() == "*":
        return None, "secret"
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise SourceFileError(path, f"valeur non numérique « {str(value)[:20]} »", sheet, line, column) from None
    if number < 0:
        raise SourceFileError(path, f"valeur négative {number}", sheet, line, column)
    return number, "ok"


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    sheet = _sheet(path)
    if sheet is None:
        raise SourceFileError(path, "aucune feuille « BMO_<année>_open_data »")
    year = _SHEET.match(sheet).group(1)
    rows = read_sheet(path, sheet)
    if not rows:
        raise SourceFileError(path, "feuille vide", sheet)
    header = [str(c or "").strip() for c in rows[0]]
    if header[:len(FIXED)] != FIXED:
        raise SourceFileError(path, f"colonnes attendues {FIXED}, trouvées {header[:len(FIXED)]}", sheet, 1)
    rest = header[len(FIXED):]
    if len(rest) < 5 or not re.match(r"^BE\d{2}$", rest[0]) or not re.match(r"^NOMBE\d{2}$", rest[1]) \
            or rest[2:5] != ["met", "xmet", "smet"]:
        raise SourceFileError(path, f"colonnes de bassin et de projets inattendues {rest[:5]}", sheet, 1)
    deps = set(context.territories.loc[context.territories.level == "departement", "code"])
    region_of = dict(zip(context.territories.loc[context.territories.level == "departement", "code"],
                         context.territories.loc[context.territories.level == "departement", "region"]))
    cells, secrets = [], 0
    for line, row in enumerate(rows[1:], start=2):
        if not row or row[0] is None:
            continue
        dep = str(row[7] or "").strip().zfill(2)
        if dep not in deps:
            raise SourceFileError(path, f"département inconnu « {dep[:5]} »", sheet, line, "Dept")
        value, status = _count(row[len(FIXED) + 2], path, sheet, line, "met")
        if status == "secret":
            secrets += 1
        cells.append((dep, str(row[2] or "").strip(), value))
    frame = pd.DataFrame(cells, columns=["departement", "metier", "value"])
    frame["region"] = frame.departement.map(region_of)
    frame["pays"] = "FR"
    period = year
    out = []
    for level in ("departement", "region", "pays"):
        totals = frame.groupby(level).value.sum(min_count=1).reset_index()
        out.append(pd.DataFrame({"level": level, "code": totals[level], "breakdown": "total",
                                 "breakdown_value": "total", "value": totals.value}))
        by_job = frame.groupby([level, "metier"]).value.sum(min_count=1).reset_index()
        out.append(pd.DataFrame({"level": level, "code": by_job[level], "breakdown": "metier",
                                 "breakdown_value": by_job.metier, "value": by_job.value}))
    observations = pd.concat(out, ignore_index=True)
    observations["status"] = observations.value.notna().map({True: "ok", False: "secret"})
    observations["indicator"], observations["period"], observations["source"] = "projets_recrutement", period, ID
    return ConnectorResult(
        source=dict(id=ID, name=f"Enquête Besoins en main-d'œuvre {year}", publisher="France Travail", url=URL,
                    licence="Licence Ouverte 2.0",
                    vintage=f"BMO {year} ; totaux = somme des cellules publiées, cellules secrètes exclues",
                    covers=["projets_recrutement (départements, régions, France)"]),
        observations=observations,
        covers={("projets_recrutement", lvl) for lvl in ("departement", "region", "pays")},
        notes=[f"{len(cells)} cellules bassin × métier, {secrets} secrètes (*), année {year}"],
    )
