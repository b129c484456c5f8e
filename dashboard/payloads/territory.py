"""Everything the territory page shows, as plain data (no formatting, no components).

A commune of 5,000 inhabitants or more gets its own figures; a smaller
commune or an arrondissement gets the figures of the areas it belongs to
(EPCI, zone d'emploi, department), which are the subject of the page.
"""

from __future__ import annotations

from ..i18n import N_
from ..ingest.demo import DETAIL_MIN_POPULATION, JOB_LABELS
from ..periods import shift_quarter
from ..store.dataset import Dataset

SERIES_QUARTERS = 41  # ten years plus the latest quarter
SHARES = {
    "femmes": ("sexe", ["femmes"]),
    "moins_25": ("age", ["moins_25"]),
    "50_plus": ("age", ["50_plus"]),
    "longue_duree": ("anciennete", ["1_2ans", "2ans_plus"]),
}
LEVEL_LABELS = {"commune": N_("commune"), "arrondissement": N_("arrondissement"),
                "epci": N_("intercommunalité (EPCI)"), "zone_emploi": N_("zone d'emploi"),
                "departement": N_("département"), "region": N_("région"), "pays": N_("pays")}


def _ref(ds: Dataset, level: str, code) -> dict | None:
    if not code:
        return None
    t = ds.territory(level, str(code))
    return {"level": level, "code": t["code"], "name": t["name"]} if t else None


def _value(ds: Dataset, indicator, level, code, period, breakdown="total", value="total") -> dict:
    point = ds.point(indicator, level, code, period, breakdown, value) if period else None
    if point is None:
        return {"value": None, "status": "na", "source": None, "period": period}
    return {"value": point.value, "status": point.status, "source": point.source, "period": period}


def _change(ds: Dataset, indicator, level, code, period, quarters_back: int) -> dict:
    now = _value(ds, indicator, level, code, period)
    before = _value(ds, indicator, level, code, shift_quarter(period, -quarters_back)) if period else now
    if now["value"] is None or not before["value"]:
        return {"value": None, "percent": None, "from": before["period"], "source": now["source"]}
    diff = now["value"] - before["value"]
    return {"value": diff, "percent": 100 * diff / before["value"], "from": before["period"],
            "source": now["source"]}


def _shares(ds: Dataset, level, code, period) -> dict:
    out = {}
    total = _value(ds, "demandeurs_abc", level, code, period)
    for key, (dimension, values) in SHARES.items():
        parts = [_value(ds, "demandeurs_abc", level, code, period, dimension, v) for v in values]
        if total["value"] and all(p["value"] is not None for p in parts):
            share = 100 * sum(p["value"] for p in parts) / total["value"]
        else:
            share = None
        out[key] = {"value": share, "source": parts[0]["source"], "period": period}
    return out


def headline(ds: Dataset, level: str, code: str, period: str) -> dict:
    return {
        "abc": _value(ds, "demandeurs_abc", level, code, period),
        "a": _value(ds, "demandeurs_a", level, code, period),
        "abc_1y": _change(ds, "demandeurs_abc", level, code, period, 4),
        "a_1y": _change(ds, "demandeurs_a", level, code, period, 4),
        "abc_10y": _change(ds, "demandeurs_abc", level, code, period, 40),
        "shares": _shares(ds, level, code, period),
    }


def _series(ds: Dataset, indicator, level, code) -> dict:
    rows = ds.series(indicator, level, code).tail(SERIES_QUARTERS)
    return {"periods": list(rows.period), "values": [None if v != v else v for v in rows.value],
            "source": rows.source.iloc[-1] if len(rows) else None}


def _breakdowns(ds: Dataset, level, code, period) -> dict:
    out = {}
    for dimension in ("sexe", "age", "anciennete"):
        out[dimension] = {}
        for indicator in ("demandeurs_abc", "demandeurs_a"):
            rows = ds.breakdown(indicator, level, code, period, dimension)
            out[dimension][indicator] = [
                {"key": r.breakdown_value, "value": r.value, "source": r.source} for r in rows.itertuples()]
    return out


