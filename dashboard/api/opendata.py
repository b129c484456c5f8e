"""The open data API: /api/v1/indicators, /territories, /observations (JSON, CSV, XLSX).

Every row carries its source, vintage and demo flag. Requests are bounded:
at most MAX_PAGE rows a page, and MAX_ROWS rows a query (413 beyond, with a
message saying how to narrow it).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd
from flask import Blueprint, Response, jsonify, request
from flask.typing import ResponseReturnValue

from .. import cache
from ..domain.levels import LEVEL_IDS
from ..domain.reliability import RATE_BASES, is_low
from ..periods import PERIOD_PATTERN, sort_key
from ..store import runtime
from ..store.dataset import Dataset
from ..store.search import QueryError
from .routes import accepts, error

opendata = Blueprint("opendata", __name__)
MAX_PAGE, DEFAULT_PAGE, MAX_ROWS, MAX_CODES = 10_000, 1_000, 100_000, 500
LEVELS = LEVEL_IDS
_CODE = re.compile(r"^[0-9A-Za-z]{1,9}\Z")
_PERIOD = re.compile(PERIOD_PATTERN)


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@opendata.errorhandler(ApiError)
def _api_error(exc: ApiError) -> ResponseReturnValue:
    return error(exc.status, str(exc))


def _int(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()):  # "²" is a digit to isdigit(), not to int()
        raise ApiError(400, f"« {name} » doit être un entier positif")
    value = int(raw)
    if not low <= value <= high:
        raise ApiError(422, f"« {name} » doit être compris entre {low} et {high}")
    return value


def _choice(name: str, allowed: Collection[str], required: bool = False) -> str | None:
    value = request.args.get(name)
    if value is None or value == "":
        if required:
            raise ApiError(400, f"le paramètre « {name} » est obligatoire")
        return None
    if value not in allowed:
        raise ApiError(422, f"« {name} » doit valoir l'une de ces valeurs : {', '.join(sorted(allowed))}")
    return value


def _dataset() -> Dataset:
    return runtime.dataset()


def _source_fields(ds: Dataset, source_id: str) -> dict:
    src = ds.sources.get(source_id, {})
    return {"source": src.get("name", source_id), "millesime": src.get("vintage"), "demo": bool(src.get("demo"))}


@opendata.get("/api/v1/indicators")
@accepts()
def indicators() -> ResponseReturnValue:
    ds = _dataset()
    return jsonify([{**ind, "levels": ind["levels"].split()} for ind in ds.indicators.values()])


def _territory_json(ds: Dataset, row: dict) -> dict:
    out = {
        "code": row["code"],
        "niveau": row["level"],
        "nom": row["name"],
        "population": None if pd.isna(row.get("population")) else int(row["population"]),
        "annee_population": int(row["population_year"]),
        "codes_postaux": str(row.get("postcodes") or "").split(),
    }
    parents = []
    for level in ("commune", "epci", "zone_emploi", "bassin", "departement", "region"):
        code = row.get(level)
        if isinstance(code, str) and code and level != row["level"]:
            parent = ds.territory(level, code)
            if parent:
                parents.append({"niveau": level, "code": code, "nom": parent["name"]})
    france = ds.territory("pays", "FR")
    if row["level"] != "pays" and france:
        parents.append({"niveau": "pays", "code": "FR", "nom": france["name"]})
    out["parents"] = parents
    return out


@opendata.get("/api/v1/territories")
@accepts("q", "niveau", "limit", "offset")
def territories() -> ResponseReturnValue:
    ds = _dataset()
    query = request.args.get("q")
    level = _choice("niveau", LEVELS)
    limit = _int("limit", 50, 1, 1000)
    offset = _int("offset", 0, 0, 10_000_000)
    if query is not None:
        try:
            hits = runtime.search_index().search(query, min(limit, 50))
        except QueryError as exc:
            raise ApiError(400, str(exc)) from None
        rows = [ds.territory(h.level, h.code) for h in hits]
    else:
        if level is None:
            raise ApiError(400, "précisez « q » (recherche) ou « niveau » (liste)")
        table = ds.level_table(level)
        rows = table.iloc[offset : offset + limit].to_dict("records")
        return jsonify(
            {
                "total": len(table),
                "offset": offset,
                "limit": limit,
                "territoires": [_territory_json(ds, r) for r in rows],
            }
        )
    return jsonify({"total": len(rows), "territoires": [_territory_json(ds, r) for r in rows if r]})


@opendata.get("/api/v1/territories/<level>/<code>")
@accepts()
def territory(level: str, code: str) -> ResponseReturnValue:
    ds = _dataset()
    if level not in LEVELS:
        raise ApiError(404, f"niveau inconnu : « {level[:20]} »")
    row = ds.territory(level, code.upper()) if _CODE.match(code) else None
    if row is None:
        raise ApiError(404, f"territoire inconnu : {level} « {code[:12]} »")
    return jsonify(_territory_json(ds, row))


OBSERVATION_PARAMS = {
    "indicator",
    "level",
    "codes",
    "period_from",
    "period_to",
    "breakdown",
    "format",
    "limit",
    "offset",
}
BREAKDOWNS = ("total", "sexe", "age", "anciennete", "metier", "all")


@dataclass(frozen=True)
class ObservationQuery:
    """An observations request in normal form: its cache key, whatever the spelling of its URL."""

    indicator: str
    level: str
    codes: tuple[str, ...]
    period_from: str | None
    period_to: str | None
    breakdown: str
    format: str
    limit: int
    offset: int

    @classmethod
    def from_request(cls, ds: Dataset) -> ObservationQuery:
        unknown = sorted(set(request.args) - OBSERVATION_PARAMS)
        if unknown:
            raise ApiError(
                400, f"paramètre inconnu : « {unknown[0][:30]} » (connus : {', '.join(sorted(OBSERVATION_PARAMS))})"
            )
        fmt = _choice("format", {"json", "csv", "xlsx"}) or "json"
        limit = _int("limit", DEFAULT_PAGE, 1, MAX_PAGE)
        offset = _int("offset", 0, 0, MAX_ROWS)
        indicator = _choice("indicator", set(ds.indicators), required=True) or ""  # never None when required
        level = _choice("level", LEVELS, required=True) or ""
        codes = list(dict.fromkeys(c.strip().upper() for c in request.args.get("codes", "").split(",") if c.strip()))
        if len(codes) > MAX_CODES:
            raise ApiError(413, f"au plus {MAX_CODES} codes par requête")
        bad = [c for c in codes if not _CODE.match(c)]
        if bad:
            raise ApiError(422, f"code territorial invalide : « {bad[0][:12]} »")
        period_from, period_to = request.args.get("period_from") or None, request.args.get("period_to") or None
        for name, value in (("period_from", period_from), ("period_to", period_to)):
            if value and not _PERIOD.match(value):
                raise ApiError(422, f"« {name} » doit être une période comme 2024, 2024-T4 ou 2024-06")
        breakdown = request.args.get("breakdown", "total")
        if breakdown not in BREAKDOWNS:
            raise ApiError(422, "« breakdown » doit valoir total, sexe, age, anciennete, metier ou all")
        return cls(indicator, level, tuple(codes), period_from, period_to, breakdown, fmt, limit, offset)


def _in_periods(periods: pd.Series, period_from: str | None, period_to: str | None) -> np.ndarray:
    """Row mask of the periods in range, deciding once per distinct period rather than once per row."""
    categorical = periods.astype("category")
    keep = np.array(
        [
            (not period_from or sort_key(str(p)) >= sort_key(period_from))
            and (not period_to or sort_key(str(p)) <= sort_key(period_to))
            for p in categorical.cat.categories
        ]
        + [False],
        dtype=bool,
    )
    return keep[categorical.cat.codes.to_numpy()]  # code -1 (no period) takes the trailing False


def _observations_frame(ds: Dataset, query: ObservationQuery) -> pd.DataFrame:
    """The rows asked for; slices of the sorted table, never a scan of the whole of it."""
    if query.codes:
        rows = pd.concat([ds.block(query.indicator, query.level, c) for c in query.codes])
    else:
        rows = ds.level_block(query.indicator, query.level)
    if query.breakdown != "all":
        rows = rows[(rows.breakdown == query.breakdown).to_numpy()]
    if query.period_from or query.period_to:
        rows = rows[_in_periods(rows.period, query.period_from, query.period_to)]
    if len(rows) > MAX_ROWS:
        raise ApiError(
            413,
            f"{len(rows)} lignes demandées, plus que la limite de {MAX_ROWS} : "
            "précisez « codes » ou une plage de périodes",
        )
    return rows


@opendata.get("/api/v1/observations")
def observations() -> ResponseReturnValue:
    ds = _dataset()
    try:
        query = ObservationQuery.from_request(ds)
    except ApiError as exc:
        return error(exc.status, str(exc))
    key = f"api:observations:{ds.version}:{query}"
    stored = cache.get(key) if query.format != "csv" else None
    if stored is not None:
        body, status, mimetype, headers = stored
        return Response(body, status=status, mimetype=mimetype, headers=headers)
    try:
        response = _observations(ds, query)
    except ApiError as exc:  # a refusal costs as much to find as an answer: it is kept too
        response = error(exc.status, str(exc))
    if not response.is_streamed and response.status_code in (200, 413):
        cache.put(
            key,
            (
                response.get_data(),
                response.status_code,
                response.mimetype,
                {k: v for k, v in response.headers.items() if k.lower() != "content-length"},
            ),
        )
    return response


def _reliability(ds: Dataset, row) -> dict:
    """For a rate on a known base: that base and whether it makes the rate of low reliability."""
    base_indicator = RATE_BASES.get(str(row.indicator))
    if base_indicator is None:
        return {}
    base = ds.point(
        base_indicator, str(row.level), str(row.code), str(row.period), str(row.breakdown), str(row.breakdown_value)
    )
    count = None if base is None else base.value
    return {
        "base": count,
        "fiabilite_faible": None if pd.isna(row.value) or count is None else bool(is_low([count])[0]),
    }


def _observations(ds: Dataset, query: ObservationQuery) -> Response:
    fmt, limit, offset = query.format, query.limit, query.offset
    rows = _observations_frame(ds, query)
    meta = {"indicator": query.indicator, "level": query.level}
    total = len(rows)
    page = rows.iloc[offset : offset + limit]
    names = {s: _source_fields(ds, s) for s in page.source.astype(str).unique()}
    records = [
        {
            "indicateur": str(r.indicator),
            "niveau": str(r.level),
            "code": str(r.code),
            "periode": str(r.period),
            "ventilation": str(r.breakdown),
            "modalite": str(r.breakdown_value),
            "valeur": None if pd.isna(r.value) else float(r.value),
            "statut": str(r.status),
            **_reliability(ds, r),
            **names[str(r.source)],
        }
        for r in page.itertuples()
    ]
    if fmt == "json":
        return jsonify(
            {
                "total": total,
                "offset": offset,
                "limit": limit,
                "indicateur": ds.indicators[meta["indicator"]],
                "observations": records,
            }
        )
    table = pd.DataFrame(records)
    if fmt == "csv":

        def stream() -> Iterator[str]:
            yield "\ufeff"
            buffer = io.StringIO()
            table.to_csv(buffer, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            yield buffer.getvalue()

        response = Response(stream(), mimetype="text/csv")
    else:
        buffer = io.BytesIO()
        with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
            table.to_excel(writer, sheet_name="Observations", index=False)
            pd.DataFrame(
                [(k, str(v)) for k, v in ds.indicators[meta["indicator"]].items()], columns=["Champ", "Valeur"]
            ).to_excel(writer, sheet_name="Indicateur", index=False)
        response = Response(
            buffer.getvalue(), mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
    response.headers["Content-Disposition"] = f'attachment; filename="{meta["indicator"]}-{meta["level"]}.{fmt}"'
    response.headers["X-Total-Count"] = str(total)
    return response
