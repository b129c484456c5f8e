"""The map: its state (what the URL says), its values and classes, the figure, and its export spec."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import asdict, dataclass
from functools import lru_cache

import pandas as pd

from ..domain.citation import cited_sources, is_demo, source_line
from ..domain.indicators import localized as field
from ..domain.map_layout import CLOSE_UP_DEPARTEMENTS, CLOSE_UP_NAME, OVERSEAS_INSETS, OVERSEAS_NAMES
from ..domain.reliability import FLAG as LOW_FLAG
from ..domain.reliability import LABEL as LOW_LABEL
from ..domain.reliability import LOW_BASE
from ..domain.statuses import STATUS_LABELS
from ..figures.choropleth import choropleth, colour_update
from ..figures.map_svg import choropleth_svg, layer_paths, project
from ..figures.svg import Layout
from ..i18n import Translator, translator
from ..maps.classify import METHODS, breaks_for
from ..memo import memoize
from ..payloads.map import LEVEL_NAMES, MAP_INDICATORS, SMALL, default_period, levels_for, map_table, periods_for
from ..store import runtime
from ..store.runtime import dataset
from .spec import ChartNotFound, ChartSpec, lang_of, with_lang

DEFAULTS = {"indicateur": "demandeurs_pour_100_actifs", "niveau": "departement", "methode": "quantiles", "classes": "5"}
CLASS_COUNTS = ("5", "6", "7")
INCLUDE_LOW = "inclus"
STATUS_TEXT = {**STATUS_LABELS, SMALL: STATUS_LABELS["withheld"]}


def _pick(value: str | None, allowed: Collection[str], fallback: str) -> str:
    return value if value is not None and value in allowed else fallback


@dataclass(frozen=True)
class MapState:
    """One view of the map; ``from_query`` keeps only known values, anything else falls back to a default."""

    indicateur: str
    niveau: str
    periode: str
    dep: str
    methode: str
    classes: str
    faibles: str = ""  # "inclus": low-reliability values are ranked too (domain/reliability.py)

    @classmethod
    def from_query(cls, query: dict) -> MapState:
        """Raises ChartNotFound when the published dataset has nothing to map at all."""
        ds = dataset()
        query = {k: v for k, v in query.items() if isinstance(v, str)}
        mappable = [k for k in MAP_INDICATORS if levels_for(ds, k)]
        if not mappable:
            raise ChartNotFound("aucun indicateur cartographiable dans le jeu de données publié")
        indicator = next(k for k in (query.get("indicateur"), DEFAULTS["indicateur"], mappable[0]) if k in mappable)
        levels = levels_for(ds, indicator)
        level = _pick(query.get("niveau"), levels, DEFAULTS["niveau"] if DEFAULTS["niveau"] in levels else levels[0])
        periods = periods_for(ds, indicator, level)
        period = _pick(query.get("periode"), periods, default_period(ds, indicator, level))
        deps = set(ds.level_table("departement").code) if level in ("commune", "epci") else set()
        dep = _pick(query.get("dep"), deps, "")
        method = _pick(query.get("methode"), METHODS, DEFAULTS["methode"])
        classes = _pick(query.get("classes"), CLASS_COUNTS, DEFAULTS["classes"])
        low = _pick(query.get("faibles"), (INCLUDE_LOW,), "")
        return cls(indicator, level, period, dep, method, classes, low)

    @property
    def include_low(self) -> bool:
        return self.faibles == INCLUDE_LOW

    def to_query(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def geojson_url(level: str, dep: str | None) -> str:
    layer = f"commune-{dep}" if level == "commune" and dep else level
    return f"/geo/{dataset().version}/{layer}.geojson"


@memoize("map_classes", 32)
def _classes(version, state: MapState):
    """Values and class limits of a map state: the same in every language, computed once."""
    indicator = MAP_INDICATORS[state.indicateur]
    table = map_table(dataset(), indicator.key, state.niveau, state.periode, state.dep or None, state.include_low)
    return table, breaks_for(state.methode, table.value, int(state.classes), indicator.diverging)


def map_sources(table: pd.DataFrame) -> list[str]:
    """The sources of the values mapped, then of what they are computed on (a rate's denominator)."""
    values = list(table.source.dropna().unique())
    bases = table.base_source.dropna().unique() if "base_source" in table else []
    return sorted(values) + sorted(set(bases) - set(values))


def map_source_line(table: pd.DataFrame, period: str, tr: Translator) -> str:
    return source_line(dataset().sources, map_sources(table), tr, tr.period(period), table.status.unique())


@memoize("map_states", 96)
def _build(version, state: MapState, lang):
    tr = translator(lang)
    indicator = MAP_INDICATORS[state.indicateur]
    table, breaks = _classes(version, state)
    update = colour_update(
        table,
        breaks,
        indicator.diverging,
        tr(indicator.label),
        tr(indicator.unit),
        indicator.decimals,
        state.periode,
        tr,
        STATUS_TEXT,
    )
    where = tr(LEVEL_NAMES[state.niveau]) + (tr(" du département {dep}", dep=state.dep) if state.dep else "")
    title = f"{tr(indicator.label)} — {where}, {tr.period(state.periode)}"
    return table, update, title, map_source_line(table, state.periode, tr)


runtime.on_swap(_classes.cache_clear)
runtime.on_swap(_build.cache_clear)


def build(state: MapState, tr: Translator | None = None):
    """Table, colour update, title and source line of one map state (cached per process, dataset, language)."""
    return _build(dataset().version, state, (tr or translator("fr")).lang)


def figure_for(state: MapState, tr: Translator | None = None, standalone: bool = False):
    """The page's figure (legend and source are text beside it) or, standalone, the exported one."""
    tr = tr or translator("fr")
    table, update, title, line = build(state, tr)
    width = 0 if state.niveau == "commune" and not state.dep else 0.4
    figure = choropleth(
        geojson_url(state.niveau, state.dep),
        update,
        title,
        tr(MAP_INDICATORS[state.indicateur].unit),
        line,
        line_width=width,
        tr=tr,
        standalone=standalone,
    )
    return figure, table, title, line


@lru_cache(maxsize=16)
def _inset_codes(version: str, level: str) -> tuple[dict[str, list[str]], list[str]]:
    """The territories of each overseas inset at this level, and those of the Paris close-up (none for regions:
    Île-de-France is one shape)."""
    territories = dataset().territories
    rows = territories[territories.level == level]
    if level == "region":
        regions = territories[territories.level == "departement"].set_index("code").region
        return {dep: sorted(rows.code[rows.region == regions.get(dep)]) for dep in OVERSEAS_INSETS}, []
    return (
        {dep: sorted(rows.code[rows.departement == dep]) for dep in OVERSEAS_INSETS},
        sorted(rows.code[rows.departement.isin(CLOSE_UP_DEPARTEMENTS)]),
    )


runtime.on_swap(_inset_codes.cache_clear)


def canvas_colours(state: MapState, tr: Translator) -> dict:
    """What assets/mapcanvas.js needs to colour the drawn layer and write its tooltips: per territory (in
    code order) its class (0: missing) and, for its tooltip, its value and rank as text, or the index of the
    note that says why it has none (a few notes, shared by thousands of communes); no geometry."""
    _, update, title, _ = build(state, tr)
    indicator = MAP_INDICATORS[state.indicateur]
    notes: list[str] = []
    tips: list[int | list] = []
    for (value, rank), z in zip(update["customdata"], update["z"]):
        if z == 0:  # no value: its status, said once for all the territories that share it
            if value not in notes:
                notes.append(value)
            tips.append(notes.index(value))
        else:
            tips.append([value, rank])
    ranked = sum(not isinstance(t, int) and t[1] != "—" for t in tips)
    where = f"{tr.period(state.periode)} · " + tr("rang {rank} sur {total}", rank="{rank}", total=tr.number(ranked))
    overseas, close_up = ({}, []) if state.dep else _inset_codes(dataset().version, state.niveau)
    insets = [{"name": tr(OVERSEAS_NAMES[dep]), "codes": codes} for dep, codes in overseas.items() if codes]
    return {
        "codes": update["locations"],
        "z": update["z"],
        "colors": update["colors"],
        "tips": tips,
        "notes": notes,
        "label": tr(indicator.label),
        "where": where,
        "period": tr.period(state.periode),
        "title": title,
        "insets": insets,
        "closeUp": {"name": tr(CLOSE_UP_NAME), "codes": close_up} if close_up else None,
    }


@memoize("map_drawings", 48)
def _layer_drawing(version: str, url: str, layout: Layout):
    """A layer's shapes as SVG path data at one drawing size: read from the published release, projected and
    written once per process, whatever the colours."""
    geojson = json.loads((dataset().release / "geo" / url.rsplit("/", 1)[-1]).read_bytes())
    features = []
    for feature in geojson["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        features.append((str(feature["id"]), [ring for polygon in polygons for ring in polygon]))
    return layer_paths(*project(features), layout)


runtime.on_swap(_layer_drawing.cache_clear)


def share_choropleth(level: str, table: pd.DataFrame, label: str, period: str, title: str, line: str, tr: Translator):
    """A percentage per territory of a whole level (``table``: code, value, status), in quantile classes, for
    maps that have no map page of their own (a job's bassins, training by département): the drawing and the
    figure, both lazy, in the same classes and colours."""
    table = table.assign(rank=table.value.rank(ascending=False, method="min"))
    values = table.value.dropna()
    breaks = breaks_for("quantiles", values, 5) if len(values) >= 5 else [0.0, 100.0]
    update = colour_update(table, breaks, False, label, "%", 0, period, tr)

    def svg(layout: Layout) -> str:
        paths, anchors = _layer_drawing(dataset().version, geojson_url(level, None), layout)
        return choropleth_svg(
            paths,
            anchors,
            dict(zip(update["locations"], update["z"])),
            update["colors"],
            update["legend"],
            label,
            layout,
        )

    def figure() -> dict:
        return choropleth(geojson_url(level, None), update, title, "%", line, line_width=0.4, tr=tr, standalone=True)

    return svg, figure


def map_svg(state: MapState, tr: Translator, layout: Layout) -> str:
    """The map as the page draws it (same layer, classes and colours), as SVG: for image exports and previews."""
    _, update, _, _ = build(state, tr)
    colours = canvas_colours(state, tr)
    paths, anchors = _layer_drawing(dataset().version, geojson_url(state.niveau, state.dep), layout)
    labels = [(inset["name"], inset["codes"]) for inset in colours["insets"]]
    return choropleth_svg(
        paths,
        anchors,
        dict(zip(update["locations"], update["z"])),
        update["colors"],
        update["legend"],
        tr(MAP_INDICATORS[state.indicateur].unit),
        layout,
        labels,
    )


def mappable_indicators() -> list[str]:
    return [k for k in MAP_INDICATORS if levels_for(dataset(), k)]


def summary_text(table: pd.DataFrame, state: MapState, tr: Translator) -> str:
    indicator = MAP_INDICATORS[state.indicateur]
    valid = table.dropna(subset=["value"])
    if valid.empty:
        return tr("Aucune valeur disponible pour cette sélection.")
    ranked = valid.dropna(subset=["rank"])
    unit = tr(indicator.unit)
    missing = len(table) - len(valid)
    missing_text = tr.plural(
        "{count} territoire sans valeur", "{count} territoires sans valeur", missing, count=tr.number(missing)
    )
    low = int(valid.low.sum()) if "low" in valid else 0
    low_text = ""
    if low:
        low_text = " " + (
            tr.plural(
                "{count} valeur de fiabilité faible [u] est comprise dans le classement.",
                "{count} valeurs de fiabilité faible [u] sont comprises dans le classement.",
                low,
                count=tr.number(low),
            )
            if state.include_low
            else tr.plural(
                "{count} valeur de fiabilité faible [u] (taux calculé sur moins de {base} personnes) n'est pas "
                "classée.",
                "{count} valeurs de fiabilité faible [u] (taux calculés sur moins de {base} personnes) ne sont pas "
                "classées.",
                low,
                count=tr.number(low),
                base=tr.number(LOW_BASE),
            )
        )
    if ranked.empty:
        return (
            tr(
                "{label}, {period} : aucune valeur classée ; {missing}.",
                label=tr(indicator.label),
                period=tr.period(state.periode),
                missing=missing_text,
            )
            + low_text
        )
    top, bottom = ranked.iloc[0], ranked.iloc[-1]
    return (
        tr(
            "{label}, {period} : valeur la plus élevée pour {top} ({top_value} {unit}), la plus basse pour "
            "{bottom} ({bottom_value} {unit}) ; {missing}.",
            label=tr(indicator.label),
            period=tr.period(state.periode),
            top=top["name"],
            top_value=tr.number(top.value, indicator.decimals),
            unit=unit,
            bottom=bottom["name"],
            bottom_value=tr.number(bottom.value, indicator.decimals),
            missing=missing_text,
        )
        + low_text
    )


PARAMS = frozenset({"indicateur", "niveau", "periode", "dep", "methode", "classes", "faibles", "lang"})


def state_query(params: dict) -> dict[str, str]:
    return with_lang(MapState.from_query(params).to_query(), lang_of(params))


def map_chart(params: dict) -> ChartSpec:
    lang = lang_of(params)
    tr = translator(lang)
    state = MapState.from_query(params)
    table, _, title, line = build(state, tr)
    indicator = MAP_INDICATORS[state.indicateur]
    ds = dataset()
    ids = map_sources(table)

    def data() -> pd.DataFrame:
        out = pd.DataFrame(
            {
                tr("Code"): table.code,
                tr("Territoire"): table.name,
                tr("Valeur ({unit})", unit=tr(indicator.unit)): table.value.round(indicator.decimals),
                tr("Rang"): table["rank"],
                tr("Statut"): [tr(STATUS_TEXT.get(s, s)) for s in table.status],
                tr("Fiabilité"): [f"{tr(LOW_LABEL)} {LOW_FLAG}" if low else "" for low in table.low],
            }
        )
        if "count" in table and indicator.counts:
            label = field(ds.indicators.get(indicator.counts, {}), "short", lang)
            out[label] = table["count"]
        return out

    query = "&".join(f"{k}={v}" for k, v in state.to_query().items())
    return ChartSpec(
        chart="carte",
        params=with_lang(state.to_query(), lang),
        title=title,
        subtitle=tr(
            "{level} — classes : {method}, {classes}",
            level=tr(LEVEL_NAMES[state.niveau]),
            method=tr(METHODS[state.methode]).lower(),
            classes=state.classes,
        ),
        source=cited_sources(ds.sources, ids, tr),
        source_line=line,
        definition=tr(indicator.definition),
        period=tr.period(state.periode),
        demo=is_demo(ds.sources, ids),
        page=tr.href(f"/carte?{query}"),
        make_figure=lambda: figure_for(state, tr, standalone=True)[0],
        make_table=data,
        make_svg=lambda layout: map_svg(state, tr, layout),
        summary=summary_text(table, state, tr),
        lang=lang,
        vintage=" ; ".join(field(ds.sources.get(s, {}), "vintage", lang) for s in ids),
    )