def _top_jobs(ds: Dataset, indicator, level, code) -> dict:
    block = ds.block(indicator, level, code)
    rows = block[block.breakdown == "metier"]
    if rows.empty:
        return {"period": None, "rows": [], "source": None}
    period = str(rows.period.astype(str).max())
    rows = rows[rows.period == period].sort_values("value", ascending=False).head(5)
    return {"period": period, "source": str(rows.source.iloc[0]),
            "rows": [{"label": JOB_LABELS.get(str(r.breakdown_value), str(r.breakdown_value)), "value": r.value}
                     for r in rows.itertuples()]}


def _area_activity(ds: Dataset, area: dict | None) -> dict | None:
    if area is None:
        return None
    level, code = area["level"], area["code"]
    offers = ds.series("offres_emploi", level, code)
    hiring = ds.series("projets_recrutement", level, code)
    if offers.empty and hiring.empty:
        return None
    latest_offers = offers.period.iloc[-1] if len(offers) else None
    latest_hiring = hiring.period.iloc[-1] if len(hiring) else None
    previous_hiring = hiring.period.iloc[-2] if len(hiring) > 1 else None
    return {
        "area": area,
        "offers": _value(ds, "offres_emploi", level, code, latest_offers),
        "offers_1y": _change(ds, "offres_emploi", level, code, latest_offers, 4) if latest_offers else None,
        "hiring": _value(ds, "projets_recrutement", level, code, latest_hiring),
        "hiring_previous": _value(ds, "projets_recrutement", level, code, previous_hiring),
        "top_hiring": _top_jobs(ds, "projets_recrutement", level, code),
        "top_sought": _top_jobs(ds, "demandeurs_abc", level, code),
    }


def _rates(ds: Dataset, chain: list[dict]) -> list[dict]:
    out = []
    for ref in chain:
        if ref and ref["level"] in ("zone_emploi", "departement", "pays"):
            latest = ds.latest_period("taux_chomage", ref["level"], ref["code"])
            if latest:
                out.append({**ref, **_value(ds, "taux_chomage", ref["level"], ref["code"], latest)})
    return out


def territory_payload(ds: Dataset, level: str, code: str) -> dict | None:
    t = ds.territory(level, code)
    if t is None:
        return None
    dep = _ref(ds, "departement", t.get("departement"))
    reg = _ref(ds, "region", t.get("region"))
    epci = _ref(ds, "epci", t.get("epci"))
    ze = _ref(ds, "zone_emploi", t.get("zone_emploi"))
    country = _ref(ds, "pays", "FR")
    parent = _ref(ds, "commune", t.get("commune"))
    this = {"level": level, "code": code, "name": t["name"]}
    population = t.get("population")
    detailed = bool(level != "arrondissement" and (level != "commune" or (population or 0) >= DETAIL_MIN_POPULATION))

    if detailed:
        subject = this
        areas = []
    else:
        areas = [a for a in (parent, epci, ze, dep) if a]
        subject = next((a for a in areas if not ds.block("demandeurs_b", a["level"], a["code"]).empty), dep)

    period = ds.latest_period("demandeurs_abc", subject["level"], subject["code"])
    comparison_chain = [subject] + [r for r in (dep, reg, country) if r and r != subject]
    comparison = [{**ref, **headline(ds, ref["level"], ref["code"], period)} for ref in comparison_chain]
    area = ze if ze and not ds.block("offres_emploi", "zone_emploi", ze["code"]).empty else (
        epci if epci and level in ("commune", "arrondissement") else subject)

    return {
        "territory": {
            **this, "level_label": LEVEL_LABELS[level], "population": int(population) if population else None,
            "population_year": int(t["population_year"]), "postcodes": (t.get("postcodes") or "").split(),
            "departement": dep, "region": reg, "epci": epci, "zone_emploi": ze, "commune": parent,
        },
        "detailed": detailed,
        "min_population": DETAIL_MIN_POPULATION,
        "subject": subject,
        "areas": areas,
        "period": period,
        "headline": comparison[0],
        "comparison": comparison,
        "rates": _rates(ds, [ze, dep, country]),
        "series": {ind: _series(ds, ind, subject["level"], subject["code"])
                   for ind in ("demandeurs_abc", "demandeurs_a")},
        "reference_series": {ref["code"]: {**ref, **_series(ds, "demandeurs_abc", ref["level"], ref["code"])}
                             for ref in comparison_chain},
        "breakdowns": _breakdowns(ds, subject["level"], subject["code"], period),
        "activity": _area_activity(ds, area),
    }
