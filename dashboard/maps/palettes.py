"""Colour-blind-safe palettes (ColorBrewer / viridis families)."""

from __future__ import annotations

# Sequential: viridis-like ramps, readable in all common colour-vision deficiencies.
SEQUENTIAL = {
    5: ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"],
    6: ["#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"],
    7: ["#fde725", "#8fd744", "#35b779", "#21918c", "#31688e", "#443983", "#440154"],
}
# Diverging, centred on zero: ColorBrewer PuOr (colour-blind safe).
DIVERGING = {
    5: ["#5e3c99", "#b2abd2", "#f7f7f7", "#fdb863", "#e66101"],
    6: ["#5e3c99", "#998ec3", "#d8daeb", "#fee0b6", "#f1a340", "#b35806"],
    7: ["#542788", "#998ec3", "#d8daeb", "#f7f7f7", "#fee0b6", "#f1a340", "#b35806"],
}
MISSING = "#bdbdbd"


def palette(k: int, diverging: bool) -> list[str]:
    table = DIVERGING if diverging else SEQUENTIAL
    k = min(max(k, 5), 7)
    return table[k]


def stepped_colorscale(colors: list[str]) -> list[list]:
    """A plotly colorscale with flat steps, one per class (z is the class index)."""
    k = len(colors)
    scale = []
    for i, color in enumerate(colors):
        scale.append([i / k, color])
        scale.append([(i + 1) / k, color])
    return scale
