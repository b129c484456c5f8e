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
from ..formatting import format_period
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

    @cached_property
    def figure(self) -> go.Figure:
        return self.make_figure()

    def citation(self, public_url: str, today: date | None = None) -> str:
        today = today or date.today()
        what = f"{self.source}, {self.title.split(' — ')[0].lower()}"
        if self.period:
            what += f", {format_period(self.period)}"
        return f"Source : {what} ; traitement {SITE_NAME} ({public_url}), consulté le {today:%d/%m/%Y}."

    def metadata(self, public_url: str) -> list[tuple[str, str]]:
        return [
            ("Titre", self.title), ("Sous-titre", self.subtitle), ("Source", self.source),
            ("Définition", self.definition), ("Période", format_period(self.period) if self.period else "—"),
            ("Millésime", self.extra.get("vintage", "")), ("Licence", LICENCE),
            ("Données de démonstration", "oui — valeurs générées, non officielles" if self.demo else "non"),
            ("Permalien", public_url + self.permalink()), ("Citation", self.citation(public_url)),
            ("Exporté le", date.today().strftime("%d/%m/%Y")), ("Site", SITE_NAME),
        ]

    def permalink(self) -> str:
        return self.page


def _sources_text(source_ids) -> tuple[str, str, bool]:
    ds = dataset()
    ids = [s for s in dict.fromkeys(source_ids) if s]
    names = " ; ".join(ds.sources.get(s, {}).get("name", s) for s in ids) or "n.d."
    vintages = " ; ".join(ds.sources.get(s, {}).get("vintage", "") for s in ids)
    return names, vintages, any(ds.is_demo(s) for s in ids)


def _producer(indicator: str, demo: bool) -> str:
    label = dataset().indicators.get(indicator, {}).get("source", "")
    return f"données de démonstration au format {label}" if demo else label


AREA_LEVELS = ("epci", "zone_emploi", "departement", "region", "pays")


def _commune_ref(params: dict) -> tuple[str, str]:
    """(level, code) of a commune, an arrondissement, or with ``niveau`` an area."""
    code = str(params.get("code", "")).upper()
    level = params.get("niveau")
    t = dataset().territory(level, code) if level in AREA_LEVELS else dataset().find_territory(code)
    if t is None:
        raise ChartNotFound(f"territoire inconnu : « {code[:12]} »")
    return t["level"], code


def _page(level: str, code: str) -> str:
    return f"/commune/{code}" if level in ("commune", "arrondissement") else f"/territoire/{level}/{code}"


def _state(level: str, code: str, **extra) -> dict:
    state = {"code": code, **extra}
    if level in AREA_LEVELS:
        state["niveau"] = level
    return state


def commune_series(params: dict) -> ChartExport:
    from ..pages.territory_view import series_figure
    from ..payloads.cached import territory
    level, code = _commune_ref(params)
    mode = params.get("mode", "niveau")
    if mode not in ("niveau", "indice"):
        raise BadChartState("mode doit valoir « niveau » ou « indice »")
    payload = territory(level, code)
    if mode == "indice":
        refs = [r for r in payload["reference_series"].values()
                if r["level"] in (payload["subject"]["level"], "departement", "pays")]
        table = pd.DataFrame({"Période": [format_period(p) for p in refs[0]["periods"]],
                              "Code période": refs[0]["periods"]})
        for r in refs:
            base = next((v for v in r["values"] if v), None)
            table[f"{r['name']} (indice base 100)"] = [None if v is None or not base else round(100 * v / base, 2)
                                                       for v in r["values"]]
        sources = [r["source"] for r in refs]
    else:
        abc, a = payload["series"]["demandeurs_abc"], payload["series"]["demandeurs_a"]
        table = pd.DataFrame({"Période": [format_period(p) for p in abc["periods"]], "Code période": abc["periods"],
                              "Demandeurs d'emploi A, B, C": abc["values"], "Demandeurs d'emploi A": a["values"]})
        sources = [abc["source"], a["source"]]
    names, vintages, demo = _sources_text(sources)
    subject = payload["subject"]["name"]
    return ChartExport(
        chart="commune-series", params=_state(level, code, mode=mode),
        make_figure=lambda: series_figure(payload, mode), table=table,
        title=f"Demandeurs d'emploi — {subject}" + (" (indice base 100)" if mode == "indice" else ""),
        subtitle=f"{payload['territory']['name']} — données trimestrielles brutes, dix ans",
        source=_producer("demandeurs_abc", demo), definition=dataset().indicators["demandeurs_abc"]["definition_fr"],
        period=payload["period"], demo=demo, page=_page(level, code) + ("?serie=indice" if mode == "indice" else ""),
        extra={"vintage": vintages, "source_names": names})


