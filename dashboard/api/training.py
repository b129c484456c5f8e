"""/api/v1/training: apprentice training centres (InserJeunes) and, once fetched from France Travail's API, return
to work after a training course, as JSON with source and vintage.

A value the file leaves blank (too few leavers) is null, never 0; area figures are medians and quartiles of the
centres, never weighted averages (the file has no leaver counts).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request
from flask.typing import ResponseReturnValue

from ..payloads import training as T
from ..payloads import training_outcomes as O
from ..payloads import training_ratings as R
from ..store import runtime
from ..store.dataset import Dataset
from .routes import error, json_number

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
    src = ds.sources.get(T.TABLE, {})
    return {
        "source": src.get("name", T.TABLE),
        "millesime": src.get("vintage"),
        "licence": src.get("licence"),
        "demo": bool(src.get("demo")),
        "note": NOTE,
    }


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
    extra = sorted(set(request.args) - {"q", "departement", "region"})
    if extra:
        return error(400, f"paramètre inconnu : « {extra[0][:30]} »")
    ds = runtime.dataset()
    q = request.args.get("q", "")
    departement, region = request.args.get("departement", ""), request.args.get("region", "")
    if len(q) > 80:
        return error(400, "« q » : 80 caractères au plus")
    if departement and ds.territory("departement", departement) is None:
        return error(422, f"département inconnu : « {departement[:10]} »")
    if region and ds.territory("region", region) is None:
        return error(422, f"région inconnue : « {region[:10]} »")
    if not (q.strip() or departement or region):
        return error(400, "précisez « q », « departement » ou « region »")
    rows = T.search(ds, q, departement, region)
    return jsonify({**_source(ds), "total": len(rows), "centres": [_row(r) for r in rows.itertuples()]})


@training_api.get("/api/v1/training/centres/<uai>")
def centre(uai: str) -> ResponseReturnValue:
    if request.args:
        return error(400, f"paramètre inconnu : « {sorted(request.args)[0][:30]} »")
    ds = runtime.dataset()
    history = T.find_centre(ds, uai)
    if history.empty:
        return error(404, f"centre inconnu : « {uai[:12]} »")
    return jsonify({**_source(ds), "uai": history.uai.iloc[0], "millesimes": [_row(r) for r in history.itertuples()]})


@training_api.get("/api/v1/training/departements")
def departements() -> ResponseReturnValue:
    if request.args:
        return error(400, f"paramètre inconnu : « {sorted(request.args)[0][:30]} »")
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
    extra = sorted(set(request.args) - {"departement", "region"})
    if extra:
        return error(400, f"paramètre inconnu : « {extra[0][:30]} »")
    ds = runtime.dataset()
    departement, region = request.args.get("departement", ""), request.args.get("region", "")
    if departement and ds.territory("departement", departement) is None:
        return error(422, f"département inconnu : « {departement[:10]} »")
    if region and ds.territory("region", region) is None:
        return error(422, f"région inconnue : « {region[:10]} »")
    src = ds.sources.get(O.SOURCE, {})
    head = {
        "source": src.get("name", "Sortants de formation et accès à l'emploi (France Travail)"),
        "producteur": "France Travail",
        "millesime": src.get("vintage"),
        "licence": src.get("licence"),
        "disponible": O.available(ds),
        "definition": "part des demandeurs d'emploi sortis d'une formation pendant laquelle France Travail les "
        "rémunérait qui accèdent à un emploi dans les 6 mois suivant la fin de la formation (toutes formations "
        "confondues)",
        "note": "null : non publié (trop peu de sortants)",
    }
    if not O.available(ds):
        head["message"] = (
            "données absentes du jeu publié : elles demandent un accès à l'API de France Travail "
            "(data fetch --source ft_sortants_formation)"
        )
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
    extra = sorted(set(request.args) - {"departement"})
    if extra:
        return error(400, f"paramètre inconnu : « {extra[0][:30]} »")
    ds = runtime.dataset()
    departement = request.args.get("departement", "")
    if not departement:
        return error(400, "précisez « departement »")
    if ds.territory("departement", departement) is None:
        return error(422, f"département inconnu : « {departement[:10]} »")
    src = ds.sources.get(R.SOURCE, {})
    head = {
        "source": src.get("name", "Anotéa, avis des stagiaires de la formation professionnelle (France Travail)"),
        "producteur": "France Travail",
        "millesime": src.get("vintage"),
        "recupere_le": src.get("retrieved"),
        "licence": src.get("licence"),
        "disponible": R.available(ds),
        "definition": "note moyenne de 0 à 5 donnée par les stagiaires, critère par critère ; null : sans avis",
    }
    if not R.available(ds):
        head["message"] = "données absentes du jeu publié : elles demandent l'API Anotéa (data fetch --source anotea)"
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
