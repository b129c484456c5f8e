"""The JSON API. Every error is JSON with a message, never a 500 for bad input."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from ..store import runtime
from ..store.search import QueryError

api = Blueprint("api", __name__)


def error(status: int, message: str):
    response = jsonify({"error": {"status": status, "message": message}})
    response.status_code = status
    return response


@api.get("/healthz")
def healthz():
    dataset = runtime.dataset()
    return jsonify({"status": "ok", "dataset": dataset.summary()})


@api.get("/api/v1/search")
def search():
    query = request.args.get("q", "")
    try:
        limit = int(request.args.get("limit", "10"))
    except ValueError:
        return error(400, "Le paramètre « limit » doit être un nombre entier.")
    try:
        hits = runtime.search_index().search(query, limit)
    except QueryError as exc:
        return error(400, str(exc))
    return jsonify([hit.as_json() for hit in hits])


@api.get("/api/v1/kpis")
def kpis():
    from ..payloads.cached import kpi_summaries
    dataset = runtime.dataset()
    source = dataset.sources.get("kpi", {})
    return jsonify({
        "source": {k: source.get(k) for k in ("name", "publisher", "vintage", "checksum", "demo")},
        "indicators": kpi_summaries(),
    })