def commune_breakdown(params: dict) -> ChartExport:
    from ..pages.territory_view import breakdown_figure
    from ..payloads.cached import territory
    level, code = _commune_ref(params)
    dimension = params.get("dimension", "age")
    if dimension not in ("sexe", "age", "anciennete"):
        raise BadChartState("dimension doit valoir « sexe », « age » ou « anciennete »")
    payload = territory(level, code)
    rows = payload["breakdowns"][dimension]
    table = pd.DataFrame({
        "Catégorie": [breakdown_label(dimension, r["key"]) for r in rows["demandeurs_abc"]],
        "Demandeurs d'emploi A, B, C": [r["value"] for r in rows["demandeurs_abc"]],
        "Demandeurs d'emploi A": [r["value"] for r in rows["demandeurs_a"]],
    })
    names, vintages, demo = _sources_text([r["source"] for r in rows["demandeurs_abc"]])
    return ChartExport(
        chart="commune-repartition", params=_state(level, code, dimension=dimension),
        make_figure=lambda: breakdown_figure(payload, dimension), table=table,
        title=f"Demandeurs d'emploi par {({'sexe': 'sexe', 'age': 'âge', 'anciennete': 'ancienneté'})[dimension]} — "
              f"{payload['subject']['name']}",
        subtitle=f"{payload['territory']['name']} — {format_period(payload['period'])}",
        source=_producer("demandeurs_abc", demo), definition=dataset().indicators["demandeurs_abc"]["definition_fr"],
        period=payload["period"], demo=demo, page=_page(level, code), extra={"vintage": vintages})


def map_chart(params: dict) -> ChartExport:
    from ..pages.carte import build, figure_for, normalise
    from ..payloads.map import LEVEL_NAMES, MAP_INDICATORS
    state = normalise({k: str(v) for k, v in params.items()})
    table, _, title, _ = build(state)
    indicator = MAP_INDICATORS[state["indicateur"]]
    data = pd.DataFrame({"Code": table.code, "Territoire": table.name, f"Valeur ({indicator.unit})": table.value,
                         "Rang": table["rank"], "Statut": table.status})
    names, vintages, demo = _sources_text(table.source.dropna().unique())
    query = "&".join(f"{k}={v}" for k, v in state.items() if v)
    return ChartExport(
        chart="carte", params=state, make_figure=lambda: figure_for(state)[0], table=data, title=title,
        subtitle=f"{LEVEL_NAMES[state['niveau']]} — classes : {state['methode']}, {state['classes']}",
        source=_producer(indicator.base, demo), definition=dataset().indicators[indicator.base]["definition_fr"],
        period=state["periode"], demo=demo, page=f"/carte?{query}", extra={"vintage": vintages})


def kpi_chart(params: dict) -> ChartExport:
    from ..figures.kpi import kpi_series
    from ..pages.indicator_detail import find
    summary = find(params.get("id"))
    if summary is None:
        raise ChartNotFound(f"indicateur national inconnu : « {str(params.get('id'))[:40]} »")
    titles = sorted({t for t, _, _ in summary["sources"]})
    source_line = (f"Source : {titles[0][:90]}" + (f" et {len(titles) - 1} autre(s) source(s)" if len(titles) > 1
                                                   else "") + f" — {SITE_NAME}")
    points = sorted(summary["actuals"] + summary["targets"], key=lambda p: (p["order"], p["line"]))
    table = pd.DataFrame({
        "Période publiée": [p["period_raw"] for p in points], "Période normalisée": [p["period"] for p in points],
        "Nature": ["cible" if p in summary["targets"] else "réalisé" for p in points],
        "Valeur": [p["value"] for p in points], "Unité": summary["unit"],
        "Type de source": [p["source_kind"] for p in points], "Source": [p["source_title"] for p in points],
        "Adresse de la source": [p["source_url"] for p in points],
    })
    latest = summary["latest"]
    return ChartExport(
        chart="indicateur", params={"id": summary["id"]}, make_figure=lambda: kpi_series(summary, source_line),
        table=table, title=summary["label"],
        subtitle=f"{summary['theme_label']} — valeurs publiées et cibles", source="; ".join(titles),
        definition=summary["definition"], period=latest["period"] if latest else None, demo=False,
        page=f"/indicateurs/{summary['id']}", extra={"vintage": "valeurs publiées (voir chaque ligne)"})


CHARTS = {"commune-series": commune_series, "commune-repartition": commune_breakdown, "carte": map_chart,
          "indicateur": kpi_chart}


def chart_export(chart: str, params: dict) -> ChartExport:
    builder = CHARTS.get(chart)
    if builder is None:
        raise ChartNotFound(f"graphique inconnu : « {chart[:30]} » (connus : {', '.join(CHARTS)})")
    return builder(params)
