"""HTTP hardening: headers (CSP with hashed inline scripts), rate limits, size limits, error pages.

Scripts may only come from this server or be one of Dash's own inline
scripts, allowed by hash (no 'unsafe-inline' for scripts). Only embed pages
may be framed. API and export routes are rate-limited per client, in Redis
when it is configured so that every worker and machine shares the count.
"""

from __future__ import annotations

import logging
import math
import os

from flask import g, jsonify, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

BASE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "geolocation=(), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
LIMITED_PREFIXES = ("/api/", "/export/", "/embed/")
SEARCH_PATH = "/api/v1/search"
_CALLBACK_PATH = "/_dash-update-component"


def content_security_policy(script_hashes: list[str], frameable: bool) -> str:
    scripts = " ".join(["'self'"] + list(script_hashes))  # Dash returns them quoted
    return "; ".join([
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
    ])


def make_limiter(server, redis_url: str | None) -> Limiter:
    limit = os.environ.get("RATE_LIMIT", "300 per minute;30 per second")
    limiter = Limiter(
        key_func=get_remote_address, app=server, default_limits=[],
        storage_uri=redis_url or "memory://", storage_options={"socket_timeout": 0.25, "socket_connect_timeout": 0.25},
        in_memory_fallback_enabled=True, headers_enabled=True, strategy="moving-window",
        swallow_errors=True,
    )
    shared = limiter.shared_limit(limit, scope="api-export")
    # Search-as-you-type sends a request per keystroke: it has its own, generous budget, so that a newsroom or a
    # school behind one address is not cut off, and searching never eats into the export budget.
    search = limiter.shared_limit(os.environ.get("SEARCH_RATE_LIMIT", "1200 per minute;60 per second"),
                                  scope="search")

    @server.before_request
    def _rate_limit():
        if request.path == SEARCH_PATH:
            return search(lambda: None)()
        if request.path.startswith(LIMITED_PREFIXES):
            return shared(lambda: None)()
        return None

    return limiter


def retry_after_seconds(retry) -> int:
    try:
        return max(1, math.ceil(float(retry)))
    except (TypeError, ValueError):
        return 1


def install_error_handlers(server) -> None:
    @server.errorhandler(429)
    def _too_many(exc):
        response = jsonify({"error": {"status": 429, "message": "Trop de requêtes : réessayez dans quelques "
                                                                  "secondes."}})
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
            if request.path.startswith(("/api/", "/export/", "/embed/", "/geo/")) or exc.code != 404:
                response = jsonify({"error": {"status": exc.code, "message": exc.description or exc.name}})
                response.status_code = exc.code
                return response
            return exc
        if request.path == _CALLBACK_PATH:
            # Callback bodies come from the browser: a malformed one is the client's error, not ours.
            log.info("refused malformed callback request: %s", exc.__class__.__name__)
            response = jsonify({"error": {"status": 400, "message": "Requête de mise à jour invalide."}})
            response.status_code = 400
            return response
        log.exception("unexpected error on %s", request.path)
        response = jsonify({"error": {"status": 500, "message": "Erreur interne ; elle a été consignée."}})
        response.status_code = 500
        return response


def finish_response(response, csp_hashes: list[str], dataset_version: str):
    path = request.path
    frameable = path.startswith("/embed/")
    for name, value in BASE_HEADERS.items():
        response.headers.setdefault(name, value)
    if not frameable:
        response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers["Content-Security-Policy"] = content_security_policy(csp_hashes, frameable)
    response.headers["X-Dataset-Version"] = dataset_version
    state = g.get("cache_state")
    if state:
        response.headers["X-Cache"] = state
    return response
