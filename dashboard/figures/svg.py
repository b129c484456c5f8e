"""Charts drawn as SVG on the server: time series and horizontal bars, pure functions (data in, markup out).

The page shows this markup as it is (no charting library in the browser), the
image and SVG exports frame the same drawing, and the PNG export rasterises it:
what a reader sees is what a journalist downloads.

Every chart is drawn twice, for a wide screen and for a phone (the page shows
the one that fits), and laid out so that no two texts overlap: text widths are
estimated generously, tick labels are thinned until they fit, and the legend
wraps above the plot instead of sitting on the axis. Texts are escaped; colours
are the shared colour-blind-safe palette.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ..i18n import Translator
from ..periods import sort_key
from .series import period_date, with_gaps
from .style import COLORS, DASHES

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif"
INK, MUTED, GRID, AXIS = "#1e1e1e", "#4a4a4a", "#e3e3e3", "#8a8a8a"
CHAR_WIDTH = 0.6  # generous average advance of a sans-serif character, in ems
DASH_ARRAYS = {"solid": None, "dash": "7 4", "dot": "2 3", "dashdot": "7 3 2 3"}


@dataclass(frozen=True)
class Layout:
    """A drawing size and its type sizes: ``WIDE`` for screens and exports, ``NARROW`` for phones."""

    name: str
    width: int
    height: int
    font: int
    small: int


WIDE = Layout("wide", 760, 340, 13, 12)
NARROW = Layout("narrow", 340, 300, 12, 11)


def text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


def _attr(value) -> str:
    return escape(str(value), quote=True)


def _x_labels(ticks: list[tuple[float, str]], size: float, low: float, high: float) -> list[tuple[float, str, str]]:
    """Axis labels centred under their ticks, or aligned on the plot's edge rather than crossing it (into the
    value labels, or out of the chart); a label that would touch the one before it is left out."""
    placed, right_end = [], -math.inf
    for x, text in ticks:
        width = text_width(text, size)
        anchor = "start" if x - width / 2 < low else "end" if x + width / 2 > high else "middle"
        start = {"start": x, "end": x - width, "middle": x - width / 2}[anchor]
        if start >= right_end + 4:
            placed.append((x, text, anchor))
            right_end = start + width
    return placed


def _text(x, y, content, size, anchor="start", fill=INK, weight=None, extra="") -> str:
    bold = f' font-weight="{weight}"' if weight else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}"{bold}{extra}>'
        f"{escape(content)}</text>"
    )


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high] (steps of 1, 2, 2.5 or 5 × 10^n)."""
    if not math.isfinite(low) or not math.isfinite(high):
        return [0.0, 1.0]
    if high <= low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _svg(layout: Layout, height: int, body: list[str], label: str, data: dict | None = None) -> str:
    payload = f' data-chart="{_attr(json.dumps(data, ensure_ascii=False, separators=(",", ":")))}"' if data else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="svg-chart chart-{layout.name}" '
        f'viewBox="0 0 {layout.width} {height}" width="{layout.width}" height="{height}" role="img" '
        f'aria-label="{_attr(label)}" font-family="{_attr(FONT)}"{payload}>' + "".join(body) + "</svg>"
    )


def _legend(names: list[str], layout: Layout, styles: list[tuple[str, str]], top: float) -> tuple[list[str], float]:
    """Legend items wrapped into rows above the plot; returns the markup and the height it takes."""
    if len(names) < 2:
        return [], 0.0
    size, x, y, rows = layout.small, 0.0, top + layout.small, 1
    parts = []
    for name, (colour, dash) in zip(names, styles):
        item = 26 + text_width(name, size) + 14
        if x > 0 and x + item > layout.width:
            x, y, rows = 0.0, y + size + 8, rows + 1
        dashes = f' stroke-dasharray="{DASH_ARRAYS[dash]}"' if DASH_ARRAYS.get(dash) else ""
        parts.append(
            f'<line x1="{x:.1f}" x2="{x + 20:.1f}" y1="{y - size / 3:.1f}" y2="{y - size / 3:.1f}" '
            f'stroke="{colour}" stroke-width="3"{dashes}/>'
        )
        parts.append(_text(x + 26, y, name, size))
        x += item
    return parts, rows * (size + 8) + 4


