"""DARES — demandeurs d'emploi par commune (dataset ``dares_defm_communales-brutes``, CSV export).

``;`` separator, UTF-8 with BOM; headers are the field names or their French
labels (``use_labels=true``). Fourth quarters only, category ABC, by sex or
age band; counts rounded to 5; an empty count is a secret value.
Traps handled here: Paris, Lyon and Marseille appear whole and by
arrondissement (kept on their own levels, never summed together); rows whose
``code_commune`` is ``Total`` are national totals; a series break in 2025.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from . import ConnectorResult, ParseContext, SourceFileError

ID = "dares_defm_communes"
URL = "https://dares.travail-emploi.gouv.fr/donnees/demandeurs-demploi-inscrits-a-france-travail"
FIELDS = [
    "date",
    "code_region",
    "region",
    "code_departement",
    "departement",
    "code_commune",
    "commune",
    "type_de_donnees",
    "categorie",
    "sexe",
    "tranche_d_age",
    "nombre_de_demandeurs_d_emploi",
]
LABELS = [
    "Date",
    "Code région",
    "Région",
    "Code département",
    "Département",
    "Code commune",
    "Commune",
    "Type de données",
    "Catégorie",
    "Sexe",
    "Tranche d'âge",
    "Nombre de demandeurs d'emploi",
]
SEXES = {"Total": None, "Hommes": "hommes", "Femmes": "femmes"}
AGES = {"Total": None, "Moins de 25 ans": "moins_25", "De 25 à 49 ans": "25_49", "50 ans et plus": "50_plus"}
SERIES_BREAK = "2025"
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-\d{2})?|-[TQ]([1-4]))?$")
_COMMUNE = re.compile(r"^\d[0-9AB]\d{3}$")
DOWNLOADS = [
    (
        "https://data.dares.travail-emploi.gouv.fr/api/explore/v2.1/catalog/datasets/"
        "dares_defm_communales-brutes/exports/csv?use_labels=true",
        "dares_defm_communales-brutes.csv",
    )
]


def _normalise(name: str) -> str:
    return name.strip().replace("\u2019", "'")


def _header(path: Path) -> list[str] | None:
    try:
        with path.open(encoding="utf-8-sig") as fh:
            first = fh.readline()
    except (OSError, UnicodeDecodeError):
        return None
    return [_normalise(c) for c in first.rstrip("\r\n").split(";")]


def recognise(path: Path) -> bool:
    if path.suffix.lower() != ".csv":
        return False
    header = _header(path) or []
    return header[: len(FIELDS)] in (FIELDS, LABELS)


def _period(text: str, path: Path, line: int) -> str:
    m = _DATE.match(text.strip())
    if not m:
        raise SourceFileError(path, f"date illisible « {text[:20]} »", row=line, column="date")
    year, month, quarter = m.group(1), m.group(2), m.group(3)
    q = int(quarter) if quarter else (4 if month is None else (int(month) - 1) // 3 + 1)
    if q != 4:
        raise SourceFileError(
            path, f"trimestre {q} inattendu : le fichier ne publie que des 4es trimestres", row=line, column="date"
        )
    return f"{year}-T4"


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    header = _header(path)
    if header is None:
        raise SourceFileError(path, "fichier illisible (encodage UTF-8 attendu)")
    if header[: len(FIELDS)] not in (FIELDS, LABELS):
        raise SourceFileError(path, f"colonnes inattendues {header[:4]}… (attendu : {', '.join(FIELDS)})", row=1)
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.reader(io.StringIO(text), delimiter=";")
    next(reader)
    places = context.territories
    arrondissements = set(places.loc[places.level == "arrondissement", "code"])
    communes = set(places.loc[places.level == "commune", "code"])
    records, crossed, unknown = [], 0, set()
    for line, row in enumerate(reader, start=2):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(FIELDS):
            raise SourceFileError(path, f"{len(row)} champs au lieu de {len(FIELDS)}", row=line)
        cells = dict(zip(FIELDS, (c.strip() for c in row)))
        if "brut" not in cells["type_de_donnees"].lower():
            raise SourceFileError(
                path,
                f"type de données « {cells['type_de_donnees'][:30]} » (brutes attendues)",
                row=line,
                column="type_de_donnees",
            )
        if cells["categorie"].replace(" ", "").replace(",", "") != "ABC":
            raise SourceFileError(
                path, f"catégorie « {cells['categorie'][:10]} » (ABC attendue)", row=line, column="categorie"
            )
        if cells["sexe"] not in SEXES:
            raise SourceFileError(path, f"sexe « {cells['sexe'][:20]} » inconnu", row=line, column="sexe")
        if cells["tranche_d_age"] not in AGES:
            raise SourceFileError(
                path, f"tranche d'âge « {cells['tranche_d_age'][:20]} » inconnue", row=line, column="tranche_d_age"
            )
        sex, age = SEXES[cells["sexe"]], AGES[cells["tranche_d_age"]]
        if sex and age:
            crossed += 1  # sex × age cells: not shown by this site
            continue
        breakdown, value_key = ("sexe", sex) if sex else (("age", age) if age else ("total", "total"))
        period = _period(cells["date"], path, line)
        raw = cells["nombre_de_demandeurs_d_emploi"]
        if raw == "":
            value, status = None, "secret"
        else:
            try:
                value, status = float(raw.replace(" ", "").replace(",", ".")), "ok"
            except ValueError:
                raise SourceFileError(
                    path, f"nombre illisible « {raw[:20]} »", row=line, column="nombre_de_demandeurs_d_emploi"
                ) from None
        code = cells["code_commune"]
        if code == "Total":
            level, target = "pays", "FR"
        elif not _COMMUNE.match(code):
            raise SourceFileError(path, f"code commune invalide « {code[:12]} »", row=line, column="code_commune")
        elif code in arrondissements:
            level, target = "arrondissement", code
        else:
            level, target = "commune", code if code in communes else context.former_codes.get(code, "")
            if target not in communes:
                unknown.add(code)
                continue
        records.append((level, target, period, breakdown, value_key, value, status))
    if not records:
        raise SourceFileError(path, "aucune ligne exploitable")
    frame = pd.DataFrame(
        records, columns=["level", "code", "period", "breakdown", "breakdown_value", "value", "status"]
    )
    # Former communes merged since: their counts add up into the current commune; a secret part makes it secret.
    grouped = frame.groupby(["level", "code", "period", "breakdown", "breakdown_value"], as_index=False).agg(
        value=("value", lambda v: v.sum(min_count=1)),
        status=("status", lambda s: "secret" if (s == "secret").any() else "ok"),
    )
    grouped.loc[grouped.status == "secret", "value"] = None
    grouped["indicator"], grouped["source"] = "demandeurs_abc", ID
    periods = sorted(grouped.period.unique())
    notes = [
        f"{len(grouped)} valeurs, {grouped.code.nunique()} territoires, {periods[0]} à {periods[-1]}",
        f"{(grouped.status == 'secret').sum()} valeurs secrètes (vides dans le fichier)",
    ]
    if crossed:
        notes.append(f"{crossed} lignes croisant sexe et âge ignorées")
    if unknown:
        notes.append(f"{len(unknown)} codes communes inconnus ignorés : {', '.join(sorted(unknown)[:8])}")
    breaks = [p for p in periods if p >= SERIES_BREAK]
    if breaks:
        notes.append(
            f"rupture de série en {SERIES_BREAK} : les valeurs à partir de {breaks[0]} ne sont pas "
            "comparables aux précédentes"
        )
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Demandeurs d'emploi inscrits à France Travail par commune (4es trimestres)",
            name_en="Jobseekers registered with France Travail by commune (fourth quarters)",
            publisher="DARES / France Travail",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage=f"données brutes, {periods[0]} à {periods[-1]}, arrondies à 5",
            vintage_en=f"raw data, {periods[0]} to {periods[-1]}, rounded to 5",
            breaks=[f"{SERIES_BREAK}-T1"],
            covers=["demandeurs_abc (communes, arrondissements, France)"],
        ),
        observations=grouped,
        covers={("demandeurs_abc", "commune"), ("demandeurs_abc", "arrondissement"), ("demandeurs_abc", "pays")},
        notes=notes,
    )
