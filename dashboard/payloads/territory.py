"""Everything a territory page shows, as plain typed data (no formatting, no components).

Built from what the release holds, for any territory: a section whose figures
do not exist says why instead of showing nothing. The rule for job seekers is
the publisher's: figures by commune exist only for communes of 5,000
inhabitants or more; a smaller commune, an arrondissement or an area without
them gets the figures of the nearest area that has them, and says so.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict

from ..domain.indicators import national_coverage
from ..domain.levels import COUNTRY, DETAIL_MIN_POPULATION
from ..domain.reliability import RATE_BASES, is_low
from ..periods import shift_month, sort_key
from ..store.dataset import Dataset

JOBSEEKERS = "demandeurs_ae"
CATEGORY_INDICATORS = ("demandeurs_a", "demandeurs_b", "demandeurs_c", "demandeurs_d", "demandeurs_e")
CENSUS_INDICATORS = ("taux_chomage_rp", "actifs_1564", "chomeurs_1564", "emplois", "revenu_median", "taux_pauvrete")
HIRING = ("projets_recrutement", "part_projets_difficiles", "part_projets_saisonniers")
RECENT_MONTHS = 60  # the five-year chart of a commune
TOP_JOBS = 5


class Ref(TypedDict):
    level: str
    code: str
    name: str
    article: NotRequired[int | None]  # the COG's type of name: which form "de" takes before it
    coverage: NotRequired[str]  # France only: what the indicator's national figure covers


class Value(TypedDict):
    value: float | None
    status: str
    source: str | None
    period: str | None
    low: NotRequired[bool]  # a rate on a small base (domain/reliability.py)


class Change(TypedDict):
    value: float | None
    percent: float | None
    since: str | None


class Series(TypedDict):
    periods: list[str]
    values: list[float | None]
    statuses: list[str]
    sources: list[str]


class JobSeekers(TypedDict):
    subject: Ref | None
    reason: str | None  # why the subject is not the territory itself (or why there is nothing)
    latest: Value | None
    change: Change | None
    series: Series | None
    comparison: list[dict]
    reference_series: list[dict]
    categories: dict[str, Series]


class Hiring(TypedDict):
    area: Ref
    year: str
    nomenclature: str
    total: Value
    difficult: Value
    seasonal: Value
    previous: dict | None
    top: list[dict]


def ref(ds: Dataset, level: str, code) -> Ref | None:
    if not code:
        return None
    t = ds.territory(level, str(code))
    return {"level": level, "code": t["code"], "name": t["name"], "article": t.get("article")} if t else None


def covering(r: Ref, indicator: str) -> Ref:
    """France named for what this indicator's national figure covers ("France hors Mayotte")."""
    coverage = national_coverage(indicator) if r["level"] == "pays" else ""
    return {**r, "coverage": coverage} if coverage else r


def value_at(
    ds: Dataset, indicator: str, level: str, code: str, period: str | None, breakdown: str = "total", key: str = "total"
) -> Value:
    point = ds.point(indicator, level, code, period, breakdown, key) if period else None
    if point is None:
        return {"value": None, "status": "na", "source": None, "period": period}
    return {"value": point.value, "status": point.status, "source": point.source, "period": period}


def latest_value(ds: Dataset, indicator: str, level: str, code: str) -> Value | None:
    found = ds.latest(indicator, level, code)
    if found is None:
        return None
    period, point = found
    return {"value": point.value, "status": point.status, "source": point.source, "period": period}


def change_between(now: Value, before: Value) -> Change:
    if now["value"] is None or not before["value"]:
        return {"value": None, "percent": None, "since": before["period"]}
    diff = now["value"] - before["value"]
    return {"value": diff, "percent": 100 * diff / before["value"], "since": before["period"]}


def series_of(ds: Dataset, indicator: str, level: str, code: str, last: int | None = None) -> Series:
    rows = ds.series(indicator, level, code)
    if last:
        rows = rows.tail(last)
    return {
        "periods": list(rows.period),
        "values": [None if v != v else float(v) for v in rows.value],
        "statuses": list(rows.status),
        "sources": list(dict.fromkeys(rows.source)),
    }


def _year_ago(period: str | None) -> str | None:
    return shift_month(period, -12) if period and len(period) == 7 else period


