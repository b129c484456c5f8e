"""INSEE — localised unemployment rates from the time-series database (BDM), family "TAUX-CHOMAGE".

File ``famille_TAUX-CHOMAGE_<ddmmyyyy>.xlsx``, sheet ``valeurs_trimestrielles``: one row per series
(``Libellé, idBank, Dernière mise à jour, Période, 1982-T1 …``), the territory written in the label
("Taux de chômage localisé par région - Corse", "… par département - Martinique"); ``(O)`` is a missing value.
It gives the 13 metropolitan régions, France excluding Mayotte and metropolitan France after the last
``sl_etc_2021T4.xls`` edition. It is an edition of the same source as the ``sl_etc`` files: INSEE revises the
whole series each quarter, so the newest edition holding a series replaces it (see ``merge.combine``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ...domain.levels import COUNTRY, METROPOLE
from ...text import fold
from . import ConnectorResult, ParseContext, SourceFileError, observations_frame
from .insee_chomage_dep_reg import ID, edition_source

SHEET = "valeurs_trimestrielles"
_NAME = re.compile(r"^famille_TAUX-CHOMAGE_(\d{2})(\d{2})(\d{4})\.xlsx$", re.I)
_LABEL = re.compile(r"^Taux de chômage localisé par (région|département) - (.+)$")
_QUARTER = re.compile(r"^(\d{4})-T([1-4])$")
NATIONAL = {"france metropolitaine": METROPOLE, "france entiere hors mayotte": COUNTRY}
MISSING = "(O)"


def recognise(path: Path) -> bool:
    return bool(_NAME.match(path.name))


def _rows(path: Path) -> list[tuple]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable workbook is refused with its name
        raise SourceFileError(path, f"classeur illisible ({exc.__class__.__name__})") from None
    if SHEET not in book.sheetnames:
        raise SourceFileError(path, f"feuille « {SHEET} » absente (feuilles : {', '.join(book.sheetnames)})")
    rows = list(book[SHEET].iter_rows(values_only=True))
    book.close()
    return rows


def _target(label: str, names: dict[tuple[str, str], str], path: Path, line: int) -> tuple[str, str]:
    m = _LABEL.match(label.strip())
    if not m:
        raise SourceFileError(path, f"libellé de série inconnu « {label[:60]} »", SHEET, line, "Libellé")
    kind, name = m.group(1), fold(m.group(2))
    if kind == "région" and name in NATIONAL:
        return "pays", NATIONAL[name]
    level = "region" if kind == "région" else "departement"
    code = names.get((level, name))
    if code is None:
        raise SourceFileError(path, f"territoire inconnu « {m.group(2)[:40]} »", SHEET, line, "Libellé")
    return level, code


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    rows = _rows(path)
    if not rows or [str(c or "").strip() for c in rows[0][:4]] != [
        "Libellé",
        "idBank",
        "Dernière mise à jour",
        "Période",
    ]:
        raise SourceFileError(path, "en-tête attendu : Libellé, idBank, Dernière mise à jour, Période…", SHEET, 1)
    header = [str(c or "").strip() for c in rows[0]]
    quarters = []
    for column in header[4:]:
        m = _QUARTER.match(column)
        if not m:
            raise SourceFileError(path, f"période illisible « {column[:20]} »", SHEET, 1, column)
        quarters.append(column)
    places = context.territories
    names = {
        (lvl, fold(name)): code
        for lvl, name, code in zip(places.level, places.name, places.code)
        if lvl in ("region", "departement")
    }
    records = []
    for line, row in enumerate(rows[1:], start=2):
        if not row or not row[0]:
            continue
        if len(row) != len(header):
            raise SourceFileError(path, f"{len(row)} champs au lieu de {len(header)}", SHEET, line)
        level, code = _target(str(row[0]), names, path, line)
        for quarter, cell in zip(quarters, row[4:]):
            if cell in (None, "", MISSING):
                continue
            if not isinstance(cell, (int, float)) or not 0 <= cell <= 100:
                raise SourceFileError(path, f"taux invalide « {str(cell)[:12]} »", SHEET, line, quarter)
            records.append(("taux_chomage", level, code, quarter, "total", "total", float(cell), "ok"))
    if not records:
        raise SourceFileError(path, "aucune valeur", SHEET)
    frame = pd.DataFrame(
        records, columns=["indicator", "level", "code", "period", "breakdown", "breakdown_value", "value", "status"]
    )
    observations = observations_frame(frame, ID)
    counts = observations.drop_duplicates(["level", "code"]).level.value_counts()
    last = max(observations.period)
    day, month, year = _NAME.match(path.name).groups()  # type: ignore[union-attr]
    return ConnectorResult(
        source=edition_source(
            last,
            f"base de données macroéconomiques, famille TAUX-CHOMAGE, export du {day}/{month}/{year}",
            f"macroeconomic database, family TAUX-CHOMAGE, exported on {year}-{month}-{day}",
        ),
        observations=observations,
        covers={("taux_chomage", lvl) for lvl in ("departement", "region", "pays")},
        notes=[
            f"{path.name} : {counts.get('departement', 0)} départements, {counts.get('region', 0)} régions, "
            f"{counts.get('pays', 0)} séries nationales, jusqu'à {last}"
        ],
    )
