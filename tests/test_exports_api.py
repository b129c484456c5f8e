"""Exports (images rendered on the server, CSV, XLSX), embed, framing headers, and the open data API."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from tests.conftest import page_text

PNG = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.mark.parametrize(
    "size, expected", [("standard", (1200, 675)), ("double", (2400, 1350)), ("carre", (1080, 1080))]
)
def test_png_export_sizes(client, size, expected):
    response = client.get(f"/export/demandeurs.png?code=33063&taille={size}")
    assert response.status_code == 200 and response.data.startswith(PNG)
    assert _png_size(response.data) == expected
    assert "attachment" in response.headers["Content-Disposition"]


def test_svg_export_parses_and_carries_the_source(client):
    response = client.get("/export/recensement.svg?code=33063")
    assert response.status_code == 200
    root = ET.fromstring(response.data)
    text = " ".join(root.itertext())
    assert "Source" in text and "Emploi-Territoires" in text and "INSEE" in text and "DÉMONSTRATION" not in text


def test_map_image_export_renders_offline(client):
    response = client.get("/export/carte.png?niveau=region&indicateur=taux_chomage")
    assert response.status_code == 200 and response.data.startswith(PNG)


def test_csv_export_matches_api_and_page(client, dataset):
    text = client.get("/export/demandeurs.csv?code=33063").data.decode("utf-8-sig")
    lines = text.splitlines()
    meta = [line for line in lines if line.startswith("# ")]
    assert any(line.startswith("# Source : ") and "France Travail" in line for line in meta)
    assert any("Licence Ouverte" in line for line in meta) and any("démonstration : non" in line for line in meta)
    assert any(line.startswith("# Permalien : ") and line.endswith("/commune/33063") for line in meta)
    table = pd.read_csv(io.StringIO(text), comment="#", sep=";", decimal=",")
    assert list(table.columns) == ["Période", "Code période", "Catégories A à E"]
    last = table.iloc[-1]
    assert last["Code période"] == "2024-12" and len(table) == 60
    api = client.get(
        "/api/v1/observations?indicator=demandeurs_ae&level=commune&codes=33063"
        f"&period_from={last['Code période']}&period_to={last['Code période']}"
    ).get_json()
    assert api["observations"][0]["valeur"] == last["Catégories A à E"] == 33_710
    assert dataset.point("demandeurs_ae", "commune", "33063", last["Code période"]).value == last["Catégories A à E"]
    page = page_text(client, "/commune/33063")
    assert "33\u202f710" in page


def test_csv_is_what_a_spreadsheet_of_the_language_opens(client):
    french = client.get("/export/chomage.csv?code=33063").data.decode("utf-8-sig")
    lines = [line for line in french.splitlines() if not line.startswith("#")]
    assert lines[0].startswith("Période;Code période;") and ";6,4" in french  # ';' and a decimal comma
    english = client.get("/export/chomage.csv?code=33063&lang=en").data.decode("utf-8-sig")
    assert next(line for line in english.splitlines() if not line.startswith("#")).startswith("Period,Period code,")
    assert ",6.4" in english
    counts = client.get("/export/demandeurs.csv?code=33063").data.decode("utf-8-sig")
    assert "décembre 2024;2024-12;33710" in counts and "33710.0" not in counts  # counts are integers
    meta = dict(line[2:].split(" : ", 1) for line in counts.splitlines() if line.startswith("# "))
    assert meta["Période"] == "janvier 2020 – décembre 2024"  # the whole range of a series, not its last period


def test_embed_code_sizes_itself_and_points_to_the_public_address(client, monkeypatch):
    text = page_text(client, "/commune/33063")
    assert "data-emploi-territoires" in text and "/assets/embed-resize.js" in text
    assert client.get("/assets/embed-resize.js").status_code == 200
    from dashboard.config import default_public_url, load_settings

    assert default_public_url({"HOST": "0.0.0.0", "PORT": "9000"}) == "http://127.0.0.1:9000"
    monkeypatch.delenv("PUBLIC_URL", raising=False)
    monkeypatch.setenv("PORT", "8123")
    assert load_settings().public_url == "http://127.0.0.1:8123"  # not 8050 whatever PORT says
    monkeypatch.setenv("PUBLIC_URL", "https://emploi.example.org/")
    assert load_settings().public_url == "https://emploi.example.org"


def test_xlsx_export_has_data_and_metadata(client):
    response = client.get("/export/indicateur.xlsx?id=RETOURS_EMPLOI")
    book = openpyxl.load_workbook(io.BytesIO(response.data))
    assert book.sheetnames == ["Données", "Métadonnées"]
    values = [row[3] for row in book["Données"].iter_rows(min_row=2, values_only=True)]
    assert 4095931 in values and 4013000 in values
    meta = dict(book["Métadonnées"].iter_rows(min_row=2, values_only=True))
    assert meta["Données de démonstration"] == "non" and "budget.gouv.fr" not in meta["Titre"]
    assert meta["Citation"].startswith("Source : ")


@pytest.mark.parametrize(
    "url, status",
    [
        ("/export/inconnu.png", 404),
        ("/export/demandeurs.gif?code=33063", 404),
        ("/export/demandeurs.csv?code=99999", 404),
        ("/export/demandeurs.csv?code=33063&mode=x", 422),
        ("/export/demandeurs.png?code=33063&taille=geante", 422),
        ("/export/demandeurs.csv?code=" + "9" * 60, 422),
        ("/export/demandeurs.csv?code=97411&mode=categories", 404),
        ("/embed/inconnu", 404),
    ],
)
def test_export_errors_are_json(client, url, status):
    response = client.get(url)
    assert response.status_code == status and response.get_json()["error"]["message"]


def test_embed_is_frameable_and_pages_are_not(client):
    embed = client.get("/embed/demandeurs?code=33063")
    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed.headers
    assert "frame-ancestors *" in embed.headers["Content-Security-Policy"]
    body = embed.get_data(as_text=True)
    assert "Source :" in body and "/assets/embed.js" in body and "<script>" not in body
    page = client.get("/commune/33063")
    assert page.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]


def test_commune_page_offers_exports_embed_and_citation(client):
    text = page_text(client, "/commune/33063")
    for fragment in (
        "/export/demandeurs.png?code=33063",
        "taille=double",
        "taille=carre",
        "/export/demandeurs.svg",
        "/export/demandeurs.csv",
        "/export/demandeurs.xlsx",
        "/embed/demandeurs?code=33063",
        "/export/recensement.csv?code=33063",
        "/export/recrutement.xlsx?code=33063",
        "/export/chomage.png?code=33063",
        "Copier le lien",
        "traitement Emploi-Territoires",
    ):
        assert fragment in text


def test_openapi_document_validates(client):
    document = client.get("/api/v1/openapi.json").get_json()
    validate(document)
    assert {"/api/v1/indicators", "/api/v1/territories", "/api/v1/observations"} <= set(document["paths"])
    assert client.get("/api/v1/").status_code == 200


def test_territory_with_parents(client):
    body = client.get("/api/v1/territories/commune/33063").get_json()
    assert body["nom"] == "Bordeaux" and body["population"] > 200_000
    assert [p["niveau"] for p in body["parents"]] == ["epci", "zone_emploi", "bassin", "departement", "region", "pays"]


def test_observations_formats_agree(client):
    base = "/api/v1/observations?indicator=demandeurs_a&level=departement&codes=33,2A&period_from=2016-01"
    rows = client.get(base).get_json()["observations"]
    csv_rows = pd.read_csv(io.StringIO(client.get(base + "&format=csv").data.decode("utf-8-sig")), dtype={"code": str})
    book = openpyxl.load_workbook(io.BytesIO(client.get(base + "&format=xlsx").data))
    assert len(rows) == len(csv_rows) == book["Observations"].max_row - 1 == 12
    assert sorted(r["valeur"] for r in rows) == sorted(csv_rows.valeur)
    assert all(r["demo"] is False and r["millesime"] and r["source"] for r in rows)


def test_too_large_request_is_413(client):
    response = client.get("/api/v1/observations?indicator=projets_recrutement&level=bassin&breakdown=all")
    assert response.status_code == 413 and "limite" in response.get_json()["error"]["message"]


QUERY = st.dictionaries(
    st.sampled_from(
        [
            "indicator",
            "level",
            "codes",
            "period_from",
            "period_to",
            "breakdown",
            "format",
            "limit",
            "offset",
            "q",
            "niveau",
        ]
    ),
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(
            [
                "demandeurs_ae",
                "commune",
                "departement",
                "33063",
                "2024-12",
                "csv",
                "xlsx",
                "-1",
                "99999999999",
                "all",
                "<script>",
            ]
        ),
    ),
    max_size=6,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from(
        [
            "/api/v1/observations",
            "/api/v1/territories",
            "/api/v1/search",
            "/api/v1/indicators",
            "/api/v1/territories/commune/33063",
            "/export/demandeurs.csv",
            "/export/carte.csv",
        ]
    ),
    query=QUERY,
)
def test_api_never_answers_500(client, path, query):
    response = client.get(path, query_string=query)
    assert response.status_code < 500, (path, query, response.data[:200])
    if response.status_code >= 400:
        assert response.is_json and response.get_json()["error"]["message"]
    if response.is_json:
        assert "<script>" not in json.dumps(response.get_json(), ensure_ascii=False) or path.endswith("search")


def test_sums_of_published_decimals_carry_no_float_noise(client, dataset):
    from decimal import Decimal

    from dashboard.ingest.exact import decimal_sum

    assert decimal_sum([0.1, 0.2]) == 0.3 and repr(decimal_sum([300.729196098871, 15.2])) == "315.929196098871"
    members = dataset.territories[
        (dataset.territories.level == "commune") & (dataset.territories.departement == "29")
    ].code
    parts = [dataset.latest("chomeurs_1564", "commune", c)[1].value for c in members]
    exact = sum((Decimal(repr(v)) for v in parts), Decimal(0))
    text = client.get("/export/carte.csv?indicateur=taux_chomage_rp&niveau=departement").get_data(as_text=True)
    row = next(line for line in text.splitlines() if line.startswith("29;"))  # Finistère: a float sum ends in …854
    exported = Decimal(row.rsplit(";", 1)[1].replace(",", "."))
    assert exported == Decimal(repr(float(exact)))  # the decimal sum, written at the publisher's precision
    assert abs(exported - exact) < Decimal("1e-11")