def _jobseekers_subject(ds: Dataset, t: dict, refs: dict) -> tuple[Ref | None, str | None]:
    level, code = t["level"], t["code"]
    if ds.has_series(JOBSEEKERS, level, code):
        return {"level": level, "code": code, "name": t["name"], "article": t.get("article")}, None
    if level == "commune":
        if ds.block(JOBSEEKERS, level, code).status.eq("conflict").any():
            reason = "conflict"
        else:
            reason = "small" if (t.get("population") or 0) < DETAIL_MIN_POPULATION else "absent"
    else:
        reason = {"arrondissement": "arrondissement"}.get(level, "area")
    for candidate in ([refs.get("commune")] if level == "arrondissement" else []) + [
        refs.get("departement"),
        refs.get("region"),
    ]:
        if candidate and ds.has_series(JOBSEEKERS, candidate["level"], candidate["code"]):
            return candidate, reason
    return None, "none"


def jobseekers(ds: Dataset, t: dict, refs: dict) -> JobSeekers:
    subject, reason = _jobseekers_subject(ds, t, refs)
    empty: JobSeekers = {
        "subject": subject,
        "reason": reason if subject else "none",
        "latest": None,
        "change": None,
        "series": None,
        "comparison": [],
        "reference_series": [],
        "categories": {},
    }
    if subject is None:
        return empty
    level, code = subject["level"], subject["code"]
    latest = latest_value(ds, JOBSEEKERS, level, code)
    if latest is None:
        return empty
    recent = subject["level"] in ("commune", "arrondissement")
    series = series_of(ds, JOBSEEKERS, level, code, RECENT_MONTHS if recent else None)
    chain = [covering(subject, JOBSEEKERS)] + [
        covering(r, JOBSEEKERS)
        for r in (refs.get("departement"), refs.get("region"), refs.get("pays"))
        if r and r["code"] != code and ds.has_series(JOBSEEKERS, r["level"], r["code"])
    ]
    comparison = []
    for r in chain:
        now = value_at(ds, JOBSEEKERS, r["level"], r["code"], latest["period"])
        before = value_at(ds, JOBSEEKERS, r["level"], r["code"], _year_ago(latest["period"]))
        comparison.append({**r, "latest": now, "change": change_between(now, before)})
    first = series["periods"][-RECENT_MONTHS] if len(series["periods"]) >= RECENT_MONTHS else series["periods"][0]
    references = []
    for r in chain:
        rows = series_of(ds, JOBSEEKERS, r["level"], r["code"])
        keep = [i for i, p in enumerate(rows["periods"]) if sort_key(p) >= sort_key(first)]
        references.append(
            {
                **r,
                "periods": [rows["periods"][i] for i in keep],
                "values": [rows["values"][i] for i in keep],
                "sources": rows["sources"],
            }
        )
    categories = (
        {} if recent else {i: s for i in CATEGORY_INDICATORS if (s := series_of(ds, i, level, code))["periods"]}
    )
    return {
        "subject": subject,
        "reason": reason,
        "latest": latest,
        "change": change_between(latest, value_at(ds, JOBSEEKERS, level, code, _year_ago(latest["period"]))),
        "series": series,
        "comparison": comparison,
        "reference_series": references,
        "categories": categories,
    }


def unemployment_rates(ds: Dataset, chain: list[Ref]) -> dict:
    """INSEE's localised rate for each area of the chain that has one: latest value and series."""
    rows: list[dict] = []
    for r in (covering(r, "taux_chomage") for r in chain):
        latest = latest_value(ds, "taux_chomage", r["level"], r["code"])
        if latest is not None and latest["value"] is not None:
            rows.append({**r, "latest": latest, "series": series_of(ds, "taux_chomage", r["level"], r["code"])})
    common = common_period([row["series"] for row in rows])
    for row in rows:
        row["common"] = value_at(ds, "taux_chomage", row["level"], row["code"], common)
    return {"rows": rows, "common_period": common}


def common_period(series: list[Series]) -> str | None:
    """The latest period at which every series has a value: the one period a comparison may use."""
    shared: set[str] | None = None
    for s in series:
        periods = {p for p, v in zip(s["periods"], s["values"]) if v is not None}
        shared = periods if shared is None else shared & periods
    return max(shared, key=sort_key) if shared else None


def census(ds: Dataset, chain: list[Ref]) -> dict:
    """The census profile of each territory of the chain: one row per indicator, one value per territory."""
    by_indicator: dict[str, list[Value]] = {}
    for indicator in CENSUS_INDICATORS:
        values = [latest_value(ds, indicator, r["level"], r["code"]) for r in chain]
        if any(v is not None for v in values):
            by_indicator[indicator] = [
                v or {"value": None, "status": "na", "source": None, "period": None} for v in values
            ]
    for indicator, base in RATE_BASES.items():
        if indicator in by_indicator and base in by_indicator:
            for rate, count in zip(by_indicator[indicator], by_indicator[base]):
                rate["low"] = rate["value"] is not None and bool(is_low([count["value"]])[0])
    rows = [{"indicator": indicator, "values": values} for indicator, values in by_indicator.items()]
    return {"chain": chain, "rows": rows}


