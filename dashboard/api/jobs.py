"""/api/v1/jobs: the jobs pages' data (BMO survey by job and area, tension, shortage list) as JSON.

Every answer names its source, vintage and survey year; a secret cell is null with the status "secret",
never 0; a total is the sum of the published cells, and says so.
"""

from __future__ import annotations

import math

from flask import Blueprint, jsonify, request
from flask.typing import ResponseReturnValue

from ..payloads import jobs as J
from ..store import runtime
from ..store.dataset import Dataset
from .routes import error, json_number, source_fields, unknown_parameter

jobs_api = Blueprint("jobs_api", __name__)
SUM_NOTE = "somme des cellules publiées (les cellules au secret statistique n'y figurent pas)"
TENSION_NOTES = {
    "FAP 2009": (
        "tension : classe DARES 2019 (1 très faible à 5 très forte) ; liste des métiers en tension : arrêté du "
        "1er mars 2024 (codes FAP 2009)"
    ),
    "FAP 2021": (
        "tension : classe France Travail par métier ROME × bassin (1 très faible à 5 très forte), dernière année "
        "publiée, portée aux familles FAP 2021 par la table de passage ROME × qualification → FAP 2021 de la DARES : "
        "moyenne des classes des métiers ROME de la famille, pondérée par leurs offres enregistrées, sur les bassins "
        "du territoire, arrondie à la classe la plus proche ; liste des métiers en tension 2024 : codes FAP 2009, "
        "non couverte"
    ),
}


def _source(ds: Dataset) -> dict:
    return source_fields(ds, "bmo", "bmo")


@jobs_api.get("/api/v1/jobs")
def search() -> ResponseReturnValue:
    refused = unknown_parameter({"q"})
    if refused:
        return refused
    query = request.args.get("q", "")
    if not query.strip() or len(query) > 80:
        return error(400, "« q » : le nom d'un métier, 80 caractères au plus")
    ds = runtime.dataset()
    return jsonify(
        [
            {
                "code": j.code,
                "libelle": j.label,
                "nomenclature": j.nomenclature,
                "annee": j.year,
                "famille": j.family_label,
            }
            for j in J.search_jobs(ds, query)
        ]
    )


@jobs_api.get("/api/v1/jobs/areas/<level>/<code>")
def area(level: str, code: str) -> ResponseReturnValue:
    refused = unknown_parameter({"annee"})
    if refused:
        return refused
    ds = runtime.dataset()
    if level not in J.JOB_LEVELS:
        return error(404, f"niveau inconnu : « {level[:20]} » ({', '.join(J.JOB_LEVELS)})")
    territory = ds.territory(J.JOB_LEVELS[level], code.upper())
    if territory is None:
        return error(404, f"territoire inconnu : {level} « {code[:12]} »")
    years = J.bmo_years(ds)
    raw = request.args.get("annee", str(years[-1]) if years else "")
    if not (raw.isascii() and raw.isdigit()) or int(raw) not in years:
        return error(422, f"« annee » doit valoir l'une de : {', '.join(map(str, years))}")
    year = int(raw)
    frame = J.area_jobs(ds, J.JOB_LEVELS[level], territory["code"], year)
    total = J.area_total(ds, J.JOB_LEVELS[level], territory["code"], year)
    comparable = J.previous_comparable_year(ds, year)
    return jsonify(
        {
            "territoire": {"niveau": level, "code": territory["code"], "nom": territory["name"]},
            "annee": year,
            "nomenclature": J.nomenclature_of(ds, year),
            **_source(ds),
            "total": {
                "projets": json_number(total["projects"]),
                "part_difficile": json_number(total["difficult"]),
                "part_saisonniere": json_number(total["seasonal"]),
                "note": SUM_NOTE,
            },
            "evolution_depuis": comparable,
            "note": TENSION_NOTES.get(J.nomenclature_of(ds, year) or "", ""),
            "tension_annee": J.ft_tension_year(ds) if J.nomenclature_of(ds, year) == J.CURRENT_NOMENCLATURE else 2019,
            "metiers": [
                {
                    "code": r.code,
                    "libelle": r.label,
                    "famille": r.family_label,
                    "projets": json_number(r.projects),
                    "statut": r.projects_status,
                    "part_difficile": json_number(r.difficult),
                    "part_saisonniere": json_number(r.seasonal),
                    "evolution_pct": json_number(r.change),
                    "tension": None if r.tension is None or math.isnan(r.tension) else int(r.tension),
                    "liste_metiers_en_tension_2024": None if r.shortage is None else bool(r.shortage),
                }
                for r in frame.itertuples()
            ],
        }
    )


@jobs_api.get("/api/v1/jobs/<code>")
def job(code: str) -> ResponseReturnValue:
    refused = unknown_parameter(set())
    if refused:
        return refused
    ds = runtime.dataset()
    found = J.find_job(ds, code)
    if found is None:
        return error(404, f"métier inconnu : « {code[:12]} »")
    frame = J.job_by_bassin(ds, found)
    return jsonify(
        {
            "metier": {
                "code": found.code,
                "libelle": found.label,
                "nomenclature": found.nomenclature,
                "famille": found.family_label,
            },
            "annee": found.year,
            **_source(ds),
            "historique_france": J.job_history(ds, found),
            "bassins": [
                {
                    "code": r.code,
                    "nom": r.name,
                    "departement": r.departement,
                    "projets": json_number(r.projects),
                    "statut": r.projects_status if isinstance(r.projects_status, str) else "na",
                    "part_difficile": json_number(r.difficult),
                    "part_saisonniere": json_number(r.seasonal),
                }
                for r in frame.itertuples()
            ],
        }
    )
