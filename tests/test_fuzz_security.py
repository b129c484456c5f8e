"""Hostile inputs everywhere (URLs, query strings, callback payloads) and the static checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
MARKUP = "<script>alert(1)</script>"
NASTY = st.one_of(
    st.text(max_size=200),
    st.just(MARKUP),
    st.just("' OR 1=1 --"),
    st.just("../" * 20 + "etc/passwd"),
    st.just("%00%ff%fe"),
    st.just("😀" * 50),
    st.just("a" * 5000),
    st.just("{{7*7}}"),
    st.just("${jndi:ldap://x}"),
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | NASTY,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
PAGES = [
    "/",
    "/commune/{x}",
    "/territoire/{x}/{x}",
    "/carte",
    "/indicateurs/{x}",
    "/a-propos",
    "/{x}",
    "/export/{x}.png",
    "/embed/{x}",
    "/geo/{x}/{x}.geojson",
    "/api/v1/territories/{x}/{x}",
]
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _no_reflected_markup(response) -> None:
    if response.mimetype == "text/html":
        assert MARKUP not in response.get_data(as_text=True)


@FUZZ
@given(template=st.sampled_from(PAGES), value=NASTY, query=st.dictionaries(st.text(max_size=20), NASTY, max_size=4))
def test_urls_never_5xx(client, template, value, query):
    from urllib.parse import quote

    path = template.replace("{x}", quote(value[:300], safe=""))
    response = client.get(path, query_string=query)
    assert response.status_code < 500, (path, query)
    _no_reflected_markup(response)


@pytest.mark.parametrize(
    "path,query",
    [
        ("/", {"tr": "<script>"}),
        ("/indicateurs", {"tr": "x"}),
        ("/commune/33063", {"code": "75056", "tr": "x"}),
        ("/territoire/departement/33", {"level": "region", "code": "x"}),
        ("/en/carte", {"tr": "en"}),
    ],
)
def test_query_parameters_named_like_page_arguments_are_ignored(client, path, query):
    """A query parameter named like a path parameter or the translator once crashed the page head (500)."""
    response = client.get(path, query_string=query)
    assert response.status_code == 200, (path, query)
    assert "<title>" in response.get_data(as_text=True)


@FUZZ
@given(body=JSONISH)
def test_callback_payloads_never_5xx(client, body):
    response = client.post("/_dash-update-component", data=json.dumps(body), content_type="application/json")
    assert response.status_code < 500


@FUZZ
@given(
    path=st.sampled_from(["/commune/33063", "/carte", "/indicateurs", "/commune/x"]),
    search=st.dictionaries(
        st.sampled_from(
            ["indicateur", "niveau", "periode", "dep", "methode", "classes", "serie", "code", "__class__", "layout"]
        ),
        NASTY,
        max_size=5,
    ),
)
def test_page_callback_with_hostile_state_never_fails(client, path, search):
    from urllib.parse import urlencode

    from tests.conftest import page_callback

    response = page_callback(client, path, "?" + urlencode(search))
    assert response.status_code < 500
    text = response.get_data(as_text=True)
    assert "Un problème est survenu" not in json.loads(text).__repr__() or path == "/commune/x"


def test_oversized_body_is_refused(client):
    response = client.post("/_dash-update-component", data=b"x" * (2 << 20), content_type="application/json")
    assert response.status_code == 413


@pytest.mark.parametrize("retry,seconds", [(None, 1), (0, 1), (0.4, 1), (1.0, 1), (1.2, 2), ("3", 3), ("x", 1)])
def test_retry_after_is_never_zero(retry, seconds):
    from dashboard.security import retry_after_seconds

    assert retry_after_seconds(retry) == seconds
