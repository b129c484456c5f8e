"""The Dash application factory."""

from __future__ import annotations

import logging
import re
from html import escape

import dash
from dash import Dash
from flask import Flask, has_request_context, request
from flask_compress import Compress

from . import SITE_NAME
from .api.exports import exports
from .api.geo import geo
from .api.openapi import docs
from .api.opendata import opendata
from .api.routes import api
from .cache import init_cache
from .config import REPO_ROOT, Settings, load_settings
from .i18n import LANGS, lang_of_path, localize, strip_lang
from .security import finish_response, install_error_handlers, make_limiter
from .store import runtime
from .store.dataset import load
from .store.search import SearchIndex

log = logging.getLogger(__name__)

STATIC_PAGES = {"/", "/a-propos", "/indicateurs", "/carte", "/accessibilite", "/404"}
_COMMUNE_PATH = re.compile(r"^/commune/([^/]+)/?$")
_TERRITORY_PATH = re.compile(r"^/territoire/([^/]+)/([^/]+)/?$")
PLOTLY_BUNDLE = "/_dash-component-suites/plotly/package_data/plotly.min.js"  # as dcc.Graph loads it
_PASSTHROUGH = ("/_dash", "/assets/", "/api/", "/healthz", "/_favicon", "/_reload-hash", "/embed/", "/export/")


class App(Dash):
    """Dash, with ``<html lang>`` set from the requested path (French at /…, English at /en/…)."""

    def interpolate_index(self, **kwargs):
        page = super().interpolate_index(**kwargs)
        path = request.path if has_request_context() else "/"
        # The published dataset's version lets assets/map.js fetch the map's geometry while Dash starts;
        # the alternates tell browsers and search engines where the page is in each language.
        head = [f'<meta name="dataset-version" content="{runtime.dataset().version}">']
        head += [f'<link rel="alternate" hreflang="{lang}" href="{escape(localize(path, lang))}">' for lang in LANGS]
        if strip_lang(path).rstrip("/") == "/carte":  # the map needs plotly at once: fetch it while Dash starts
            head.append(f'<link rel="preload" href="{PLOTLY_BUNDLE}" as="script">')
        return (page.replace('<html lang="fr">', f'<html lang="{lang_of_path(path)}">', 1)
                .replace("<head>", "<head>\n" + "\n".join(head), 1))


def page_status(path: str) -> int:
    """HTTP status of an HTML page path: 200 for our pages, 404 otherwise."""
    path = strip_lang(path.rstrip("/") or "/")  # the English pages have the same statuses as the French ones
    if path in STATIC_PAGES:
        return 404 if path == "/404" else 200
    if match := _COMMUNE_PATH.match(path):
        return 200 if runtime.dataset().find_territory(match.group(1).upper()) else 404
    if path.startswith("/indicateurs/"):
        from .charts.kpi import find
        return 200 if find(path.split("/", 2)[2]) else 404
    if match := _TERRITORY_PATH.match(path):
        from .pages.territory import known
        return 200 if known(match.group(1), match.group(2)) else 404
    return 404


def create_app(settings: Settings | None = None) -> Dash:
    settings = settings or load_settings()
    server = Flask(__name__)
    server.config["MAX_CONTENT_LENGTH"] = 1 << 20  # callback bodies and uploads: 1 MiB at most
    server.config["COMPRESS_MIMETYPES"] = ["text/html", "text/css", "text/csv", "application/json",
                                           "application/javascript", "text/javascript", "image/svg+xml"]
    server.config["COMPRESS_ALGORITHM"] = ["br", "gzip"]
    server.config["COMPRESS_MIN_SIZE"] = 1024
    dataset = load(settings.data_dir)
    index = SearchIndex(dataset.territories.reset_index(drop=True))
    runtime.install(dataset, index)
    server.config.update(SETTINGS=settings)
    init_cache(server, settings)
    server.register_blueprint(api)
    server.register_blueprint(geo)
    server.register_blueprint(exports)
    server.register_blueprint(opendata)
    server.register_blueprint(docs)

    app = App(
        __name__, server=server, use_pages=True, pages_folder="",
        assets_folder=str(REPO_ROOT / "assets"), title=SITE_NAME, update_title=None,
        suppress_callback_exceptions=True, serve_locally=True,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"},
                   {"name": "description", "content": "Statistiques publiques du marché du travail par territoire."}],
    )
    from .pages import about, accessibility, home, not_found_404, shell  # noqa: F401  (registers pages)
    from .pages import carte, commune, indicator_detail, indicators, territory  # noqa: F401
    app.layout = shell.layout
    app.index_string = app.index_string.replace("<html>", '<html lang="fr">')

    hashes: dict[int, list[str]] = {}

    def csp_hashes() -> list[str]:
        # Dash adds one inline script (the page-title callback) on its first request: hash what exists now.
        count = len(app._inline_scripts)
        if count not in hashes:
            hashes[count] = list(app.csp_hashes())
        return hashes[count]

    make_limiter(server, settings.redis_url)
    install_error_handlers(server)
    Compress(server)

    @server.before_request
    def start():
        runtime.snapshot()  # this request's dataset, whatever is published meanwhile
        runtime.ensure_watcher(settings.data_dir)

    @server.after_request
    def finish(response):
        path = request.path
        finish_response(response, csp_hashes(), runtime.dataset().version)
        if (response.status_code == 200 and response.mimetype == "text/html"
                and not path.startswith(_PASSTHROUGH)):
            response.status_code = page_status(path)
        return response

    return app
