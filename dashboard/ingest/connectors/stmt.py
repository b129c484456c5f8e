"""France Travail, STMT — job seekers registered at the end of each month, categories A to E.

File ``stmt_demandeurs_fin_de_mois_2020-2024.csv``: ``codgeo, YEAR,
Demandeurs_Emploi`` in long format, January 2020 to December 2024, for the
communes of 5,000 inhabitants or more (``01053``), the départements (``33``,
``971``) and the regions (``reg75``). Traps handled here:

- the category is not written in the file: the figures are **all categories,
  A to E** (the départements sum to 6.23 million in December 2024, far above
  the 5.5 million in A, B, C), never to be labelled "ABC";
- exact duplicate rows (dropped), and a few communes given two different values
  for the same month (an extraction fault upstream: neither is shown, the cell
  becomes ``conflict``);
- seven pairs of communes given the very same monthly series, most often a small commune whose name is part of a
  larger one's (Mousson, 101 inhabitants, shows Pont-à-Mousson's 1,540 job seekers): the series belongs to
  neither for sure, so both become ``conflict``;
- Provence-Alpes-Côte d'Azur is missing at region level and Yvelines and
  Mayotte at département level: the region is the sum of its départements and
  France (excluding Mayotte) the sum of the regions, marked ``derived``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ...domain.levels import COUNTRY
from ...formatting import format_period
from . import ConnectorResult, ParseContext, SourceFileError, observations_frame
from .csvfile import header, number, rows

ID = "stmt"
COLUMNS = ["codgeo", "YEAR", "Demandeurs_Emploi"]
URL = "https://statistiques.francetravail.org/stmt/defmexp"
MONTHS = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
]
_MONTH = re.compile(r"^([a-z]+)_(\d{4})$")
_COMMUNE = re.compile(r"^\d[0-9AB]\d{3}$")
_REGION = re.compile(r"^reg(\d{2})$")
MAYOTTE_REGION = "06"  # absent from the file at every level: the national sum says "excluding Mayotte"
PROVENANCE = {
    "public_copy": "dataforgoodfr/13_odis, commit 4be56ad : extraction de l'export du site STMT de France Travail "
    "(stmt/defmexp, un fichier par niveau), réunie en un fichier long",
    "public_copy_en": "dataforgoodfr/13_odis, commit 4be56ad: extract of the export of France Travail's STMT site "
    "(stmt/defmexp, one file per level), gathered in one long file",
}


def recognise(path: Path) -> bool:
    return path.suffix.lower() == ".csv" and header(path, ",") == COLUMNS


def _period(text: str, path: Path, line: int) -> str:
    m = _MONTH.match(text)
    if not m or m.group(1) not in MONTHS:
        raise SourceFileError(
            path, f"mois illisible « {text[:20]} » (attendu : janvier_2024…)", row=line, column="YEAR"
        )
    return f"{m.group(2)}-{MONTHS.index(m.group(1)) + 1:02d}"


def _place(
    code: str, context: ParseContext, path: Path, line: int, known: dict[str, set[str]]
) -> tuple[str, str] | None:
    if m := _REGION.match(code):
        if m.group(1) not in known["region"]:
            raise SourceFileError(path, f"région inconnue « {code} »", row=line, column="codgeo")
        return "region", m.group(1)
    if code in known["departement"]:
        return "departement", code
    if _COMMUNE.match(code):
        if code in known["commune"]:
            return "commune", code
        if context.former_codes.get(code) in known["commune"]:
            return "commune", context.former_codes[code]  # filed under a former code (Orée d'Anjou: 49069)
        return None  # a code the COG's history does not know
    raise SourceFileError(path, f"code territorial invalide « {code[:12]} »", row=line, column="codgeo")


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    places = context.territories
    known = {level: set(places.loc[places.level == level, "code"]) for level in ("region", "departement", "commune")}
    cells: dict[tuple[str, str, str], set[float]] = {}
    duplicates, former = 0, set()
    recoded: dict[str, set[str]] = {}
    for line, row in rows(path, COLUMNS):
        place = _place(row["codgeo"], context, path, line, known)
        if place is None:
            former.add(row["codgeo"])
            continue
        if place[1] != row["codgeo"] and not _REGION.match(row["codgeo"]):
            recoded.setdefault(place[1], set()).add(row["codgeo"])
        period = _period(row["YEAR"], path, line)
        value = number(row["Demandeurs_Emploi"], path, line, "Demandeurs_Emploi")
        if value is None or value < 0 or value != int(value):
            raise SourceFileError(
                path, f"effectif invalide « {row['Demandeurs_Emploi'][:12]} »", row=line, column="Demandeurs_Emploi"
            )
        key = (*place, period)
        if key in cells:
            duplicates += value in cells[key]
        cells.setdefault(key, set()).add(value)
    if not cells:
        raise SourceFileError(path, "aucune ligne exploitable")
    records: list[tuple] = []
    conflicts: set[str] = set()
    for (level, code, period), values in cells.items():
        if len(values) > 1:
            conflicts.add(code)
            records.append(("demandeurs_ae", level, code, period, "total", "total", None, "conflict"))
        else:
            records.append(("demandeurs_ae", level, code, period, "total", "total", values.pop(), "ok"))
    frame = pd.DataFrame(
        records, columns=["indicator", "level", "code", "period", "breakdown", "breakdown_value", "value", "status"]
    )
    copies = _copied_series(frame)
    copied = (frame.level == "commune") & frame.code.isin({c for pair in copies for c in pair})
    frame.loc[copied, ["value", "status"]] = [None, "conflict"]
    derived = _derived(frame, places)
    observations = observations_frame(pd.concat([frame, derived], ignore_index=True), ID)
    periods = sorted(observations.period.unique())
    counts = frame.drop_duplicates(["level", "code"]).level.value_counts()
    missing_deps = sorted(known["departement"] - set(frame.loc[frame.level == "departement", "code"]))
    notes = [
        f"{counts.get('commune', 0)} communes, {counts.get('departement', 0)} départements, "
        f"{counts.get('region', 0)} régions, {periods[0]} à {periods[-1]} (catégories A à E, brutes)",
        f"{duplicates} lignes en double exact ignorées",
        f"départements absents du fichier : {', '.join(missing_deps) or 'aucun'}",
        f"{len(derived)} valeurs calculées (régions absentes reconstituées par leurs départements, "
        "France hors Mayotte par ses régions)",
    ]
    if conflicts:
        notes.append(
            f"{len(conflicts)} communes avec deux valeurs différentes pour un même mois (valeurs écartées) : "
            + ", ".join(sorted(conflicts))
        )
    if copies:
        names = places[places.level == "commune"].set_index("code").name
        notes.append(
            f"{len(copies)} séries identiques mois par mois pour deux communes (le plus souvent, le nom de "
            "l'une est contenu dans celui de l'autre, comme Mousson et Pont-à-Mousson), attribuables à aucune des "
            "deux, écartées : " + ", ".join(f"{a} {names.get(a)} = {b} {names.get(b)}" for a, b in copies)
        )
    if recoded:
        notes.append(
            f"{len(recoded)} communes classées sous un ancien code, rattachées à la commune actuelle : "
            + ", ".join(f"{' + '.join(sorted(old))} → {new}" for new, old in sorted(recoded.items()))
        )
    if former:
        notes.append(
            f"{len(former)} codes de communes inconnus de l'historique du COG, ignorés : {', '.join(sorted(former)[:10])}"
        )
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Demandeurs d'emploi en fin de mois, catégories A à E (STMT)",
            name_en="Jobseekers at the end of the month, categories A to E (STMT)",
            publisher="France Travail, Statistiques du marché du travail",
            publisher_en="France Travail, labour market statistics",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage=f"données brutes mensuelles, {format_period(periods[0])} à {format_period(periods[-1])}, "
            "arrondies à la dizaine",
            vintage_en=f"raw monthly data, {format_period(periods[0], 'en')} to "
            f"{format_period(periods[-1], 'en')}, rounded to ten",
            covers=["demandeurs_ae (communes de 5 000 habitants ou plus, départements, régions, France)"],
        ),
        observations=observations,
        covers={("demandeurs_ae", level) for level in ("commune", "departement", "region", "pays")},
        notes=notes,
    )


def _copied_series(frame: pd.DataFrame, months: int = 12) -> list[tuple[str, str]]:
    """Pairs of communes given the very same series (a year or more of monthly counts, identical to the ten): one
    commune's figures copied onto another, so neither can be trusted to be its own."""
    communes = frame[(frame.level == "commune") & (frame.status == "ok")]
    series = communes.pivot(index="code", columns="period", values="value")
    series = series[series.notna().sum(axis=1) >= months]
    signature = series.apply(lambda row: tuple(row.fillna(-1)), axis=1)
    pairs = []
    for _, codes in signature.groupby(signature).groups.items():
        codes = sorted(codes)
        pairs += [(codes[0], other) for other in codes[1:]]
    return sorted(pairs)


