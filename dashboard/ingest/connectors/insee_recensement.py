"""INSEE — "comparateur de territoires": the 2018 census and Filosofi 2019 for every commune.

Archive ``base_cc_comparateur_csv.zip``: ``base_cc_comparateur.CSV`` (``;``,
one row per commune and per municipal arrondissement, geography of 2021) and
its column dictionary. Kept here: active and unemployed people aged 15 to 64
(census definition), jobs at the place of work, median standard of living and
poverty rate (2019). Census counts are estimates with decimals: they add up,
so every rate is a ratio of sums (computed at build time for larger areas).

Traps handled here: Paris, Lyon and Marseille appear whole and by arrondissement
(kept on their own levels, never added together); communes merged or recoded
since 2021 are found through the COG's history (delegated communes and former
codes) and added into the current commune (counts only: a median or a poverty
rate does not add up, so a merged commune has none); a commune re-created
since 2021 has no figure of its own, and the commune it was part of carries
the figure of its 2021 territory, so neither is shown as the current commune's
(status ``former_territory``: the value still counts in the larger areas, then
the site withholds it); Mayotte has no value; a blank is a withheld or missing
value, never 0.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pandas as pd

from ...domain.indicators import CATALOGUE
from ..exact import decimal_sum
from . import ConnectorResult, ParseContext, SourceFileError, observations_frame
from .csvfile import number

ID = "insee_recensement"
URL = "https://www.insee.fr/fr/statistiques/2521169"
DATA, META = "base_cc_comparateur.CSV", "meta_base_cc_comparateur.CSV"
POPULATION = "P18_POP"
COUNTS = {"P18_ACT1564": "actifs_1564", "P18_CHOM1564": "chomeurs_1564", "P18_EMPLT": "emplois"}
PER_COMMUNE = {"MED19": ("revenu_median", "2019"), "TP6019": ("taux_pauvrete", "2019")}
CENSUS_YEAR = "2018"
_COMMUNE = re.compile(r"^\d[0-9AB]\d{3}$")
PROVENANCE = {
    "public_copy": "klopstock-dviz/dataviz_elections, commit dc58628 : copie de l'archive officielle du comparateur "
    "de territoires (édition 2022)",
    "public_copy_en": "klopstock-dviz/dataviz_elections, commit dc58628: copy of the official archive of the "
    "territory comparison tool (2022 edition)",
}


def recognise(path: Path) -> bool:
    if path.suffix.lower() != ".zip":
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return DATA in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    try:
        with zipfile.ZipFile(path) as archive:
            if DATA not in archive.namelist():
                raise SourceFileError(path, f"« {DATA} » absent de l'archive")
            text = archive.read(DATA).decode("utf-8-sig")
    except (zipfile.BadZipFile, OSError) as exc:
        raise SourceFileError(path, f"archive illisible ({exc.__class__.__name__})") from None
    except UnicodeDecodeError as exc:
        raise SourceFileError(path, f"{DATA} : encodage illisible à l'octet {exc.start}") from None
    reader = csv.reader(io.StringIO(text), delimiter=";")
    header = next(reader, [])
    return header, list(reader)


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    header, body = _read(path)
    needed = ["CODGEO", POPULATION, *COUNTS, *PER_COMMUNE]
    missing = [c for c in needed if c not in header]
    if missing:
        raise SourceFileError(path, f"{DATA} : colonnes absentes {missing}", row=1)
    at = {name: header.index(name) for name in needed}
    places = context.territories
    communes = set(places.loc[places.level == "commune", "code"])
    arrondissements = set(places.loc[places.level == "arrondissement", "code"])
    parts: dict[tuple[str, str], list[dict]] = {}
    unplaced = []
    for line, row in enumerate(body, start=2):
        if not row:
            continue
        if len(row) != len(header):
            raise SourceFileError(path, f"{DATA} : {len(row)} champs au lieu de {len(header)}", row=line)
        code = row[at["CODGEO"]].strip()
        if not _COMMUNE.match(code):
            raise SourceFileError(path, f"{DATA} : code commune invalide « {code[:12]} »", row=line, column="CODGEO")
        values = {c: number(row[at[c]].strip(), path, line, c) for c in (POPULATION, *COUNTS, *PER_COMMUNE)}
        negative = [c for c, v in values.items() if v is not None and v < 0]
        if negative:
            raise SourceFileError(path, f"{DATA} : valeur négative", row=line, column=negative[0])
        if code in arrondissements:
            target = ("arrondissement", code)
        elif code in communes:
            target = ("commune", code)
        elif context.former_codes.get(code) in communes:
            target = ("commune", context.former_codes[code])
        else:
            unplaced.append((code, values["P18_ACT1564"]))
            continue
        parts.setdefault(target, []).append(values)
    recreated = _recreated(parts, places)
    records: list[tuple[str, str, str, str, float | None, str]] = []
    for (level, code), rows in parts.items():
        merged = len(rows) > 1
        wider = level == "commune" and code in recreated.values()
        for column, indicator in COUNTS.items():
            found = [r[column] for r in rows]
            if all(v is not None for v in found):
                status = "former_territory" if wider else ("derived" if merged else "ok")
                records.append((indicator, level, code, CENSUS_YEAR, decimal_sum(found), status))
            else:
                records.append((indicator, level, code, CENSUS_YEAR, None, "na"))
        surveyed = any(r[c] is not None for r in rows for c in COUNTS)
        for column, (indicator, year) in PER_COMMUNE.items():
            value = rows[0][column] if not (merged or wider) else None
            # A blank is withheld by the producer, except where the commune has no figure at all (Mayotte).
            if wider:
                status = "former_territory"
            else:
                status = "ok" if value is not None else ("secret" if surveyed and not merged else "na")
            records.append((indicator, level, code, year, value, status))
    for code in recreated:
        for indicator, year in [*((i, CENSUS_YEAR) for i in COUNTS.values()), *PER_COMMUNE.values()]:
            records.append((indicator, "commune", code, year, None, "former_territory"))
    frame = pd.DataFrame(records, columns=["indicator", "level", "code", "period", "value", "status"])
    frame = frame.assign(breakdown="total", breakdown_value="total")
    merged_count = sum(1 for rows in parts.values() if len(rows) > 1)
    lost = sum(v or 0 for _, v in unplaced)
    notes = [
        f"{sum(1 for k in parts if k[0] == 'commune')} communes et "
        f"{sum(1 for k in parts if k[0] == 'arrondissement')} arrondissements municipaux",
        f"{merged_count} communes actuelles réunissent plusieurs communes du fichier (effectifs additionnés, "
        "médiane et taux de pauvreté non disponibles)",
    ]
    if recreated:
        notes.append(
            f"{len(recreated)} communes rétablies depuis 2021, comptées dans la commune dont elles faisaient partie "
            "(chiffres de ces deux communes non publiés, comptés dans les territoires plus grands) : "
            + ", ".join(f"{c} ← {p or 'commune d’origine non identifiée'}" for c, p in sorted(recreated.items()))
        )
    if unplaced:
        notes.append(
            f"{len(unplaced)} anciennes communes sans correspondance dans le code officiel géographique "
            f"actuel ({round(lost)} actifs de 15 à 64 ans), absentes des totaux : "
            + ", ".join(sorted(c for c, _ in unplaced))
        )
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Recensement de la population 2018 et revenus 2019 (comparateur de territoires)",
            name_en="2018 population census and 2019 incomes (territory comparison tool)",
            publisher="INSEE ; INSEE-DGFiP (Filosofi) pour les revenus",
            publisher_en="INSEE; INSEE-DGFiP (Filosofi) for incomes",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage="recensement 2018 et Filosofi 2019, édition 2022, géographie au 1er janvier 2021",
            vintage_en="2018 census and Filosofi 2019, 2022 edition, geography of 1 January 2021",
            covers=["taux_chomage_rp, actifs_1564, chomeurs_1564, emplois, revenu_median, taux_pauvrete"],
        ),
        observations=observations_frame(frame, ID),
        # Every level: the build derives the larger areas from these communes again.
        covers={
            (i, lvl)
            for i in [*COUNTS.values(), "taux_chomage_rp", "revenu_median", "taux_pauvrete"]
            for lvl in CATALOGUE[i].level_list
        },
        notes=notes,
    )


def _recreated(parts: dict[tuple[str, str], list[dict]], places: pd.DataFrame) -> dict[str, str | None]:
    """Current communes that no row of the file reaches (re-created since 2021) -> the commune they were part of.

    The COG keeps no record of a re-creation, so the former commune is the one of the same département that
    shares a postcode with it and whose 2018 population (2021 territory) exceeds its population today by at
    least half of the re-created commune's and by a tenth of its own (a natural decline is smaller). A
    re-created commune whose former commune is not found this way still has no figure of its own.
    """
    communes = places[(places.level == "commune") & places.zone.isin(["metro", "drom"])]
    communes = communes[~communes.departement.astype(str).eq("976")]  # Mayotte: not in the census file
    reached = {code for level, code in parts if level == "commune"}
    census_population = {
        code: sum(r[POPULATION] or 0 for r in rows) for (level, code), rows in parts.items() if level == "commune"
    }
    by_code = communes.set_index("code")
    found: dict[str, str | None] = {}
    for row in communes[~communes.code.isin(reached)].itertuples():
        postcodes = set(str(row.postcodes or "").split())
        candidates = []
        for other in by_code[by_code.departement == row.departement].itertuples():
            if other.Index not in reached or not postcodes & set(str(other.postcodes or "").split()):
                continue
            excess = census_population[other.Index] - float(other.population or 0)
            if excess >= max(0.5 * float(row.population or 0), 0.1 * float(other.population or 0)):
                candidates.append((excess, other.Index))
        found[row.code] = max(candidates)[1] if candidates else None
    return found
