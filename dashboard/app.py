"""The Dash application factory.

Every page is rendered on the server (pages/ssr.py): its HTML carries the headings, figures, charts, tables
and links, with a title, a description, a canonical address and link previews built from the figures and
from ``PUBLIC_URL``. Dash's own scripts are not loaded with the page: assets/boot.js starts Dash when a
control that needs it is used, and Dash then renders the same tree in the same place.
"""

from __future__ import annotations

import json
import logging
import os
import re
from html import escape
from typing import Any
from urllib.parse import parse_qsl, quote, urlparse, urlsplit

from dash import Dash, html
from flask import Flask, abort, g, has_request_context, redirect, request
from flask_compress import Compress
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect

from . import SITE_NAME, http_cache
from .api.exports import exports
from .api.geo import geo
from .api.jobs import jobs_api
from .api.openapi import docs
from .api.opendata import opendata
from .api.routes import api
from .api.training import training_api
from .cache import init_cache
from .config import REPO_ROOT, Settings, behind_a_proxy, load_settings
from .domain.levels import territory_path
from .i18n import DEFAULT_LANG, LANGS, localize, strip_lang
from .pages import ssr
from .pages.link_preview import preview_path, previews
from .pages.routing import Resolved, fill, resolve
from .pages.shell import DESCRIPTION
from .pages.sitemap import sitemaps
from .security import MACHINE_PREFIXES, finish_response, install_error_handlers, make_limiter
from .static_files import Bundle, build_bundle, compress_suites
from .static_files import blueprint as bundle_blueprint
from .store import runtime
from .store.dataset import load
from .store.search import QueryError, SearchIndex

log = logging.getLogger(__name__)

_DASH_SCRIPT = re.compile(r'<script[^>]*src="[^"]*_dash-component-suites[^"]*"[^>]*></script>')


def page_address() -> tuple[str, dict[str, str]]:
    """The page being built: the request's own path, or for Dash's layout request the page that asked for it."""
    if request.path.endswith("_dash-layout"):
        url = urlparse(request.referrer or "/")
        return url.path or "/", dict(parse_qsl(url.query))
    return request.path, dict(request.args.items())


def page_params(found: Resolved, query: dict[str, str]) -> dict[str, str]:
    """The query parameters a page may read: never one named like its path parameters or its translator."""
    return {k: v for k, v in query.items() if k not in found.params and k != "tr" and isinstance(v, str)}


def page_tree(path: str, query: dict[str, str]):
    """The whole page for a path: the frame and the page's own layout (or the page-not-found one)."""
    from .pages.not_found_404 import layout as not_found
    from .pages.shell import frame

    found = resolve(path)
    tr = found.tr
    params = page_params(found, query)
    content = found.route.layout(tr=tr, **found.params, **params) if found.route is not None else not_found(tr=tr)
    return frame(tr, content, strip_lang(path) if tr.lang == DEFAULT_LANG else path, query)


def serve_layout():
    if not has_request_context():  # Dash checks the layout once at start-up
        return html.Div(id="page")
    return page_tree(*page_address())


