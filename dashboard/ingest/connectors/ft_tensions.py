"""France Travail — tension indicators by ROME job × bassin d'emploi, 2020 and 2021 (Mobiville service).

Files ``cities-tension-utf8_2020.csv`` (``;``, with the job label) and
``cities-tension-utf8_2021.csv`` (``;``, decimal comma, no label, bassin codes
with a leading zero): job offers registered (``oee``), job seekers A, B, C
(``defm_abc``; 2021: annual average), the tension class (1 to 5) and its six
components. ``lexique-bassins.csv`` (communes → bassins 2019) is recognised and
not used: this site attaches communes to the 2021 bassins.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import ConnectorResult, ParseContext, SourceFileError
from .bassins import bassin_code
from .csvfile import header, number, rows

ID = "ft_tensions"
URL = "https://github.com/StartupsPoleEmploi/mobiville"
COMPONENTS = {
    "ind_int_emb_d": "intensite_embauches",
    "ind_main_oeuvre_d": "manque_main_oeuvre",
    "ind_dur_empl_d": "non_durabilite",
    "ind_cond_travail_d": "conditions_travail",
    "ind_mismatch_geo_d": "inadequation_geographique",
    "ind_specif_form_empl_d": "lien_formation_emploi",
}
LAYOUTS = {
    2020: ["annee", "rome", "libfap", "cbassin", "lib_bassin_bmo19", "oee", "defm_abc", "ind_tension_d", *COMPONENTS],
    2021: ["annee", "ROME", "cbassin", "oee", "defm_abc", "ind_tension_d", *COMPONENTS],
}
LEXICON = ["CODE_COMMUNE_INSEE", "REG_CREDOC", "REG", "DEP", "CCOMMUNE", "NOMCOM", "BE19", "NOMBE19"]
PROVENANCE = {
    "public_copy": "StartupsPoleEmploi/mobiville : indicateurs de tension du service Mobiville de Pôle emploi",
    "public_copy_en": "StartupsPoleEmploi/mobiville: tension indicators of Pôle emploi's Mobiville service",
}


def _kind(path: Path) -> int | str | None:
    if path.suffix.lower() != ".csv":
        return None
    found = header(path, ";")
    for year, columns in LAYOUTS.items():
        if found == columns:
            return year
    return "lexicon" if header(path, ",") == LEXICON else None


def recognise(path: Path) -> bool:
    return _kind(path) is not None


def _class(text: str, path: Path, line: int, column: str) -> float | None:
    value = number(text, path, line, column, decimal_comma=True)
    if value is not None and value not in (1, 2, 3, 4, 5):
        raise SourceFileError(path, f"classe hors de 1 à 5 : {text[:10]}", row=line, column=column)
    return value


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    kind = _kind(path)
    if kind is None:
        raise SourceFileError(path, "colonnes inattendues (indicateurs de tension par bassin attendus)", row=1)
    source = dict(
        id=ID,
        name="Indicateurs de tension par métier et bassin d'emploi (2020, 2021)",
        name_en="Tension indicators by job and employment area (2020, 2021)",
        publisher="France Travail (Pôle emploi), service Mobiville",
        url=URL,
        licence="Licence Ouverte 2.0",
        vintage="indicateurs 2020 et 2021, métiers ROME × bassins d'emploi 2019",
        vintage_en="2020 and 2021 indicators, ROME jobs × 2019 employment areas",
        covers=["tensions par métier ROME et bassin d'emploi"],
    )
    if not isinstance(kind, int):  # the lexicon
        return ConnectorResult(source=source, notes=[f"{path.name} : correspondance 2019, non utilisée"])
    records, labels = [], {}
    for line, row in rows(path, LAYOUTS[kind], delimiter=";"):
        if row["annee"] != str(kind):
            raise SourceFileError(path, f"année « {row['annee'][:6]} » au lieu de {kind}", row=line, column="annee")
        rome = row.get("rome") or row.get("ROME")
        if not rome or len(rome) != 5:
            raise SourceFileError(path, f"code ROME invalide « {str(rome)[:8]} »", row=line, column="rome")
        if not row["cbassin"].isdigit():
            raise SourceFileError(path, f"code de bassin invalide « {row['cbassin'][:8]} »", row=line, column="cbassin")
        record = {
            "year": kind,
            "rome": rome,
            "bassin": bassin_code(row["cbassin"]),
            "offres": number(row["oee"], path, line, "oee", decimal_comma=True),
            "demandeurs_abc": number(row["defm_abc"], path, line, "defm_abc", decimal_comma=True),
            "classe": _class(row["ind_tension_d"], path, line, "ind_tension_d"),
        }
        for column, key in COMPONENTS.items():
            record[key] = _class(row[column], path, line, column)
        records.append(record)
        if "libfap" in row:
            labels[rome] = row["libfap"]
    frame = pd.DataFrame(records).sort_values(["year", "rome", "bassin"]).reset_index(drop=True)
    tables = {"tensions_ft": frame}
    if labels:
        tables["rome_labels"] = pd.DataFrame(sorted(labels.items()), columns=["rome", "label"])
    return ConnectorResult(
        source=source,
        tables=tables,
        notes=[
            f"{path.name} : {len(frame)} couples métier × bassin ({frame.rome.nunique()} "
            f"métiers, {frame.bassin.nunique()} bassins), année {kind}"
        ],
    )
