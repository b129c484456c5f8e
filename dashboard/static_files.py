"""Static files as a browser should get them: fingerprinted, compressed once, cached for a year.

Our scripts and styles (``assets/``) are joined into one script and one stylesheet per process, named by
the hash of their content (``/bundle/app.<hash>.js``): a page loads two small files, and a new deploy
changes their names, so they can be cached as ``immutable``. Dash's own scripts already carry a version in
their names; they are compressed here once per process instead of on every request.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import brotli
from flask import Blueprint, Response, abort, request

IMMUTABLE = "public, max-age=31536000, immutable"
_EMBED_ONLY = ("embed",)  # files of the frameable embed page, which has its own small head
_COMPRESSIBLE = (".js", ".css", ".json", ".svg", ".map")


@dataclass(frozen=True)
class Compressed:
    mimetype: str
    raw: bytes
    br: bytes
    gz: bytes
    etag: str

    @classmethod
    def of(cls, body: bytes, mimetype: str, quality: int = 11) -> Compressed:
        return cls(
            mimetype,
            body,
            brotli.compress(body, quality=quality),
            gzip.compress(body, 9, mtime=0),
            '"' + hashlib.sha256(body).hexdigest()[:16] + '"',
        )

    def response(self, cache_control: str = IMMUTABLE) -> Response:
        if self.etag in request.headers.get("If-None-Match", ""):
            response = Response(status=304)
        else:
            accepted = request.headers.get("Accept-Encoding", "")
            encoding, body = (
                ("br", self.br) if "br" in accepted else ("gzip", self.gz) if "gzip" in accepted else (None, self.raw)
            )
            response = Response(body, mimetype=self.mimetype)
            if encoding:
                response.headers["Content-Encoding"] = encoding
        response.headers["Cache-Control"] = cache_control
        response.headers["ETag"] = self.etag
        response.headers["Vary"] = "Accept-Encoding"
        return response


@dataclass(frozen=True)
class Bundle:
    script: Compressed
    style: Compressed
    icon: Compressed
    worker: Compressed  # assets/workers/map-layer.js: reads map layers off the main thread
    script_name: str
    style_name: str
    icon_name: str
    worker_name: str

    @property
    def script_url(self) -> str:
        return f"/bundle/{self.script_name}"

    @property
    def style_url(self) -> str:
        return f"/bundle/{self.style_name}"

    @property
    def icon_url(self) -> str:
        return f"/bundle/{self.icon_name}"

    @property
    def worker_url(self) -> str:
        return f"/bundle/{self.worker_name}"


def _join(folder: Path, suffix: str) -> bytes:
    parts = [
        f"/* {path.name} */\n".encode() + path.read_bytes()
        for path in sorted(folder.glob(f"*{suffix}"))
        if not path.name.startswith(_EMBED_ONLY)
    ]
    return b"\n".join(parts)


def build_bundle(folder: Path) -> Bundle:
    script = Compressed.of(_join(folder, ".js"), "text/javascript")
    style = Compressed.of(_join(folder, ".css"), "text/css")
    icon = Compressed.of((folder / "icon.svg").read_bytes(), "image/svg+xml")
    worker = Compressed.of((folder / "workers" / "map-layer.js").read_bytes(), "text/javascript")
    return Bundle(
        script,
        style,
        icon,
        worker,
        _named("app", script, "js"),
        _named("app", style, "css"),
        _named("icon", icon, "svg"),
        _named("map-layer", worker, "js"),
    )


def _named(stem: str, file: Compressed, suffix: str) -> str:
    return f"{stem}.{file.etag.strip(chr(34))}.{suffix}"


class SuiteCache:
    """Dash's component scripts, compressed on first request and kept per process (a few MB at most)."""

    def __init__(self):
        self._files: dict[str, Compressed] = {}
        self._lock = threading.Lock()

    def peek(self, key: str) -> Compressed | None:
        return self._files.get(key)

    def put(self, key: str, body: bytes, mimetype: str) -> Compressed:
        found = Compressed.of(body, mimetype, quality=9)  # quality 11 takes seconds on plotly.js
        with self._lock:
            self._files[key] = found
        return found


def blueprint(bundle: Bundle) -> Blueprint:
    static = Blueprint("bundle", __name__)

    @static.get("/bundle/<name>")
    def bundled(name: str):
        if name == bundle.script_name:
            return bundle.script.response()
        if name == bundle.style_name:
            return bundle.style.response()
        if name == bundle.icon_name:
            return bundle.icon.response()
        if name == bundle.worker_name:
            return bundle.worker.response()
        abort(404)

    return static


def compress_suites(server) -> None:
    """Serve Dash's versioned scripts pre-compressed (same files, same addresses, no work per request), and
    answer an unknown file with a quiet 404 instead of Dash's error."""
    endpoint = next(
        (rule.endpoint for rule in server.url_map.iter_rules() if "_dash-component-suites" in rule.rule), None
    )
    if endpoint is None:
        return
    view = server.view_functions[endpoint]
    cache = SuiteCache()

    def read(package_name: str, path: str):
        try:
            inner = view(package_name=package_name, fingerprinted_path=path)
        except Exception:  # noqa: BLE001 - Dash raises on a file it does not know: not found, nothing to log
            abort(404)
        if inner.status_code != 200:
            return inner
        inner.direct_passthrough = False
        return inner

    def serve(package_name: str, fingerprinted_path: str):
        if not fingerprinted_path.endswith(_COMPRESSIBLE):
            return read(package_name, fingerprinted_path)
        found = cache.peek(f"{package_name}/{fingerprinted_path}")
        if found is None:
            inner = read(package_name, fingerprinted_path)
            if inner.status_code != 200:
                return inner
            found = cache.put(f"{package_name}/{fingerprinted_path}", inner.get_data(), inner.mimetype)
        return found.response()

    server.view_functions[endpoint] = serve
