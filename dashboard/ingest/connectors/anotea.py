"""Anotéa answers (trainees' ratings by training organisation), saved by ``data fetch --source anotea``.

Each file: ``{"endpoint": "anotea/organismes-formateurs", "page": N, "fetched": "YYYY-MM-DD", "response": {...}}``
where the response lists organisations (``organismes_formateurs``, or ``avis`` as the API's own description names
the list) with ``siret``, ``raison_sociale``, ``region`` (codes), ``lieux_de_formation[].adresse.code_postal`` and
``score``: ``nb_avis`` and ``notes`` (``accueil``, ``contenu_formation``, ``equipe_formateurs``, ``moyen_materiel``,
``accompagnement``, ``global``, from 0 to 5). An organisation without ratings keeps empty notes, never 0.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ...sources.anotea import ENDPOINT
from . import ConnectorResult, ParseContext, SourceFileError, jsonfile
from .jsonfile import is_answer

ID = "anotea"
URL = "https://anotea.francetravail.fr/"
CRITERIA = ("accueil", "contenu_formation", "equipe_formateurs", "moyen_materiel", "accompagnement", "global")
_SIRET = re.compile(r"^\d{14}\Z")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}\Z")


def recognise(path: Path) -> bool:
    return is_answer(path, lambda found: found.get("endpoint") == ENDPOINT)


def departement_of_postcode(postcode: str) -> str:
    """The département of a training place's postcode: 3 digits overseas, Corsica split at 20200, else the first
    two (done here, once, so the pages only filter)."""
    if postcode.startswith("97"):
        return postcode[:3]
    if postcode.startswith("20"):
        return "2A" if postcode < "20200" else "2B"
    return postcode[:2]


def _note(value, path: Path, row: int, column: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 5:
        raise SourceFileError(path, f"note hors de [0, 5] : « {str(value)[:10]} »", row=row, column=column)
    return float(value)


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    document = jsonfile.document(path)
    response = document.get("response") or {}
    items = response.get("organismes_formateurs", response.get("avis"))
    if not isinstance(items, list):
        raise SourceFileError(path, "liste des organismes absente (organismes_formateurs)", column="response")
    records = []
    for i, item in enumerate(items, start=1):
        siret = str(item.get("siret", ""))
        if not _SIRET.match(siret):
            raise SourceFileError(path, f"SIRET invalide « {siret[:16]} »", row=i, column="siret")
        score = item.get("score") or {}
        count = score.get("nb_avis", 0)
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise SourceFileError(path, f"nombre d'avis invalide « {str(count)[:10]} »", row=i, column="nb_avis")
        notes = score.get("notes") or {}
        postcodes = sorted(
            {str((place.get("adresse") or {}).get("code_postal", "")) for place in item.get("lieux_de_formation") or []}
            - {""}
        )
        records.append(
            {
                "siret": siret,
                "name": str(item.get("raison_sociale", "")).strip(),
                "regions": " ".join(sorted(str(r) for r in item.get("region") or [])),
                "postcodes": " ".join(postcodes),
                "departements": " ".join(sorted({departement_of_postcode(c) for c in postcodes})),
                "ratings": count,
                **{c: (_note(notes.get(c), path, i, c) if count else None) for c in CRITERIA},
            }
        )
    columns = ["siret", "name", "regions", "postcodes", "departements", "ratings", *CRITERIA]
    frame = pd.DataFrame(records, columns=columns)
    fetched = str(document.get("fetched") or "")
    if fetched and not _DAY.match(fetched):
        raise SourceFileError(path, f"date d'appel illisible « {fetched[:12]} »", column="fetched")
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Anotéa, avis des stagiaires de la formation professionnelle",
            name_en="Anotéa, trainees' ratings of vocational training",
            publisher="France Travail",
            publisher_en="France Travail",
            url=URL,
            licence="Licence Ouverte 2.0",
            # One vintage for every page of an answer: the day it was fetched (the averages move with each rating).
            vintage=f"notes moyennes au {fetched}" if fetched else "notes moyennes à la date de l'appel",
            vintage_en=f"average ratings on {fetched}" if fetched else "average ratings on the day of the call",
            covers=["avis des stagiaires"],
        ),
        tables={"anotea_organismes": frame},
        notes=[f"{path.name} : {len(frame)} organismes, {int((frame.ratings > 0).sum())} avec des avis"],
    )
