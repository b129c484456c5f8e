"""The image a chart is exported as: the page's own drawing, framed with its title, source, date and address.

One SVG document (the SVG export); the PNG export is that document rasterised by resvg. The drawing inside
is the very markup the page shows, so a downloaded image never differs from what the reader saw.
"""

from __future__ import annotations

import re
from datetime import date
from html import escape

from .. import SITE_NAME
from ..charts.spec import ChartSpec
from ..figures.svg import FONT, INK, MUTED, WIDE, wrap

_INNER = re.compile(r'^<svg [^>]*viewBox="0 0 (?P<w>[\d.]+) (?P<h>[\d.]+)"[^>]*>(?P<body>.*)</svg>$', re.S)


def _lines(texts: list[str], x: float, y: float, size: float, fill: str, weight: str = "normal") -> str:
    return "".join(
        f'<text x="{x}" y="{y + i * size * 1.3:.1f}" font-size="{size}" fill="{fill}" '
        f'font-weight="{weight}">{escape(t)}</text>'
        for i, t in enumerate(texts)
    )


def framed_svg(spec: ChartSpec, public_url: str, width: int, height: int, today: date | None = None) -> str:
    tr = spec.tr
    margin = 28
    inner = width - 2 * margin
    title = wrap(spec.title, inner, 22)[:2]
    subtitle = wrap(spec.subtitle, inner, 14)[:2]
    demo = [tr("DONNÉES DE DÉMONSTRATION, NON OFFICIELLES")] if spec.demo else []
    source = wrap(spec.source_line, inner, 12)[:4]
    credit = tr("{site} — {url} — exporté le {day}", site=SITE_NAME, url=public_url, day=tr.date(today or date.today()))
    top = margin + 22 * 1.3 * len(title) + 14 * 1.3 * len(subtitle) + 10 + (18 if demo else 0)
    bottom = 12 * 1.3 * (len(source) + 1) + margin + 8
    drawing = _INNER.match(spec.svg(WIDE))
    if drawing is None:
        raise ValueError(f"{spec.chart}: unexpected drawing")
    inner_w, inner_h = float(drawing["w"]), float(drawing["h"])
    box_h = height - top - bottom
    chart = (
        f'<svg x="{margin}" y="{top:.1f}" width="{inner}" height="{box_h:.1f}" viewBox="0 0 {inner_w} {inner_h}" '
        f'preserveAspectRatio="xMidYMid meet">{drawing["body"]}</svg>'
    )
    parts = [
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        _lines(title, margin, margin + 18, 22, INK, "bold"),
        _lines(subtitle, margin, margin + 22 * 1.3 * len(title) + 12, 14, MUTED),
    ]
    if demo:
        parts.append(_lines(demo, margin, top - 8, 13, "#9a3412", "bold"))
    parts += [
        chart,
        _lines(source, margin, height - bottom + 16, 12, INK),
        f'<text x="{width - margin}" y="{height - margin}" font-size="11" fill="{MUTED}" text-anchor="end">'
        f"{escape(credit)}</text>",
    ]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="{escape(FONT, quote=True)}">' + "".join(parts) + "</svg>"
    )


def rasterise(svg: str, scale: int = 1) -> bytes:
    import resvg_py

    return bytes(resvg_py.svg_to_bytes(svg_string=svg, background="#ffffff", zoom=scale if scale != 1 else None))


def card_svg(title: str, description: str, footer: str, width: int = 1200, height: int = 630) -> str:
    """A link-preview card for a page without a chart: its title and summary, the site and its sources."""
    margin = 64
    inner = width - 2 * margin
    heading = wrap(title, inner, 52)[:3]
    body = wrap(description, inner, 28)[:5]
    body_top = margin + 52 * 1.3 * len(heading) + 40
    parts = [
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<rect width="{width}" height="14" fill="#1d4e89"/>',
        _lines([SITE_NAME], margin, margin + 10, 24, "#1d4e89", "bold"),
        _lines(heading, margin, margin + 80, 52, INK, "bold"),
        _lines(body, margin, body_top + 50, 28, MUTED),
        _lines(wrap(footer, inner, 20)[:2], margin, height - margin, 20, INK),
    ]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="{escape(FONT, quote=True)}">' + "".join(parts) + "</svg>"
    )
