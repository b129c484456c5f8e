"""The OpenAPI 3.1 description of the API, served at /api/v1/openapi.json, and a human page at /api/v1/."""

from __future__ import annotations

from html import escape

from flask import Blueprint, Response, current_app, jsonify
from flask.typing import ResponseReturnValue

from .. import SITE_NAME, __version__
from .routes import accepts

docs = Blueprint("docs", __name__)

ERROR = {"$ref": "#/components/responses/Error"}


def _param(name: str, description: str, schema: dict, required: bool = False, where: str = "query") -> dict:
    return {"name": name, "in": where, "required": required, "description": description, "schema": schema}


def spec(public_url: str) -> dict:
    levels = ["pays", "region", "departement", "zone_emploi", "zone_emploi_partie", "epci", "commune", "arrondissement"]
    errors = dict.fromkeys(("400", "404", "413", "422"), ERROR)
    job_levels = ("bassin", "departement", "region", "france")
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{SITE_NAME} — API de données ouvertes",
            "version": __version__,
            "description": "Statistiques du marché du travail par territoire. Chaque valeur porte sa source, "
            "son millésime et l'indication « demo » pour les données de démonstration.",
            "license": {"name": "Licence Ouverte 2.0 (données), MIT (code)", "identifier": "MIT"},
        },
        "servers": [{"url": public_url}],
        "paths": {
            "/api/v1/search": {
                "get": {
                    "summary": "Rechercher une commune (code postal, nom, code INSEE)",
                    "operationId": "search",
                    "description": "Chaque résultat dit ce qui correspond (« correspondance » : code_postal, code_insee, "
                    "nom ou nom_approche pour un nom mal orthographié). Un code postal donne toutes ses "
                    "communes, quelle que soit la limite.",
                    "parameters": [
                        _param("q", "texte recherché (100 caractères au plus)", {"type": "string"}, True),
                        _param(
                            "limit",
                            "nombre de résultats pour un nom (10 par défaut)",
                            {"type": "integer", "minimum": 1, "maximum": 100},
                        ),
                    ],
                    "responses": {
                        "200": {
                            "description": "communes, la meilleure en premier",
                            "content": {"application/json": {"schema": {"type": "array"}}},
                        },
                        **errors,
                    },
                }
            },
            "/api/v1/indicators": {
                "get": {
                    "summary": "Catalogue des indicateurs",
                    "operationId": "indicators",
                    "responses": {
                        "200": {
                            "description": "indicateurs",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Indicator"}}
                                }
                            },
                        }
                    },
                }
            },
            "/api/v1/territories": {
                "get": {
                    "summary": "Rechercher (q) ou lister (niveau) des territoires",
                    "operationId": "territories",
                    "parameters": [
                        _param("q", "recherche", {"type": "string"}),
                        _param("niveau", "niveau", {"type": "string", "enum": levels}),
                        _param("limit", "taille de page", {"type": "integer", "minimum": 1, "maximum": 1000}),
                        _param("offset", "décalage", {"type": "integer", "minimum": 0}),
                    ],
                    "responses": {
                        "200": {
                            "description": "territoires",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        **errors,
                    },
                }
            },
            "/api/v1/territories/{level}/{code}": {
                "get": {
                    "summary": "Un territoire et ses parents",
                    "operationId": "territory",
                    "parameters": [
                        _param("level", "niveau", {"type": "string", "enum": levels}, True, "path"),
                        _param("code", "code officiel", {"type": "string"}, True, "path"),
                    ],
                    "responses": {
                        "200": {
                            "description": "territoire",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        **errors,
                    },
                }
            },
            "/api/v1/observations": {
                "get": {
                    "summary": "Observations d'un indicateur",
                    "operationId": "observations",
                    "parameters": [
                        _param("indicator", "identifiant d'indicateur", {"type": "string"}, True),
                        _param("level", "niveau territorial", {"type": "string", "enum": levels}, True),
                        _param("codes", "codes séparés par des virgules (500 au plus)", {"type": "string"}),
                        _param("period_from", "première période (2024, 2024-T4, 2024-06)", {"type": "string"}),
                        _param("period_to", "dernière période", {"type": "string"}),
                        _param(
                            "breakdown",
                            "ventilation",
                            {"type": "string", "enum": ["total", "sexe", "age", "anciennete", "metier", "all"]},
                        ),
                        _param("format", "format de la réponse", {"type": "string", "enum": ["json", "csv", "xlsx"]}),
                        _param(
                            "limit",
                            "lignes par page (10 000 au plus)",
                            {"type": "integer", "minimum": 1, "maximum": 10000},
                        ),
                        _param("offset", "décalage", {"type": "integer", "minimum": 0}),
                    ],
                    "responses": {
                        "200": {
                            "description": (
                                "observations, avec source, millésime et indicateur demo ; pour un taux calculé "
                                "sur un effectif connu (taux de chômage du recensement, parts BMO), cet effectif "
                                "(base) et fiabilite_faible (base inférieure à 200)"
                            ),
                            "content": {
                                "application/json": {"schema": {"type": "object"}},
                                "text/csv": {"schema": {"type": "string"}},
                            },
                        },
                        **errors,
                    },
                }
            },
            "/api/v1/jobs": {
                "get": {
                    "summary": "Rechercher un métier par son intitulé (sans accents ni casse, débuts de mots)",
                    "operationId": "jobSearch",
                    "parameters": [_param("q", "intitulé recherché (80 caractères au plus)", {"type": "string"}, True)],
                    "responses": {
                        "200": {
                            "description": "métiers, code de la dernière enquête qui les a",
                            "content": {"application/json": {"schema": {"type": "array"}}},
                        },
                        **errors,
                    },
                }
            },
            "/api/v1/jobs/areas/{level}/{code}": {
                "get": {
                    "summary": "Les métiers d'un territoire (enquête BMO) : projets, parts difficile et saisonnière, "
                    "évolution, tension 2019, liste des métiers en tension 2024",
                    "operationId": "areaJobs",
                    "parameters": [
                        _param("level", "niveau", {"type": "string", "enum": list(job_levels)}, True, "path"),
                        _param("code", "code officiel (FR pour la France)", {"type": "string"}, True, "path"),
                        _param("annee", "année de l'enquête (la dernière par défaut)", {"type": "integer"}),
                    ],
                    "responses": {
                        "200": {
                            "description": "métiers classés par projets ; secret statistique : null",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        **errors,
                    },
                }
            },
            "/api/v1/jobs/{code}": {
                "get": {
                    "summary": "Un métier dans toute la France : projets et part difficile par bassin, historique",
                    "operationId": "job",
                    "parameters": [_param("code", "code FAP (ex. A1X42)", {"type": "string"}, True, "path")],
                    "responses": {
                        "200": {
                            "description": "le métier, par bassin",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        **errors,
                    },
                }
            },
            "/api/v1/training/centres": {
                "get": {
                    "summary": "Centres de formation d'apprentis (InserJeunes, dernier millésime) par nom, département "
                    "ou région",
                    "operationId": "trainingCentres",
                    "parameters": [
                        _param("q", "mots du nom (débuts de mots, sans accents)", {"type": "string"}),
                        _param("departement", "code du département", {"type": "string"}),
                        _param("region", "code de la région", {"type": "string"}),
                    ],
                    "responses": {
                        "200": {
                            "description": "centres ; null : trop peu de sortants pour publier",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        **errors,
                    },
                }
            },
            "/api/v1/training/centres/{uai}": {
                "get": {
                    "summary": "Un centre sur tous les millésimes",
                    "operationId": "trainingCentre",
                    "parameters": [_param("uai", "UAI du centre (ex. 0332197J)", {"type": "string"}, True, "path")],
                    "responses": {
                        "200": {
                            "description": "le centre, millésime par millésime",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        **errors,
                    },
                }
            },
            "/api/v1/training/departements": {
                "get": {
                    "summary": "Par département : centres, médiane et quartiles du taux d'emploi à 6 mois",
                    "operationId": "trainingDepartements",
                    "responses": {
                        "200": {
                            "description": "départements (médianes, sans pondération)",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                }
            },
            "/api/v1/training/outcomes": {
                "get": {
                    "summary": "Retour à l'emploi dans les 6 mois après une formation (France Travail, API Sortants "
                    "de formation et accès à l'emploi), dernier trimestre : le territoire, sa région et la France",
                    "operationId": "trainingOutcomes",
                    "parameters": [
                        _param("departement", "code du département", {"type": "string"}),
                        _param("region", "code de la région", {"type": "string"}),
                    ],
                    "responses": {
                        "200": {
                            "description": "territoires ; disponible = false tant que les réponses de l'API ne sont "
                            "pas chargées (aucun chiffre de démonstration) ; null : non publié",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        **errors,
                    },
                }
            },
            "/api/v1/training/ratings": {
                "get": {
                    "summary": "Avis des stagiaires (Anotéa, France Travail) sur les organismes ayant un lieu de "
                    "formation dans le département, les plus notés d'abord (100 au plus)",
                    "operationId": "trainingRatings",
                    "parameters": [_param("departement", "code du département", {"type": "string"}, True)],
                    "responses": {
                        "200": {
                            "description": "organismes et notes sur 5 ; disponible = false tant que les pages de "
                            "l'API ne sont pas chargées (aucun chiffre de démonstration) ; null : sans avis",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        **errors,
                    },
                }
            },
            "/api/v1/kpis": {
                "get": {
                    "summary": "Indicateurs nationaux de performance, valeurs et sources",
                    "operationId": "kpis",
                    "responses": {
                        "200": {
                            "description": "indicateurs",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Indicator": {
                    "type": "object",
                    "required": ["id", "label_fr", "unit", "source"],
                    "properties": {
                        "id": {"type": "string"},
                        "label_fr": {"type": "string"},
                        "label_en": {"type": "string"},
                        "unit": {"type": "string"},
                        "definition_fr": {"type": "string"},
                        "source": {"type": "string"},
                        "direction": {"type": "string"},
                        "decimals": {"type": "integer"},
                        "levels": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "properties": {"status": {"type": "integer"}, "message": {"type": "string"}},
                        }
                    },
                },
            },
            "responses": {
                "Error": {
                    "description": "erreur, avec un message en français",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                }
            },
        },
    }


@docs.get("/api/v1/openapi.json")
@accepts()
def openapi() -> ResponseReturnValue:
    return jsonify(spec(current_app.config["SETTINGS"].public_url))


@docs.get("/api/v1/")
@accepts()
def human() -> ResponseReturnValue:
    document = spec(current_app.config["SETTINGS"].public_url)
    items = []
    for path, methods in document["paths"].items():
        op = methods["get"]
        params = "".join(
            f"<li><code>{escape(p['name'])}</code>{' (obligatoire)' if p['required'] else ''} — "
            f"{escape(p['description'])}</li>"
            for p in op.get("parameters", [])
        )
        items.append(
            f"<section><h2><code>GET {escape(path)}</code></h2><p>{escape(op['summary'])}</p>"
            f"<ul>{params}</ul></section>"
        )
    page = f"""<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>API — {SITE_NAME}</title>
<link rel="stylesheet" href="/assets/style.css"></head><body><main id="contenu">
<h1>API de données ouvertes</h1>
<p>Description complète au format OpenAPI : <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
Les erreurs sont renvoyées en JSON avec un message (400, 404, 413, 422). Exemple :
<a href="/api/v1/observations?indicator=demandeurs_abc&amp;level=commune&amp;codes=33063&amp;period_from=2024-T1">
demandeurs d'emploi de Bordeaux depuis 2024</a>.</p>
<p>Chaque observation indique sa source, son millésime et si elle est une donnée de démonstration (<code>demo</code>).
Licence des données : Licence Ouverte 2.0.</p>{"".join(items)}<p><a href="/">Retour au site</a></p></main></body></html>"""
    return Response(page, mimetype="text/html")