def head_tags(found: Resolved, path: str, query: dict[str, str], public: str) -> list[str]:
    """Description, canonical and alternate addresses, link previews: all from PUBLIC_URL, never from Host."""
    tr = found.tr
    route = found.route
    params = page_params(found, query)
    title = route.title(tr, **found.params, **params) if route else tr("Page introuvable") + f" — {SITE_NAME}"
    description = (route.description(tr, **found.params, **params) if route and route.description else None) or tr(
        DESCRIPTION
    )
    bare = strip_lang(path)
    keep_query = bare in ("/carte", "/recherche")
    canonical_path = localize(bare, tr.lang) + (
        ("?" + "&".join(f"{k}={v}" for k, v in query.items())) if keep_query and query else ""
    )
    canonical = public + canonical_path
    tags = [
        f'<meta name="description" content="{escape(description)}">',
        f'<link rel="canonical" href="{escape(canonical)}">',
    ]
    tags += [
        f'<link rel="alternate" hreflang="{lang}" href="{escape(public + localize(bare, lang))}">' for lang in LANGS
    ]
    tags.append(f'<link rel="alternate" hreflang="x-default" href="{escape(public + bare)}">')
    image = public + preview_path(bare) + (f"?lang={tr.lang}" if tr.lang != DEFAULT_LANG else "")
    locale = tr.typography.locale
    tags += [
        f'<meta property="og:{key}" content="{escape(value)}">'
        for key, value in (
            ("type", "website"),
            ("site_name", SITE_NAME),
            ("locale", locale),
            ("title", title),
            ("description", description),
            ("url", canonical),
            ("image", image),
            ("image:width", "1200"),
            ("image:height", "630"),
        )
    ]
    tags += [
        f'<meta name="twitter:{key}" content="{escape(value)}">'
        for key, value in (
            ("card", "summary_large_image"),
            ("title", title),
            ("description", description),
            ("image", image),
            ("url", canonical),
        )
    ]
    if route is not None and route.structured_data is not None:
        data = json.dumps(route.structured_data(tr, public, **found.params), ensure_ascii=False)
        # A data block, never run (so the CSP need not allow it); "<" escaped so it cannot close the element.
        tags.append(f'<script type="application/ld+json">{data.replace("<", chr(92) + "u003c")}</script>')
    return [f"<title>{escape(title)}</title>"] + tags


class App(Dash):
    """Dash, with every page rendered on the server and Dash's own scripts started on demand."""

    def interpolate_index(self, **kwargs: Any) -> str:  # type: ignore[override]  # Dash passes keywords only
        if not has_request_context():
            return super().interpolate_index(**kwargs)
        path, query = request.path, dict(request.args.items())
        found = resolve(path)
        g.page_status = found.status
        public = self.server.config["SETTINGS"].public_url
        body = ssr.render(page_tree(path, query))
        # dash_table is never used: its 1 MB bundle is left out.
        dash_scripts = "".join(s for s in _DASH_SCRIPT.findall(kwargs["scripts"]) if "dash_table" not in s)
        bundle: Bundle = self.server.config["BUNDLE"]
        fetches = found.route.fetches(**query) if found.route is not None and found.route.fetches else []
        preloads = [f'<link rel="preload" href="{escape(url)}" as="fetch" crossorigin="anonymous">' for url in fetches]
        head = "\n".join(
            [
                kwargs["metas"],
                *head_tags(found, path, query, public),
                f'<link rel="icon" href="{bundle.icon_url}" type="image/svg+xml">',
                f'<link rel="stylesheet" href="{bundle.style_url}">',
                f'<meta name="dataset-version" content="{runtime.dataset().version}">',
                f'<meta name="map-worker" content="{bundle.worker_url}">',
                f'<script defer src="{bundle.script_url}"></script>',
                *preloads,
            ]
        )
        return (
            f'<!DOCTYPE html>\n<html lang="{found.lang}">\n<head>\n'
            f"{head}\n</head>\n<body>\n"
            f'<div id="react-entry-point">{body}</div>\n'
            f"{kwargs['config']}\n"
            # Inert until assets/boot.js starts Dash: a <template>'s scripts do not run.
            f'<template id="dash-scripts">{dash_scripts}{kwargs["renderer"]}</template>\n'
            f"</body>\n</html>"
        )


def search_redirect():
    """A search form sent without JavaScript: one unambiguous answer goes straight to its page."""
    query = request.args.get("q", "")
    try:
        hits = runtime.search_index().search(query)
    except QueryError:
        return None
    if len(hits) == 1 and hits[0].match != "nom_approche":
        return redirect(localize(territory_path(hits[0].level, hits[0].code), resolve(request.path).lang), code=302)
    return None


def moved_commune(path: str, dataset) -> str | None:
    """A commune page asked by a former INSEE code (merged, recoded since) answers with today's commune."""
    found = resolve(path)
    if found.route is None or found.route.template != "/commune/<code>":
        return None
    code = found.params.get("code", "").upper()
    current = dataset.successors.get(code)
    if current is None or dataset.find_territory(code) is not None:
        return None
    return localize(fill(found.route.template, {"code": current}), found.lang)


