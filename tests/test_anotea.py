"""Anotéa (trainees' ratings): the API client against a local stub server, the connector's checks, then the page
and the API with and without the ratings in the release."""

from __future__ import annotations

import json
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dashboard.ingest.connectors import ParseContext, SourceFileError, anotea, recognise
from dashboard.ingest.pipeline import ingest
from dashboard.sources.anotea import AnoteaClient, AnoteaError, fetch_all
from tests.test_connectors import clone_dataset
from tests.test_training_outcomes import render_with


def organisation(siret: str, count: int, global_note: float | None = 4.4) -> dict:
    notes = dict.fromkeys(anotea.CRITERIA, global_note) if count else {}
    return {
        "id": siret,
        "siret": siret,
        "raison_sociale": f"Organisme {siret[-3:]}",
        "region": ["75"],
        "lieux_de_formation": [{"adresse": {"code_postal": "33000", "ville": "Bordeaux", "region": "75"}}],
        "score": {"nb_avis": count, "notes": notes},
    }


class StubAnotea:
    """Two pages of organisations; scripted failures before answering."""

    def __init__(self, script: list[str]):
        self.script, self.calls = list(script), []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                stub.calls.append((self.path, self.headers.get("Authorization")))
                action = stub.script.pop(0) if stub.script else "ok"
                if action in ("401", "429", "503"):
                    self.send_response(int(action))
                    if action == "429":
                        self.send_header("Retry-After", "1")
                    self.end_headers()
                    return
                page = int(self.path.split("page=")[1].split("&")[0])
                items = [organisation("1234567890012" + str(page), 12), organisation("98765432100987", 0)]
                body = json.dumps(
                    {
                        "organismes_formateurs": items,
                        "meta": {"pagination": {"page": page, "items_par_page": 2, "total_items": 4, "total_pages": 2}},
                    }
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/api"

    def close(self):
        self.server.shutdown()


@pytest.fixture()
def context(dataset):
    return ParseContext(dataset.territories.reset_index(drop=True), {})


def test_fetch_every_page_with_retries_then_parse(tmp_path, context):
    stub = StubAnotea(["429", "503"])
    try:
        client = AnoteaClient(base_url=stub.base, authorization="key", sleep=lambda s: None)
        files = fetch_all(client, tmp_path / "anotea")
    finally:
        stub.close()
    assert len(files) == 2 and all(recognise(f) is anotea for f in files)
    assert all(auth == "key" for _, auth in stub.calls) and len(stub.calls) == 4  # two refusals retried
    table = anotea.parse(files[0], context).tables["anotea_organismes"]
    rated, unrated = table.iloc[0], table.iloc[1]
    assert rated.ratings == 12 and rated["global"] == 4.4 and rated.postcodes == "33000" and rated.departements == "33"
    assert unrated.ratings == 0 and unrated[list(anotea.CRITERIA)].isna().all()  # no ratings: empty, never 0


def test_client_stops_clearly_on_401():
    stub = StubAnotea(["401"])
    try:
        with pytest.raises(AnoteaError, match="ANOTEA_AUTHORIZATION"):
            AnoteaClient(base_url=stub.base, sleep=lambda s: None).organisations(0)
    finally:
        stub.close()


@pytest.mark.parametrize(
    "change, message",
    [({"siret": "12"}, "SIRET invalide"), ({"score": {"nb_avis": 3, "notes": {"global": 7}}}, "note hors de")],
)
def test_connector_refuses_bad_rows_saying_where(tmp_path, context, change, message):
    item = {**organisation("12345678900123", 3), **change}
    path = tmp_path / "page.json"
    path.write_text(
        json.dumps(
            {"endpoint": "anotea/organismes-formateurs", "page": 0, "response": {"organismes_formateurs": [item]}}
        ),
        encoding="utf-8",
    )
    with pytest.raises(SourceFileError, match=message) as error:
        anotea.parse(path, context)
    assert "ligne 1" in str(error.value)


def test_postcodes_find_their_departement():
    assert [anotea.departement_of_postcode(p) for p in ("33000", "01000", "97400", "20000", "20137", "20200")] == [
        "33",
        "01",
        "974",
        "2A",
        "2A",
        "2B",
    ]


def test_without_the_ratings_the_page_says_what_is_missing_and_shows_no_figure(client):
    page = client.get("/formations?departement=33").get_data(as_text=True)
    assert 'id="missing-ratings"' in page and "data fetch --source anotea" in page and "Note globale" not in page
    body = client.get("/api/v1/training/ratings?departement=33").get_json()
    assert body["disponible"] is False and body["organismes"] == [] and "anotea" in body["message"]
    assert client.get("/api/v1/training/ratings").status_code == 400
    assert client.get("/api/v1/training/ratings?departement=999").status_code == 422
    assert "/api/v1/training/ratings" in client.get("/api/v1/openapi.json").get_json()["paths"]


def test_fetched_ratings_reach_the_page_and_the_api_most_rated_first(dataset, tmp_path):
    stub = StubAnotea([])
    try:
        files = fetch_all(AnoteaClient(base_url=stub.base, sleep=lambda s: None), tmp_path / "anotea")
    finally:
        stub.close()
    folder = clone_dataset(dataset, tmp_path / "data")
    ingest(folder, files, folder / "sources")
    html, api = render_with(folder, ["/formations?departement=33", "/api/v1/training/ratings?departement=33"])
    page = html.replace("\u202f", " ").replace("\xa0", " ")
    assert 'id="missing-ratings"' not in page and "Organisme 120" in page and "Organisme 121" in page
    # Three organisations train in Gironde (one met on both pages counts once), two of them rated.
    assert "3 organismes avec un lieu de formation, dont 2 avec des avis" in page
    assert "Organisme 987" not in page  # no ratings: not listed with a made-up score
    assert "4,4" in page and "Anotéa" in page
    assert f"notes moyennes au {date.today().isoformat()}" in page  # the day the ratings were fetched
    assert api["disponible"] is True and api["organismes_total"] == 3 and api["organismes_avec_avis"] == 2
    assert api["organismes"][0]["avis"] == 12 and api["organismes"][0]["notes"]["global"] == 4.4
