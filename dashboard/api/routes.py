"""The JSON API. Every error is JSON with a message, never a 500 for bad input."""

from __future__ import annotations

import math
from functools import wraps
from typing import Any

from flask import Blueprint, Response, jsonify, request
from flask.typing import ResponseReturnValue

from ..store import runtime
from ..store.dataset import Dataset
from ..store.search import MAX_LIMIT, QueryError

api = Blueprint("api", __name__)


def json_number(value: Any) -> float | None:
    """A figure for JSON: a float, or null for a missing one (NaN is not JSON)."""
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def error(status: int, message: str) -> Response:
    response = jsonify({"error": {"status": status, "message": message}})
    response.status_code = status
    return response


def unknown_parameter(allowed: set[str]) -> Response | None:
    """A 400 naming the first query parameter the route does not read, or None."""
    extra = sorted(set(request.args) - allowed)
    return error(400, f"paramètre inconnu : « {extra[0][:30]} »") if extra else None


def accepts(*names: str):
    """The query parameters a route reads: any other is refused (400), so a misspelt one never goes unnoticed."""
    allowed = set(names)

    def wrap(view):
        @wraps(view)
        def checked(*args, **kwargs):
            refused = unknown_parameter(allowed)
            return refused if refused is not None else view(*args, **kwargs)

        return checked

    return wrap


def source_fields(ds: Dataset, source_id: str, fallback_name: str) -> dict:
    """What every answer says of its source: name, vintage, licence, and whether it is demonstration data."""
    src = ds.sources.get(source_id, {})
    return {
        "source": src.get("name", fallback_name),
        "millesime": src.get("vintage"),
        "licence": src.get("licence"),
        "demo": bool(src.get("demo")),
    }


@api.get("/healthz")
def healthz() -> ResponseReturnValue:
    dataset = runtime.dataset()
    return jsonify({"status": "ok", "dataset": dataset.summary()})


@api.get("/api/v1/search")
@accepts("q", "limit")
def search() -> ResponseReturnValue:
    """Communes and arrondissements for a postcode, an INSEE code or a name; each hit says what matched.

    A postcode lists all its communes whatever ``limit`` (which caps names and prefixes, 1 to 100).
    """
    query = request.args.get("q", "")
    raw = request.args.get("limit")
    limit = None
    if raw is not None:
        if not (raw.isascii() and raw.isdigit()):
            return error(400, "Le paramètre « limit » doit être un nombre entier.")
        limit = int(raw)
        if not 1 <= limit <= MAX_LIMIT:
            return error(422, f"« limit » doit être compris entre 1 et {MAX_LIMIT}.")
    try:
        hits = runtime.search_index().search(query, limit)
    except QueryError as exc:
        return error(400, str(exc))
    return jsonify([hit.as_json() for hit in hits])


@api.get("/api/v1/kpis")
@accepts()
def kpis() -> ResponseReturnValue:
    from ..payloads.cached import kpi_summaries

    dataset = runtime.dataset()
    source = dataset.sources.get("kpi", {})
    return jsonify(
        {
            "source": {k: source.get(k) for k in ("name", "publisher", "vintage", "checksum", "demo")},
            "indicators": kpi_summaries(),
        }
    )
