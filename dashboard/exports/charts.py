"""The exportable charts: for a chart id and its URL state, the figure, the data and their metadata.

The same builders serve the page, the image and data exports and the embed
page, so an export is exactly what the page shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import pandas as pd
import plotly.graph_objects as go

from .. import SITE_NAME
from ..i18n import LANGS, Translator, localized, translator
from ..ingest.catalogue import breakdown_label
from ..store.runtime import dataset

LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)"


class ChartNotFound(LookupError):
    """Unknown chart, territory or indicator."""


class BadChartState(ValueError):
    """A parameter of the chart state is not acceptable; the message says which."""


@dataclass
class ChartExport:
    """A chart's data and metadata; the figure is only built when an image or embed needs it."""
    chart: str
    params: dict
    make_figure: Callable[[], go.Figure]
    table: pd.DataFrame
    title: str
    subtitle: str
    source: str
    definition: str
    period: str | None
    demo: bool
    page: str  # path of the page that shows this chart
    extra: dict = field(default_factory=dict)
    lang: str = "fr"

    @cached_property
    def figure(self) -> go.Figure:
        return self.make_figure()

    @property
    def tr(self) -> Translator:
        return translator(self.lang)

    def citation(self, public_url: str, today: date | None = None) -> str:
        tr = self.tr
        title = self.title.split(" — ")[0]
        what = f"{self.source}, {title[:1].lower() + title[1:] if tr.lang == 'fr' else title}"
        if self.period:
            what += f", {tr.period(self.period)}"
        return tr("Source : {what} ; traitement {site} ({url}), consulté le {day}.", what=what, site=SITE_NAME,
                  url=public_url, day=tr.date(today or date.today()))

    def metadata(self, public_url: str) -> list[tuple[str, str]]:
        tr = self.tr
        return [
            (tr("Titre"), self.title), (tr("Sous-titre"), self.subtitle), (tr("Source"), self.source),
            (tr("Définition"), self.definition), (tr("Période"), tr.period(self.period) if self.period else "—"),
            (tr("Millésime"), self.extra.get("vintage", "")), (tr("Licence"), LICENCE),
            (tr("Données de démonstration"), tr("oui — valeurs générées, non officielles") if self.demo else tr("non")),
            (tr("Permalien"), public_url + self.permalink()), (tr("Citation"), self.citation(public_url)),
            (tr("Exporté le"), tr.date(date.today())), (tr("Site"), SITE_NAME),
        ]

    def permalink(self) -> str:
        return self.page


def _sources_text(source_ids, tr: Translator) -> tuple[str, str, bool]:
    ds = dataset()
    ids = [s for s in dict.fromkeys(source_ids) if s]
    names = " ; ".join(localized(ds.sources.get(s, {"name": s}), "name", tr.lang) for s in ids) or tr("n.d.")
    vintages = " ; ".join(localized(ds.sources.get(s, {}), "vintage", tr.lang) for s in ids)
    return names, vintages, any(ds.is_demo(s) for s in ids)


def _producer(indicator: str, demo: bool, tr: Translator) -> str:
    label = dataset().indicators.get(indicator, {}).get("source", "")
    return tr("données de démonstration au format {source}", source=label) if demo else label


def _definition(indicator: str, tr: Translator) -> str:
    entry = dataset().indicators.get(indicator, {})
    return entry.get(f"definition_{tr.lang}") or entry.get("definition_fr", "")


def _translator(params: dict) -> Translator:
    lang = params.get("lang", "fr")
    if lang not in LANGS:
        raise BadChartState("lang doit valoir « fr » ou « en »")
    return translator(lang)


def _with_lang(state: dict, tr: Translator) -> dict:
    return {**state, "lang": tr.lang} if tr.lang != "fr" else state


AREA_LEVELS = ("epci", "zone_emploi", "departement", "region", "pays")


def _commune_ref(params: dict) -> tuple[str, str]:
    """(level, code) of a commune, an arrondissement, or with ``niveau`` an area."""
    code = str(params.get("code", "")).upper()
    level = params.get("niveau")
    t = dataset().territory(level, code) if level in AREA_LEVELS else dataset().find_territory(code)
    if t is None:
        raise ChartNotFound(f"territoire inconnu : « {code[:12]} »")
    return t["level"], code


