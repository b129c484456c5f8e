"""Shared fixtures: the published dataset (built by `make test`), the app, a live server."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from dashboard.config import load_settings
from dashboard.store.dataset import load

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "official"


@pytest.fixture(scope="session")
def dataset():
    return load(load_settings().data_dir)


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
    """Calls the Dash Pages routing callback as the browser does; returns the response."""
    deps = client.get("/_dash-dependencies").get_json()
    output = next(d["output"] for d in deps if "_pages_content" in d["output"])
    body = {
        "output": output,
        "outputs": [{"id": "_pages_content", "property": "children"}, {"id": "_pages_store", "property": "data"}],
        "inputs": [{"id": "_pages_location", "property": "pathname", "value": path},
                   {"id": "_pages_location", "property": "search", "value": search}],
        "changedPropIds": ["_pages_location.pathname"],
    }
    return client.post("/_dash-update-component", json=body)


def page_text(client, path: str, search: str = "") -> str:
    """The routed page's component tree as readable JSON text (non-ASCII kept)."""
    import json
    response = page_callback(client, path, search)
    assert response.status_code == 200, response.data[:300]
    return json.dumps(response.get_json(), ensure_ascii=False)
