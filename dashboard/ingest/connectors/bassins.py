"""France Travail — communes and their bassin d'emploi (the areas of the BMO survey).

File ``France_Travail_Bassin_Emploi_2021.csv``: ``reg, dep, codgeo, codbe,
libbe`` (UTF-8 with BOM), one row per commune, older commune codes included.
Each current commune (and each municipal arrondissement, through its commune)
is attached to its bassin; a merged commune takes the bassin of its chef-lieu.
Bassin codes are written with or without leading zeros across files (``0101``,
``101``): they are kept as numbers without them. Commune codes of the départements
01 to 09 lost their leading zero in this file (``3130`` for ``03130``): restored.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from . import ConnectorResult, ParseContext, SourceFileError
from .csvfile import header, rows

ID = "ft_bassins"
COLUMNS = ["reg", "dep", "codgeo", "codbe", "libbe"]
URL = "https://statistiques.francetravail.org/bmo"
_COMMUNE = re.compile(r"^\d[0-9AB]\d{3}$")
_BASSIN = re.compile(r"^\d{2,5}$")
PROVENANCE = {
    "public_copy": "dataforgoodfr/13_odis, commit 09466f8 : table des bassins d'emploi de France Travail (2021)",
    "public_copy_en": "dataforgoodfr/13_odis, commit 09466f8: France Travail's table of employment areas (2021)",
}
_SMALL_WORDS = {"de", "du", "des", "la", "le", "les", "et", "en", "sur", "sous", "aux", "au", "a"}


def bassin_code(text: str) -> str:
    return str(int(text))


def display_name(name: str) -> str:
    """'CLERMONT FERRAND' -> 'Clermont Ferrand'; 'VALLEE DE LA DROME' -> 'Vallee de la Drome' (as published, cased)."""
    words = re.split(r"(\s+|-|')", name.strip().lower())
    out = []
    for i, word in enumerate(words):
        keep_small = i > 0 and word in _SMALL_WORDS
        out.append(word if keep_small or not word.strip() else word[:1].upper() + word[1:])
    return "".join(out)


def recognise(path: Path) -> bool:
    return path.suffix.lower() == ".csv" and header(path, ",") == COLUMNS


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    places = context.territories
    communes = set(places.loc[places.level == "commune", "code"])
    mapping, names, regions, restored = {}, {}, {}, 0
    for line, row in rows(path, COLUMNS):
        code, bassin = row["codgeo"], row["codbe"]
        if re.match(r"^\d{4}$", code):
            code, restored = code.zfill(5), restored + 1
        if not _COMMUNE.match(code):
            raise SourceFileError(path, f"code commune invalide « {code[:12]} »", row=line, column="codgeo")
        if not _BASSIN.match(bassin):
            raise SourceFileError(path, f"code de bassin invalide « {bassin[:12]} »", row=line, column="codbe")
        bassin = bassin_code(bassin)
        mapping[code] = bassin
        names[bassin] = display_name(row["libbe"])
        regions[bassin] = row["reg"].zfill(2)
    if len(mapping) < 30000:
        raise SourceFileError(path, f"{len(mapping)} communes seulement")
    links: dict[str, str] = {}
    for code, bassin in mapping.items():
        target = code if code in communes else context.former_codes.get(code, "")
        if target in communes and (target not in links or code == target):
            links[target] = bassin
    arrondissements = places[places.level == "arrondissement"]
    for code, parent in zip(arrondissements.code, arrondissements.commune):
        if parent in links:
            links[code] = links[parent]
    missing = sorted(communes - set(links))
    territories = pd.DataFrame(
        [{"code": b, "level": "bassin", "name": n, "region": regions[b]} for b, n in sorted(names.items())]
    )
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Bassins d'emploi de l'enquête BMO : composition communale",
            name_en="Employment areas of the BMO survey: communes",
            publisher="France Travail",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage="découpage 2021",
            vintage_en="2021 boundaries",
            covers=["rattachement commune → bassin d'emploi"],
        ),
        territories=territories,
        links={"bassin": pd.Series(links)},
        notes=[
            f"{len(links)} communes et arrondissements rattachés à {len(names)} bassins d'emploi",
            f"{restored} codes communes à quatre chiffres complétés par leur zéro initial",
        ]
        + ([f"{len(missing)} communes sans bassin : {', '.join(missing[:10])}"] if missing else []),
    )