def _page(level: str, code: str, tr: Translator) -> str:
    from ..pages.routing import territory_path
    return tr.href(territory_path(level, code))


def _state(level: str, code: str, **extra) -> dict:
    state = {"code": code, **extra}
    if level in AREA_LEVELS:
        state["niveau"] = level
    return state


def commune_series(params: dict) -> ChartExport:
    from ..pages.territory_view import place, series_figure
    from ..payloads.cached import territory
    tr = _translator(params)
    level, code = _commune_ref(params)
    mode = params.get("mode", "niveau")
    if mode not in ("niveau", "indice"):
        raise BadChartState("mode doit valoir « niveau » ou « indice »")
    payload = territory(level, code)
    if mode == "indice":
        refs = [r for r in payload["reference_series"].values()
                if r["level"] in (payload["subject"]["level"], "departement", "pays")]
        table = pd.DataFrame({tr("Période"): [tr.period(p) for p in refs[0]["periods"]],
                              tr("Code période"): refs[0]["periods"]})
        for r in refs:
            base = next((v for v in r["values"] if v), None)
            table[tr("{name} (indice base 100)", name=place(r, tr))] = [
                None if v is None or not base else round(100 * v / base, 2) for v in r["values"]]
        sources = [r["source"] for r in refs]
    else:
        abc, a = payload["series"]["demandeurs_abc"], payload["series"]["demandeurs_a"]
        table = pd.DataFrame({tr("Période"): [tr.period(p) for p in abc["periods"]],
                              tr("Code période"): abc["periods"],
                              tr("Demandeurs d'emploi A, B, C"): abc["values"],
                              tr("Demandeurs d'emploi A"): a["values"]})
        sources = [abc["source"], a["source"]]
    names, vintages, demo = _sources_text(sources, tr)
    subject = payload["subject"]["name"]
    return ChartExport(
        chart="commune-series", params=_with_lang(_state(level, code, mode=mode), tr),
        make_figure=lambda: series_figure(payload, mode, tr), table=table,
        title=tr("Demandeurs d'emploi — {name}", name=subject)
        + (tr(" (indice base 100)") if mode == "indice" else ""),
        subtitle=tr("{name} — données trimestrielles brutes, dix ans", name=payload["territory"]["name"]),
        source=_producer("demandeurs_abc", demo, tr), definition=_definition("demandeurs_abc", tr),
        period=payload["period"], demo=demo,
        page=_page(level, code, tr) + ("?serie=indice" if mode == "indice" else ""),
        extra={"vintage": vintages, "source_names": names}, lang=tr.lang)


def commune_breakdown(params: dict) -> ChartExport:
    from ..pages.territory_view import breakdown_figure
    from ..payloads.cached import territory
    tr = _translator(params)
    level, code = _commune_ref(params)
    dimension = params.get("dimension", "age")
    if dimension not in ("sexe", "age", "anciennete"):
        raise BadChartState("dimension doit valoir « sexe », « age » ou « anciennete »")
    payload = territory(level, code)
    rows = payload["breakdowns"][dimension]
    table = pd.DataFrame({
        tr("Catégorie"): [breakdown_label(dimension, r["key"], tr.lang) for r in rows["demandeurs_abc"]],
        tr("Demandeurs d'emploi A, B, C"): [r["value"] for r in rows["demandeurs_abc"]],
        tr("Demandeurs d'emploi A"): [r["value"] for r in rows["demandeurs_a"]],
    })
    names, vintages, demo = _sources_text([r["source"] for r in rows["demandeurs_abc"]], tr)
    by = {"sexe": tr("Demandeurs d'emploi par sexe"), "age": tr("Demandeurs d'emploi par âge"),
          "anciennete": tr("Demandeurs d'emploi par ancienneté")}[dimension]
    return ChartExport(
        chart="commune-repartition", params=_with_lang(_state(level, code, dimension=dimension), tr),
        make_figure=lambda: breakdown_figure(payload, dimension, tr), table=table,
        title=f"{by} — {payload['subject']['name']}",
        subtitle=f"{payload['territory']['name']} — {tr.period(payload['period'])}",
        source=_producer("demandeurs_abc", demo, tr), definition=_definition("demandeurs_abc", tr),
        period=payload["period"], demo=demo, page=_page(level, code, tr), extra={"vintage": vintages},
        lang=tr.lang)


