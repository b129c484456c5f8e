"""A choropleth as SVG, for the map's image exports and link previews: the same layer, classes and colours as
the page's canvas (assets/mapcanvas.js), drawn without a browser.

One path per class (every shape of that class in it), so that even 35,000 communes make a few elements that
resvg rasterises in well under a second; the legend is text beside the map.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from .svg import INK, MUTED, Layout, text_width

MAP_HEIGHT = 560
MAP_WIDTH = 1100  # wider than a chart: the legend sits beside the map
LEGEND_WIDTH = 330


def mercator_y(lat: float) -> float:
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def project(features: list[tuple[str, list[list[list[float]]]]]) -> tuple[list, tuple[float, float, float, float]]:
    """(code, rings in lon/lat) -> (code, rings in Mercator degrees) and the bounding box of them all."""
    out, x0, y0, x1, y1 = [], math.inf, math.inf, -math.inf, -math.inf
    for code, rings in features:
        projected = []
        for ring in rings:
            points = [(lon, mercator_y(lat)) for lon, lat in ring]
            for x, y in points:
                x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
            projected.append(points)
        out.append((code, projected))
    return out, (x0, y0, x1, y1)


def layer_paths(shapes, box, layout: Layout) -> tuple[dict[str, str], dict[str, tuple[float, float, float]]]:
    """Each shape's SVG path data at this drawing size, and where to write a name under it (x, bottom y): the
    slow part of a map drawing, the same for every colouring of a layer (computed once per layer and size)."""
    map_width = max(layout.width, MAP_WIDTH) - LEGEND_WIDTH
    x0, y0, x1, y1 = box
    scale = min((map_width - 16) / (x1 - x0), (MAP_HEIGHT - 16) / (y1 - y0))
    left = (map_width - (x1 - x0) * scale) / 2
    top = (MAP_HEIGHT - (y1 - y0) * scale) / 2
    paths, anchors = {}, {}
    for code, rings in shapes:
        parts, xs, ys = [], [], []
        for ring in rings:
            if len(ring) < 3:
                continue
            points = [(left + (x - x0) * scale, top + (y1 - y) * scale) for x, y in ring]
            parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in points) + "Z")
            xs += [x for x, _ in points]
            ys += [y for _, y in points]
        if parts:
            paths[code] = "".join(parts)
            anchors[code] = (min(xs), max(xs), max(ys))
    return paths, anchors


def choropleth_svg(
    paths: dict[str, str],
    anchors,
    classes: dict[str, int],
    colors: list[str],
    legend: list[tuple[str, str]],
    legend_title: str,
    layout: Layout,
    labels: Sequence[tuple[str, list[str]]] = (),
) -> str:
    """``paths`` and ``anchors`` from ``layer_paths``; ``classes`` maps a code to its colour index (0: missing);
    ``legend`` is (colour, text) per class; ``labels`` names groups of shapes (the overseas insets) under them."""
    grouped: dict[int, list[str]] = {}
    for code, d in paths.items():
        grouped.setdefault(classes.get(code, 0), []).append(d)
    stroke = 0.4 if len(paths) < 5000 else 0
    body = [
        f'<path fill="{colors[c]}" stroke="#ffffff" stroke-width="{stroke}" d="{"".join(ds)}"/>'
        for c, ds in sorted(grouped.items())
    ]
    for name, codes in labels:
        found = [anchors[c] for c in codes if c in anchors]
        if found:
            x = (min(a[0] for a in found) + max(a[1] for a in found)) / 2
            y = max(a[2] for a in found) + 12
            body.append(
                f'<text x="{x:.1f}" y="{y:.1f}" font-size="11" text-anchor="middle" fill="{INK}">{escape(name)}</text>'
            )
    width = max(layout.width, MAP_WIDTH)
    lx, ly = width - LEGEND_WIDTH + 8, 40
    body.append(
        f'<text x="{lx}" y="{ly - 14}" font-size="{layout.small}" font-weight="bold" fill="{INK}">'
        f"{escape(legend_title)}</text>"
    )
    for i, (colour, text) in enumerate(legend):
        y = ly + i * 22
        body.append(
            f'<rect x="{lx}" y="{y - 11}" width="14" height="14" fill="{colour}" stroke="{MUTED}" stroke-width="0.5"/>'
        )
        shown = text
        while text_width(shown, layout.small) > LEGEND_WIDTH - 30 and len(shown) > 2:
            shown = shown[:-2] + "…"
        body.append(f'<text x="{lx + 20}" y="{y}" font-size="{layout.small}" fill="{INK}">{escape(shown)}</text>')
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {MAP_HEIGHT}" '
        f'width="{width}" height="{MAP_HEIGHT}">' + "".join(body) + "</svg>"
    )
