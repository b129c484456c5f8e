"""National indicators: the latest value, its target, status and trend, per indicator.

Targets and actuals are never mixed: the status compares an actual with the
target published for the same period, and says nothing when there is none.
"""

from __future__ import annotations

import pandas as pd

from ..domain.kpis import KEY_FIGURE, THEMES, UNITS, KpiPoint, KpiSummary
from ..i18n import Translator, localized


def _point(row) -> KpiPoint:
    return {
        "value": float(row.value),
        "decimals": int(row.decimals),
        "period": row.period,
        "period_raw": row.period_raw,
        "period_note": row.period_note,
        "granularity": row.granularity,
        "order": int(row.period_order),
        "source_kind": row.source_kind,
        "source_url": row.source_url,
        "source_title": row.source_title,
        "line": int(row.line),
    }


def _target_for(targets: pd.DataFrame, actual: KpiPoint) -> KpiPoint | None:
    if not actual["period"] or targets.empty:
        return None
    same = targets[targets.period == actual["period"]]
    if same.empty and actual["granularity"] != "year":
        same = targets[(targets.period == actual["period"][:4]) & (targets.granularity == "year")]
    return _point(same.iloc[-1]) if len(same) else None


def status(actual: KpiPoint | None, target: KpiPoint | None, direction: str) -> str | None:
    """'reached', 'missed', or None when there is nothing to compare."""
    if actual is None or target is None:
        return None
    better = actual["value"] >= target["value"] if direction == "up" else actual["value"] <= target["value"]
    return "reached" if better else "missed"


def summarise(indicator: str, values: pd.DataFrame, catalogue_row: dict) -> KpiSummary:
    rows = values[values.indicator_id == indicator].sort_values(["period_order", "line"])
    actual_rows = rows[rows.kind == "actual"]
    target_rows = rows[rows.kind == "target"]
    actuals = [_point(r) for r in actual_rows.itertuples()]
    targets = [_point(r) for r in target_rows.itertuples()]
    latest = actuals[-1] if actuals else None
    # Only values of the same kind of period are compared (a quarter is not a year).
    previous = next(
        (
            a
            for a in reversed(actuals)
            if latest and a["order"] < latest["order"] and a["granularity"] == latest["granularity"]
        ),
        None,
    )
    target = _target_for(target_rows, latest) if latest else None
    first = rows.iloc[0]
    return {
        "id": indicator,
        "label": first.label_fr,
        "label_en": catalogue_row["label_en"],
        "unit": first.unit,
        "is_percent": first.unit.startswith("%"),
        "unit_suffix": UNITS.get(first.unit, ("", ""))[0],
        "unit_words": UNITS.get(first.unit, ("", first.unit))[1],
        "theme": catalogue_row["theme"],
        "theme_label": THEMES[catalogue_row["theme"]],
        "direction": catalogue_row["direction"],
        "definition": catalogue_row["definition_fr"],
        "definition_en": catalogue_row.get("definition_en", ""),
        "shown_at": catalogue_row.get("shown_at") or "",
        "seen_on": catalogue_row.get("seen_on") or "",
        "publisher": catalogue_row.get("publisher") or "",
        "latest": latest,
        "previous": previous,
        "change": (latest["value"] - previous["value"]) if latest and previous else None,
        "target": target,
        "latest_target": targets[-1] if targets else None,
        "status": status(latest, target, catalogue_row["direction"]),
        "actuals": actuals,
        "targets": targets,
        "sources": sorted({(p["source_title"], p["source_url"], p["source_kind"]) for p in actuals + targets}),
        "official_only": all(p["source_kind"] == "official" for p in actuals + targets),
    }


def all_summaries(values: pd.DataFrame, catalogue: pd.DataFrame) -> list[KpiSummary]:
    by_id = {r["indicator_id"]: r for r in catalogue.to_dict("records")}
    order = list(THEMES)
    present = [i for i in catalogue.indicator_id if i in set(values.indicator_id)]
    summaries = [summarise(i, values, by_id[i]) for i in present]
    return sorted(summaries, key=lambda s: (order.index(s["theme"]), present.index(s["id"])))


def key_figure(summaries: list[KpiSummary]) -> KpiSummary | None:
    return next((s for s in summaries if s["id"] == KEY_FIGURE), None)


def kpi_label(summary: KpiSummary, tr: Translator) -> str:
    return localized(summary, "label", tr.lang)


def kpi_definition(summary: KpiSummary, tr: Translator) -> str:
    return localized(summary, "definition", tr.lang)


def theme_label(summary: KpiSummary, tr: Translator) -> str:
    return tr(THEMES[summary["theme"]])
