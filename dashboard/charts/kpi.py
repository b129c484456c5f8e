"""A national performance indicator: published values against their targets."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import SITE_NAME
from ..domain.kpis import KpiSummary
from ..figures.kpi import kpi_series, period_label, segments
from ..figures.svg import category_chart
from ..i18n import translator
from ..payloads.cached import kpi_summaries
from ..payloads.kpis import kpi_definition, kpi_label, theme_label
from .spec import ChartNotFound, ChartSpec, lang_of, with_lang

PARAMS = frozenset({"id", "lang"})


@dataclass(frozen=True)
class KpiState:
    """One national indicator, in one language: the URL parameters ``id`` and ``lang``."""

    id: str
    lang: str = "fr"

    @classmethod
    def from_query(cls, params: dict) -> KpiState:
        lang = lang_of(params)
        summary = find(params.get("id"))
        if summary is None:
            raise ChartNotFound(f"indicateur national inconnu : « {str(params.get('id'))[:40]} »")
        return cls(summary["id"], lang)

    def to_query(self) -> dict[str, str]:
        return with_lang({"id": self.id}, self.lang)


def state_query(params: dict) -> dict[str, str]:
    return KpiState.from_query(params).to_query()


def find(indicator_id) -> KpiSummary | None:
    return next((s for s in kpi_summaries() if s["id"] == str(indicator_id or "")), None)


def kpi_chart(params: dict) -> ChartSpec:
    state = KpiState.from_query(params)
    lang, tr = state.lang, translator(state.lang)
    summary = find(state.id)
    assert summary is not None  # from_query found it
    titles = sorted({t for t, _, _ in summary["sources"]})
    others = (
        tr.plural(" et {count} autre source", " et {count} autres sources", len(titles) - 1, count=len(titles) - 1)
        if len(titles) > 1
        else ""
    )
    line = tr("Source : {names}", names=titles[0][:90]) + others + f" — {SITE_NAME}"
    points = sorted(summary["actuals"] + summary["targets"], key=lambda p: (p["order"], p["line"]))

    def table() -> pd.DataFrame:
        return pd.DataFrame(
            {
                tr("Période publiée"): [p["period_raw"] for p in points],
                tr("Période normalisée"): [p["period"] for p in points],
                tr("Nature"): [tr("cible") if p in summary["targets"] else tr("réalisé") for p in points],
                tr("Valeur"): [p["value"] for p in points],
                tr("Unité"): summary["unit"],
                tr("Type de source"): [p["source_kind"] for p in points],
                tr("Source"): [p["source_title"] for p in points],
                tr("Adresse de la source"): [p["source_url"] for p in points],
            }
        )

    latest = summary["latest"]
    label = kpi_label(summary, tr)

    def svg(layout):
        actuals = [a for a in summary["actuals"] if a["order"]]
        targets = [t for t in summary["targets"] if t["order"]]
        categories = [c for _, c in sorted({(p["order"], period_label(p, tr)) for p in actuals + targets})]
        series = [
            {
                "name": tr("Valeur publiée"),
                "marker": "circle",
                "segments": [[(period_label(p, tr), p["value"]) for p in seg] for seg in segments(actuals)],
            }
        ]
        if targets:
            series.append(
                {
                    "name": tr("Cible"),
                    "marker": "diamond",
                    "segments": [[(period_label(t, tr), t["value"])] for t in targets],
                }
            )
        return category_chart(
            categories,
            series,
            tr,
            layout,
            max([p["decimals"] for p in actuals + targets] or [0]),
            "%" if summary["is_percent"] else "",
        )

    return ChartSpec(
        chart="indicateur",
        params=state.to_query(),
        title=label,
        subtitle=tr("{theme} — valeurs publiées et cibles", theme=theme_label(summary, tr)),
        source="; ".join(titles),
        source_line=line,
        definition=kpi_definition(summary, tr),
        period=tr.period(latest["period"]) if latest and latest["period"] else None,
        demo=False,
        page=tr.href(f"/indicateurs/{summary['id']}"),
        make_figure=lambda: kpi_series(summary, label, line, tr),
        make_table=table,
        make_svg=svg,
        vintage=tr("valeurs publiées (voir chaque ligne)"),
        lang=lang,
    )
