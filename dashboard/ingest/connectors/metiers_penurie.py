"""The official list of shortage occupations by region (order of 1 March 2024).

File ``metiers_en_tension_mars_2024.csv``: ``Region, Famille Professionnelle,
Code FAP`` (FAP 2009 codes); ``France Entière`` for the national list. Region
names are matched to their codes whatever their accents.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ...domain.levels import COUNTRY
from ...text import fold
from . import ConnectorResult, ParseContext, SourceFileError
from .csvfile import header, rows

ID = "metiers_penurie"
COLUMNS = ["Region", "Famille Professionnelle", "Code FAP"]
URL = "https://www.legifrance.gouv.fr/"
NATIONAL = "France Entière"
_FAP = re.compile(r"^[A-Z]\d[A-Z]\d{2}$")
PROVENANCE = {
    "public_copy": "dataforgoodfr/13_odis, commit 85623e8 : liste de l'arrêté du 1er mars 2024 fixant la liste des "
    "métiers et zones géographiques caractérisés par des difficultés de recrutement",
    "public_copy_en": "dataforgoodfr/13_odis, commit 85623e8: the list of the order of 1 March 2024 on occupations "
    "and areas with recruitment difficulties",
}


def recognise(path: Path) -> bool:
    return path.suffix.lower() == ".csv" and header(path, ",") == COLUMNS


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    regions = context.territories[context.territories.level == "region"]
    by_name = {fold(n): c for n, c in zip(regions.name, regions.code)}
    records = []
    for line, row in rows(path, COLUMNS):
        name = row["Region"]
        code = COUNTRY if name == NATIONAL else by_name.get(fold(name))
        if code is None:
            raise SourceFileError(path, f"région inconnue « {name[:40]} »", row=line, column="Region")
        if not _FAP.match(row["Code FAP"]):
            raise SourceFileError(path, f"code FAP invalide « {row['Code FAP'][:8]} »", row=line, column="Code FAP")
        records.append(
            {
                "level": "pays" if code == COUNTRY else "region",
                "code": code,
                "fap": row["Code FAP"],
                "label": row["Famille Professionnelle"],
            }
        )
    frame = pd.DataFrame(records).drop_duplicates().sort_values(["level", "code", "fap"]).reset_index(drop=True)
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Liste des métiers en tension par région (arrêté du 1er mars 2024)",
            name_en="Shortage occupations by region (order of 1 March 2024)",
            publisher="Ministère du Travail (Journal officiel)",
            publisher_en="Ministry of Labour (Journal officiel)",
            url=URL,
            licence="Licence Ouverte 2.0 (texte officiel)",
            vintage="liste fixée par l'arrêté du 1er mars 2024 (codes FAP 2009)",
            vintage_en="list set by the order of 1 March 2024 (FAP 2009 codes)",
            covers=["métiers en tension par région"],
        ),
        tables={"metiers_penurie": frame},
        notes=[f"{len(frame)} métiers × régions ({frame.code.nunique()} listes, dont la liste nationale)"],
    )
