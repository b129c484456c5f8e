"""Anotéa (trainees' ratings): the API client against a local stub server, and the connector's checks."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dashboard.ingest.connectors import ParseContext, SourceFileError, anotea, recognise
from dashboard.sources.anotea import AnoteaClient, AnoteaError, fetch_all


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
    assert rated.ratings == 12 and rated["global"] == 4.4 and rated.postcodes == "33000"
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
