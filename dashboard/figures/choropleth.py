"""Choropleth maps drawn from a geometry URL (fetched once and cached by the browser).

The figure never embeds shapes: ``geojson`` is the URL of a static, versioned
layer whose features carry their name. Values are classed (z = class index) on
a stepped colour scale, so the legend shows class limits; missing and secret
values are a separate grey trace, named in the legend. Per territory the
figure only carries its code, class, value and rank.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from ..formatting import format_number, format_period
from ..maps.classify import classify
from ..maps.palettes import MISSING, palette, stepped_colorscale
from .style import FONT

STATUS_LABELS = {"secret": "secret statistique", "na": "non disponible", "provisional": "provisoire"}


def class_labels(breaks: list[float], decimals: int) -> list[str]:
    return [f"{format_number(lo, decimals)} – {format_number(hi, decimals)}" for lo, hi in zip(breaks, breaks[1:])]


def hovertemplate(label: str, unit: str, decimals: int, period: str, total: int) -> str:
    return (f"<b>%{{properties.nom}}</b> (%{{location}})<br>{label} : %{{customdata[0]:,.{decimals}f}} {unit}"
            f"<br>{format_period(period)} · rang %{{customdata[1]}} sur {total}<extra></extra>")


def colour_update(table, breaks: list[float], diverging: bool, label: str, unit: str, decimals: int,
                  period: str) -> dict:
    """Everything that changes on a recolour (used whole, or as a Patch)."""
    finite = np.isfinite(table.value.to_numpy(dtype=float))
    valid, missing = table[finite], table[~finite]
    k = max(1, len(breaks) - 1)
    colors = palette(max(k, 5), diverging)[:k] if k < 5 else palette(k, diverging)
    return {
        "locations": list(valid.code), "z": classify(valid.value, breaks).tolist(),
        "customdata": [[round(float(v), decimals), int(r)] for v, r in zip(valid.value, valid["rank"])],
        "hovertemplate": hovertemplate(label, unit, decimals, period, len(valid)),
        "colorscale": stepped_colorscale(colors), "zmax": k - 0.5,
        "tickvals": list(range(k)), "ticktext": class_labels(breaks, decimals),
        "missing_locations": list(missing.code),
        "missing_customdata": [[STATUS_LABELS.get(s, "non disponible")] for s in missing.status],
        "missing_name": f"Donnée manquante ou secrète ({len(missing)})",
    }


MISSING_TEMPLATE = "<b>%{properties.nom}</b> (%{location})<br>%{customdata[0]}<extra></extra>"


def choropleth(geojson_url: str, update: dict, title: str, unit: str, source_line: str,
               line_width: float = 0.4, height: int = 640) -> go.Figure:
    fig = go.Figure()
    fig.add_trace(go.Choropleth(
        geojson=geojson_url, featureidkey="id", locations=update["locations"], z=update["z"],
        colorscale=update["colorscale"], zmin=-0.5, zmax=update["zmax"], customdata=update["customdata"],
        hovertemplate=update["hovertemplate"], marker=dict(line=dict(width=line_width, color="#ffffff")),
        name="valeurs", showlegend=False,
        colorbar=dict(title=dict(text=unit, side="top"), tickvals=update["tickvals"], ticktext=update["ticktext"],
                      thickness=14, len=0.75, x=1.0, y=0.55),
    ))
    fig.add_trace(go.Choropleth(
        geojson=geojson_url, featureidkey="id", locations=update["missing_locations"],
        z=[0] * len(update["missing_locations"]), colorscale=[[0, MISSING], [1, MISSING]], showscale=False,
        customdata=update["missing_customdata"], hovertemplate=MISSING_TEMPLATE,
        marker=dict(line=dict(width=line_width, color="#ffffff")), name=update["missing_name"], showlegend=True,
    ))
    fig.update_geos(visible=False, fitbounds="locations", projection_type="mercator", bgcolor="#ffffff")
    fig.update_layout(
        title=dict(text=title, x=0, xanchor="left", font=dict(size=15)),
        font=dict(family=FONT, size=12, color="#1e1e1e"), separators=", ", height=height,
        margin=dict(l=0, r=0, t=48, b=56), paper_bgcolor="#ffffff", dragmode=False,
        legend=dict(orientation="h", x=0, y=0.02, bgcolor="rgba(255,255,255,0.8)"),
        annotations=[dict(text=source_line, xref="paper", yref="paper", x=0, y=-0.06, showarrow=False,
                          xanchor="left", font=dict(size=11, color="#4a4a4a"))],
        uirevision="map",
    )
    return fig
