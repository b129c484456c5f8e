"""Every exportable chart, by id: a chart is one module here and one line in ``CHARTS``.

Pages and exports both ask this registry for a :class:`ChartSpec`; nothing
here imports a page.
"""

from __future__ import annotations

from collections.abc import Callable

from . import jobs, kpi, territory, training
from . import map as map_charts
from .spec import BadChartState, ChartNotFound, ChartSpec

CHARTS: dict[str, Callable[[dict], ChartSpec]] = {
    **territory.CHARTS,
    "carte": map_charts.map_chart,
    "indicateur": kpi.kpi_chart,
    **jobs.CHARTS,
    **training.CHARTS,
}
# The URL parameters each chart reads: exports and embeds refuse any other, so that no parameter a chart
# ignores can make a new cache entry.
PARAMS: dict[str, frozenset[str]] = {
    **{chart: territory.PARAMS[chart] for chart in territory.CHARTS},
    "carte": map_charts.PARAMS,
    "indicateur": kpi.PARAMS,
    **jobs.PARAMS,
    **training.PARAMS,
}
# A chart's state in normal form, cheaply (without building the chart): the key of its cached files.
STATES: dict[str, Callable[[dict], dict[str, str]]] = {
    **{chart: territory.state_query(chart) for chart in territory.CHARTS},
    "carte": map_charts.state_query,
    "indicateur": kpi.state_query,
    **jobs.STATES,
    **training.STATES,
}

__all__ = [
    "CHARTS",
    "PARAMS",
    "BadChartState",
    "ChartNotFound",
    "ChartSpec",
    "chart_spec",
    "chart_state",
    "unknown_params",
]


def chart_spec(chart: str, params: dict) -> ChartSpec:
    builder = CHARTS.get(chart)
    if builder is None:
        raise ChartNotFound(f"graphique inconnu : « {chart[:30]} » (connus : {', '.join(CHARTS)})")
    return builder(params)


def _known(chart: str) -> frozenset[str]:
    if chart not in CHARTS:
        raise ChartNotFound(f"graphique inconnu : « {chart[:30]} » (connus : {', '.join(CHARTS)})")
    return PARAMS[chart]


def unknown_params(chart: str, names) -> list[str]:
    """The parameters among ``names`` that this chart does not read (raises ChartNotFound for an unknown chart)."""
    known = _known(chart)
    return sorted(n for n in names if n not in known)


def chart_state(chart: str, params: dict) -> dict[str, str]:
    """The chart's normalised state: two queries that show the same chart give the same dict."""
    _known(chart)
    return STATES[chart](params)
