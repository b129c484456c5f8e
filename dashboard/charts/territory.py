"""The charts of a territory page: job seekers, INSEE's localised rate, the census profile, hiring projects."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..domain.citation import cited_sources, is_demo, period_range, source_line
from ..domain.indicators import CATALOGUE
from ..domain.indicators import localized as field
from ..domain.levels import AREA_LEVELS, PLACE_LEVELS, distinct_names, place_name, territory_path
from ..domain.reliability import FLAG as LOW_FLAG
from ..domain.reliability import LABEL as LOW_LABEL
from ..domain.reliability import LOW_BASE
from ..domain.statuses import status_label
from ..figures.bars import horizontal_bars
from ..figures.series import rebase, time_series
from ..figures.svg import bar_chart, line_chart
from ..i18n import N_, Translator, translator
from ..payloads.cached import known_territory as territory
from ..periods import sort_key
from ..store.runtime import dataset
from .spec import BadChartState, ChartNotFound, ChartSpec, lang_of, with_lang

SERIES_MODES = ("niveau", "indice", "categories")
JOBSEEKERS = "demandeurs_ae"


@dataclass(frozen=True)
class TerritoryState:
    """Which territory a chart is about, in which language: the URL parameters ``code``, ``niveau``, ``lang``."""

    level: str
    code: str
    lang: str = "fr"

    @classmethod
    def from_query(cls, params: dict) -> TerritoryState:
        lang = lang_of(params)
        code = str(params.get("code", "")).upper()
        level = params.get("niveau")
        ds = dataset()
        if level:
            if level not in AREA_LEVELS:
                raise BadChartState(f"niveau doit valoir l'un de : {', '.join(AREA_LEVELS)}")
            found = ds.territory(level, code)
        else:
            found = ds.find_territory(code)
        if found is None:
            raise ChartNotFound(f"territoire inconnu : « {code[:12]} »")
        return cls(found["level"], found["code"], lang)

    def to_query(self, **extra: str) -> dict[str, str]:
        query = {"code": self.code, **({"niveau": self.level} if self.level not in PLACE_LEVELS else {}), **extra}
        return with_lang(query, self.lang)

    @property
    def tr(self) -> Translator:
        return translator(self.lang)

    def page(self, suffix: str = "") -> str:
        return self.tr.href(territory_path(self.level, self.code)) + suffix


def _spec(
    chart: str,
    state: TerritoryState,
    params: dict,
    title: str,
    subtitle: str,
    indicator: str,
    source_ids: list,
    period: str,
    statuses,
    figure,
    table,
    summary: str = "",
    page_suffix: str = "",
    svg=None,
) -> ChartSpec:
    sources = dataset().sources
    tr = state.tr
    line = source_line(sources, source_ids, tr, period, statuses)
    entry = dataset().indicators.get(indicator, {})
    return ChartSpec(
        chart=chart,
        params=state.to_query(**params),
        title=title,
        subtitle=subtitle,
        source=cited_sources(sources, source_ids, tr),
        source_line=line,
        definition=field(entry, "definition", tr.lang),
        period=period,
        demo=is_demo(sources, source_ids),
        page=state.page(page_suffix),
        make_figure=lambda: figure(line),
        make_table=table,
        make_svg=svg,
        summary=summary,
        lang=tr.lang,
        vintage=" ; ".join(dict.fromkeys(field(sources.get(s, {}), "vintage", tr.lang) for s in source_ids if s)),
    )


def _series_table(lines: list[dict], tr: Translator, decimals: int = 0) -> pd.DataFrame:
    periods = sorted({p for line in lines for p in line["periods"]}, key=sort_key)
    table = pd.DataFrame({tr("Période"): [tr.period(p) for p in periods], tr("Code période"): periods})
    for line in lines:
        values = dict(zip(line["periods"], line["values"]))
        table[line["name"]] = [
            None if values.get(p) is None else round(values[p], max(decimals, 1) if decimals else 0) for p in periods
        ]
    return table


def jobseekers(params: dict) -> ChartSpec:
    state = TerritoryState.from_query(params)
    tr = state.tr
    mode = params.get("mode") or "niveau"
    if mode not in SERIES_MODES:
        raise BadChartState("mode doit valoir « niveau », « indice » ou « categories »")
    js = territory(state.level, state.code)["jobseekers"]
    if js["series"] is None:
        raise ChartNotFound(tr("aucun chiffre de demandeurs d'emploi pour ce territoire"))
    subject = js["subject"]
    name = place_name(subject, tr)
    if mode == "indice":
        names = distinct_names(js["reference_series"], tr)
        lines = [
            {"name": n, "periods": r["periods"], "values": rebase(r["values"]), "sources": r["sources"]}
            for n, r in zip(names, js["reference_series"])
        ]
        first = lines[0]["periods"][0]
        title = tr("Demandeurs d'emploi, catégories A à E — indice base 100 en {period}", period=tr.period(first))
        decimals, unit = 1, ""
    elif mode == "categories":
        if not js["categories"]:
            raise ChartNotFound(tr("pas de série par catégorie pour ce territoire"))
        lines = [
            {"name": field(dataset().indicators.get(i, {}), "short", tr.lang), **s} for i, s in js["categories"].items()
        ]
        title = tr("Demandeurs d'emploi par catégorie — {name}", name=name)
        decimals, unit = 0, ""
    else:
        lines = [{"name": tr("Catégories A à E"), **js["series"]}]
        title = tr("Demandeurs d'emploi inscrits en fin de mois, catégories A à E — {name}", name=name)
        decimals, unit = 0, ""
    sources = [s for line in lines for s in line["sources"]]
    statuses = [s for line in lines for s in line.get("statuses", [])]
    period = period_range(sorted({p for line in lines for p in line["periods"]}, key=sort_key), tr)
    breaks = sorted({b for s in sources for b in dataset().sources.get(s, {}).get("breaks", [])})
    indicator = "demandeurs_a" if mode == "categories" else JOBSEEKERS
    return _spec(
        "demandeurs",
        state,
        {"mode": mode} if mode != "niveau" else {},
        title,
        tr("{name} — données brutes, fin de mois", name=name),
        indicator,
        sources,
        period,
        statuses,
        lambda line: time_series(lines, title, line, tr, decimals, unit, breaks),
        lambda: _series_table(lines, tr, decimals),
        summary=jobseekers_summary(js, tr),
        page_suffix="?serie=" + mode if mode != "niveau" else "",
        svg=lambda layout: line_chart(lines, tr, layout, decimals, unit, breaks, zero=mode != "indice"),
    )


def jobseekers_summary(js: dict, tr: Translator) -> str:
    """'Fin décembre 2024, Bordeaux compte 33 710 demandeurs d'emploi (catégories A à E), en hausse de …'"""
    latest, change = js["latest"], js["change"]
    if latest is None or latest["value"] is None:
        return tr("Aucun chiffre de demandeurs d'emploi n'est disponible.")
    percent = change["percent"] if change else None
    if percent is None:
        trend = tr("évolution sur un an non disponible")
    elif round(percent, 1) == 0:
        trend = tr("stable sur un an")
    else:
        words = tr("en hausse de {percent} sur un an") if percent > 0 else tr("en baisse de {percent} sur un an")
        trend = words.format(percent=tr.percent(abs(percent)))
    return tr(
        "Fin {period}, {name} compte {count} demandeurs d'emploi inscrits (catégories A à E), {trend}.",
        period=tr.period(latest["period"]),
        name=place_name(js["subject"], tr),
        count=tr.number(latest["value"]),
        trend=trend,
    )


