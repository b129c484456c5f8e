"""INSEE — localised unemployment rates by département and region, quarterly, from 1982-T1.

Files ``sl_etc_<year>T<q>.xls`` (the old binary Excel format, read with xlrd): sheets
``Département`` and ``Région`` (the held 2025T3 copy was re-saved by a third party
without its ``Région`` sheet), four title rows, then ``Code, Libellé, T1_1982,
…``. INSEE revises the whole series every quarter: each file is an edition, and
the newest edition holding a series replaces it (``merge.combine``), with the
BDM export (``insee_chomage_bdm``) as another edition of the same source. A
single-département overseas région is the same territory as its département:
without a région sheet, its série is the département's. Traps handled here: codes stored as numbers (``10.0`` for the Aube);
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
OVERSEAS_REGIONS = {"971": "01", "972": "02", "973": "03", "974": "04", "976": "06"}  # one département each
NATIONAL = {"FRANCE (HORS MAYOTTE)": COUNTRY, "FRANCE METROPOLITAINE": METROPOLE}
_QUARTER = re.compile(r"^T([1-4])_(\d{4})$")
_CODE = re.compile(r"^(\d{2,3}|2[AB])$")
PROVENANCE = {
    "public_copy": "sl_etc_2021T4.xls : Alphatrio/Integration_donnees, commit b001198, où le fichier officiel est "
    "enregistré sous le nom data/chomage.xls ; sl_etc_2025T3.xls : gmeline/MSPR3-V2, commit 3d719c3 "
    "(data_raw/sl_etc_2025T3.xls), réenregistré par un tiers sans les feuilles « Région » et « Sources_et_méthodes » ; "
    "famille_TAUX-CHOMAGE_19122024.xlsx : Haaycee/MSPR-SOLO, commit 1ebbf31 "
    "(repo_mspr/data/unemployment/), export de la base de données macroéconomiques de l'INSEE du 19 décembre "
    "2024, non modifié",
    "public_copy_en": "sl_etc_2021T4.xls: Alphatrio/Integration_donnees, commit b001198, where the official file is "
    "saved as data/chomage.xls; sl_etc_2025T3.xls: gmeline/MSPR3-V2, commit 3d719c3 (data_raw/sl_etc_2025T3.xls), "
    "re-saved by a third party without its 'Région' and 'Sources_et_méthodes' sheets; "
    "famille_TAUX-CHOMAGE_19122024.xlsx: Haaycee/MSPR-SOLO, commit 1ebbf31 (repo_mspr/data/unemployment/), "
    "INSEE macroeconomic database export of 19 December 2024, unmodified",
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
        return "Département" in _book(path).sheet_names()
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


def edition_source(last: str, vintage: str, vintage_en: str) -> dict:
    """The manifest record of one edition; ``edition`` (its last quarter) orders editions of the source."""
    return dict(
        id=ID,
        name="Taux de chômage localisés par département et région",
        name_en="Local unemployment rates by département and region",
        publisher="INSEE",
        url=URL,
        licence="Licence Ouverte 2.0",
        vintage=f"édition {last.replace('-', ' ')} ({vintage}) ; estimations trimestrielles CVS ; France "
        "métropolitaine jusqu'au T1 2014, France hors Mayotte ensuite",
        vintage_en=f"{last.replace('-', ' ')} edition ({vintage_en}); quarterly seasonally adjusted estimates; "
        "metropolitan France until Q1 2014, France excluding Mayotte afterwards",
        edition=last,
        covers=["taux_chomage (départements, régions, France, France métropolitaine)"],
    )


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    book = _book(path)
    present = [s for s in SHEETS if s in book.sheet_names()]
    if "Département" not in present:
        raise SourceFileError(path, f"feuille « Département » absente (feuilles : {', '.join(book.sheet_names())})")
    places = context.territories
    frames = [_sheet(book, name, path, set(places.loc[places.level == SHEETS[name], "code"])) for name in present]
    book.release_resources()
    if "Région" not in present:
        deps = frames[0]
        overseas = deps[deps.code.isin(OVERSEAS_REGIONS)]
        frames.append(overseas.assign(level="region", code=overseas.code.map(OVERSEAS_REGIONS)))
    observations = observations_frame(pd.concat(frames, ignore_index=True), ID)
    periods = sorted(observations.period.unique())
    counts = observations.drop_duplicates(["level", "code"]).level.value_counts()
    sheets = ", ".join(present)
    return ConnectorResult(
        source=edition_source(
            periods[-1], f"{path.name}, {periods[0]} à {periods[-1]}", f"{path.name}, {periods[0]} to {periods[-1]}"
        ),
        observations=observations,
        covers={("taux_chomage", lvl) for lvl in ("departement", "region", "pays")},
        notes=[
            f"{path.name} (feuilles {sheets}) : {counts.get('departement', 0)} départements, "
            f"{counts.get('region', 0)} régions, {counts.get('pays', 0)} séries nationales, {periods[0]} à {periods[-1]}"
        ],
    )
