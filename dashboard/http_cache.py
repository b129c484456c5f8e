"""Conditional requests: every page, API answer, export and preview carries an ``ETag`` and a
``Last-Modified`` derived from the dataset version and the code, and a request that already holds them is
answered ``304 Not Modified`` before any work is done.

What a URL returns depends only on the URL, the published dataset and the code: the validator is a digest of
the three, so a reverse proxy or a CDN can serve a spike of traffic, and revalidating costs a hash.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

from flask import Response, request

from .config import REPO_ROOT

EXCLUDED = ("/_dash", "/_reload-hash", "/_favicon", "/bundle/", "/assets/", "/geo/", "/healthz")
PAGE_MAX_AGE = 300
CACHE_CONTROL = {"/api/": "public, max-age=3600", "/export/": "public, max-age=3600", "/og/": "public, max-age=86400"}


def code_digest(roots: tuple[Path, ...] = (REPO_ROOT / "dashboard", REPO_ROOT / "assets")) -> tuple[str, datetime]:
    """A digest of the code and assets that shape every answer, and the time of the newest file."""
    digest, newest = hashlib.sha256(), 0.0
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".js", ".css", ".svg"):
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
                newest = max(newest, path.stat().st_mtime)
    return digest.hexdigest()[:16], datetime.fromtimestamp(int(newest), UTC)


CODE_VERSION, CODE_TIME = code_digest()


def applies() -> bool:
    return request.method in ("GET", "HEAD") and not request.path.startswith(EXCLUDED)


def entity_tag(dataset_version: str, public_url: str) -> str:
    key = "|".join((CODE_VERSION, dataset_version, public_url, request.full_path))
    return 'W/"' + hashlib.sha256(key.encode()).hexdigest()[:24] + '"'


def last_modified(published_at: datetime) -> datetime:
    return max(published_at.replace(microsecond=0), CODE_TIME)


def _matches(tag: str) -> bool:
    header = request.headers.get("If-None-Match")
    if header is None:
        return False
    candidates = {t.strip() for t in header.split(",")}
    # Weak comparison (RFC 9110 §8.8.3.2): W/"x" and "x" name the same representation.
    return "*" in candidates or tag in candidates or tag.removeprefix("W/") in candidates


def _not_modified_since(modified: datetime) -> bool:
    header = request.headers.get("If-Modified-Since")
    if header is None or "If-None-Match" in request.headers:
        return False
    try:
        since = parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return modified <= since


def cache_control(path: str) -> str:
    for prefix, value in CACHE_CONTROL.items():
        if path.startswith(prefix):
            return value
    return f"public, max-age={PAGE_MAX_AGE}"


def not_modified(dataset_version: str, published_at: datetime, public_url: str) -> Response | None:
    """The 304 answer, when the client's copy is current (called before the route does any work)."""
    if not applies():
        return None
    tag = entity_tag(dataset_version, public_url)
    modified = last_modified(published_at)
    if _matches(tag) or _not_modified_since(modified):
        response = Response(status=304)
        response.headers["ETag"] = tag
        response.headers["Last-Modified"] = format_datetime(modified, usegmt=True)
        response.headers["Cache-Control"] = cache_control(request.path)
        return response
    return None


def add_validators(response: Response, dataset_version: str, published_at: datetime, public_url: str) -> Response:
    if not applies() or response.status_code != 200 or "ETag" in response.headers:
        return response
    response.headers["ETag"] = entity_tag(dataset_version, public_url)
    response.headers["Last-Modified"] = format_datetime(last_modified(published_at), usegmt=True)
    response.headers.setdefault("Cache-Control", cache_control(request.path))
    return response
