"""France Travail API answers, saved by ``data fetch --source france_travail_api`` as JSON files.

Each file: ``{"endpoint": "stat-demandeurs", "request": {...}, "response": {...}}``
where the response has ``listeValeursParPeriode[]`` with ``codePeriode``,
``valeurPrincipaleNombre`` and ``listeValeurParCaract[]`` (``estMasque`` marks
a masked value, kept as secret, never as zero).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from . import ConnectorResult, ParseContext, SourceFileError, jsonfile
from .jsonfile import is_answer

ID = "france_travail_api"
FILE_HOLDS = "cells"  # one answer per territory and period: an answer replaces only the cells it gives
URL = "https://francetravail.io/data/api/marche-travail"
INDICATORS = {
    "stat-demandeurs": "demandeurs_abc",
    "stat-offres": "offres_emploi",
    "stat-perspective-employeur": "projets_recrutement",
}
LEVELS = {"NAT": "pays", "REG": "region", "DEP": "departement"}
_PERIOD = re.compile(r"^(\d{4})(?:-?T([1-4])|(\d{2}))?$")


def recognise(path: Path) -> bool:
    return is_answer(path, lambda found: {"endpoint", "request", "response"} <= set(found))


def period_code(code: str) -> str | None:
    m = _PERIOD.match(code.strip())
    if not m:
        return None
    if m.group(2):
        return f"{m.group(1)}-T{m.group(2)}"
    if m.group(3):
        return f"{m.group(1)}-{m.group(3)}"
    return m.group(1)


def parse_answer(document: dict, path: Path) -> tuple[list[tuple], list[str]]:
    endpoint = document.get("endpoint")
    if endpoint not in INDICATORS:
        raise SourceFileError(path, f"point d'accès inconnu « {str(endpoint)[:40]} »", column="endpoint")
    request = document.get("request") or {}
    level = LEVELS.get(str(request.get("codeTypeTerritoire")))
    if level is None:
        return [], [f"{path.name} : territoire {request.get('codeTypeTerritoire')} non pris en charge"]
    code = "FR" if level == "pays" else str(request.get("codeTerritoire", ""))
    response = document.get("response")
    if response is None:  # the API said it had no data
        return [], [f"{path.name} : pas de données pour {level} {code}"]
    rows: list[tuple] = []
    masked = 0
    for i, item in enumerate(response.get("listeValeursParPeriode", []), start=1):
        period = period_code(str(item.get("codePeriode", "")))
        if period is None:
            raise SourceFileError(path, f"période illisible « {item.get('codePeriode')} »", row=i, column="codePeriode")
        value = item.get("valeurPrincipaleNombre")
        caracts = item.get("listeValeurParCaract") or []
        masked += sum(1 for c in caracts if c.get("estMasque"))
        if value is None or item.get("estMasque"):
            rows.append((INDICATORS[endpoint], level, code, period, None, "secret"))
        elif not isinstance(value, (int, float)) or value < 0:
            raise SourceFileError(path, f"valeur invalide « {value} »", row=i, column="valeurPrincipaleNombre")
        else:
            rows.append((INDICATORS[endpoint], level, code, period, float(value), "ok"))
    notes = [f"{path.name} : {len(rows)} valeurs ({level} {code})"] + (
        [f"{masked} caractéristiques masquées conservées comme secrètes"] if masked else []
    )
    return rows, notes


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    rows, notes = parse_answer(jsonfile.document(path), path)
    frame = pd.DataFrame(rows, columns=["indicator", "level", "code", "period", "value", "status"])
    frame["breakdown"], frame["breakdown_value"], frame["source"] = "total", "total", ID
    covers = set(zip(frame.indicator, frame.level))
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Statistiques sur les offres et les demandes d'emploi (API)",
            name_en="Job offer and jobseeker statistics (API)",
            publisher="France Travail",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage=f"API stats-offres-demandes-emploi v1, périodes {frame.period.min() if len(frame) else '—'}"
            f" à {frame.period.max() if len(frame) else '—'}",
            vintage_en=f"API stats-offres-demandes-emploi v1, periods {frame.period.min() if len(frame) else '—'}"
            f" to {frame.period.max() if len(frame) else '—'}",
            covers=sorted(f"{i} ({lvl})" for i, lvl in covers),
        ),
        observations=frame,
        covers=covers,
        notes=notes,
    )


def targets(territories: pd.DataFrame) -> list[tuple[str, str]]:
    """What France Travail's statistics APIs are asked for: France, every région, every département."""
    return [("NAT", "FR")] + [
        (kind, code)
        for kind, level in (("REG", "region"), ("DEP", "departement"))
        for code in territories.loc[territories.level == level, "code"]
    ]


def save_answer(path: Path, endpoint: str, body: dict, answer: dict | None) -> Path:
    """One saved answer, in the shape the connectors recognise (a None answer: the API had no data)."""
    document = {"endpoint": endpoint, "request": body, "response": answer}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def fetch_all(
    client, folder: Path, territories: pd.DataFrame, endpoints=("stat-demandeurs", "stat-offres"), progress=None
) -> list[Path]:
    """Asks the API for France, every region and every department; one JSON file per answer."""
    folder.mkdir(parents=True, exist_ok=True)
    asked = targets(territories)
    written = []
    total = len(asked) * len(endpoints)
    for endpoint in endpoints:
        for kind, code in asked:
            body = {
                "codeTypeTerritoire": kind,
                "codeTerritoire": code,
                "codeTypeActivite": "CUMUL",
                "codeActivite": "CUMUL",
                "codeTypePeriode": "TRIMESTRE",
                "codeTypeNomenclature": "CATCAND",
            }
            answer = client.indicator(endpoint, body)
            written.append(save_answer(folder / f"ft-{endpoint}-{kind}-{code}.json", endpoint, body, answer))
            if progress:
                progress(len(written), total, written[-1].name)
    return written
