"""DARES — the FAP 2021 job-family nomenclature: ROME job × qualification → FAP 2021 family.

File ``Dares_Table_passage_ROME_Qualif_to_FAP2021_pour_programme.csv`` (Windows-1252,
``;``, CRLF): ``ROME;Intitule_ROME;Qualif;FAP341;Intitule_FAP341``, one row per ROME v3
code (532) and qualification (0 to 9). The first five characters of a FAP341 code are the
FAP 2021 code that the BMO survey uses from 2024 (``V0X60c`` → ``V0X60``). A ROME code can
lead to several families depending on qualification. It lets the ROME × bassin tension
indicators reach the FAP 2021 jobs (payloads/jobs.py says how they are combined).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from . import ConnectorResult, ParseContext, SourceFileError
from .csvfile import header, rows

ID = "dares_fap2021"
URL = "https://dares.travail-emploi.gouv.fr/"  # DARES publishes the FAP 2021 tables on its site (page not recorded)
COLUMNS = ["ROME", "Intitule_ROME", "Qualif", "FAP341", "Intitule_FAP341"]
ENCODING = "cp1252"
_ROME = re.compile(r"^[A-N]\d{4}$")
_FAP341 = re.compile(r"^[A-Z][0-9A-Z][A-Z]\d{2}[a-z]?$")
PROVENANCE = {
    "public_copy": "gtm-innovation/emploi-ia, commit 7c9f8a8 (copie publique du fichier de la DARES pour programmes)",
    "public_copy_en": "gtm-innovation/emploi-ia, commit 7c9f8a8 (public copy of DARES's file for programs)",
}


def recognise(path: Path) -> bool:
    return path.suffix.lower() == ".csv" and header(path, ";", ENCODING) == COLUMNS


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    if not recognise(path):
        raise SourceFileError(path, "colonnes inattendues (table ROME × qualification → FAP 2021 attendue)", row=1)
    records, seen = [], set()
    for line, row in rows(path, COLUMNS, delimiter=";", encoding=ENCODING):
        rome, qualif, fap = row["ROME"], row["Qualif"], row["FAP341"]
        if not _ROME.match(rome):
            raise SourceFileError(path, f"code ROME invalide « {rome[:8]} »", row=line, column="ROME")
        if qualif not in tuple("0123456789"):
            raise SourceFileError(path, f"qualification hors de 0 à 9 : « {qualif[:4]} »", row=line, column="Qualif")
        if not _FAP341.match(fap):
            raise SourceFileError(path, f"code FAP 2021 invalide « {fap[:8]} »", row=line, column="FAP341")
        if (rome, qualif) in seen:
            raise SourceFileError(path, f"couple {rome} × {qualif} donné deux fois", row=line, column="ROME")
        seen.add((rome, qualif))
        records.append(
            {
                "rome": rome,
                "rome_label": row["Intitule_ROME"],
                "qualif": int(qualif),
                "fap341": fap,
                "fap": fap[:5],
                "fap341_label": row["Intitule_FAP341"],
            }
        )
    if not records:
        raise SourceFileError(path, "aucune ligne de correspondance", row=2)
    table = pd.DataFrame(records).sort_values(["fap", "rome", "qualif"]).reset_index(drop=True)
    several = int((table.groupby("rome").fap.nunique() > 1).sum())
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Table de passage ROME × qualification → familles professionnelles FAP 2021",
            name_en="ROME × qualification → FAP 2021 job families correspondence",
            publisher="DARES",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage="FAP 2021, ROME v3",
            vintage_en="FAP 2021, ROME v3",
            covers=["correspondance des métiers ROME vers les familles FAP 2021"],
        ),
        tables={"fap2021_rome": table},
        notes=[
            f"{path.name} : {len(table)} couples ROME × qualification, {table.rome.nunique()} codes ROME, "
            f"{table.fap.nunique()} familles FAP 2021 (5 caractères) ; {several} codes ROME mènent à plusieurs "
            "familles selon la qualification"
        ],
    )
