"""/export/<chart>.<format>: files of exactly what a chart shows; /embed/<chart>: a frameable chart page."""

from __future__ import annotations

import json
import re
from html import escape

from flask import Blueprint, Response, current_app, request

from .. import SITE_NAME
from ..cache import cached
from ..store import runtime
from ..charts import BadChartState, ChartNotFound, chart_spec
from ..exports.render import MIME, SIZES, ExportUnavailable, render
from ..locales.plotly_fr import LOCALE as PLOTLY_LOCALES
from .routes import error

exports = Blueprint("exports", __name__)
_SAFE = re.compile(r"[^A-Za-z0-9_-]+")
ALLOWED_PARAMS = {"code", "mode", "dimension", "id", "indicateur", "niveau", "periode", "dep", "methode", "classes",
                  "lang"}


def _params() -> dict:
    params = {}
    for key in ALLOWED_PARAMS:
        value = request.args.get(key)
        if value is not None:
            if len(value) > 40:
                raise BadChartState(f"le paramètre « {key} » est trop long")
            params[key] = value
    return params


@cached("export")
def _render(version: str, chart: str, fmt: str, size: str, params_json: str, public_url: str):
    export = chart_spec(chart, json.loads(params_json))
    return render(export, fmt, size, public_url)


@exports.get("/export/<chart>.<fmt>")
def export_file(chart: str, fmt: str):
    if fmt not in MIME:
        return error(404, f"format inconnu : « {escape(fmt[:10])} » (png, svg, csv, xlsx)")
    size = request.args.get("taille", "standard")
    if size not in SIZES:
        return error(422, "taille doit valoir « standard », « double » ou « carre »")
    settings = current_app.config["SETTINGS"]
    dataset = runtime.dataset()
    try:
        params = _params()
        body = _render(dataset.version, chart, fmt, size, json.dumps(params, sort_keys=True), settings.public_url)
    except ChartNotFound as exc:
        return error(404, str(exc))
    except BadChartState as exc:
        return error(422, str(exc))
    except ExportUnavailable as exc:
        return error(503, str(exc))
    name = _SAFE.sub("-", "-".join([chart] + [str(v) for v in params.values()]))[:80]
    suffix = {"double": "-2x", "carre": "-carre"}.get(size, "") if fmt in ("png", "svg") else ""
    response = Response(body, mimetype=MIME[fmt])
    response.headers["Content-Disposition"] = f'attachment; filename="{name}{suffix}.{fmt}"'
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response


def _plain(value):
    """numpy scalars and arrays in figure dicts, as JSON."""
    return value.tolist() if hasattr(value, "tolist") else str(value)


@exports.get("/embed/<chart>")
def embed(chart: str):
    settings = current_app.config["SETTINGS"]
    try:
        export = chart_spec(chart, _params())
    except ChartNotFound as exc:
        return error(404, str(exc))
    except BadChartState as exc:
        return error(422, str(exc))
    figure = json.dumps(export.figure, default=_plain).replace("</", "<\\/")  # inert inside <script>
    tr = export.tr
    demo = (f'<p class="demo">{escape(tr("Données de démonstration — valeurs générées, non officielles."))}</p>'
            if export.demo else "")
    see = escape(tr("Voir sur {site}", site=SITE_NAME))
    locale = ""  # plotly's own texts (modebar buttons and their accessible names) in the page's language
    if tr.lang == "fr":
        spec = json.dumps(PLOTLY_LOCALES["fr"], ensure_ascii=False).replace("</", "<\\/")
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
