"""Choropleth maps drawn from a geometry URL (fetched once and cached by the browser).

The figure never embeds shapes: ``geojson`` is the URL of a static, versioned
layer whose features carry their name. One trace holds every territory of the
layer, always in the same order (by code), so a recolour only changes values:
z is the class index on a stepped colour scale, 0 being "missing or secret"
(grey, named in the legend). Per territory the figure carries its code, its
class and two short texts for the tooltip.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import plotly.graph_objects as go

from ..domain.reliability import FLAG as LOW_FLAG
from ..domain.reliability import LABEL as LOW_LABEL
from ..domain.statuses import STATUS_LABELS
from ..i18n import Translator, translator
from ..maps.classify import classify
from ..maps.palettes import MISSING, palette, stepped_colorscale
from .style import FONT, source_annotation


def _limit_decimals(breaks: list[float], decimals: int, tr: Translator) -> int:
    """Enough decimals for two different limits never to read the same ("4,5 à 4,5")."""
    for extra in range(3):
        shown = [tr.number(b, decimals + extra) for b in breaks]
        if len(set(shown)) == len(set(breaks)):
            return decimals + extra
    return decimals + 2


def class_labels(
    breaks: list[float], decimals: int, tr: Translator | None = None, counts: list[int] | None = None
) -> list[str]:
    """'de 3,1 à 4,5', then 'plus de 4,5 à 6,0': each class includes its upper limit, and says so."""
    tr = tr or translator("fr")
    places = _limit_decimals(breaks, decimals, tr)
    labels = []
    for i, (lo, hi) in enumerate(pairwise(breaks)):
        words = tr("de {low} à {high}") if i == 0 else tr("plus de {low} à {high}")
        text = words.format(low=tr.number(lo, places), high=tr.number(hi, places))
        labels.append(text if counts is None else f"{text} ({tr.number(counts[i])})")
    return labels


def hovertemplate(label: str, period: str, total: str, tr: Translator | None = None) -> str:
    tr = tr or translator("fr")
    colon = tr.colon
    rank = tr("rang {rank} sur {total}", rank="%{customdata[1]}", total=total)
    return (
        f"<b>%{{properties.nom}}</b> (%{{location}})<br>{label}{colon}%{{customdata[0]}}"
        f"<br>{tr.period(period)} · {rank}<extra></extra>"
    )


def colour_update(
    table,
    breaks: list[float],
    diverging: bool,
    label: str,
    unit: str,
    decimals: int,
    period: str,
    tr: Translator | None = None,
    status_text: dict | None = None,
) -> dict:
    """Everything that changes on a recolour, for every territory of the layer in code order."""
    tr = tr or translator("fr")
    status_text = status_text or STATUS_LABELS
    ordered = table.sort_values("code")
    values = ordered.value.to_numpy(dtype=float)
    finite = np.isfinite(values)
    k = max(1, len(breaks) - 1)
    colors = [MISSING] + (palette(max(k, 5), diverging)[:k] if k < 5 else palette(k, diverging))
    low = ordered["low"].to_numpy(dtype=bool) if "low" in ordered else np.zeros(len(ordered), dtype=bool)
    shown = [
        (f"{tr.number(v, decimals)} {unit}" + (f" {LOW_FLAG} {tr(LOW_LABEL)}" if weak else ""))
        if ok
        else tr(status_text.get(s, STATUS_LABELS["na"]))
        for v, ok, weak, s in zip(values, finite, low, ordered.status)
    ]
    ranks = [tr.number(r) if ok and r == r else "—" for r, ok in zip(ordered["rank"], finite)]
    total = tr.number(int(np.isfinite(ordered["rank"].to_numpy(dtype=float)).sum()))
    missing = int((~finite).sum())
    classes = classify(values, breaks)
    counts = [int((classes == i).sum()) for i in range(k)]
    legend = [(colors[i + 1], text) for i, text in enumerate(class_labels(breaks, decimals, tr, counts))]
    if missing:
        legend.append((MISSING, tr("Donnée manquante ou secrète ({count})", count=tr.number(missing))))
    return {
        "locations": list(ordered.code),
        "z": (classes + 1).tolist(),
        "limits": list(pairwise(breaks)),
        "customdata": [[a, b] for a, b in zip(shown, ranks)],
        "hovertemplate": hovertemplate(label, period, total, tr),
        "colors": colors,
        "colorscale": stepped_colorscale(colors),
        "zmax": k + 0.5,
        "tickvals": list(range(0 if missing else 1, k + 1)),
        "ticktext": ([legend[-1][1]] if missing else []) + class_labels(breaks, decimals, tr),
        "legend": legend,
        "missing": missing,
    }


def choropleth(
    geojson_url: str,
    update: dict,
    title: str,
    unit: str,
    source_line: str,
    line_width: float = 0.4,
    height: int = 640,
    tr: Translator | None = None,
    standalone: bool = True,
) -> dict:
    """The figure as a plotly figure dict (``go.Figure(result)`` for a graph object).

    A dict, because its arrays hold one entry per commune (35,000): plotly's graph objects would validate
    and deep-copy them, which took most of the map page's response time. A standalone figure (exports)
    carries its colour bar and source line; the page shows both as text around the figure, so recolouring
    never has to redraw them inside plotly.
    """
    tr = tr or translator("fr")
    trace = {
        "type": "choropleth",
        "geojson": geojson_url,
        "featureidkey": "id",
        "locations": update["locations"],
        "z": update["z"],
        "colorscale": update["colorscale"],
        "zmin": -0.5,
        "zmax": update["zmax"],
        "customdata": update["customdata"],
        "hovertemplate": update["hovertemplate"],
        "marker": {"line": {"width": line_width, "color": "#ffffff"}},
        "name": tr("valeurs"),
        "showlegend": False,
        "showscale": standalone,
        "colorbar": {
            "title": {"text": unit, "side": "top"},
            "tickvals": update["tickvals"],
            "ticktext": update["ticktext"],
            "thickness": 14,
            "len": 0.75,
            "x": 1.0,
            "y": 0.55,
        },
    }
    layout = go.Layout(
        title=dict(text=title, x=0, xanchor="left", font=dict(size=15)),
        geo=dict(visible=False, fitbounds="locations", projection=dict(type="mercator"), bgcolor="#ffffff"),
        font=dict(family=FONT, size=12, color="#1e1e1e"),
        separators=tr.separators,
        height=height,
        margin=dict(l=0, r=0, t=48, b=56),
        paper_bgcolor="#ffffff",
        dragmode=False,
        annotations=[source_annotation(source_line, -0.06)] if standalone else [],
        uirevision="map",
    )
    return {"data": [trace], "layout": layout.to_plotly_json()}
