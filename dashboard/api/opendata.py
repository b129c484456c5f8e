"""The open data API: /api/v1/indicators, /territories, /observations (JSON, CSV, XLSX).

Every row carries its source, vintage and demo flag. Requests are bounded:
at most MAX_PAGE rows a page, and MAX_ROWS rows a query (413 beyond, with a
message saying how to narrow it).
"""

from __future__ import annotations

import csv
import io
import re

import pandas as pd
from flask import Blueprint, Response, jsonify, request

from .. import cache
from ..domain.levels import LEVEL_IDS
from ..periods import PERIOD_PATTERN, sort_key
from ..store import runtime
from ..store.search import QueryError
from .routes import error

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
def _api_error(exc: ApiError):
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


def _choice(name: str, allowed, required: bool = False) -> str | None:
    value = request.args.get(name)
    if value is None or value == "":
        if required:
            raise ApiError(400, f"le paramètre « {name} » est obligatoire")
        return None
    if value not in allowed:
        raise ApiError(422, f"« {name} » doit valoir l'une de ces valeurs : {', '.join(sorted(allowed))}")
    return value


def _dataset():
    return runtime.dataset()


def _source_fields(ds, source_id: str) -> dict:
    src = ds.sources.get(source_id, {})
    return {"source": src.get("name", source_id), "millesime": src.get("vintage"), "demo": bool(src.get("demo"))}


@opendata.get("/api/v1/indicators")
def indicators():
    ds = _dataset()
    return jsonify([{**{k: v for k, v in ind.items()}, "levels": ind["levels"].split()} for ind in ds.indicators.values()])


def _territory_json(ds, row: dict) -> dict:
    out = {"code": row["code"], "niveau": row["level"], "nom": row["name"],
           "population": None if pd.isna(row.get("population")) else int(row["population"]),
           "annee_population": int(row["population_year"]),
           "codes_postaux": str(row.get("postcodes") or "").split()}
    parents = []
    for level in ("commune", "epci", "zone_emploi", "bassin", "departement", "region"):
        code = row.get(level)
        if isinstance(code, str) and code and level != row["level"]:
            parent = ds.territory(level, code)
            if parent:
                parents.append({"niveau": level, "code": code, "nom": parent["name"]})
    if row["level"] != "pays":
        parents.append({"niveau": "pays", "code": "FR", "nom": ds.territory("pays", "FR")["name"]})
    out["parents"] = parents
    return out


@opendata.get("/api/v1/territories")
def territories():
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
        rows = table.iloc[offset:offset + limit].to_dict("records")
        return jsonify({"total": int(len(table)), "offset": offset, "limit": limit,
                        "territoires": [_territory_json(ds, r) for r in rows]})
    return jsonify({"total": len(rows), "territoires": [_territory_json(ds, r) for r in rows if r]})


@opendata.get("/api/v1/territories/<level>/<code>")
def territory(level: str, code: str):
    ds = _dataset()
    if level not in LEVELS:
        raise ApiError(404, f"niveau inconnu : « {level[:20]} »")
    row = ds.territory(level, code.upper()) if _CODE.match(code) else None
    if row is None:
        raise ApiError(404, f"territoire inconnu : {level} « {code[:12]} »")
    return jsonify(_territory_json(ds, row))


def _observations_frame() -> tuple[pd.DataFrame, dict]:
    ds = _dataset()
    indicator = _choice("indicator", set(ds.indicators), required=True)
    level = _choice("level", LEVELS, required=True)
    codes_raw = request.args.get("codes", "")
    codes = [c.strip().upper() for c in codes_raw.split(",") if c.strip()]
    if len(codes) > MAX_CODES:
        raise ApiError(413, f"au plus {MAX_CODES} codes par requête")
    bad = [c for c in codes if not _CODE.match(c)]
    if bad:
        raise ApiError(422, f"code territorial invalide : « {bad[0][:12]} »")
    period_from, period_to = request.args.get("period_from"), request.args.get("period_to")
    for name, value in (("period_from", period_from), ("period_to", period_to)):
        if value and not _PERIOD.match(value):
            raise ApiError(422, f"« {name} » doit être une période comme 2024, 2024-T4 ou 2024-06")
    breakdown = request.args.get("breakdown", "total")
    if breakdown not in ("total", "sexe", "age", "anciennete", "metier", "all"):
        raise ApiError(422, "« breakdown » doit valoir total, sexe, age, anciennete, metier ou all")
    if codes:
        frames = [ds.block(indicator, level, c) for c in codes]
        rows = pd.concat(frames) if frames else ds.observations.iloc[0:0]
    else:
        obs = ds.observations
        rows = obs[(obs.indicator == indicator) & (obs.level == level)]
    if breakdown != "all":
        rows = rows[rows.breakdown == breakdown]
    if period_from or period_to:
        keys = rows.period.astype(str).map(sort_key)
        if period_from:
            rows = rows[keys.to_numpy() >= sort_key(period_from)]
            keys = keys[keys >= sort_key(period_from)]
        if period_to:
            rows = rows[keys.to_numpy() <= sort_key(period_to)]
    if len(rows) > MAX_ROWS:
        raise ApiError(413, f"{len(rows)} lignes demandées, plus que la limite de {MAX_ROWS} : "
                            "précisez « codes » ou une plage de périodes")
    return rows, {"indicator": indicator, "level": level}


@opendata.get("/api/v1/observations")
def observations():
    key = f"api:{_dataset().version}:{request.full_path}"
    stored = cache.get(key) if request.args.get("format", "json") != "csv" else None
    if stored is not None:
        body, mimetype, headers = stored
        return Response(body, mimetype=mimetype, headers=headers)
    response = _observations()
    if response.status_code == 200 and not response.is_streamed:
        cache.put(key, (response.get_data(), response.mimetype, dict(response.headers)))
    return response


def _observations():
    fmt = _choice("format", {"json", "csv", "xlsx"}) or "json"
    limit = _int("limit", DEFAULT_PAGE, 1, MAX_PAGE)
    offset = _int("offset", 0, 0, MAX_ROWS)
    rows, meta = _observations_frame()
    ds = _dataset()
    total = len(rows)
    page = rows.iloc[offset:offset + limit]
    names = {s: _source_fields(ds, s) for s in page.source.astype(str).unique()}
    records = [{"indicateur": str(r.indicator), "niveau": str(r.level), "code": str(r.code), "periode": str(r.period),
                "ventilation": str(r.breakdown), "modalite": str(r.breakdown_value),
                "valeur": None if pd.isna(r.value) else float(r.value), "statut": str(r.status),
                **names[str(r.source)]} for r in page.itertuples()]
    if fmt == "json":
        return jsonify({"total": total, "offset": offset, "limit": limit, "indicateur": ds.indicators[meta["indicator"]],
                        "observations": records})
    table = pd.DataFrame(records)
    if fmt == "csv":
        def stream():
            yield "\ufeff"
            buffer = io.StringIO()
            table.to_csv(buffer, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            yield buffer.getvalue()
        response = Response(stream(), mimetype="text/csv")
    else:
        buffer = io.BytesIO()
        with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
            table.to_excel(writer, sheet_name="Observations", index=False)
            pd.DataFrame([(k, str(v)) for k, v in ds.indicators[meta["indicator"]].items()],
                         columns=["Champ", "Valeur"]).to_excel(writer, sheet_name="Indicateur", index=False)
        response = Response(buffer.getvalue(),
                            mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response.headers["Content-Disposition"] = f'attachment; filename="{meta["indicator"]}-{meta["level"]}.{fmt}"'
    response.headers["X-Total-Count"] = str(total)
    return response
