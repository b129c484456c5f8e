"""/export/<chart>.<format>: files of exactly what a chart shows; /embed/<chart>: a frameable chart page."""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Set as AbstractSet
from html import escape

from flask import Blueprint, Response, current_app, request
from flask.typing import ResponseReturnValue

from .. import SITE_NAME, cache
from ..charts import BadChartState, ChartNotFound, chart_spec, chart_state, unknown_params
from ..exports.render import MIME, SIZES, ExportUnavailable, render
from ..locales.plotly_fr import LOCALE as PLOTLY_LOCALES
from ..store import runtime
from .routes import error

exports = Blueprint("exports", __name__)
_SAFE = re.compile(r"[^A-Za-z0-9_-]+")
EXPORT_ONLY = {"taille"}
# Images and workbooks of the largest maps take seconds to render: each worker renders this many at once and
# answers the others 503 with Retry-After rather than letting them queue up and hold every worker.
RENDER_SLOTS = threading.BoundedSemaphore(max(1, int(os.environ.get("RENDER_CONCURRENCY", "1"))))
RENDER_WAIT_SECONDS = 2.0
RETRY_AFTER_SECONDS = 5
COSTLY_FORMATS = {"png", "svg", "xlsx"}


class Busy(RuntimeError):
    """Every render slot of this worker is taken."""


class UnknownParam(BadChartState):
    """A parameter the chart does not read, or one given twice: the request is malformed (400)."""


def _params(chart: str, extra: AbstractSet[str] = frozenset()) -> dict:
    """The chart's parameters from the query string; an unknown or repeated one is refused."""
    names = set(request.args) - set(extra)
    unknown = unknown_params(chart, names)
    if unknown:
        raise UnknownParam(f"paramètre inconnu pour ce graphique : « {unknown[0][:30]} »")
    params = {}
    for key in sorted(names):
        values = request.args.getlist(key)
        if len(values) > 1:
            raise UnknownParam(f"le paramètre « {key} » est donné plusieurs fois")
        if len(values[0]) > 40:
            raise BadChartState(f"le paramètre « {key} » est trop long")
        params[key] = values[0]
    return params


def _render(version: str, chart: str, fmt: str, size: str, params: dict, public_url: str) -> bytes:
    """The file, from the cache when any worker made it before; keyed by the chart's normalised state."""
    state = json.dumps(chart_state(chart, params), sort_keys=True)
    key = f"export:{version}:{chart}:{fmt}:{size}:{state}:{public_url}"
    body = cache.get(key)
    if body is not None:
        return body
    costly = fmt in COSTLY_FORMATS
    if costly and not RENDER_SLOTS.acquire(timeout=RENDER_WAIT_SECONDS):
        raise Busy()
    try:
        body = render(chart_spec(chart, params), fmt, size, public_url)
    finally:
        if costly:
            RENDER_SLOTS.release()
    cache.put(key, body)
    return body


@exports.get("/export/<chart>.<fmt>")
def export_file(chart: str, fmt: str) -> ResponseReturnValue:
    if fmt not in MIME:
        return error(404, f"format inconnu : « {escape(fmt[:10])} » (png, svg, csv, xlsx)")
    size = request.args.get("taille", "standard")
    if size not in SIZES:
        return error(422, "taille doit valoir « standard », « double » ou « carre »")
    settings = current_app.config["SETTINGS"]
    dataset = runtime.dataset()
    try:
        params = _params(chart, EXPORT_ONLY)
    except ChartNotFound as exc:
        return error(404, str(exc))
    except BadChartState as exc:
        return error(400 if isinstance(exc, UnknownParam) else 422, str(exc))
    try:
        body = _render(dataset.version, chart, fmt, size, params, settings.public_url)
    except ChartNotFound as exc:
        return error(404, str(exc))
    except BadChartState as exc:
        return error(422, str(exc))
    except ExportUnavailable as exc:
        return error(503, str(exc))
    except Busy:
        response = error(503, "Le serveur prépare déjà d'autres images : réessayez dans quelques secondes.")
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    name = _SAFE.sub("-", "-".join([chart] + [str(v) for v in params.values()]))[:80]
    suffix = {"double": "-2x", "carre": "-carre"}.get(size, "") if fmt in ("png", "svg") else ""
    response = Response(body, mimetype=MIME[fmt])
    response.headers["Content-Disposition"] = f'attachment; filename="{name}{suffix}.{fmt}"'
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response


def _plain(value: object) -> object:
    """numpy scalars and arrays in figure dicts, as JSON."""
    return value.tolist() if hasattr(value, "tolist") else str(value)


@exports.get("/embed/<chart>")
def embed(chart: str) -> ResponseReturnValue:
    settings = current_app.config["SETTINGS"]
    try:
        params = _params(chart)
    except ChartNotFound as exc:
        return error(404, str(exc))
    except BadChartState as exc:
        return error(400 if isinstance(exc, UnknownParam) else 422, str(exc))
    try:
        export = chart_spec(chart, params)
    except ChartNotFound as exc:
        return error(404, str(exc))
    except BadChartState as exc:
        return error(422, str(exc))
    figure = json.dumps(export.figure, default=_plain).replace("</", "<\\/")  # inert inside <script>
    tr = export.tr
    demo_text = escape(tr("Données de démonstration — valeurs générées, non officielles."))
    demo = f'<p class="demo">{demo_text}</p>' if export.demo else ""
    see = escape(tr("Voir sur {site}", site=SITE_NAME))
    locale = ""  # plotly's own texts (modebar buttons and their accessible names) in the page's language
    if tr.lang in PLOTLY_LOCALES:
        spec = json.dumps(PLOTLY_LOCALES[tr.lang], ensure_ascii=False).replace("</", "<\\/")
        locale = f'<script type="application/json" id="plotly-locale">{spec}</script>'
    page = f"""<!doctype html>
<html lang="{tr.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(export.title)} — {SITE_NAME}</title><link rel="stylesheet" href="/assets/embed.css"></head>
<body><main><h1>{escape(export.title)}</h1><p class="subtitle">{escape(export.subtitle)}</p>{demo}
<figure aria-label="{escape(export.title)}"><div id="chart"></div></figure>
<p class="source">{escape(export.citation(settings.public_url))}
<a href="{escape(export.permalink())}" target="_blank" rel="noopener">{see}</a></p></main>
<script type="application/json" id="figure">{figure}</script>{locale}
<script src="/_dash-component-suites/plotly/package_data/plotly.min.js"></script>
<script src="/assets/embed.js"></script></body></html>"""
    response = Response(page, mimetype="text/html")
    response.headers["X-Embed"] = "1"
    return response