def refuse_machine_path(server: Flask) -> None:
    """A path under /api/, /export/, /embed/ or /geo/ that only Dash's catch-all took: 405 (with Allow) if one
    of their routes serves it with another method, else 404; both in JSON, never the site's page."""
    try:
        endpoint, _ = server.url_map.bind_to_environ(request.environ).match(request.path, method="GET")
    except HTTPException:
        endpoint = None
    if endpoint is not None and request.url_rule is not None and endpoint != request.url_rule.endpoint:
        methods = set().union(*(rule.methods or () for rule in server.url_map.iter_rules(endpoint)))
        abort(405, valid_methods=sorted(methods))
    abort(404)


def create_app(settings: Settings | None = None) -> Dash:
    settings = settings or load_settings()
    if not os.environ.get("PUBLIC_URL") and behind_a_proxy():
        log.warning(
            "PUBLIC_URL is not set while this server is reachable from elsewhere: permalinks, citations and "
            "embed codes will point to %s; set PUBLIC_URL to the public address",
            settings.public_url,
        )
    server = Flask(__name__)
    server.config["MAX_CONTENT_LENGTH"] = 1 << 20  # callback bodies and uploads: 1 MiB at most
    server.config["COMPRESS_MIMETYPES"] = [
        "text/html",
        "text/css",
        "text/csv",
        "text/plain",
        "application/json",
        "application/javascript",
        "text/javascript",
        "image/svg+xml",
        "application/xml",
        "application/geo+json",
    ]
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
    server.register_blueprint(jobs_api)
    server.register_blueprint(training_api)
    server.register_blueprint(docs)
    server.register_blueprint(previews)
    server.register_blueprint(sitemaps)
    bundle = build_bundle(REPO_ROOT / "assets")
    server.config["BUNDLE"] = bundle
    server.register_blueprint(bundle_blueprint(bundle))

    # Dash's type hints omit a Flask server and a None update_title, both documented
    app = App(
        __name__,
        server=server,  # type: ignore[arg-type]
        assets_folder=str(REPO_ROOT / "assets"),
        title=SITE_NAME,
        update_title=None,  # type: ignore[arg-type]
        suppress_callback_exceptions=True,
        serve_locally=True,
        assets_ignore=r".*",  # served as one bundle
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
    )
    from .pages import (  # noqa: F401 - importing a page registers it
        about,
        accessibility,
        carte,
        commune,
        home,
        indicator_detail,
        indicators,
        jobs,
        not_found_404,
        search_results,
        territory,
        training,
    )

    app.layout = serve_layout
    compress_suites(server)

    make_limiter(server, settings.redis_url)
    install_error_handlers(server)
    Compress(server)

    @server.before_request
    def start():
        if "//" in request.path:  # "/en//evil.example/x" would make links to another site: one slash
            query = request.query_string.decode("latin-1")
            # The path as decoded: quoted again, so that an encoded newline never reaches the Location header.
            clean = quote(re.sub("/{2,}", "/", request.path), safe="/:@!$&'()*+,;=~")
            return redirect(clean + (f"?{query}" if query else ""), code=301)
        if isinstance(request.routing_exception, RequestRedirect):
            # Routing's own redirect (/api/v1 -> /api/v1/) would be absolute, built from the Host header a
            # client chose: a relative one names no host at all.
            target = urlsplit(request.routing_exception.new_url)
            return redirect(target.path + (f"?{target.query}" if target.query else ""), code=308)
        if (
            request.path.startswith(MACHINE_PREFIXES)
            and request.url_rule is not None
            and "<path:" in request.url_rule.rule
        ):
            refuse_machine_path(server)
        runtime.snapshot()  # this request's dataset, whatever is published meanwhile
        runtime.ensure_watcher(settings.data_dir)
        dataset = runtime.dataset()
        unchanged = http_cache.not_modified(dataset.version, dataset.published_at, settings.public_url)
        if unchanged is not None:
            return unchanged
        if strip_lang(request.path) == "/recherche":
            return search_redirect()
        moved = moved_commune(request.path, dataset)
        if moved is not None:
            return redirect(moved, code=301)
        return None

    @server.after_request
    def finish(response):
        dataset = runtime.dataset()
        finish_response(response, [], dataset.version)
        if response.status_code == 200 and "page_status" in g:  # a page was rendered: its own status
            response.status_code = g.page_status
        return http_cache.add_validators(response, dataset.version, dataset.published_at, settings.public_url)

    return app