def map_chart(params: dict) -> ChartExport:
    from ..pages.carte import build, figure_for, normalise
    from ..payloads.map import LEVEL_NAMES, MAP_INDICATORS
    from ..maps.classify import METHODS
    tr = _translator(params)
    state = normalise({k: str(v) for k, v in params.items()})
    table, _, title, _ = build(state, tr)
    indicator = MAP_INDICATORS[state["indicateur"]]
    data = pd.DataFrame({tr("Code"): table.code, tr("Territoire"): table.name,
                         tr("Valeur ({unit})", unit=tr(indicator.unit)): table.value,
                         tr("Rang"): table["rank"], tr("Statut"): table.status})
    names, vintages, demo = _sources_text(table.source.dropna().unique(), tr)
    query = "&".join(f"{k}={v}" for k, v in state.items() if v)
    return ChartExport(
        chart="carte", params=_with_lang(state, tr), make_figure=lambda: go.Figure(figure_for(state, tr, standalone=True)[0]),
        table=data,
        title=title,
        subtitle=tr("{level} — classes : {method}, {classes}", level=tr(LEVEL_NAMES[state["niveau"]]),
                    method=tr(METHODS[state["methode"]]).lower(), classes=state["classes"]),
        source=_producer(indicator.base, demo, tr), definition=_definition(indicator.base, tr),
        period=state["periode"], demo=demo, page=tr.href(f"/carte?{query}"), extra={"vintage": vintages},
        lang=tr.lang)


def kpi_chart(params: dict) -> ChartExport:
    from ..figures.kpi import kpi_series
    from ..pages.indicator_detail import find
    from ..pages.kpi_format import kpi_label, kpi_definition, theme_label
    tr = _translator(params)
    summary = find(params.get("id"))
    if summary is None:
        raise ChartNotFound(f"indicateur national inconnu : « {str(params.get('id'))[:40]} »")
    titles = sorted({t for t, _, _ in summary["sources"]})
    others = tr(" et {count} autre(s) source(s)", count=len(titles) - 1) if len(titles) > 1 else ""
    source_line = tr("Source : {names}", names=titles[0][:90]) + others + f" — {SITE_NAME}"
    points = sorted(summary["actuals"] + summary["targets"], key=lambda p: (p["order"], p["line"]))
    table = pd.DataFrame({
        tr("Période publiée"): [p["period_raw"] for p in points],
        tr("Période normalisée"): [p["period"] for p in points],
        tr("Nature"): [tr("cible") if p in summary["targets"] else tr("réalisé") for p in points],
        tr("Valeur"): [p["value"] for p in points], tr("Unité"): summary["unit"],
        tr("Type de source"): [p["source_kind"] for p in points], tr("Source"): [p["source_title"] for p in points],
        tr("Adresse de la source"): [p["source_url"] for p in points],
    })
    latest = summary["latest"]
    return ChartExport(
        chart="indicateur", params=_with_lang({"id": summary["id"]}, tr),
        make_figure=lambda: kpi_series(summary, kpi_label(summary, tr), source_line, tr), table=table,
        title=kpi_label(summary, tr),
        subtitle=tr("{theme} — valeurs publiées et cibles", theme=theme_label(summary, tr)), source="; ".join(titles),
        definition=kpi_definition(summary, tr), period=latest["period"] if latest else None, demo=False,
        page=tr.href(f"/indicateurs/{summary['id']}"),
        extra={"vintage": tr("valeurs publiées (voir chaque ligne)")}, lang=tr.lang)


CHARTS = {"commune-series": commune_series, "commune-repartition": commune_breakdown, "carte": map_chart,
          "indicateur": kpi_chart}


def chart_export(chart: str, params: dict) -> ChartExport:
    builder = CHARTS.get(chart)
    if builder is None:
        raise ChartNotFound(f"graphique inconnu : « {chart[:30]} » (connus : {', '.join(CHARTS)})")
    return builder(params)
