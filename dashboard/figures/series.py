"""Time series on a real time axis: months, quarters and years; a missing period is a gap, never a line."""

from __future__ import annotations

from ..i18n import Translator, translator
from ..periods import sort_key
from .style import COLORS, DASHES, base_layout, empty_figure


def period_date(period: str) -> str:
    """The date a period is drawn at: mid-month, mid-quarter or mid-year."""
    if "-T" in period:
        return f"{period[:4]}-{3 * int(period[-1]) - 1:02d}-15"
    if len(period) == 7:
        return f"{period}-15"
    return f"{period[:4]}-07-01"


def _step(period: str) -> int:
    return 3 if "-T" in period else (1 if len(period) == 7 else 12)


def _next(period: str) -> str:
    if "-T" in period:
        year, q = int(period[:4]), int(period[-1])
        return f"{year + (q == 4)}-T{q % 4 + 1}"
    if len(period) == 7:
        year, month = int(period[:4]), int(period[5:])
        return f"{year + (month == 12)}-{month % 12 + 1:02d}"
    return str(int(period) + 1)


def with_gaps(periods: list[str], values: list[float | None]) -> tuple[list[str], list[float | None]]:
    """Inserts the missing periods with no value, so that the line breaks there (plotly never joins a None)."""
    if not periods:
        return [], []
    by_period = dict(zip(periods, values))
    out_p, out_v, current = [], [], periods[0]
    last = sort_key(periods[-1])
    while sort_key(current) <= last:
        out_p.append(current)
        out_v.append(by_period.get(current))
        current = _next(current)
    return out_p, out_v


def time_series(
    lines: list[dict],
    title: str,
    source_line: str,
    tr: Translator | None = None,
    decimals: int = 0,
    unit: str = "",
    breaks: list[str] | None = None,
    height: int = 340,
) -> dict:
    """lines: [{'name', 'periods', 'values'}] -> a plotly figure dict; a dashed rule marks each series break."""
    tr = tr or translator("fr")
    lines = [line for line in lines if line["periods"]]
    if not lines:
        return empty_figure(tr("Pas de données pour cette série."), tr)
    traces = []
    suffix = f" {unit}" if unit and unit != "%" else (tr.percent_suffix if unit == "%" else "")
    for i, line in enumerate(lines):
        periods, values = with_gaps(line["periods"], line["values"])
        texts = [
            [tr.period(p), tr.number(v, decimals) + suffix if v is not None else tr("non disponible")]
            for p, v in zip(periods, values)
        ]
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": line["name"],
                "x": [period_date(p) for p in periods],
                "y": values,
                "customdata": texts,
                "connectgaps": False,
                "line": {"color": COLORS[i % len(COLORS)], "width": 2.5, "dash": DASHES[i % len(DASHES)]},
                "hovertemplate": line["name"] + tr.colon + "%{customdata[1]}<extra></extra>",
            }
        )
    layout = base_layout(title, source_line, height=height, tr=tr)
    layout["hovermode"] = "x unified"
    layout["xaxis"] = {
        "type": "date",
        "tickformat": "%Y",
        "gridcolor": "#eeeeee",
        "hoverformat": "%Y-T%q" if any("-T" in p for line in lines for p in line["periods"]) else "%m/%Y",
    }
    layout["yaxis"] = {
        "gridcolor": "#e5e5e5",
        "rangemode": "tozero",
        "tickformat": f",.{decimals}f",
        "ticksuffix": suffix if unit == "%" else "",
    }
    shapes, notes = [], []
    for start in breaks or []:
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": period_date(start),
                "x1": period_date(start),
                "y0": 0,
                "y1": 1,
                "line": {"color": "#4a4a4a", "dash": "dash", "width": 1},
            }
        )
        notes.append(
            {
                "x": period_date(start),
                "y": 1,
                "yref": "paper",
                "text": tr("rupture de série"),
                "showarrow": False,
                "xanchor": "left",
                "font": {"size": 11, "color": "#4a4a4a"},
            }
        )
    layout["shapes"] = shapes
    layout["annotations"] = layout["annotations"] + notes
    return {"data": traces, "layout": layout}


def rebase(values: list[float | None]) -> list[float | None]:
    """Base 100 at the first available value."""
    base = next((v for v in values if v), None)
    return [None if (v is None or base is None) else 100 * v / base for v in values]
