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


@pytest.mark.parametrize(
    "query, first",
    [
        ("33000", "33063"),
        ("33063", "33063"),
        ("2A004", "2A004"),
        ("2a004", "2A004"),
        ("bordaux", "33063"),
        ("marseile", "13055"),
        ("montpelier", "34172"),
        ("75011 paris", "75111"),
        ("paris 75011", "75111"),
        ("paris 11eme", "75111"),
        ("paris 11e", "75111"),
        ("Paris 11ème", "75111"),
        ("paris 11", "75111"),
        ("lyon 3e", "69383"),
        ("marseille 1er", "13201"),
        ("marseille 1", "13201"),
        ("saint etienne", "42218"),
        ("Saint-Étienne", "42218"),
        ("st etienne", "42218"),
        ("etienne", "42218"),
        ("Châlons", "51108"),
        ("chalons", "51108"),
        ("le havre", "76351"),
        ("Le Havre", "76351"),
        ("havre", "76351"),
        ("Bord", "33063"),
        ("aix", "13001"),
        ("paris", "75056"),
        ("75001", "75101"),
        ("69001", "69381"),
    ],
)
def test_first_result(index, query, first):
    assert codes(index, query)[0] == first


def test_shared_postcode_returns_every_commune(index):
    found = codes(index, "01400", 50)
    assert len(found) >= 8
    assert "01001" in found  # L'Abergement-Clémenciat
    # every hit has the postcode, except the commune whose INSEE code is 01400 (listed last)
    hits = index.search("01400", 50)
    assert all("01400" in h.codes_postaux for h in hits[:-1]) and hits[-1].code == "01400"


@pytest.mark.parametrize("postcode, count", [("88500", 42), ("39570", 37)])
def test_a_postcode_lists_all_its_communes_whatever_the_limit(index, postcode, count):
    hits = index.search(postcode)  # the default limit, 10, caps names, never a postcode
    by_postcode = [h for h in hits if h.match == "code_postal"]
    assert len(by_postcode) == count and all(postcode in h.codes_postaux for h in by_postcode)
    assert [h.match for h in hits[count:]] in ([], ["code_insee"])  # the commune whose INSEE code it is, last
    populations = [h.population for h in by_postcode]
    assert populations == sorted(populations, reverse=True)  # largest first
    assert len(index.search(postcode, 3)) == len(hits)


def test_each_hit_says_what_matched(index):
    hits = index.search("13001")
    assert [(h.code, h.match) for h in hits] == [
        ("13201", "code_postal"),
        ("13055", "code_postal"),
        ("13001", "code_insee"),
    ]  # Aix-en-Provence by its INSEE code
    assert index.search("Bordeaux")[0].match == "nom" and index.search("bordaux")[0].match == "nom_approche"
    assert index.search("2A004")[0].match == "code_insee"


def test_api_lists_a_whole_postcode_and_refuses_an_out_of_range_limit(client):
    body = client.get("/api/v1/search?q=88500").get_json()
    assert sum(h["correspondance"] == "code_postal" for h in body) == 42
    assert client.get("/api/v1/search?q=paris&limit=500").status_code == 422
    assert client.get("/api/v1/search?q=paris&limit=²").status_code == 400


def test_search_works_without_javascript(client):
    """The search box is a plain form: /recherche answers with links, or goes straight to a single match."""
    from tests.conftest import page_text

    assert '"action": "/recherche"' in page_text(client, "/") and '"name": "q"' in page_text(client, "/")
    single = client.get("/recherche?q=33000")
    assert single.status_code == 302 and single.headers["Location"].endswith("/commune/33063")
    assert client.get("/en/recherche?q=bordeaux 33000").headers["Location"].endswith("/en/commune/33063")
    listed = page_text(client, "/recherche", "?q=88500")
    assert "42 communes ont le code postal 88500" in listed and '"href": "/commune/88304"' in listed
    near = page_text(client, "/recherche", "?q=bordaux")
    assert "Aucune commune ne s'appelle « bordaux »" in near and '"href": "/commune/33063"' in near
    assert client.get("/recherche?q=bordaux").status_code == 200


def test_paris_postcode_gives_arrondissement_then_commune(index):
    assert codes(index, "75001")[:2] == ["75101", "75056"]


def test_prefix_autocomplete_ranks_by_population(index):
    hits = index.search("mar", 5)
    assert hits[0].code == "13055"
    populations = [h.population for h in hits[1:]]
    assert populations == sorted(populations, reverse=True)


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "x",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "\x00\x01\x02",
        "zzzzqqq",
        "99999",
        "%00",
        "../../etc/passwd",
    ],
)
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


@pytest.mark.parametrize(
    "query, status",
    [
        ("", 200),
        ("<script>", 200),
        ("' OR 1=1", 200),
        ("a" * 10_000, 400),
        ("\x07bell", 200),
        ("%ff%fe", 200),
    ],
)
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
        assert isinstance(hits, list)
        assert len(hits) <= 10 or all(h.match == "code_postal" for h in hits)
