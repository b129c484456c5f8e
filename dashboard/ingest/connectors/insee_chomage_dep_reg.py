"""INSEE — localised unemployment rates by département and region, quarterly, 1982-T1 to 2021-T4.

File ``sl_etc_2021T4.xls`` (the old binary Excel format, read with xlrd): sheets
``Département`` and ``Région``, four title rows, then ``Code, Libellé, T1_1982,
…``. Traps handled here: codes stored as numbers (``10.0`` for the Aube);
two rows coded ``00`` in the region sheet, France excluding Mayotte (from 2014)
and metropolitan France; footnotes under the table; blank cells (not yet
estimated, e.g. the overseas departments before 2014).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ...domain.levels import COUNTRY, METROPOLE
from . import ConnectorResult, ParseContext, SourceFileError, observations_frame

ID = "insee_chomage_dep_reg"
URL = "https://www.insee.fr/fr/statistiques/2012804"
DOWNLOADS = [("https://www.insee.fr/fr/statistiques/fichier/2012804/sl_etc_2021T4.xls", "sl_etc_2021T4.xls")]
SHEETS = {"Département": "departement", "Région": "region"}
NATIONAL = {"FRANCE (HORS MAYOTTE)": COUNTRY, "FRANCE METROPOLITAINE": METROPOLE}
_QUARTER = re.compile(r"^T([1-4])_(\d{4})$")
_CODE = re.compile(r"^(\d{2,3}|2[AB])$")
PROVENANCE = {
    "public_copy": "Alphatrio/Integration_donnees, commit b001198, où le fichier officiel sl_etc_2021T4.xls est "
    "enregistré sous le nom data/chomage.xls",
    "public_copy_en": "Alphatrio/Integration_donnees, commit b001198, where the official file sl_etc_2021T4.xls is "
    "saved as data/chomage.xls",
}


def _book(path: Path):
    import xlrd

    try:
        return xlrd.open_workbook(str(path), on_demand=True)
    except (xlrd.XLRDError, OSError, ValueError, AssertionError) as exc:
        raise SourceFileError(path, f"classeur Excel 97 illisible ({exc.__class__.__name__})") from None


def recognise(path: Path) -> bool:
    if path.suffix.lower() != ".xls":
        return False
    try:
        return set(SHEETS) <= set(_book(path).sheet_names())
    except SourceFileError:
        return False


def _code(cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return f"{int(cell):02d}"
    return str(cell).strip()


def _sheet(book, name: str, path: Path, known: set[str]) -> pd.DataFrame:
    sheet = book.sheet_by_name(name)
    level = SHEETS[name]
    head = next((r for r in range(min(sheet.nrows, 15)) if str(sheet.cell_value(r, 0)).strip() == "Code"), None)
    if head is None:
        raise SourceFileError(path, "ligne d'en-tête « Code » introuvable", sheet=name)
    columns = [str(c).strip() for c in sheet.row_values(head)]
    quarters = []
    for c in columns[2:]:
        m = _QUARTER.match(c)
        if not m:
            if c:
                raise SourceFileError(path, f"période illisible « {c[:20]} »", sheet=name, row=head + 1, column=c)
            break
        quarters.append(f"{m.group(2)}-T{m.group(1)}")
    records = []
    for r in range(head + 1, sheet.nrows):
        values = sheet.row_values(r)
        code = _code(values[0])
        if not code:
            break  # footnotes follow the table
        label = str(values[1]).strip()
        if level == "region" and code == "00":
            if label not in NATIONAL:
                raise SourceFileError(path, f"ligne nationale inconnue « {label[:40]} »", sheet=name, row=r + 1)
            row_level, target = "pays", NATIONAL[label]
        else:
            if not _CODE.match(code) or code not in known:
                raise SourceFileError(path, f"code inconnu « {code[:10]} »", sheet=name, row=r + 1, column="Code")
            row_level, target = level, code
        for q, cell in zip(quarters, values[2 : 2 + len(quarters)]):
            if cell in ("", None):
                continue  # not estimated for that quarter (e.g. overseas before 2014)
            if not isinstance(cell, float) or not 0 <= cell <= 100:
                raise SourceFileError(path, f"taux invalide « {str(cell)[:12]} »", sheet=name, row=r + 1, column=q)
            records.append(("taux_chomage", row_level, target, q, "total", "total", round(cell, 1), "ok"))
    return pd.DataFrame(
        records, columns=["indicator", "level", "code", "period", "breakdown", "breakdown_value", "value", "status"]
    )


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    book = _book(path)
    missing = [s for s in SHEETS if s not in book.sheet_names()]
    if missing:
        raise SourceFileError(path, f"feuille « {missing[0]} » absente (feuilles : {', '.join(book.sheet_names())})")
    places = context.territories
    frames = [
        _sheet(book, name, path, set(places.loc[places.level == level, "code"])) for name, level in SHEETS.items()
    ]
    book.release_resources()
    observations = observations_frame(pd.concat(frames, ignore_index=True), ID)
    periods = sorted(observations.period.unique())
    counts = observations.drop_duplicates(["level", "code"]).level.value_counts()
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Taux de chômage localisés par département et région",
            name_en="Local unemployment rates by département and region",
            publisher="INSEE",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage=f"estimations trimestrielles CVS, {periods[0]} à {periods[-1]} ; France métropolitaine "
            "jusqu'au T1 2014, France hors Mayotte ensuite",
            vintage_en=f"quarterly seasonally adjusted estimates, {periods[0]} to {periods[-1]}; "
            "metropolitan France until Q1 2014, France excluding Mayotte afterwards",
            covers=["taux_chomage (départements, régions, France, France métropolitaine)"],
        ),
        observations=observations,
        covers={("taux_chomage", lvl) for lvl in ("departement", "region", "pays")},
        notes=[
            f"{counts.get('departement', 0)} départements, {counts.get('region', 0)} régions, "
            f"{counts.get('pays', 0)} séries nationales, {periods[0]} à {periods[-1]}"
        ],
    )
