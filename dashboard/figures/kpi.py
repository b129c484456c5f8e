"""National indicator charts: sparklines and the full series against targets."""

from __future__ import annotations

import plotly.graph_objects as go

from ..domain.kpis import KpiPoint, KpiSummary
from ..i18n import Translator, translator
from .style import COLORS, base_layout, empty_figure

STEP = {"year": 100, "quarter": 3, "month": 1}


def period_label(point: KpiPoint, tr: Translator) -> str:
    return _x(point, tr)


def _x(point: KpiPoint, tr: Translator) -> str:
    return tr.period(point["period"]) if point["period"] else point["period_raw"].split(" (")[0]


def segments(points: list[KpiPoint]) -> list[list[KpiPoint]]:
    """Splits a series where periods are not consecutive or change kind: gaps stay gaps."""
    out: list[list[KpiPoint]] = []
    for p in points:
        prev = out[-1][-1] if out else None
        joined = prev is not None and prev["granularity"] == p["granularity"] in STEP and _consecutive(prev, p)
        if joined:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def _consecutive(a: KpiPoint, b: KpiPoint) -> bool:
    pa, pb = a["period"], b["period"]
    if pa is None or pb is None:  # a period the source did not state: never joined
        return False
    if a["granularity"] == "year":
        return int(pb) - int(pa) == 1
    ya, yb = int(pa[:4]), int(pb[:4])
    if a["granularity"] == "quarter":
        return (yb * 4 + int(pb[-1])) - (ya * 4 + int(pa[-1])) == 1
    return (yb * 12 + int(pb[5:])) - (ya * 12 + int(pa[5:])) == 1


def sparkline(actuals: list[KpiPoint]) -> dict:
    fig = go.Figure()
    for seg in segments([a for a in actuals if a["order"]]):
        fig.add_scatter(
            x=[a["order"] for a in seg],
            y=[a["value"] for a in seg],
            mode="lines+markers",
            line=dict(color=COLORS[0], width=2),
            marker=dict(size=5),
            hoverinfo="skip",
        )
    fig.update_layout(
        height=60,
        margin=dict(l=2, r=2, t=2, b=2),
        showlegend=False,
        paper_bgcolor="#fff",
        plot_bgcolor="#fff",
        xaxis=dict(visible=False),
        yaxis=dict(visible=False),
    )
    return fig.to_plotly_json()


def kpi_series(summary: KpiSummary, title: str, source_line: str, tr: Translator | None = None) -> dict:
    tr = tr or translator("fr")
    actuals = [a for a in summary["actuals"] if a["order"]]
    targets = [t for t in summary["targets"] if t["order"]]
    if not actuals and not targets:
        return empty_figure(tr("Aucune valeur datée publiée."), tr)
    fig = go.Figure()
    categories = sorted({(p["order"], _x(p, tr)) for p in actuals + targets})
    actual_word, target_word = tr("réalisé"), tr("cible")
    for i, seg in enumerate(segments(actuals)):
        fig.add_scatter(
            x=[_x(a, tr) for a in seg],
            y=[a["value"] for a in seg],
            mode="lines+markers",
            name=tr("Valeur publiée"),
            legendgroup="actual",
            showlegend=i == 0,
            line=dict(color=COLORS[0], width=2.5),
            marker=dict(size=9, symbol="circle"),
            customdata=[[a["source_title"], a["period_note"] or "—"] for a in seg],
            hovertemplate="%{x} : %{y}<br>%{customdata[1]}<br>%{customdata[0]}<extra>" + actual_word + "</extra>",
        )
    if targets:
        fig.add_scatter(
            x=[_x(t, tr) for t in targets],
            y=[t["value"] for t in targets],
            mode="markers",
            name=tr("Cible"),
            marker=dict(size=13, symbol="diamond-open", color=COLORS[1], line=dict(width=2.5)),
            customdata=[[t["source_title"]] for t in targets],
            hovertemplate="%{x} : " + target_word + " %{y}<br>%{customdata[0]}<extra>" + target_word + "</extra>",
        )
    fig.update_layout(**{**base_layout(title, source_line, height=380, tr=tr), "hovermode": "closest"})
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=[c[1] for c in categories])
    fig.update_yaxes(
        gridcolor="#e5e5e5",
        ticksuffix=tr.percent_suffix if summary["is_percent"] else "",
        tickformat=",.1f" if summary["is_percent"] else ",.0f",
    )
    return fig.to_plotly_json()
