"""Horizontal bars for breakdowns (sex, age, seniority) and top jobs."""

from __future__ import annotations

import plotly.graph_objects as go

from ..i18n import Translator, translator
from .style import COLORS, base_layout, empty_figure


def breakdown_bars(groups: list[dict], categories: list[str], title: str, source_line: str,
                   tr: Translator | None = None) -> go.Figure:
    """groups: [{'name', 'values': [...] aligned on categories}] -> grouped horizontal bars."""
    tr = tr or translator("fr")
    if not categories or not groups:
        return empty_figure(tr("Pas de données pour cette répartition."), tr)
    fig = go.Figure()
    for i, group in enumerate(groups):
        fig.add_bar(y=categories, x=group["values"], name=group["name"], orientation="h",
                    marker=dict(color=COLORS[i % len(COLORS)],
                                pattern=dict(shape="" if i == 0 else "/", fillmode="overlay", solidity=0.3)),
                    hovertemplate="%{y}" + (" : " if tr.lang == "fr" else ": ") + "%{x:,.0f}<extra>" + group["name"] + "</extra>")
    fig.update_layout(**{**base_layout(title, source_line, height=260 + 20 * len(categories), tr=tr),
                         "barmode": "group", "hovermode": "closest"})
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(gridcolor="#e5e5e5", tickformat=",.0f")
    return fig
