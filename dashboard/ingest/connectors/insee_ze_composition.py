"""INSEE — zones d'emploi 2020, composition communale (``ZE2020_au_01-01-2023.xlsx``).

Sheet ``Composition_communale``: ``CODGEO, LIBGEO, ZE2020, LIBZE2020,
ZE2020_PARTIE_REG, DEP, REG``. Commune codes of that geography are mapped to
current ones (communes merged since); each current commune and arrondissement
is attached to its zone d'emploi.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from . import ConnectorResult, ParseContext, SourceFileError
from .xlsx import find_header, read_sheet, sheet_names

ID = "insee_ze2020"
SHEET = "Composition_communale"
COLUMNS = ["CODGEO", "LIBGEO", "ZE2020", "LIBZE2020", "ZE2020_PARTIE_REG", "DEP", "REG"]
URL = "https://www.insee.fr/fr/information/4652957"
PROVENANCE = {"public_copy": None, "public_copy_en": None}  # the file as INSEE publishes it
DOWNLOADS = [
    ("https://www.insee.fr/fr/statistiques/fichier/4652957/ZE2020_au_01-01-2023.zip", "ZE2020_au_01-01-2023.zip")
]
_COMMUNE = re.compile(r"^\d[0-9AB]\d{3}$")
_ZE = re.compile(r"^\d{4}$")
_VINTAGE = re.compile(r"au_(\d{2})-(\d{2})-(\d{4})")


def recognise(path: Path) -> bool:
    return path.suffix.lower() == ".xlsx" and SHEET in sheet_names(path)


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    rows = read_sheet(path, SHEET)
    h = find_header(rows, "CODGEO", path, SHEET)
    header = [str(c or "").strip() for c in rows[h]][: len(COLUMNS)]
    if header != COLUMNS:
        raise SourceFileError(path, f"colonnes attendues {COLUMNS}, trouvées {header}", SHEET, h + 1)
    mapping, names = {}, {}
    for line, row in enumerate(rows[h + 1 :], start=h + 2):
        code = str(row[0] or "").strip()
        if not code:
            continue
        ze = str(row[2] or "").strip()
        if not _COMMUNE.match(code):
            raise SourceFileError(path, f"code commune invalide « {code[:20]} »", SHEET, line, "CODGEO")
        if not _ZE.match(ze):
            raise SourceFileError(path, f"code de zone d'emploi invalide « {ze[:20]} »", SHEET, line, "ZE2020")
        mapping[code] = ze
        names[ze] = str(row[3] or "").strip()
    if len(mapping) < 30000:
        raise SourceFileError(path, f"{len(mapping)} communes seulement", SHEET)

    places = context.territories[context.territories.level.isin(["commune", "arrondissement"])]
    current = set(places.loc[places.level == "commune", "code"])
    links: dict[str, str] = {}
    for code, ze in mapping.items():
        target = code if code in current else context.former_codes.get(code, "")
        if target in current and (target not in links or code == target):
            links[target] = ze  # a merged commune takes the zone of its chef-lieu
    arrondissements = places[places.level == "arrondissement"]
    for code, parent in zip(arrondissements.code, arrondissements.commune):
        if parent in links:
            links[code] = links[parent]
    missing = sorted(current - set(links))
    territories = pd.DataFrame([{"code": ze, "level": "zone_emploi", "name": name} for ze, name in names.items()])
    match = _VINTAGE.search(path.name)
    vintage = (
        f"zonage 2020, géographie au {match.group(1)}/{match.group(2)}/{match.group(3)}" if match else "zonage 2020"
    )
    vintage_en = (
        f"2020 zoning, geography of {match.group(3)}-{match.group(2)}-{match.group(1)}" if match else "2020 zoning"
    )
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Zones d'emploi 2020 : composition communale",
            name_en="2020 employment zones: communes",
            publisher="INSEE",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage=vintage,
            vintage_en=vintage_en,
            covers=["rattachement commune → zone d'emploi"],
        ),
        territories=territories,
        links={"zone_emploi": pd.Series(links)},
        notes=[f"{len(links)} communes et arrondissements rattachés à {len(names)} zones d'emploi"]
        + (
            [f"{len(missing)} communes sans zone (créées après la géographie du fichier) : {', '.join(missing[:10])}"]
            if missing
            else []
        ),
    )
