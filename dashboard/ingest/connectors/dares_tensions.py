"""DARES — labour-market tension indicators by job family, 2019 (and the national trend 2011–2019).

Files of DARES's own repository ``StatDares/PortraitStatMetiers``:
``tensions.csv`` (tension and its six components, classes 1 to 5, by FAP 225
and FAP 87 job family, nationally, by region and by département),
``evol_tensions.csv`` (national tension by job family, 2011–2019) and
``fap225_rome.csv`` (FAP 2009 ↔ ROME, Windows-1252). Traps handled here: the
level column holds both ``reg`` and ``reg `` (trailing space); region codes are
written as numbers (``11.0``); blank classes where DARES publishes none.
``serie_demandeurs_emploi_A_ABC.csv`` is recognised and not used.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ...domain.levels import COUNTRY
from . import ConnectorResult, ParseContext, SourceFileError
from .csvfile import header, number, rows

ID = "dares_tensions"
URL = "https://dares.travail-emploi.gouv.fr/publication/les-tensions-sur-le-marche-du-travail-en-2019"
COMPONENTS = {
    "Intensité d'embauches": "intensite_embauches",
    "Lien formation-emploi": "lien_formation_emploi",
    "Manque de main-d'œuvre disponible": "manque_main_oeuvre",
    "Non-durabilité de l'emploi": "non_durabilite",
    "Conditions de travail contraignantes": "conditions_travail",
    "Inadéquation géographique": "inadequation_geographique",
}
TENSIONS = [
    "fap",
    "Emploi moyen",
    "Tension",
    "Catégorie Tension",
    *COMPONENTS,
    "Année",
    "niveau_geo",
    "niveau_fap",
    "reg",
    "dep",
]
EVOLUTION = ["fap", "Tension", "Année"]
FAP_ROME = ["Fap", "Rome", "intitule_rome"]
UNUSED = ['"Fap3"', '"Annee"', '"Effectifs"', '"Categorie"']
LEVELS = {"nat": "pays", "reg": "region", "dep": "departement"}
_FAP = re.compile(r"^[A-Z]\d[A-Z](\d{2})?$")
PROVENANCE = {
    "public_copy": "StatDares/PortraitStatMetiers (dépôt de la DARES), commit 3d7e055",
    "public_copy_en": "StatDares/PortraitStatMetiers (DARES's repository), commit 3d7e055",
}


def _kind(path: Path) -> str | None:
    if path.suffix.lower() != ".csv":
        return None
    comma = header(path, ",") or []
    if comma == TENSIONS:
        return "tensions"
    if comma == EVOLUTION:
        return "evolution"
    if (header(path, ";", "cp1252") or []) == FAP_ROME:
        return "fap_rome"
    line = (path.read_bytes()[:60]).decode("latin-1")
    return "unused" if line.startswith(",".join(UNUSED)) else None


def recognise(path: Path) -> bool:
    return _kind(path) is not None


def _class(text: str, path: Path, line: int, column: str) -> float | None:
    value = number(text, path, line, column)
    if value is not None and (value not in (1, 2, 3, 4, 5)):
        raise SourceFileError(path, f"classe hors de 1 à 5 : {text[:10]}", row=line, column=column)
    return value


def _tensions(path: Path, context: ParseContext) -> pd.DataFrame:
    places = context.territories
    known = {level: set(places.loc[places.level == level, "code"]) for level in ("region", "departement")}
    out = []
    for line, row in rows(path, TENSIONS):
        if not _FAP.match(row["fap"]):
            raise SourceFileError(path, f"code FAP invalide « {row['fap'][:8]} »", row=line, column="fap")
        level = LEVELS.get(row["niveau_geo"].strip())
        if level is None:
            raise SourceFileError(path, f"niveau « {row['niveau_geo'][:8]} » inconnu", row=line, column="niveau_geo")
        if level == "pays":
            code = COUNTRY
        else:
            raw = row["reg" if level == "region" else "dep"]
            value = number(raw, path, line, "reg") if level == "region" else None
            code = f"{int(value):02d}" if value is not None else raw
            if code not in known[level]:
                raise SourceFileError(path, f"{level} inconnu « {raw[:8]} »", row=line, column="reg/dep")
        record = {
            "fap": row["fap"],
            "nomenclature": row["niveau_fap"].replace("fap ", "FAP "),
            "level": level,
            "code": code,
            "year": int(row["Année"]),
            "emploi_moyen": number(row["Emploi moyen"], path, line, "Emploi moyen"),
            "tension": number(row["Tension"], path, line, "Tension"),
            "classe": _class(row["Catégorie Tension"], path, line, "Catégorie Tension"),
        }
        for column, key in COMPONENTS.items():
            record[key] = _class(row[column], path, line, column)
        out.append(record)
    return pd.DataFrame(out).sort_values(["nomenclature", "fap", "level", "code"]).reset_index(drop=True)


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    kind = _kind(path)
    if kind is None:
        raise SourceFileError(path, "colonnes inattendues (fichiers de tensions de la DARES attendus)", row=1)
    tables, notes = {}, []
    if kind == "tensions":
        tables["tensions_dares"] = frame = _tensions(path, context)
        notes.append(
            f"{path.name} : {len(frame)} lignes, {frame.fap.nunique()} familles professionnelles, "
            f"{frame.classe.isna().sum()} sans classe de tension publiée"
        )
    elif kind == "evolution":
        records = [
            {"fap": r["fap"], "year": int(r["Année"]), "tension": number(r["Tension"], path, line, "Tension")}
            for line, r in rows(path, EVOLUTION)
        ]
        tables["tensions_dares_evolution"] = pd.DataFrame(records).sort_values(["fap", "year"]).reset_index(drop=True)
        notes.append(f"{path.name} : tension nationale de {len(records)} couples métier × année")
    elif kind == "fap_rome":
        records = [
            {"fap": r["Fap"], "rome": r["Rome"], "rome_label": r["intitule_rome"]}
            for _, r in rows(path, FAP_ROME, delimiter=";", encoding="cp1252")
            if r["Rome"] != "NA"
        ]
        tables["fap_rome"] = pd.DataFrame(records).sort_values(["fap", "rome"]).reset_index(drop=True)
        notes.append(f"{path.name} : {len(records)} correspondances FAP 2009 ↔ ROME")
    else:
        notes.append(f"{path.name} : non utilisé")
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Tensions sur le marché du travail par métier (2019)",
            name_en="Labour-market tensions by job (2019)",
            publisher="DARES",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage="indicateurs de tension 2019 ; évolution nationale 2011–2019",
            vintage_en="2019 tension indicators; national trend 2011–2019",
            covers=["tensions par famille professionnelle (France, régions, départements)"],
        ),
        tables=tables,
        notes=notes,
    )
