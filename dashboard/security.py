"""HTTP hardening: headers (CSP with hashed inline scripts), rate limits, size limits, error pages.

Scripts may only come from this server or be one of Dash's own inline
scripts, allowed by hash (no 'unsafe-inline' for scripts). Only embed pages
may be framed. Every route but static files is rate-limited per client, in
Redis when it is configured so that every worker and machine shares the count
(without it, each worker counts alone: the real limit is the stated one times
the number of workers). Behind a trusted proxy the client is the address the
proxy forwarded, not the proxy's.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import os
import traceback
import uuid
from typing import Any

from flask import g, jsonify, request
from flask_limiter import Limiter
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

BASE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "geolocation=(), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
LIMITED_PREFIXES = ("/api/", "/export/", "/embed/")
MACHINE_PREFIXES = ("/api/", "/export/", "/embed/", "/geo/")  # answered in JSON, never with a page
SEARCH_PATH = "/api/v1/search"
# Files every page view fetches: cached by the browser, cheap, outside any budget.
UNLIMITED_PREFIXES = ("/assets/", "/bundle/", "/_dash-component-suites/", "/favicon", "/healthz")
# What one export costs against the api-export budget: an image or a workbook is rendered, the rest is read.
EXPORT_COSTS = {".png": 10, ".svg": 10, ".xlsx": 10}
_CALLBACK_PATH = "/_dash-update-component"


def content_security_policy(script_hashes: list[str], frameable: bool) -> str:
    scripts = " ".join(["'self'"] + list(script_hashes))  # Dash returns them quoted
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self' 'unsafe-inline'",  # plotly.js and Dash set inline styles
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors *" if frameable else "frame-ancestors 'none'",
        ]
    )


def _trusted_proxies(environ=os.environ) -> list:
    trusted = []
    for item in environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1").split(","):
        item = item.strip()
        if item == "*":
            return ["*"]
        try:
            trusted.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            continue
    return trusted


def _is_trusted(address: str, trusted: list) -> bool:
    if trusted == ["*"]:
        return True
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in trusted)


def client_address(trusted: list | None = None) -> str:
    """The address the limits count against: the peer, or, when the peer is a proxy that FORWARDED_ALLOW_IPS
    trusts, the nearest address in X-Forwarded-For that is not itself a trusted proxy (the rightmost entries
    are the ones our proxies wrote; the leftmost can be anything a client sent)."""
    trusted = _trusted_proxies() if trusted is None else trusted
    peer = request.remote_addr or "unknown"
    if not _is_trusted(peer, trusted):
        return peer
    hops = [h.strip() for h in request.headers.get("X-Forwarded-For", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not _is_trusted(hop, trusted):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return peer  # a proxy of ours never writes this: do not let it pick the bucket
    return peer


def request_cost() -> int:
    return next(
        (
            cost
            for ending, cost in EXPORT_COSTS.items()
            if request.path.startswith("/export/") and request.path.endswith(ending)
        ),
        1,
    )


def make_limiter(server, redis_url: str | None) -> Limiter:
    limit = os.environ.get("RATE_LIMIT", "300 per minute;30 per second")
    trusted = _trusted_proxies()
    limiter = Limiter(
        key_func=lambda: client_address(trusted),
        app=server,
        default_limits=[],
        storage_uri=redis_url or "memory://",
        storage_options=dict[str, Any](socket_timeout=0.25, socket_connect_timeout=0.25),
        in_memory_fallback_enabled=True,
        headers_enabled=True,
        strategy="moving-window",
        swallow_errors=True,
    )
    shared = limiter.shared_limit(limit, scope="api-export", cost=request_cost)
    # Search-as-you-type sends a request per keystroke: it has its own, generous budget, so that a newsroom or a
    # school behind one address is not cut off, and searching never eats into the export budget.
    search = limiter.shared_limit(os.environ.get("SEARCH_RATE_LIMIT", "1200 per minute;60 per second"), scope="search")
    # Pages, Dash's callbacks and map layers: a budget no person browsing reaches, that stops a crawler or a
    # script from taking every worker.
    browse = limiter.shared_limit(os.environ.get("PAGE_RATE_LIMIT", "1200 per minute;60 per second"), scope="browse")

    # flask-limiter keys the limits of a decorated function by its name: each budget has a function of its own
    # (two lambdas would share a name, and a search would then count against the export budget too).
    def search_budget():
        return None

    def api_export_budget():
        return None

    def browse_budget():
        return None

    check_search, check_api_export = search(search_budget), shared(api_export_budget)
    check_browse = browse(browse_budget)

    @server.before_request
    def _rate_limit():
        if request.path == SEARCH_PATH:
            return check_search()
        if request.path.startswith(LIMITED_PREFIXES):
            return check_api_export()
        if not request.path.startswith(UNLIMITED_PREFIXES):
            return check_browse()
        return None

    return limiter


def retry_after_seconds(retry) -> int:
    try:
        return max(1, math.ceil(float(retry)))
    except (TypeError, ValueError):
        return 1


class MalformedCallback(ValueError):
    """A callback's state, sent by the browser, is not what the page gave it: the client's error (400), said so."""


def install_error_handlers(server) -> None:
    @server.errorhandler(429)
    def _too_many(exc):
        response = jsonify(
            {"error": {"status": 429, "message": "Trop de requêtes : réessayez dans quelques secondes."}}
        )
        response.status_code = 429
        # Whole seconds, rounded up: a window that ends in 0.4 s must not say "retry after 0".
        response.headers["Retry-After"] = str(retry_after_seconds(getattr(exc, "retry_after", None)))
        return response

    @server.errorhandler(413)
    def _too_large(exc):
        response = jsonify({"error": {"status": 413, "message": "Requête trop volumineuse."}})
        response.status_code = 413
        return response

    @server.errorhandler(Exception)
    def _unexpected(exc):
        if isinstance(exc, HTTPException):
            if request.path.startswith(MACHINE_PREFIXES) or exc.code != 404:
                response = jsonify({"error": {"status": exc.code, "message": exc.description or exc.name}})
                response.status_code = exc.code or 500
                for name, value in exc.get_headers():  # e.g. Allow on a 405
                    if name.lower() != "content-type":
                        response.headers[name] = value
                return response
            return exc
        if isinstance(exc, MalformedCallback):
            log.info("refused callback state: %s", exc)
            response = jsonify({"error": {"status": 400, "message": f"État de la page invalide : {exc}"}})
            response.status_code = 400
            return response
        if request.path == _CALLBACK_PATH and not raised_by_our_code(exc):
            # Callback bodies come from the browser: a malformed one is the client's error, not ours.
            log.info("refused malformed callback request: %s", exc.__class__.__name__)
            response = jsonify({"error": {"status": 400, "message": "Requête de mise à jour invalide."}})
            response.status_code = 400
            return response
        # One of our own functions failed (a callback included): a real error, logged with its request id.
        log.error("unexpected error on %s (request %s)", request.path, request_id(), exc_info=exc)
        response = jsonify(
            {"error": {"status": 500, "message": "Erreur interne ; elle a été consignée.", "request_id": request_id()}}
        )
        response.status_code = 500
        return response


def request_id() -> str:
    """An id per request, in the log and in the X-Request-Id header, so that a report can be traced."""
    if "request_id" not in g:
        g.request_id = uuid.uuid4().hex[:16]
    return g.request_id


def raised_by_our_code(exc: BaseException) -> bool:
    """Whether the error went through one of our functions (a callback of ours failed) rather than arising in
    Dash's reading of a malformed body, which never calls them."""
    package = os.path.dirname(os.path.abspath(__file__)) + os.sep
    return any(frame.filename.startswith(package) for frame in traceback.extract_tb(exc.__traceback__))


def finish_response(response, csp_hashes: list[str], dataset_version: str):
    frameable = request.endpoint == "exports.embed" and response.status_code == 200  # real embeds only
    for name, value in BASE_HEADERS.items():
        response.headers.setdefault(name, value)
    if not frameable:
        response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers["Content-Security-Policy"] = content_security_policy(csp_hashes, frameable)
    response.headers["X-Dataset-Version"] = dataset_version
    response.headers["X-Request-Id"] = request_id()
    state = g.get("cache_state")
    if state:
        response.headers["X-Cache"] = state
    return response
