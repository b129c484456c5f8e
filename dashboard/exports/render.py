"""Turns a chart spec into files: PNG and SVG (rendered on the server), CSV, XLSX.

Images are drawn by plotly's static export (kaleido driving the system
Chromium) with the title, subtitle, source line, date and site name inside
the picture, so an image never travels without its source.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import logging
import os
import shutil
import threading
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from .. import SITE_NAME
from ..charts.spec import ChartSpec
from ..config import REPO_ROOT
from ..i18n import translator
from .frame import framed_svg, rasterise

log = logging.getLogger(__name__)

SIZES = {"standard": (1200, 675, 1), "double": (1200, 675, 2), "carre": (1080, 1080, 1)}
TOPOJSON = (REPO_ROOT / "assets" / "topojson").as_uri() + "/"
MIME = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ExportUnavailable(RuntimeError):
    """Server-side image rendering is not possible here (no Chromium)."""


_kaleido_lock = threading.Lock()
_kaleido_started = False


def _ensure_kaleido():
    global _kaleido_started
    import kaleido

    with _kaleido_lock:
        if not _kaleido_started:
            browser = os.environ.get("BROWSER_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
            if browser is None:
                raise ExportUnavailable("aucun Chromium sur le serveur : utilisez l'export du navigateur")
            os.environ.setdefault("BROWSER_PATH", browser)
            # No MathJax (it would load from a CDN); plotly.js comes from the installed plotly package.
            kaleido.start_sync_server(silence_warnings=True, mathjax=False)
            _kaleido_started = True
    return kaleido


def framed_figure(export: ChartSpec, public_url: str, width: int, height: int):
    """A copy of the figure with title, subtitle, source, date and site drawn in."""
    fig = go.Figure(copy.deepcopy(export.figure))
    tr = export.tr
    demo = " — " + tr("DONNÉES DE DÉMONSTRATION, NON OFFICIELLES") if export.demo else ""
    source = _wrap(export.source_line.replace(" — " + tr("DONNÉES DE DÉMONSTRATION"), "") + demo, width)
    credit = tr("{site} — {url} — exporté le {day}", site=SITE_NAME, url=public_url, day=tr.date(date.today()))
    top, bottom = 110, 120 + 16 * source.count("<br>")
    plot_height = height - top - bottom

    def below(pixels: float) -> float:  # paper coordinate of a point `pixels` under the plot area
        return -pixels / plot_height

    fig.layout.annotations = [a for a in fig.layout.annotations if not str(a.text or "").startswith(tr("Source"))]
    fig.update_layout(
        width=width,
        height=height,
        margin=dict(t=top, b=bottom, l=70, r=40),
        title=dict(
            text=f"<b>{export.title}</b><br><span style='font-size:13px'>{export.subtitle}</span>",
            x=0.02,
            xanchor="left",
            y=1 - 18 / height,
            yanchor="top",
        ),
        legend=dict(orientation="h", x=0, y=below(32), yanchor="top"),
    )
    fig.add_annotation(
        text=source,
        xref="paper",
        yref="paper",
        x=0,
        y=below(62),
        showarrow=False,
        xanchor="left",
        yanchor="top",
        align="left",
        font=dict(size=12, color="#333"),
    )
    fig.add_annotation(
        text=credit,
        xref="paper",
        yref="paper",
        x=1,
        y=below(bottom - 22),
        showarrow=False,
        xanchor="right",
        yanchor="top",
        font=dict(size=11, color="#555"),
    )
    return fig


def _wrap(text: str, width: int) -> str:
    limit = max(60, width // 8)
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) + 1 > limit:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join(lines + [line])


def inline_geometry(fig) -> None:
    """Replaces our /geo/<version>/<layer>.geojson URLs by the layer itself (the renderer has no server)."""
    from ..store.runtime import dataset

    cache: dict[str, dict] = {}
    for trace in fig.data:
        url = getattr(trace, "geojson", None)
        if isinstance(url, str) and url.startswith("/geo/"):
            name = url.rsplit("/", 1)[-1]
            if name not in cache:
                cache[name] = json.loads((dataset().release / "geo" / name).read_bytes())
            trace.geojson = cache[name]


def image(export: ChartSpec, fmt: str, size: str, public_url: str) -> bytes:
    width, height, scale = SIZES[size]
    if export.make_svg is not None:  # the page's own drawing, framed (and rasterised for PNG)
        svg = framed_svg(export, public_url, width, height)
        return svg.encode("utf-8") if fmt == "svg" else rasterise(svg, scale)
    fig = framed_figure(export, public_url, width, height)
    inline_geometry(fig)
    try:
        kaleido = _ensure_kaleido()
        return kaleido.calc_fig_sync(
            fig, opts={"format": fmt, "width": width, "height": height, "scale": scale}, topojson=TOPOJSON
        )
    except ExportUnavailable:
        raise
    except Exception as exc:  # kaleido or Chromium failed: the browser fallback takes over
        log.warning("server-side image export failed: %s", exc)
        raise ExportUnavailable("le rendu d'image sur le serveur a échoué : utilisez l'export du navigateur") from exc


CSV_FORMATS = {"fr": (";", ","), "en": (",", ".")}  # what a spreadsheet in that language opens as columns


def integers(table: pd.DataFrame) -> pd.DataFrame:
    """Counts written as counts: a column whose every value is whole becomes an integer column ('33710')."""
    out = table.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_float_dtype(values) and values.dropna().apply(float.is_integer).all():
            out[column] = values.astype("Int64")
    return out


def to_csv(export: ChartSpec, public_url: str) -> bytes:
    """Metadata as '# key : value' lines, then the data with headers in the export's language: ';' and a decimal
    comma in French, ',' and a decimal point in English; UTF-8 with a BOM."""
    out = io.StringIO()
    colon = translator(export.lang).colon
    for key, value in export.metadata(public_url):
        out.write(f"# {key}{colon}{value}\n")
    separator, decimal = CSV_FORMATS.get(export.lang, CSV_FORMATS["en"])
    integers(export.table).to_csv(
        out, index=False, sep=separator, decimal=decimal, quoting=csv.QUOTE_MINIMAL, lineterminator="\n"
    )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(export: ChartSpec, public_url: str) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        tr = export.tr
        export.table.to_excel(writer, sheet_name=tr("Données"), index=False)
        pd.DataFrame(export.metadata(public_url), columns=[tr("Métadonnée"), tr("Valeur")]).to_excel(
            writer, sheet_name=tr("Métadonnées"), index=False
        )
        for sheet in writer.sheets.values():
            for column in sheet.columns:
                width = min(80, max(len(str(c.value or "")) for c in column) + 2)
                sheet.column_dimensions[column[0].column_letter].width = width
    return buffer.getvalue()


def render(export: ChartSpec, fmt: str, size: str, public_url: str) -> bytes:
    if fmt in ("png", "svg"):
        return image(export, fmt, size, public_url)
    if fmt == "csv":
        return to_csv(export, public_url)
    return to_xlsx(export, public_url)