def line_chart(
    lines: list[dict],
    tr: Translator,
    layout: Layout = WIDE,
    decimals: int = 0,
    unit: str = "",
    breaks: list[str] | None = None,
    zero: bool = True,
) -> str:
    """lines: [{'name', 'periods', 'values'}]. Missing periods are gaps; a dashed rule marks each series break."""
    lines = [line for line in lines if line["periods"]]
    label = "; ".join(line["name"] for line in lines)
    if not lines:
        return _svg(
            layout,
            80,
            [_text(layout.width / 2, 44, tr("Pas de données pour cette série."), layout.font, "middle", MUTED)],
            tr("Pas de données pour cette série."),
        )
    styles = [(COLORS[i % len(COLORS)], DASHES[i % len(DASHES)]) for i in range(len(lines))]
    legend, legend_height = _legend([line["name"] for line in lines], layout, styles, 0)
    values = [v for line in lines for v in line["values"] if v is not None]
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if zero and low > 0:
        low = 0.0
    ticks = nice_ticks(low, high)
    suffix = tr.percent_suffix if unit == "%" else ""
    tick_decimals = decimals if any(t != int(t) for t in ticks) else 0
    tick_texts = [tr.number(t, tick_decimals) + suffix for t in ticks]
    left = max(text_width(t, layout.small) for t in tick_texts) + 10
    top, bottom, right = legend_height + 10, 24, 14
    plot_w, plot_h = layout.width - left - right, layout.height - top - bottom
    y0, y1 = ticks[0], ticks[-1]

    periods = sorted({p for line in lines for p in line["periods"]}, key=sort_key)
    first, last = _ordinal(periods[0]), _ordinal(periods[-1])
    span = max(last - first, 1)

    def x_of(period: str) -> float:
        return left + plot_w * (_ordinal(period) - first) / span

    def y_of(value: float) -> float:
        return top + plot_h * (1 - (value - y0) / ((y1 - y0) or 1))

    body = list(legend)
    for t, text in zip(ticks, tick_texts):
        y = y_of(t)
        body.append(f'<line x1="{left:.1f}" x2="{left + plot_w:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(_text(left - 6, y + layout.small / 3, text, layout.small, "end", MUTED))
    years = list(range(int(periods[0][:4]), int(periods[-1][:4]) + 1))
    label_width = text_width("2024", layout.small) + 10
    step = max(1, math.ceil(len(years) * label_width / plot_w))
    year_ticks = [(x_of(f"{year}-01"), str(year)) for year in years[::step]]
    year_ticks = [(x, text) for x, text in year_ticks if left - 1 <= x <= left + plot_w + 1]
    for x, text, anchor in _x_labels(year_ticks, layout.small, left, left + plot_w):
        body.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h:.1f}" y2="{top + plot_h + 4:.1f}" stroke="{AXIS}"/>'
        )
        body.append(_text(x, top + plot_h + 16, text, layout.small, anchor, MUTED))
    body.append(
        f'<line x1="{left:.1f}" x2="{left + plot_w:.1f}" y1="{top + plot_h:.1f}" y2="{top + plot_h:.1f}" '
        f'stroke="{AXIS}"/>'
    )
    for start in breaks or []:
        if periods[0] < start <= periods[-1]:
            x = x_of(start)
            body.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top:.1f}" y2="{top + plot_h:.1f}" stroke="{MUTED}" '
                f'stroke-dasharray="4 3"/>'
            )
            body.append(_text(x + 4, top + layout.small, tr("rupture de série"), layout.small, "start", MUTED))
    for line, (colour, dash) in zip(lines, styles):
        filled_p, filled_v = with_gaps(line["periods"], line["values"])
        path, pen = [], "M"
        for period, value in zip(filled_p, filled_v):
            if value is None:
                pen = "M"
                continue
            path.append(f"{pen}{x_of(period):.1f} {y_of(value):.1f}")
            pen = "L"
        dashes = f' stroke-dasharray="{DASH_ARRAYS[dash]}"' if DASH_ARRAYS.get(dash) else ""
        body.append(
            f'<path d="{" ".join(path)}" fill="none" stroke="{colour}" stroke-width="2.5" '
            f'stroke-linejoin="round"{dashes}/>'
        )
        lonely = [
            (p, v)
            for i, (p, v) in enumerate(zip(filled_p, filled_v))
            if v is not None
            and (i == 0 or filled_v[i - 1] is None)
            and (i == len(filled_v) - 1 or filled_v[i + 1] is None)
        ]
        for period, value in lonely:  # a value between two gaps is a dot, not an invisible line
            body.append(f'<circle cx="{x_of(period):.1f}" cy="{y_of(value):.1f}" r="3" fill="{colour}"/>')
    data = {
        "x": [round(x_of(p), 1) for p in periods],
        "labels": [tr.period(p) for p in periods],
        "series": [
            {
                "name": line["name"],
                "colour": colour,
                "values": [
                    _shown(dict(zip(line["periods"], line["values"])).get(p), decimals, suffix, tr) for p in periods
                ],
            }
            for line, (colour, _) in zip(lines, styles)
        ],
        "top": round(top, 1),
        "bottom": round(top + plot_h, 1),
    }
    return _svg(layout, layout.height, body, label, data)


