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

from ..i18n import N_, Translator, translator
from ..maps.classify import classify
from ..maps.palettes import MISSING, palette, stepped_colorscale
from .style import FONT

STATUS_LABELS = {"secret": N_("secret statistique"), "na": N_("non disponible"), "provisional": N_("provisoire")}


def class_labels(breaks: list[float], decimals: int, tr: Translator | None = None) -> list[str]:
    tr = tr or translator("fr")
    return [f"{tr.number(lo, decimals)} – {tr.number(hi, decimals)}" for lo, hi in zip(breaks, breaks[1:])]


def hovertemplate(label: str, unit: str, decimals: int, period: str, total: int,
                  tr: Translator | None = None) -> str:
    tr = tr or translator("fr")
    colon = " : " if tr.lang == "fr" else ": "
    rank = tr("rang {rank} sur {total}", rank="%{customdata[1]}", total=tr.number(total))
    return (f"<b>%{{properties.nom}}</b> (%{{location}})<br>{label}{colon}%{{customdata[0]:,.{decimals}f}} {unit}"
            f"<br>{tr.period(period)} · {rank}<extra></extra>")


def colour_update(table, breaks: list[float], diverging: bool, label: str, unit: str, decimals: int,
                  period: str, tr: Translator | None = None) -> dict:
    """Everything that changes on a recolour (used whole, or as a Patch)."""
    tr = tr or translator("fr")
    finite = np.isfinite(table.value.to_numpy(dtype=float))
    valid, missing = table[finite], table[~finite]
    k = max(1, len(breaks) - 1)
    colors = palette(max(k, 5), diverging)[:k] if k < 5 else palette(k, diverging)
    return {
        "locations": list(valid.code), "z": classify(valid.value, breaks).tolist(),
        "customdata": [[round(float(v), decimals), int(r)] for v, r in zip(valid.value, valid["rank"])],
        "hovertemplate": hovertemplate(label, unit, decimals, period, len(valid), tr),
        "colorscale": stepped_colorscale(colors), "zmax": k - 0.5,
        "tickvals": list(range(k)), "ticktext": class_labels(breaks, decimals, tr),
        "missing_locations": list(missing.code),
        "missing_customdata": [[tr(STATUS_LABELS.get(s, STATUS_LABELS["na"]))] for s in missing.status],
        "missing_name": tr("Donnée manquante ou secrète ({count})", count=tr.number(len(missing))),
    }


MISSING_TEMPLATE = "<b>%{properties.nom}</b> (%{location})<br>%{customdata[0]}<extra></extra>"


def choropleth(geojson_url: str, update: dict, title: str, unit: str, source_line: str,
               line_width: float = 0.4, height: int = 640, tr: Translator | None = None) -> go.Figure:
    tr = tr or translator("fr")
    fig = go.Figure()
    fig.add_trace(go.Choropleth(
        geojson=geojson_url, featureidkey="id", locations=update["locations"], z=update["z"],
        colorscale=update["colorscale"], zmin=-0.5, zmax=update["zmax"], customdata=update["customdata"],
        hovertemplate=update["hovertemplate"], marker=dict(line=dict(width=line_width, color="#ffffff")),
        name=tr("valeurs"), showlegend=False,
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
        font=dict(family=FONT, size=12, color="#1e1e1e"), separators=tr.separators, height=height,
        margin=dict(l=0, r=0, t=48, b=56), paper_bgcolor="#ffffff", dragmode=False,
        legend=dict(orientation="h", x=0, y=0.02, bgcolor="rgba(255,255,255,0.8)"),
        annotations=[dict(text=source_line, xref="paper", yref="paper", x=0, y=-0.06, showarrow=False,
                          xanchor="left", font=dict(size=11, color="#4a4a4a"))],
        uirevision="map",
    )
    return fig
