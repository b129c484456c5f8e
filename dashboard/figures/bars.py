"""Horizontal bars: a territory against its areas, the jobs that recruit."""

from __future__ import annotations

from collections.abc import Sequence

from ..i18n import Translator, translator
from .style import COLORS, base_layout, empty_figure


def horizontal_bars(
    labels: Sequence[str],
    values: Sequence[float | None],
    title: str,
    source_line: str,
    tr: Translator | None = None,
    decimals: int = 0,
    unit: str = "",
    texts: list[str] | None = None,
    highlight: int | None = None,
) -> dict:
    """One bar per label (top to bottom in the given order); a missing value is a labelled gap, not a 0."""
    tr = tr or translator("fr")
    if not labels:
        return empty_figure(tr("Pas de données pour cette répartition."), tr)
    percent = unit == "%"
    suffix = tr.percent_suffix if percent else (f" {unit}" if unit else "")
    shown = texts or [tr.number(v, decimals) + suffix if v is not None else tr("non disponible") for v in values]
    colors = [COLORS[1] if i == highlight else COLORS[0] for i in range(len(labels))]
    trace = {
        "type": "bar",
        "orientation": "h",
        "y": labels,
        "x": values,
        "text": shown,
        "textposition": "auto",
        "marker": {"color": colors},
        "customdata": shown,
        "cliponaxis": False,
        "hovertemplate": "%{y}" + tr.colon + "%{customdata}<extra></extra>",
    }
    layout = base_layout(title, source_line, height=140 + 34 * len(labels), tr=tr)
    layout.update(
        hovermode="closest",
        showlegend=False,
        bargap=0.25,
        yaxis={"autorange": "reversed", "automargin": True},
        xaxis={
            "gridcolor": "#e5e5e5",
            "tickformat": f",.{decimals}f",
            "rangemode": "tozero",
            "ticksuffix": suffix if percent else "",
        },
    )
    layout["margin"] = dict(l=16, r=24, t=48, b=72)
    return {"data": [trace], "layout": layout}
