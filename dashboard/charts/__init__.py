"""Every exportable chart, by id: a chart is one module here and one line in ``CHARTS``.

Pages and exports both ask this registry for a :class:`ChartSpec`; nothing
here imports a page.
"""

from __future__ import annotations

from collections.abc import Callable

from . import kpi, map as map_charts, territory
from .spec import BadChartState, ChartNotFound, ChartSpec

CHARTS: dict[str, Callable[[dict], ChartSpec]] = {
    **territory.CHARTS,
    "carte": map_charts.map_chart,
    "indicateur": kpi.kpi_chart,
}

__all__ = ["CHARTS", "BadChartState", "ChartNotFound", "ChartSpec", "chart_spec"]


def chart_spec(chart: str, params: dict) -> ChartSpec:
    builder = CHARTS.get(chart)
    if builder is None:
        raise ChartNotFound(f"graphique inconnu : « {chart[:30]} » (connus : {', '.join(CHARTS)})")
    return builder(params)