def _derived(frame: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Missing regions as the sum of their départements; France (excl. Mayotte) as the sum of the regions.

    A sum is made for a month only when every part has a published value that month.
    """
    deps = places[places.level == "departement"].set_index("code").region
    published = frame[frame.status == "ok"]
    regions_in_file = set(frame.loc[frame.level == "region", "code"])
    out = []
    by_dep = published[published.level == "departement"].assign(region=lambda f: f.code.map(deps))
    for region, members in deps.groupby(deps).groups.items():
        if region in regions_in_file or region == MAYOTTE_REGION:
            continue
        parts = by_dep[by_dep.region == region]
        for period, group in parts.groupby("period"):
            if len(group) == len(members):
                out.append(("demandeurs_ae", "region", region, period, "total", "total", group.value.sum(), "derived"))
    regions = pd.concat(
        [
            published[published.level == "region"][["code", "period", "value"]],
            pd.DataFrame([(r[2], r[3], r[6]) for r in out], columns=["code", "period", "value"]),
        ]
    )
    expected = set(places.loc[places.level == "region", "code"]) - {MAYOTTE_REGION}
    for period, group in regions.groupby("period"):
        if set(group.code) == expected:
            out.append(("demandeurs_ae", "pays", COUNTRY, period, "total", "total", group.value.sum(), "derived"))
    return pd.DataFrame(out, columns=frame.columns)
