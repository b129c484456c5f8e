"""France Travail's "Sortants de formation et accès à l'emploi" API answers, saved by
``data fetch --source ft_sortants_formation`` as JSON files.

Two indicators of the API catalogue: ``stat-acces-emploi-sorties-formation`` (the share of job seekers leaving a
training course who reach a job within 6 months, a rate in %) and ``stat-demandeurs-sorties-formation`` (how many
left a course), by territory, training domain (FORM14) or sought job (ROME), per quarter. Each file:
``{"endpoint": …, "request": {...}, "response": {...}}``, the response in the envelope France Travail's statistics
APIs share (``listeValeursParPeriode[]`` with ``codePeriode`` and ``valeurPrincipaleTaux`` or
``valeurPrincipaleNombre``; ``estMasque`` marks a value withheld for too few leavers).

The connector is strict because no published sample of this API was at hand when it was written: a rate outside
0–100, a count that is not a whole non-negative number, an unreadable quarter or an unknown territory is refused
with the file, row and field, rather than guessed. A withheld or absent value stays missing, never 0.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import ConnectorResult, ParseContext, SourceFileError, jsonfile
from .france_travail_api import LEVELS, period_code, save_answer, targets
from .jsonfile import is_answer

ID = "ft_sortants_formation"
FILE_HOLDS = "cells"  # one answer per territory and period: an answer replaces only the cells it gives
TABLE = ID
URL = "https://www.data.gouv.fr/fr/dataservices/api-sortants-de-formation-et-acces-a-lemploi"
ACCESS = "stat-acces-emploi-sorties-formation"
LEAVERS = "stat-demandeurs-sorties-formation"
# endpoint -> (measure in the table, the envelope's field, what the value is)
MEASURES = {
    ACCESS: ("acces_emploi_6_mois", "valeurPrincipaleTaux", "rate"),
    LEAVERS: ("sortants", "valeurPrincipaleNombre", "count"),
}
COLUMNS = ["measure", "level", "code", "activity_type", "activity", "activity_label", "period", "value", "status"]
ALL_TRAININGS = "CUMUL"


def recognise(path: Path) -> bool:
    return is_answer(path, lambda found: found.get("endpoint") in MEASURES and "response" in found)


def _territory(request: dict, context: ParseContext, path: Path) -> tuple[str, str]:
    kind = str(request.get("codeTypeTerritoire", ""))
    level = LEVELS.get(kind)
    if level is None:
        raise SourceFileError(
            path, f"type de territoire non pris en charge « {kind[:10]} »", column="codeTypeTerritoire"
        )
    if level == "pays":
        return level, "FR"
    code = str(request.get("codeTerritoire", ""))
    known = context.territories
    if not ((known.level == level) & (known.code == code)).any():
        unknown = "région inconnue" if level == "region" else "département inconnu"
        raise SourceFileError(path, f"{unknown} « {code[:10]} »", column="codeTerritoire")
    return level, code


def _value(item: dict, field: str, kind: str, path: Path, row: int) -> tuple[float | None, str]:
    value = item.get(field)
    if item.get("estMasque") or value is None:
        return None, "secret"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SourceFileError(path, f"nombre attendu, « {str(value)[:12]} » trouvé", row=row, column=field)
    if kind == "rate" and not 0 <= value <= 100:
        raise SourceFileError(path, f"taux hors de 0–100 : {value}", row=row, column=field)
    if kind == "count" and (value < 0 or value != int(value)):
        raise SourceFileError(path, f"effectif invalide : {value}", row=row, column=field)
    return float(value), "ok"


def parse_answer(document: dict, path: Path, context: ParseContext) -> tuple[list[tuple], list[str]]:
    endpoint = document.get("endpoint")
    if endpoint not in MEASURES:
        raise SourceFileError(path, f"point d'accès inconnu « {str(endpoint)[:40]} »", column="endpoint")
    measure, field, kind = MEASURES[endpoint]
    request = document.get("request") or {}
    level, code = _territory(request, context, path)
    activity_type = str(request.get("codeTypeActivite") or ALL_TRAININGS)
    activity = str(request.get("codeActivite") or ALL_TRAININGS)
    response = document.get("response")
    if response is None:  # the API said it had no data for this territory and activity
        return [], [f"{path.name} : pas de données ({level} {code}, {activity_type} {activity})"]
    if not isinstance(response, dict) or not isinstance(response.get("listeValeursParPeriode"), list):
        raise SourceFileError(path, "liste des valeurs absente", column="listeValeursParPeriode")
    label = str(response.get("libActivite") or "").strip()
    rows, seen = [], set()
    for i, item in enumerate(response["listeValeursParPeriode"], start=1):
        if not isinstance(item, dict):
            raise SourceFileError(path, "objet attendu", row=i, column="listeValeursParPeriode")
        period = period_code(str(item.get("codePeriode", "")))
        if period is None or "-T" not in period:
            raise SourceFileError(
                path, f"trimestre illisible « {item.get('codePeriode')} »", row=i, column="codePeriode"
            )
        if period in seen:
            raise SourceFileError(path, f"trimestre en double « {period} »", row=i, column="codePeriode")
        seen.add(period)
        value, status = _value(item, field, kind, path, i)
        item_label = str(item.get("libActivite") or label).strip()
        rows.append((measure, level, code, activity_type, activity, item_label, period, value, status))
    rates = [r[7] for r in rows if kind == "rate" and r[7] is not None]
    if rates and max(rates) <= 1 and any(rates):
        # Every rate of the file between 0 and 1: a share written as a fraction, which would read as "0,6 %".
        raise SourceFileError(path, "taux tous entre 0 et 1 : pourcentages attendus (0–100)", column=field)
    withheld = sum(1 for r in rows if r[-1] == "secret")
    note = f"{path.name} : {len(rows)} trimestres ({level} {code}, {activity_type} {activity})"
    return rows, [note + (f", dont {withheld} non publiés" if withheld else "")]


def parse(path: Path, context: ParseContext) -> ConnectorResult:
    rows, notes = parse_answer(jsonfile.document(path), path, context)
    frame = pd.DataFrame(rows, columns=COLUMNS).astype({"value": float})
    return ConnectorResult(
        source=dict(
            id=ID,
            name="Sortants de formation et accès à l'emploi (API)",
            name_en="Training leavers and access to employment (API)",
            publisher="France Travail",
            publisher_en="France Travail",
            url=URL,
            licence="Licence Ouverte 2.0",
            vintage="API stats-entrees-sorties-formations v1",
            vintage_en="API stats-entrees-sorties-formations v1",
            covers=["accès à l'emploi à 6 mois des demandeurs d'emploi sortant de formation", "sortants de formation"],
        ),
        tables={TABLE: frame},
        notes=notes,
    )


def fetch_all(
    client, folder: Path, territories: pd.DataFrame, activities=((ALL_TRAININGS, ALL_TRAININGS),), progress=None
) -> list[Path]:
    """Both indicators for France, every région and every département, per (activity type, activity); one JSON
    file per answer, read back by ``data import`` or ``data ingest``."""
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [
        (endpoint, target, activity)
        for endpoint in MEASURES
        for activity in activities
        for target in targets(territories)
    ]
    written = []
    for endpoint, (kind, code), (activity_type, activity) in jobs:
        body = {
            "codeTypeTerritoire": kind,
            "codeTerritoire": code,
            "codeTypeActivite": activity_type,
            "codeActivite": activity,
            "codeTypePeriode": "TRIMESTRE",
            **({"codeTypeNomenclature": "ACCESEMP"} if endpoint == ACCESS else {}),
        }
        answer = client.indicator(endpoint, body)
        name = f"ft-{endpoint}-{kind}-{code}-{activity_type}-{activity}.json"
        written.append(save_answer(folder / name, endpoint, body, answer))
        if progress:
            progress(len(written), len(jobs), name)
    return written
