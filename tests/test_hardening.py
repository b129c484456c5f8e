"""Bad input and stray paths get precise answers (never a 500, never the site's page where a machine asked)."""

from __future__ import annotations

import pytest

from tests.conftest import series_callback_body


@pytest.mark.parametrize("path", ["/api/v1/nope", "/api/nope", "/export/nope", "/embed/x/y", "/geo/x/../y"])
def test_unknown_machine_paths_are_json_404s(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response.mimetype == "application/json"
    assert response.get_json()["error"]["status"] == 404
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]  # only real embeds are framed


def test_a_real_embed_is_frameable(client):
    response = client.get("/embed/chomage?code=33063")
    assert response.status_code == 200 and "frame-ancestors 'none'" not in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize(
    "method, path",
    [
        ("post", "/api/v1/search?q=paris"),
        ("post", "/export/chomage.csv?code=1"),
        ("delete", "/commune/33063"),
        ("put", "/geo/v/region.geojson"),
    ],
)
def test_a_wrong_method_is_405_with_allow(client, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]


@pytest.mark.parametrize("query", ["limit=²", "limit=٣", "offset=²", "limit=1%0A"])
def test_unicode_digits_are_refused_not_crashed(client, query):
    for base in (
        "/api/v1/territories?level=departement",
        "/api/v1/observations?indicator=demandeurs_ae&level=departement",
    ):
        response = client.get(f"{base}&{query}")
        assert response.status_code in (400, 422), (base, query, response.status_code)


@pytest.mark.parametrize("period", ["2024-T4%0A", "２０２４", "2024-12%0A"])
def test_a_period_with_a_trailing_newline_or_wide_digits_is_refused(client, period):
    response = client.get(f"/api/v1/observations?indicator=demandeurs_ae&level=departement&period_from={period}")
    assert response.status_code == 422 and "period_from" in response.get_json()["error"]["message"]


def test_double_slashes_never_become_links_to_another_site(client):
    response = client.get("/en//evil.example/x?a=1")
    assert response.status_code == 301 and response.headers["Location"] == "/en/evil.example/x?a=1"
    page = client.get("/en/evil.example/x").get_data(as_text=True)
    assert 'href="//' not in page


def test_a_failing_callback_is_a_logged_500_with_a_request_id(client, monkeypatch, caplog):
    from dashboard.pages import commune

    assert client.post("/_dash-update-component", json=series_callback_body()).status_code == 200

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug of ours")

    monkeypatch.setattr(commune, "series_block", broken)
    with caplog.at_level("INFO"):
        response = client.post("/_dash-update-component", json=series_callback_body())
    assert response.status_code == 500
    ident = response.get_json()["error"]["request_id"]
    assert ident == response.headers["X-Request-Id"]
    errors = [r for r in caplog.records if r.levelname == "ERROR" and ident in r.getMessage()]
    assert errors and "a bug of ours" in str(errors[0].exc_info[1])


def test_a_malformed_callback_body_is_still_the_clients_400(client):
    response = client.post("/_dash-update-component", json={"output": "nope", "inputs": "x"})
    assert response.status_code == 400


def _mutated(body, path, value):
    import copy

    out = copy.deepcopy(body)
    target = out
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return out


@pytest.mark.parametrize(
    "path, value",
    [
        (("state", 0, 0, "value"), "x"),  # a series button's id that is not an object
        (("state", 0, 1, "value"), [None]),
        (("changedPropIds",), [1]),  # not "id.property" texts
        (("changedPropIds", 0), None),
    ],
)
def test_a_mutated_series_state_is_a_400_that_says_why(client, caplog, path, value):
    with caplog.at_level("ERROR"):
        response = client.post("/_dash-update-component", json=_mutated(series_callback_body(), path, value))
    assert response.status_code == 400, response.data[:200]
    assert response.get_json()["error"]["message"].startswith("État de la page invalide")
    assert not [r for r in caplog.records if r.levelname == "ERROR"]  # the client's error: no traceback logged


@pytest.mark.parametrize("lang", [[], {}, [None], {"a": 1}, "xx" * 200])
def test_a_map_state_with_a_strange_language_is_drawn_in_french(client, dataset, lang):
    from tests.test_maps import drawn_map, recolour_response

    response = recolour_response(client, "departement", None, {"niveau": "departement", "dep": None, "lang": lang})
    _props, colours = drawn_map(response.get_json()["response"])
    assert "Départements" in colours["title"]


def test_a_doubled_slash_with_an_encoded_newline_is_a_clean_redirect(client):
    response = client.get("/commune//x%0Ay")
    assert response.status_code == 301 and response.headers["Location"] == "/commune/x%0Ay"
    assert client.get(response.headers["Location"]).status_code == 404


@pytest.mark.parametrize("path", ["/api/v1", "/api/v1?x=1"])
def test_routing_redirects_never_name_the_host_a_client_sent(client, path):
    response = client.get(path, headers={"Host": "evil.example"})
    assert response.status_code == 308 and "evil.example" not in response.headers["Location"]
    assert response.headers["Location"].startswith("/api/v1/")


@pytest.mark.parametrize(
    "query", [{"departement": "commune"}, {"region": "level"}, {"departement": "code", "region": "name"}]
)
def test_a_territory_code_that_is_a_column_name_is_an_unknown_code(client, query):
    from urllib.parse import urlencode

    from tests.conftest import page_text

    text = page_text(client, "/formations", "?" + urlencode(query))
    assert "Un problème est survenu" not in text and "centres" in text


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/search?q=paris",
        "/api/v1/kpis",
        "/api/v1/indicators",
        "/api/v1/territories?niveau=region",
        "/api/v1/territories/commune/33063",
        "/api/v1/openapi.json",
        "/api/v1/",
    ],
)
def test_an_unknown_api_parameter_is_refused_by_name(client, path):
    assert client.get(path).status_code == 200
    response = client.get(path + ("&" if "?" in path else "?") + "foo=1")
    assert response.status_code == 400 and "« foo »" in response.get_json()["error"]["message"]
