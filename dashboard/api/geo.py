"""Versioned map layers as static resources: long-lived cache, ETag, gzip/brotli."""

from __future__ import annotations

import re

from flask import Blueprint, Response, abort, request, send_file
from flask.typing import ResponseReturnValue

from ..store import runtime

geo = Blueprint("geo", __name__)
_NAME = re.compile(r"^[a-z_]+(-[0-9AB]{2,3})?\Z")
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


@geo.get("/geo/<version>/<name>.geojson")
def layer(version: str, name: str) -> ResponseReturnValue:
    dataset = runtime.dataset()
    if version != dataset.version or not _NAME.match(name):
        abort(404)
    base = dataset.release / "geo" / f"{name}.geojson"
    if not base.exists():
        abort(404)
    etag = f'"{version}-{name}"'
    if etag in request.headers.get("If-None-Match", ""):
        return Response(status=304, headers={"ETag": etag})
    accepted = request.headers.get("Accept-Encoding", "")
    path, encoding = base, None
    for token, suffix in ENCODINGS:
        candidate = base.with_name(base.name + suffix)
        if token in accepted and candidate.exists():
            path, encoding = candidate, token
            break
    response = send_file(path, mimetype="application/geo+json", etag=False, conditional=False)
    response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
    response.headers["ETag"] = etag
    response.headers["Vary"] = "Accept-Encoding"
    if encoding:
        response.headers["Content-Encoding"] = encoding
    return response
