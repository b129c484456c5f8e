"""InserJeunes by apprentice training centre (CFA): what becomes of apprentices, six cumulated vintages.

File ``fr-en-inserjeunes-cfa.csv`` (data.education.gouv.fr, Ministry of Education and DARES), ``;`` with a
BOM. One row per centre (UAI) and vintage (``cumul 2018-2019`` … ``cumul 2023-2024``): the shares still
studying, in employment and elsewhere 6 months after leaving, the employment rates at 6, 12, 18 and 24
months, the rate expected given the centre's trainees and area, the value added (actual minus expected), and
the share of apprenticeship contracts broken off. A blank means too few leavers to publish: it stays missing,
never 0. The centre's département is read from its UAI (``033…`` Gironde, ``620…``/``720…`` Corse-du-Sud and
Haute-Corse, ``974…`` La Réunion), its région from the file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ...text import fold
from . import ConnectorResult, ParseContext, SourceFileError
from .csvfile import header, number, rows

ID = "inserjeunes"
URL = "https://data.education.gouv.fr/explore/dataset/fr-en-inserjeunes-cfa/"
COLUMNS = [
    "Année",
    "UAI",
    "Libellé",
    "Région",
    "DEVENIR Part poursuite études",
    "DEVENIR Part en emploi 6 mois",
    "DEVENIR Part autre situation 6 mois",
    "Part contrats apprentissage interrompus",
    "Taux poursuite études",
    "Taux emploi 6 mois",
    "Taux emploi 6 mois attendu",
    "VA emploi 6 mois",
    "Taux emploi 12 mois",
    "Taux emploi 18 mois",
    "Taux emploi 24 mois",
    "num_ligne",
]
# File column -> table column (percentages, or points for the value added).
FIGURES = {
    "DEVENIR Part poursuite études": "share_studying",
    "DEVENIR Part en emploi 6 mois": "share_employed_6m",
    "DEVENIR Part autre situation 6 mois": "share_other_6m",
    "Part contrats apprentissage interrompus": "broken_contracts",
    "Taux poursuite études": "study_rate",
    "Taux emploi 6 mois": "employment_6m",
    "Taux emploi 6 mois attendu": "expected_6m",
    "VA emploi 6 mois": "value_added_6m",
    "Taux emploi 12 mois": "employment_12m",
    "Taux emploi 18 mois": "employment_18m",
    "Taux emploi 24 mois": "employment_24m",
}
_UAI = re.compile(r"^\d{7}[A-Z]\Z")
_VINTAGE = re.compile(r"^cumul (\d{4})-(\d{4})\Z")
CORSICA = {"620": "2A", "720": "2B"}
PROVENANCE = {
    "public_copy": "HugoSRagain/AnalyseCFA-DonneesInserJeunes, commit 21ffc06 : copie du jeu "
    "« fr-en-inserjeunes-cfa » de data.education.gouv.fr",
    "public_copy_en": "HugoSRagain/AnalyseCFA-DonneesInserJeunes, commit 21ffc06: a copy of data.education.gouv.fr's "
    "“fr-en-inserjeunes-cfa” dataset",
}


def recognise(path: Path) -> bool:
    return path.suffix.lower() == ".csv" and header(path, ";") == COLUMNS


_SMALL_WORDS = {"de", "du", "des", "la", "le", "les", "et", "en", "à", "au", "aux", "sur", "sous", "pour", "par"}
_ELIDED = re.compile(r"^(d|l|qu)['’](.+)$")


def proper_case(name: str) -> str:
    """A name the file writes all in lower case, written as a name: "école supérieure des pays de la loire" ->
    "École supérieure des Pays de la Loire" is out of reach without a dictionary, so each word but the small ones
    takes a capital ("École Supérieure des Pays de la Loire"); a name with any capital is kept as written."""
    if name != name.lower():
        return name
    words = []
    for i, word in enumerate(name.split(" ")):
        elided = _ELIDED.match(word)
        if elided:
            words.append(f"{elided.group(1)}'{_capital(elided.group(2))}")
        elif i and word in _SMALL_WORDS:
            words.append(word)
        else:
            words.append("-".join(_capital(part) for part in word.split("-")))
    return " ".join(words)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def departement_of(uai: str) -> str:
    """'0332197J' -> '33', '9740001A' -> '974', '6200001A' -> '2A'."""
    prefix = uai[:3]
    if prefix in CORSICA:
        return CORSICA[prefix]
    return prefix if prefix.startswith("97") else prefix[1:]


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    territories = context.territories
    regions = territories[territories.level == "region"]
    region_of = {fold(n): c for n, c in zip(regions.name, regions.code)}
    departements = set(territories.code[territories.level == "departement"])
    records = []
    for line, row in rows(path, COLUMNS, delimiter=";"):
        vintage = _VINTAGE.match(row["Année"])
        if not vintage or int(vintage.group(2)) != int(vintage.group(1)) + 1:
            raise SourceFileError(
                path,
                f"millésime illisible « {row['Année'][:20]} » (attendu : cumul AAAA-AAAA)",
                row=line,
                column="Année",
            )
        uai = row["UAI"].upper()
        if not _UAI.match(uai):
            raise SourceFileError(
                path, f"UAI invalide « {row['UAI'][:12]} » (7 chiffres et une lettre)", row=line, column="UAI"
            )
        departement = departement_of(uai)
        if departement not in departements:
            raise SourceFileError(path, f"département {departement} inconnu pour l'UAI {uai}", row=line, column="UAI")
        region = region_of.get(fold(row["Région"]))
        if region is None:
            raise SourceFileError(path, f"région inconnue « {row['Région'][:40]} »", row=line, column="Région")
        if not row["Libellé"]:
            raise SourceFileError(path, "libellé vide", row=line, column="Libellé")
        record = {
            "vintage": f"{vintage.group(1)}-{vintage.group(2)}",
            "uai": uai,
            "name": proper_case(row["Libellé"]),
            "region": region,
            "departement": departement,
        }
        for column, name in FIGURES.items():
            value = number(row[column], path, line, column)
            low = -100 if name == "value_added_6m" else 0
            if value is not None and not low <= value <= 100:
                raise SourceFileError(path, f"valeur hors de [{low}, 100] : {value:g}", row=line, column=column)
            record[name] = value
        if record["share_studying"] is None:
            # 2018-19 and 2019-20 give the share still studying only under its other name.
            record["share_studying"] = record["study_rate"]
        records.append(record)
    if not records:
        raise SourceFileError(path, "aucune ligne de données")
    frame = pd.DataFrame(records)
    duplicated = frame.duplicated(["vintage", "uai"])
    if duplicated.any():
        first = frame[duplicated].iloc[0]
        raise SourceFileError(path, f"centre {first.uai} présent deux fois pour {first.vintage}")
    frame = frame.sort_values(["uai", "vintage"]).reset_index(drop=True)
    vintages = sorted(frame.vintage.unique())
    return ConnectorResult(
        source=dict(
            id=ID,
            name="InserJeunes, devenir des apprentis par centre de formation (CFA)",
            name_en="InserJeunes, what becomes of apprentices by training centre (CFA)",
            publisher="Ministère de l'Éducation nationale et DARES",
            publisher_en="Ministry of Education and DARES",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage=f"cumuls {vintages[0]} à {vintages[-1]}",
            vintage_en=f"cumulated vintages {vintages[0]} to {vintages[-1]}",
            covers=["insertion des apprentis par CFA"],
        ),
        tables={"inserjeunes": frame},
        notes=[
            f"{frame.uai.nunique()} centres, {len(frame)} lignes ({len(vintages)} millésimes), "
            f"{int(frame.employment_6m.notna().sum())} taux d'emploi à 6 mois publiés"
        ],
    )
