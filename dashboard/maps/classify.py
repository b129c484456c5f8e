"""Class breaks for choropleth maps: quantiles, equal intervals, natural breaks (Jenks).

All functions are pure: finite values in, ascending break list out
(``k + 1`` limits from the minimum to the maximum).
"""

from __future__ import annotations

import numpy as np

from ..i18n import N_

METHODS = {"quantiles": N_("Quantiles (effectifs égaux)"), "egal": N_("Intervalles égaux"),
           "jenks": N_("Seuils naturels (Jenks)")}
JENKS_SAMPLE = 600


def _clean(values) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    return np.sort(array[np.isfinite(array)])


def equal_breaks(values, k: int) -> list[float]:
    v = _clean(values)
    if not len(v):
        return []
    return list(np.linspace(v[0], v[-1], k + 1))


def quantile_breaks(values, k: int) -> list[float]:
    v = _clean(values)
    if not len(v):
        return []
    return _dedupe(list(np.quantile(v, np.linspace(0, 1, k + 1))))


def jenks_breaks(values, k: int) -> list[float]:
    """Fisher–Jenks optimal breaks on a quantile sample (exact for up to JENKS_SAMPLE values)."""
    v = _clean(values)
    if not len(v):
        return []
    if len(v) > JENKS_SAMPLE:
        v = np.quantile(v, np.linspace(0, 1, JENKS_SAMPLE))
    n = len(v)
    k = min(k, len(np.unique(v)))
    if k < 2:
        return [float(v[0]), float(v[-1])]
    prefix = np.concatenate([[0.0], np.cumsum(v)])
    prefix2 = np.concatenate([[0.0], np.cumsum(v * v)])

    def ssd(i: np.ndarray, j: int) -> np.ndarray:  # sum of squared deviations of v[i:j]
        count = j - i
        s = prefix[j] - prefix[i]
        return prefix2[j] - prefix2[i] - s * s / count

    cost = np.full((k + 1, n + 1), np.inf)
    back = np.zeros((k + 1, n + 1), dtype=int)
    cost[0, 0] = 0.0
    for c in range(1, k + 1):
        for j in range(c, n + 1):
            i = np.arange(c - 1, j)
            total = cost[c - 1, i] + ssd(i, j)
            best = int(np.argmin(total))
            cost[c, j], back[c, j] = total[best], i[best]
    cuts, j = [], n
    for c in range(k, 0, -1):
        i = back[c, j]
        cuts.append(i)
        j = i
    cuts = sorted(cuts)[1:]
    return _dedupe([float(v[0])] + [float(v[i - 1]) for i in cuts] + [float(v[-1])])


def _dedupe(breaks: list[float]) -> list[float]:
    out = []
    for b in breaks:
        if not out or b > out[-1]:
            out.append(float(b))
    return out if len(out) > 1 else out * 2


def symmetric(breaks: list[float]) -> list[float]:
    """Widens equal-interval breaks around zero so a diverging palette is centred."""
    if not breaks:
        return breaks
    m = max(abs(breaks[0]), abs(breaks[-1]))
    return list(np.linspace(-m, m, len(breaks)))


def breaks_for(method: str, values, k: int, diverging: bool = False) -> list[float]:
    k = max(2, min(int(k), 9))
    if method == "egal":
        found = equal_breaks(values, k)
        return symmetric(found) if diverging else found
    if method == "jenks":
        return jenks_breaks(values, k)
    return quantile_breaks(values, k)


def classify(values, breaks: list[float]) -> np.ndarray:
    """Class index 0..k-1 for each value (NaN -> -1); the last class includes its upper limit."""
    array = np.asarray(values, dtype=float)
    if len(breaks) < 2:
        return np.where(np.isfinite(array), 0, -1)
    inner = np.asarray(breaks[1:-1])
    classes = np.searchsorted(inner, array, side="right")
    return np.where(np.isfinite(array), classes, -1)
