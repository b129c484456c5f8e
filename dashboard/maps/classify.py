"""Class breaks for choropleth maps: quantiles, equal intervals, natural breaks (Jenks).

Breaks are an ascending list of ``k + 1`` limits; class ``i`` holds the values
``v`` with ``breaks[i] < v <= breaks[i + 1]`` (the first class also holds its
minimum), so each class includes its upper limit, as the legend says.

A diverging map (a change, centred on zero) takes its limits from the sizes of
the values and mirrors them around zero: zero always falls in the middle (an odd
number of classes: the middle class straddles zero; an even one: zero is a
limit), so the neutral colour means "no change" even when every value rose.
"""

from __future__ import annotations

import jenkspy
import numpy as np

from ..i18n import N_

METHODS = {
    "quantiles": N_("Quantiles (effectifs égaux)"),
    "egal": N_("Intervalles égaux"),
    "jenks": N_("Seuils naturels (Jenks)"),
}
JENKS_SAMPLE = 600  # beyond, Jenks runs on this many evenly spaced quantiles (exact below)


def _clean(values) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    return np.sort(array[np.isfinite(array)])


def equal_breaks(values, k: int) -> list[float]:
    v = _clean(values)
    if not len(v):
        return []
    return _dedupe(list(np.linspace(v[0], v[-1], k + 1)))


def quantile_breaks(values, k: int) -> list[float]:
    v = _clean(values)
    if not len(v):
        return []
    return _dedupe(list(np.quantile(v, np.linspace(0, 1, k + 1))))


def jenks_breaks(values, k: int) -> list[float]:
    """Fisher–Jenks optimal breaks (jenkspy); each inner limit is the largest value of its class."""
    v = _clean(values)
    if not len(v):
        return []
    if len(v) > JENKS_SAMPLE:
        v = np.quantile(v, np.linspace(0, 1, JENKS_SAMPLE))
    k = min(k, len(np.unique(v)))
    if k < 2:
        return _dedupe([float(v[0]), float(v[-1])])
    return _dedupe([float(b) for b in jenkspy.jenks_breaks(v, n_classes=k)])


def _dedupe(breaks: list[float]) -> list[float]:
    """Drops limits that would leave a class empty; a first class holding only the minimum is kept."""
    out: list[float] = []
    for i, b in enumerate(breaks):
        if not out or b > out[-1] or (i == 1 and b == out[0] and len(breaks) > 2 and breaks[2] > b):
            out.append(float(b))
    return out if len(out) > 1 else out * 2


FINDERS = {"quantiles": quantile_breaks, "egal": equal_breaks, "jenks": jenks_breaks}


def diverging_breaks(method: str, values, k: int) -> list[float]:
    """Limits mirrored around zero, from the classes of the values' sizes."""
    v = _clean(values)
    if not len(v):
        return []
    sizes = np.abs(v)
    if sizes.max() == 0:
        return [0.0, 0.0]
    side = (k + 1) // 2  # classes on each side, the middle one shared when k is odd
    magnitudes = FINDERS[method](sizes, side)[1:]  # upper limits, the last being the largest size
    magnitudes = [m for m in magnitudes if m > 0] or [float(sizes.max())]
    if k % 2:  # the middle class runs from -m1 to m1
        return [-m for m in reversed(magnitudes)] + magnitudes
    return [-m for m in reversed(magnitudes)] + [0.0] + magnitudes


def breaks_for(method: str, values, k: int, diverging: bool = False) -> list[float]:
    k = max(2, min(int(k), 9))
    method = method if method in FINDERS else "quantiles"
    if diverging:
        return diverging_breaks(method, values, k)
    return FINDERS[method](values, k)


def classify(values, breaks: list[float]) -> np.ndarray:
    """Class index 0..k-1 for each value (NaN -> -1): a value equal to a limit belongs to the class below it."""
    array = np.asarray(values, dtype=float)
    if len(breaks) < 2:
        return np.where(np.isfinite(array), 0, -1)
    inner = np.asarray(breaks[1:-1])
    classes = np.searchsorted(inner, array, side="left")
    return np.where(np.isfinite(array), classes, -1)