def unemployment(params: dict) -> ChartSpec:
    state = TerritoryState.from_query(params)
    tr = state.tr
    rows = territory(state.level, state.code)["rates"]["rows"]
    if not rows:
        raise ChartNotFound(tr("aucun taux de chômage localisé pour ce territoire"))
    lines = [{"name": n, **r["series"]} for n, r in zip(distinct_names(rows, tr), rows)]
    title = tr("Taux de chômage localisé (INSEE, au sens du BIT)")
    sources = [s for line in lines for s in line["sources"]]
    period = period_range(sorted({p for line in lines for p in line["periods"]}, key=sort_key), tr)
    summary = "; ".join(
        f"{place_name(r, tr)} {tr.percent(r['latest']['value'])} ({tr.period(r['latest']['period'])})" for r in rows
    )
    return _spec(
        "chomage",
        state,
        {},
        title,
        tr("Données trimestrielles corrigées des variations saisonnières"),
        "taux_chomage",
        sources,
        period,
        [],
        lambda line: time_series(lines, title, line, tr, 1, "%"),
        lambda: _series_table(lines, tr, 1),
        summary=tr("Taux de chômage localisé : {values}.", values=summary),
        svg=lambda layout: line_chart(lines, tr, layout, 1, "%"),
    )


CENSUS_CHART = "taux_chomage_rp"