def hiring(ds: Dataset, area: Ref | None) -> Hiring | None:
    if area is None:
        return None
    level, code = area["level"], area["code"]
    latest = latest_value(ds, "projets_recrutement", level, code)
    if latest is None:
        return None
    year = str(latest["period"])  # a latest value always has its period
    values = {i: value_at(ds, i, level, code, year) for i in HIRING}
    previous_year = str(int(year) - 1)
    previous = None
    if ds.job_nomenclature.get(previous_year) == ds.job_nomenclature.get(year):
        before = value_at(ds, "projets_recrutement", level, code, previous_year)
        if before["value"] is not None:
            previous = {"year": previous_year, "total": before, "change": change_between(values[HIRING[0]], before)}
    block = ds.block("projets_recrutement", level, code)
    jobs = block[(block.breakdown == "metier") & (block.period == year) & block.value.notna()]
    top = []
    for row in jobs.sort_values(["value", "breakdown_value"], ascending=[False, True]).head(TOP_JOBS).itertuples():
        job = str(row.breakdown_value)
        top.append(
            {
                "code": job,
                "label": ds.job_labels.get((year, job), job),
                "projects": float(row.value),
                "status": str(row.status),
                "difficult": value_at(ds, "part_projets_difficiles", level, code, year, "metier", job)["value"],
                "seasonal": value_at(ds, "part_projets_saisonniers", level, code, year, "metier", job)["value"],
            }
        )
    return {
        "area": area,
        "year": year,
        "nomenclature": ds.job_nomenclature.get(year, ""),
        "total": values["projets_recrutement"],
        "difficult": values["part_projets_difficiles"],
        "seasonal": values["part_projets_saisonniers"],
        "previous": previous,
        "top": top,
    }


def _census_chain(ds: Dataset, this: Ref, level: str, refs: dict) -> list[Ref]:
    chain: list[Ref | None] = [this]
    if level == "arrondissement":
        chain.append(refs.get("commune"))
    if level in ("commune", "arrondissement"):
        chain.append(refs.get("epci"))
    if level not in ("departement", "region", "pays"):
        chain.append(refs.get("departement"))
    if level != "region" and level != "pays":
        chain.append(refs.get("region"))
    if level != "pays":
        chain.append(refs.get("pays"))
    return [r for r in chain if r]


def territory_payload(ds: Dataset, level: str, code: str) -> dict | None:
    t = ds.territory(level, code)
    if t is None:
        return None
    refs = {
        column: ref(ds, column, t.get(column)) for column in ("departement", "region", "epci", "zone_emploi", "bassin")
    }
    refs["commune"] = ref(ds, "commune", t.get("commune"))
    refs["pays"] = ref(ds, "pays", COUNTRY)
    this: Ref = {"level": level, "code": code, "name": t["name"], "article": t.get("article")}
    if level == "departement":
        refs["departement"] = this
    population = t.get("population")
    rate_chain = [
        r
        for r in (
            refs.get("zone_emploi") if level in ("commune", "arrondissement") else None,
            this if level in ("zone_emploi", "departement", "region", "pays") else None,
            refs.get("departement") if level != "departement" else None,
            refs.get("region") if level not in ("region", "pays") else None,
            refs.get("pays") if level != "pays" else None,
        )
        if r
    ]
    hiring_area = {
        "commune": refs.get("bassin"),
        "arrondissement": refs.get("bassin"),
        "bassin": this,
        "departement": this,
        "region": this,
        "pays": this,
    }.get(level, refs.get("departement"))
    return {
        "territory": {
            **this,
            "population": int(population) if population else None,
            "population_year": int(t["population_year"]),
            "postcodes": (t.get("postcodes") or "").split(),
            **refs,
        },
        "min_population": DETAIL_MIN_POPULATION,
        "jobseekers": jobseekers(ds, t, refs),
        "rates": unemployment_rates(ds, rate_chain),
        "census": census(ds, [covering(r, CENSUS_INDICATORS[0]) for r in _census_chain(ds, this, level, refs)]),
        "hiring": hiring(ds, hiring_area and covering(hiring_area, HIRING[0])),
    }
