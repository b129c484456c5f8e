"""/api/v1/training: apprentice training centres (InserJeunes) and, once fetched from France Travail's API, return
to work after a training course, as JSON with source and vintage.

A value the file leaves blank (too few leavers) is null, never 0; area figures are medians and quartiles of the
centres, never weighted averages (the file has no leaver counts).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify, request
from flask.typing import ResponseReturnValue

from ..payloads import training as T
from ..payloads import training_outcomes as O
from ..payloads import training_ratings as R
from ..store import runtime
from ..store.dataset import Dataset
from .routes import error, json_number, source_fields, unknown_parameter

training_api = Blueprint("training_api", __name__)
FIGURES = (
    "employment_6m",
    "employment_12m",
    "employment_18m",
    "employment_24m",
    "expected_6m",
    "value_added_6m",
    "share_studying",
    "share_employed_6m",
    "share_other_6m",
    "broken_contracts",
    "study_rate",
)
NAMES = {
    "employment_6m": "taux_emploi_6_mois",
    "employment_12m": "taux_emploi_12_mois",
    "employment_18m": "taux_emploi_18_mois",
    "employment_24m": "taux_emploi_24_mois",
    "expected_6m": "taux_emploi_6_mois_attendu",
    "value_added_6m": "valeur_ajoutee_6_mois_points",
    "share_studying": "part_poursuite_etudes",
    "share_employed_6m": "part_en_emploi_6_mois",
    "share_other_6m": "part_autre_situation_6_mois",
    "broken_contracts": "part_contrats_interrompus",
    "study_rate": "taux_poursuite_etudes",
}
NOTE = "null : trop peu de sortants pour publier ; pas de moyenne pondérée (le fichier ne donne pas d'effectifs)"


def _source(ds: Dataset) -> dict:
    return {**source_fields(ds, T.TABLE, T.TABLE), "note": NOTE}


def _unknown_area(ds: Dataset, departement: str, region: str) -> Response | None:
    """A 422 naming a département or région the referential does not hold, or None."""
    if departement and ds.territory("departement", departement) is None:
        return error(422, f"département inconnu : « {departement[:10]} »")
    if region and ds.territory("region", region) is None:
        return error(422, f"région inconnue : « {region[:10]} »")
    return None


def _api_source(ds: Dataset, source_id: str, name: str, available: bool, definition: str, fetch: str) -> dict:
    """The head of an answer fed by a France Travail API: its source, and what is missing while it is not fetched."""
    head = {
        **source_fields(ds, source_id, name),
        "producteur": "France Travail",
        "recupere_le": ds.sources.get(source_id, {}).get("retrieved"),
        "disponible": available,
        "definition": definition,
    }
    if not available:
        head["message"] = f"données absentes du jeu publié : elles demandent l'API de France Travail ({fetch})"
    return head


def _row(r: Any) -> dict:
    return {
        "uai": r.uai,
        "nom": r.name,
        "millesime": r.vintage,
        "departement": r.departement,
        "region": r.region,
        **{NAMES[f]: json_number(getattr(r, f)) for f in FIGURES},
    }


@training_api.get("/api/v1/training/centres")
def centres() -> ResponseReturnValue:
    refused = unknown_parameter({"q", "departement", "region"})
    if refused:
        return refused
    ds = runtime.dataset()
    q = request.args.get("q", "")
    departement, region = request.args.get("departement", ""), request.args.get("region", "")
    if len(q) > 80:
        return error(400, "« q » : 80 caractères au plus")
    refused = _unknown_area(ds, departement, region)
    if refused:
        return refused
    if not (q.strip() or departement or region):
        return error(400, "précisez « q », « departement » ou « region »")
    rows = T.search(ds, q, departement, region)
    return jsonify({**_source(ds), "total": len(rows), "centres": [_row(r) for r in rows.itertuples()]})


@training_api.get("/api/v1/training/centres/<uai>")
def centre(uai: str) -> ResponseReturnValue:
    refused = unknown_parameter(set())
    if refused:
        return refused
    ds = runtime.dataset()
    history = T.find_centre(ds, uai)
    if history.empty:
        return error(404, f"centre inconnu : « {uai[:12]} »")
    return jsonify({**_source(ds), "uai": history.uai.iloc[0], "millesimes": [_row(r) for r in history.itertuples()]})


@training_api.get("/api/v1/training/departements")
def departements() -> ResponseReturnValue:
    refused = unknown_parameter(set())
    if refused:
        return refused
    ds = runtime.dataset()
    table = T.by_departement(ds)
    return jsonify(
        {
            **_source(ds),
            "millesime_affiche": T.vintages(ds)[-1] if T.vintages(ds) else None,
            "departements": [
                {
                    "code": r.code,
                    "centres": r.centres,
                    "centres_avec_taux": r.count,
                    "mediane_taux_emploi_6_mois": json_number(r.median),
                    "q1": json_number(r.q1),
                    "q3": json_number(r.q3),
                }
                for r in table.itertuples()
            ],
        }
    )


@training_api.get("/api/v1/training/outcomes")
def outcomes() -> ResponseReturnValue:
    """The latest quarter for a département (and its région and France), a région (and France) or France."""
    refused = unknown_parameter({"departement", "region"})
    if refused:
        return refused
    ds = runtime.dataset()
    departement, region = request.args.get("departement", ""), request.args.get("region", "")
    refused = _unknown_area(ds, departement, region)
    if refused:
        return refused
    head = _api_source(
        ds,
        O.SOURCE,
        "Sortants de formation et accès à l'emploi (France Travail)",
        O.available(ds),
        "part des demandeurs d'emploi sortis d'une formation pendant laquelle France Travail les rémunérait qui "
        "accèdent à un emploi dans les 6 mois suivant la fin de la formation (toutes formations confondues)",
        "data fetch --source ft_sortants_formation",
    )
    head["note"] = "null : non publié (trop peu de sortants)"
    return jsonify(
        {
            **head,
            "territoires": [
                {
                    "niveau": o.level,
                    "code": o.code,
                    "periode": o.period,
                    "taux_acces_emploi_6_mois": json_number(o.rate),
                    "sortants": json_number(o.leavers),
                }
                for o in O.for_area(ds, departement, region)
            ],
        }
    )


@training_api.get("/api/v1/training/ratings")
def ratings() -> ResponseReturnValue:
    """Trainees' ratings (Anotéa) of the organisations training in a département, most rated first."""
    refused = unknown_parameter({"departement"})
    if refused:
        return refused
    ds = runtime.dataset()
    departement = request.args.get("departement", "")
    if not departement:
        return error(400, "précisez « departement »")
    refused = _unknown_area(ds, departement, "")
    if refused:
        return refused
    head = _api_source(
        ds,
        R.SOURCE,
        "Anotéa, avis des stagiaires de la formation professionnelle (France Travail)",
        R.available(ds),
        "note moyenne de 0 à 5 donnée par les stagiaires, critère par critère ; null : sans avis",
        "API Anotéa, data fetch --source anotea",
    )
    shown, total, rated = R.in_departement(ds, departement, limit=100)
    return jsonify(
        {
            **head,
            "organismes_total": total,
            "organismes_avec_avis": rated,
            "organismes": [
                {
                    "siret": r["siret"],
                    "nom": r["name"],
                    "avis": int(r["ratings"]),
                    "notes": {c: json_number(r[c]) for c in R.CRITERIA},
                }
                for _, r in shown.iterrows()
            ],
        }
    )
