"""Shared fixtures: the published dataset (built by `make test`), the app, a live server."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from dashboard.config import load_settings
from dashboard.store.dataset import load

# Tests send far more requests a second than a person: the limits have tests of their own, with their own servers.
for _budget in ("RATE_LIMIT", "SEARCH_RATE_LIMIT", "PAGE_RATE_LIMIT"):
    os.environ.setdefault(_budget, "100000 per second")

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "official"


@pytest.fixture(scope="session")
def dataset():
    return load(load_settings().data_dir)


@pytest.fixture(scope="module")
def data_dir(dataset, tmp_path_factory):
    """A data folder of the module's own (hard links to the published release), for servers it starts."""
    folder = tmp_path_factory.mktemp("serving-data")
    shutil.copytree(dataset.release, folder / "releases" / dataset.release.name, copy_function=os.link)
    os.symlink(Path("releases") / dataset.release.name, folder / "current")
    return folder


@pytest.fixture(scope="session")
def app():
    from dashboard.app import create_app

    return create_app()


@pytest.fixture(scope="session")
def client(app):
    return app.server.test_client()


@pytest.fixture(scope="session")
def live_server(app):
    """The real app over real HTTP on a free loopback port."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def page_callback(client, path: str, search: str = ""):
    """Asks for a page's layout as Dash does once it has started: /_dash-layout, from that page."""
    return client.get("/_dash-layout", headers={"Referer": f"http://localhost{path}{search}"})


def page_text(client, path: str, search: str = "") -> str:
    """The page's component tree (frame included) as readable JSON text (non-ASCII kept)."""
    import json

    response = page_callback(client, path, search)
    assert response.status_code == 200, response.data[:300]
    return json.dumps(response.get_json(), ensure_ascii=False)


def page_html(client, path: str) -> str:
    """The page as the server sends it, before any script runs."""
    response = client.get(path)
    assert response.status_code in (200, 404), response.status_code
    return response.get_data(as_text=True)


def series_callback_body(
    output: str = '..series-mode.data...{"mode":["ALL"],"type":"series-button"}.aria-pressed...series-block.children..',
) -> dict:
    """Dash's request when the series toggle of Bordeaux's page is set to "indice"."""
    buttons = [
        {"id": {"mode": m, "type": "series-button"}, "property": "n_clicks", "value": 1 if m == "indice" else None}
        for m in ("niveau", "indice")
    ]
    return {
        "output": output,
        "outputs": [
            {"id": "series-mode", "property": "data"},
            [{"id": {"mode": m, "type": "series-button"}, "property": "aria-pressed"} for m in ("niveau", "indice")],
            {"id": "series-block", "property": "children"},
        ],
        "inputs": [buttons],
        "state": [
            [
                {
                    "id": {"mode": m, "type": "series-button"},
                    "property": "id",
                    "value": {"mode": m, "type": "series-button"},
                }
                for m in ("niveau", "indice")
            ],
            {"id": "territory-key", "property": "data", "value": {"level": "commune", "code": "33063"}},
        ],
        "changedPropIds": ['{"mode":"indice","type":"series-button"}.n_clicks'],
    }
