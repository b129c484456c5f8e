"""Time series: levels, and base-100 comparisons between territories."""

from __future__ import annotations

import plotly.graph_objects as go

from ..i18n import Translator, translator
from .style import COLORS, DASHES, base_layout, empty_figure


def level_series(lines: list[dict], title: str, source_line: str, breaks: list[str] | None = None,
                 tr: Translator | None = None) -> go.Figure:
    """lines: [{'name', 'periods', 'values'}] drawn as lines; a dashed rule marks each series break."""
    tr = tr or translator("fr")
    lines = [line for line in lines if line["periods"]]
    if not lines:
        return empty_figure(tr("Pas de données pour cette série."), tr)
    fig = go.Figure()
    for i, line in enumerate(lines):
        fig.add_scatter(x=[tr.period(p) for p in line["periods"]], y=line["values"], name=line["name"], mode="lines",
                        line=dict(color=COLORS[i % len(COLORS)], width=2.5, dash=DASHES[i % len(DASHES)]),
                        hovertemplate="%{y:,.0f}<extra>" + line["name"] + "</extra>")
    fig.update_layout(**base_layout(title, source_line, tr=tr))
    fig.update_yaxes(rangemode="tozero", gridcolor="#e5e5e5", tickformat=",.0f")
    fig.update_xaxes(nticks=8)
    periods = sorted({p for line in lines for p in line["periods"]})
    for start in breaks or []:
        after = [p for p in periods if p >= start]
        if after and after[0] != periods[0]:
            fig.add_vline(x=tr.period(after[0]), line=dict(color="#4a4a4a", dash="dash", width=1))
            fig.add_annotation(x=tr.period(after[0]), y=1, yref="paper", text=tr("rupture de série"),
                               showarrow=False, xanchor="left", font=dict(size=11, color="#4a4a4a"))
    return fig


def rebase(values: list[float | None]) -> list[float | None]:
    """Base 100 at the first available value."""
    base = next((v for v in values if v), None)
    return [None if (v is None or base is None) else 100 * v / base for v in values]


def indexed_series(lines: list[dict], title: str, source_line: str, breaks: list[str] | None = None,
                   tr: Translator | None = None) -> go.Figure:
    rebased = [{**line, "values": rebase(line["values"])} for line in lines]
    fig = level_series(rebased, title, source_line, breaks, tr)
    fig.update_traces(hovertemplate="%{y:,.1f}")
    fig.update_yaxes(rangemode="normal", tickformat=",.0f")
    return fig
