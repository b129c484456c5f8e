"""Reading official XLSX sheets whose header sits below a few title rows."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from . import SourceFileError


def open_workbook(path: Path):
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise SourceFileError(path, f"classeur illisible ({exc.__class__.__name__})") from None


def sheet_names(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                return []
        workbook = open_workbook(path)
        names = list(workbook.sheetnames)
        workbook.close()
        return names
    except (zipfile.BadZipFile, OSError, SourceFileError):
        return []


def find_header(rows: list[tuple], first_cell: str, path: Path, sheet: str, search: int = 15) -> int:
    """Index of the row whose first cell is first_cell (the row of variable codes)."""
    for i, row in enumerate(rows[:search]):
        if row and str(row[0] or "").strip() == first_cell:
            return i
    raise SourceFileError(
        path, f"ligne d'en-tête « {first_cell} » introuvable dans les {search} premières lignes", sheet=sheet
    )


def read_sheet(path: Path, sheet: str) -> list[tuple]:
    workbook = open_workbook(path)
    if sheet not in workbook.sheetnames:
        names = ", ".join(workbook.sheetnames)
        workbook.close()
        raise SourceFileError(path, f"feuille « {sheet} » absente (feuilles : {names})")
    rows = list(workbook[sheet].iter_rows(values_only=True))
    workbook.close()
    return rows