def census(params: dict) -> ChartSpec:
    state = TerritoryState.from_query(params)
    tr = state.tr
    profile = territory(state.level, state.code)["census"]
    chain = profile["chain"]
    rows = {r["indicator"]: r["values"] for r in profile["rows"]}
    if CENSUS_CHART not in rows:
        raise ChartNotFound(tr("pas de chiffres du recensement pour ce territoire"))
    low = [bool(v.get("low")) for v in rows[CENSUS_CHART]]
    names = [f"{n} {LOW_FLAG}" if weak else n for n, weak in zip(distinct_names(chain, tr), low)]
    values = [v["value"] for v in rows[CENSUS_CHART]]
    title = tr("Taux de chômage des 15-64 ans au sens du recensement (2018)")
    sources = [v["source"] for vs in rows.values() for v in vs]
    statuses = [v["status"] for vs in rows.values() for v in vs]

    def table() -> pd.DataFrame:
        out = pd.DataFrame({tr("Territoire"): names, tr("Code"): [r["code"] for r in chain]})
        for indicator, vs in rows.items():
            entry = dataset().indicators.get(indicator, {})
            period = next((v["period"] for v in vs if v["period"]), "—")
            label = tr(
                "{label} ({unit}, {period})",
                label=field(entry, "short", tr.lang),
                unit=field(entry, "unit", tr.lang),
                period=period,
            )
            decimals = 1 if CATALOGUE[indicator].kind in ("rate", "share") else 0
            out[label] = [None if v["value"] is None else round(v["value"], decimals) for v in vs]
        out[tr("Fiabilité")] = [f"{tr(LOW_LABEL)} {LOW_FLAG}" if weak else "" for weak in low]
        return out

    summary = tr(
        "Taux de chômage des 15-64 ans au recensement de 2018 : {values}.",
        values="; ".join(f"{n} {tr.percent(v)}" for n, v in zip(names, values)),
    )
    if any(low):
        summary += " " + tr("[u] fiabilité faible : taux calculé sur moins de {base} actifs.", base=tr.number(LOW_BASE))
    return _spec(
        "recensement",
        state,
        {},
        title,
        tr("Recensement de la population 2018, rapport des chômeurs aux actifs de 15 à 64 ans"),
        CENSUS_CHART,
        sources,
        tr.period("2018"),
        statuses,
        lambda line: horizontal_bars(names, values, title, line, tr, 1, "%", highlight=0),
        table,
        summary=summary,
        svg=lambda layout: bar_chart(names, values, tr, layout, 1, "%", highlight=0),
    )


def hiring(params: dict) -> ChartSpec:
    state = TerritoryState.from_query(params)
    tr = state.tr
    h = territory(state.level, state.code)["hiring"]
    if h is None or not h["top"]:
        raise ChartNotFound(tr("pas de projets de recrutement publiés pour ce territoire"))
    area = place_name(h["area"], tr)
    labels = [job["label"] for job in h["top"]]
    values = [job["projects"] for job in h["top"]]
    counts = [
        tr("au moins {count}", count=tr.number(job["projects"]))
        if job["status"] == "partial"
        else tr.number(job["projects"])
        for job in h["top"]
    ]
    texts = [
        tr("{count} projets, {share} difficiles", count=count, share=tr.percent(job["difficult"], 0))
        if job["difficult"] is not None
        else tr("{count} projets", count=count)
        for job, count in zip(h["top"], counts)
    ]
    title = tr("Les métiers qui recrutent le plus — {area}, BMO {year}", area=area, year=h["year"])
    sources = [h["total"]["source"]]

    def table() -> pd.DataFrame:
        return pd.DataFrame(
            {
                tr("Métier"): labels,
                tr("Code métier ({nomenclature})", nomenclature=h["nomenclature"]): [job["code"] for job in h["top"]],
                tr("Projets de recrutement"): values,
                tr("Part jugée difficile (%)"): [
                    None if j["difficult"] is None else round(j["difficult"], 1) for j in h["top"]
                ],
                tr("Part saisonnière (%)"): [
                    None if j["seasonal"] is None else round(j["seasonal"], 1) for j in h["top"]
                ],
                tr("Statut"): [tr(status_label(j["status"])) for j in h["top"]],
            }
        )

    summary = tr(
        "En {year}, les employeurs de {area} prévoient le plus de recrutements pour : {jobs}.",
        year=h["year"],
        area=area,
        jobs="; ".join(f"{lbl} ({t})" for lbl, t in zip(labels, texts)),
    )
    return _spec(
        "recrutement",
        state,
        {},
        title,
        tr("Enquête Besoins en main-d'œuvre, somme des cellules publiées"),
        "projets_recrutement",
        sources,
        h["year"],
        [job["status"] for job in h["top"]],
        lambda line: horizontal_bars(labels, values, title, line, tr, 0, texts=texts),
        table,
        summary=summary,
        svg=lambda layout: bar_chart(labels, values, tr, layout, 0, texts=texts),
    )


CHARTS = {"demandeurs": jobseekers, "chomage": unemployment, "recensement": census, "recrutement": hiring}
PARAMS = {
    chart: frozenset({"code", "niveau", "lang"} | ({"mode"} if chart == "demandeurs" else set())) for chart in CHARTS
}


def state_query(chart: str):
    def normalise(params: dict) -> dict[str, str]:
        state = TerritoryState.from_query(params)
        if chart != "demandeurs":
            return state.to_query()
        mode = params.get("mode") or "niveau"
        if mode not in SERIES_MODES:
            raise BadChartState("mode doit valoir « niveau », « indice » ou « categories »")
        return state.to_query(mode=mode)

    return normalise


TITLES = {
    "demandeurs": N_("Demandeurs d'emploi"),
    "chomage": N_("Taux de chômage localisé"),
    "recensement": N_("Recensement"),
    "recrutement": N_("Projets de recrutement"),
}
