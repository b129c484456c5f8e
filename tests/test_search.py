"""Search: postcodes, INSEE codes, names in every spelling, and hostile input."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.store.search import MAX_QUERY_LENGTH, QueryError
from dashboard.text import fold, without_article


@pytest.fixture(scope="module")
def index(app):
    from dashboard.store import runtime
    return runtime.search_index()


def codes(index, query, limit=10):
    return [hit.code for hit in index.search(query, limit)]


def test_fold():
    assert fold("Châlons-en-Champagne") == "chalons en champagne"
    assert fold("L'Haÿ-les-Roses") == "l hay les roses"
    assert fold("St-Étienne") == "saint etienne"
    assert without_article("le havre") == "havre"


@pytest.mark.parametrize("query, first", [
    ("33000", "33063"), ("33063", "33063"), ("2A004", "2A004"), ("2a004", "2A004"),
    ("saint etienne", "42218"), ("Saint-Étienne", "42218"), ("st etienne", "42218"), ("etienne", "42218"),
    ("Châlons", "51108"), ("chalons", "51108"), ("le havre", "76351"), ("Le Havre", "76351"), ("havre", "76351"),
    ("Bord", "33063"), ("aix", "13001"), ("paris", "75056"), ("75001", "75101"), ("69001", "69381"),
])
def test_first_result(index, query, first):
    assert codes(index, query)[0] == first


def test_shared_postcode_returns_every_commune(index):
    found = codes(index, "01400", 50)
    assert len(found) >= 8
    assert "01001" in found  # L'Abergement-Clémenciat
    # every hit has the postcode, except the commune whose INSEE code is 01400 (listed last)
    hits = index.search("01400", 50)
    assert all("01400" in h.codes_postaux for h in hits[:-1]) and hits[-1].code == "01400"


def test_paris_postcode_gives_arrondissement_then_commune(index):
    assert codes(index, "75001")[:2] == ["75101", "75056"]


def test_prefix_autocomplete_ranks_by_population(index):
    hits = index.search("mar", 5)
    assert hits[0].code == "13055"
    populations = [h.population for h in hits[1:]]
    assert populations == sorted(populations, reverse=True)


@pytest.mark.parametrize("query", ["", " ", "x", "<script>alert(1)</script>", "' OR 1=1 --", "\x00\x01\x02",
                                   "zzzzqqq", "99999", "%00", "../../etc/passwd"])
def test_no_match_is_an_empty_list(index, query):
    assert index.search(query) == []


def test_too_long_query_is_refused(index):
    with pytest.raises(QueryError):
        index.search("a" * (MAX_QUERY_LENGTH + 1))


def test_api_search(client):
    response = client.get("/api/v1/search?q=33000")
    assert response.status_code == 200
    body = response.get_json()
    assert body[0]["code"] == "33063" and body[0]["nom"] == "Bordeaux"
    assert set(body[0]) >= {"code", "nom", "departement", "region", "population", "codes_postaux", "level"}


@pytest.mark.parametrize("query, status", [
    ("", 200), ("<script>", 200), ("' OR 1=1", 200), ("a" * 10_000, 400), ("\x07bell", 200), ("%ff%fe", 200),
])
def test_api_search_hostile_inputs(client, query, status):
    response = client.get("/api/v1/search", query_string={"q": query})
    assert response.status_code == status
    assert response.is_json
    if status == 400:
        assert "caractères" in response.get_json()["error"]["message"]
    assert b"<script>" not in response.data


def test_api_search_bad_limit(client):
    response = client.get("/api/v1/search?q=paris&limit=abc")
    assert response.status_code == 400 and response.get_json()["error"]["message"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_search_never_fails_on_any_text(index, text):
    try:
        hits = index.search(text)
    except QueryError:
        assert len(text) > MAX_QUERY_LENGTH
    else:
        assert isinstance(hits, list) and len(hits) <= 10