def _shown(value, decimals: int, suffix: str, tr: Translator) -> str | None:
    return None if value is None else tr.number(value, decimals) + suffix


def _ordinal(period: str) -> int:
    """Months since year 0: months, quarters and years on one axis (a quarter at its middle month)."""
    date = period_date(period)
    return int(date[:4]) * 12 + int(date[5:7]) - 1


def wrap(text: str, width: float, size: float) -> list[str]:
    """Words in lines no wider than ``width`` at this font size (a word longer than a line stands alone)."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and text_width(candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + [line] if line else lines


def _wrap(text: str, width: float, size: float, lines: int = 2) -> list[str]:
    """At most ``lines`` lines, the last one ending in an ellipsis if the text was cut."""
    out = wrap(text, width, size) or [""]
    if len(out) > lines:
        out = out[:lines]
        while out[-1] and text_width(out[-1] + "…", size) > width:
            out[-1] = out[-1][:-1]
        out[-1] = out[-1].rstrip() + "…"
    return out


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float | None],
    tr: Translator,
    layout: Layout = WIDE,
    decimals: int = 0,
    unit: str = "",
    texts: list[str] | None = None,
    highlight: int | None = None,
) -> str:
    """Horizontal bars, top to bottom in the given order; a missing value is written, never drawn as 0."""
    if not labels:
        return _svg(
            layout,
            80,
            [_text(layout.width / 2, 44, tr("Pas de données pour cette répartition."), layout.font, "middle", MUTED)],
            tr("Pas de données pour cette répartition."),
        )
    suffix = tr.percent_suffix if unit == "%" else (f" {unit}" if unit else "")
    shown = texts or [tr.number(v, decimals) + suffix if v is not None else tr("non disponible") for v in values]
    size = layout.small
    label_width = min(layout.width * (0.34 if layout is NARROW else 0.3), max(text_width(t, size) for t in labels))
    wrapped = [_wrap(t, label_width, size) for t in labels]
    row = max(2 * size + 14, max(len(w) for w in wrapped) * (size + 3) + 12)
    # Values are written after their bar, on their own line on a phone.
    value_room = 0 if layout is NARROW else max(text_width(t, size) for t in shown) + 10
    left, top = label_width + 10, 6
    plot_w = layout.width - left - value_room - 8
    row_h = row + (size + 4 if layout is NARROW else 0)
    height = int(top + row_h * len(labels) + 6)
    finite = [v for v in values if v is not None]
    high = max(finite) if finite else 1.0
    body = []
    for i, (lines, value, text) in enumerate(zip(wrapped, values, shown)):
        y = top + i * row_h
        bar_h = row - 12
        first_line = y + row / 2 - (len(lines) - 1) * (size + 3) / 2 + size / 3
        for k, line in enumerate(lines):
            body.append(_text(label_width, first_line + k * (size + 3), line, size, "end"))
        colour = COLORS[1] if i == highlight else COLORS[0]
        if value is not None:
            width = max(plot_w * value / (high or 1), 1.5)
            body.append(
                f'<rect x="{left:.1f}" y="{y + 6:.1f}" width="{width:.1f}" height="{bar_h:.1f}" '
                f'fill="{colour}"><title>{escape(labels[i])} : {escape(text)}</title></rect>'
            )
            if layout is NARROW:
                body.append(_text(left, y + row + size - 2, text, size, "start", INK))
            else:
                body.append(_text(left + width + 6, y + 6 + bar_h / 2 + size / 3, text, size, "start", INK))
        else:
            body.append(_text(left, y + row / 2 + size / 3, text, size, "start", MUTED))
    return _svg(layout, height, body, "; ".join(f"{lbl} {t}" for lbl, t in zip(labels, shown)))


def sparkline(segments: list[list[tuple[int, float]]], width: int = 240, height: int = 48) -> str:
    """Small lines of (order, value) points, joined only within a segment of consecutive periods, unlabelled (the
    card states the years and the values)."""
    points = [p for seg in segments for p in seg]
    if len(points) < 2:
        return ""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)

    def fx(x):
        return 4 + (width - 8) * (x - x0) / ((x1 - x0) or 1)

    def fy(y):
        return height - 4 - (height - 8) * (y - y0) / ((y1 - y0) or 1)

    path = " ".join(
        f"{'M' if i == 0 else 'L'}{fx(x):.1f} {fy(y):.1f}" for seg in segments for i, (x, y) in enumerate(seg)
    )
    dots = "".join(f'<circle cx="{fx(x):.1f}" cy="{fy(y):.1f}" r="2.5" fill="{COLORS[0]}"/>' for x, y in points)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="sparkline-svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-hidden="true"><path d="{path}" fill="none" '
        f'stroke="{COLORS[0]}" stroke-width="2"/>{dots}</svg>'
    )


def category_chart(
    categories: list[str], series: list[dict], tr: Translator, layout: Layout = WIDE, decimals: int = 1, unit: str = ""
) -> str:
    """Values on a category axis (published periods): series {'name', 'segments': [[(category, value)…]…],
    'marker': 'circle' | 'diamond'}; only consecutive periods are joined, targets are open diamonds."""
    if not categories:
        return _svg(
            layout,
            80,
            [_text(layout.width / 2, 44, tr("Aucune valeur datée publiée."), layout.font, "middle", MUTED)],
            tr("Aucune valeur datée publiée."),
        )
    styles = [(COLORS[i % len(COLORS)], "solid") for i in range(len(series))]
    legend, legend_height = _legend([s["name"] for s in series], layout, styles, 0)
    values = [v for s in series for seg in s["segments"] for _, v in seg]
    ticks = nice_ticks(min(values + [0.0]) if unit != "%" else min(values), max(values))
    suffix = tr.percent_suffix if unit == "%" else ""
    texts = [tr.number(t, decimals if any(t != int(t) for t in ticks) else 0) + suffix for t in ticks]
    left = max(text_width(t, layout.small) for t in texts) + 10
    top, bottom, right = legend_height + 10, 24, 14
    plot_w, plot_h = layout.width - left - right, layout.height - top - bottom
    slot = plot_w / len(categories)
    x_of = {c: left + slot * (i + 0.5) for i, c in enumerate(categories)}

    def y_of(value: float) -> float:
        return top + plot_h * (1 - (value - ticks[0]) / ((ticks[-1] - ticks[0]) or 1))

    body = list(legend)
    for t, text in zip(ticks, texts):
        body.append(
            f'<line x1="{left:.1f}" x2="{left + plot_w:.1f}" y1="{y_of(t):.1f}" y2="{y_of(t):.1f}" stroke="{GRID}"/>'
        )
        body.append(_text(left - 6, y_of(t) + layout.small / 3, text, layout.small, "end", MUTED))
    every = max(1, math.ceil(max(text_width(c, layout.small) for c in categories) + 8) // int(slot) + 1)
    shown = [(x_of[c], c) for i, c in enumerate(categories) if i % every == 0]
    for x, text, anchor in _x_labels(shown, layout.small, left, left + plot_w):
        body.append(_text(x, top + plot_h + 16, text, layout.small, anchor, MUTED))
    for s, (colour, _) in zip(series, styles):
        for seg in s["segments"]:
            if len(seg) > 1:
                path = " ".join(f"{'M' if k == 0 else 'L'}{x_of[c]:.1f} {y_of(v):.1f}" for k, (c, v) in enumerate(seg))
                body.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
            for c, v in seg:
                x, y = x_of[c], y_of(v)
                tip = f"<title>{escape(c)} : {escape(tr.number(v, decimals) + suffix)}</title>"
                if s.get("marker") == "diamond":
                    body.append(
                        f'<path d="M{x:.1f} {y - 7:.1f} L{x + 7:.1f} {y:.1f} L{x:.1f} {y + 7:.1f} '
                        f'L{x - 7:.1f} {y:.1f} Z" fill="#fff" stroke="{colour}" stroke-width="2.5">{tip}</path>'
                    )
                else:
                    body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{colour}">{tip}</circle>')
    return _svg(layout, layout.height, body, "; ".join(s["name"] for s in series))
