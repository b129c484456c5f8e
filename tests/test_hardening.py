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
