"""The charts of the training pages: one centre's rates over the vintages, and the départements' medians."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pandas as pd

from ..domain.citation import is_demo, source_line
from ..figures.style import COLORS, base_layout
from ..figures.svg import INK, MUTED, WIDE, Layout, category_chart, text_width
from ..i18n import N_, Translator, localized, translator
from ..payloads import training as T
from ..store.runtime import dataset
from .map import share_choropleth
from .spec import ChartNotFound, ChartSpec, lang_of, with_lang

SOURCE = T.TABLE
PARAMS = {"formation": frozenset({"uai", "lang"}), "formations-carte": frozenset({"lang"})}
SERIES = (
    ("employment_6m", N_("Taux d'emploi à 6 mois")),
    ("employment_12m", N_("Taux d'emploi à 12 mois")),
    ("employment_24m", N_("Taux d'emploi à 24 mois")),
    ("expected_6m", N_("Taux attendu à 6 mois")),
)


@dataclass(frozen=True)
class CentreState:
    """One training centre (its UAI), in one language."""

    uai: str
    lang: str = "fr"

    @classmethod
    def from_query(cls, params: dict) -> CentreState:
        lang = lang_of(params)
        uai = str(params.get("uai") or "").upper()
        if T.find_centre(dataset(), uai).empty:
            raise ChartNotFound(f"centre inconnu : « {uai[:12]} »")
        return cls(uai, lang)

    def to_query(self) -> dict[str, str]:
        return with_lang({"uai": self.uai}, self.lang)


def centre_state_query(params: dict) -> dict[str, str]:
    return CentreState.from_query(params).to_query()


def _line(tr: Translator, period: str | None, statuses=()) -> str:
    return source_line(dataset().sources, [SOURCE], tr, period, statuses)


def _field(tr: Translator, name: str) -> str:
    source = dataset().sources.get(SOURCE, {})
    return localized(source, name, tr.lang)


def centre_chart(params: dict) -> ChartSpec:
    state = CentreState.from_query(params)
    tr, ds = translator(state.lang), dataset()
    history = T.find_centre(ds, state.uai)
    vintages = list(history.vintage)
    name = history.name.iloc[-1]
    title = tr("{centre} : taux d'emploi des apprentis après leur sortie", centre=name)
    period = f"{vintages[0]} – {vintages[-1]}"
    line = _line(tr, period)
    series = [
        {
            "name": tr(label),
            "marker": "diamond" if column == "expected_6m" else "circle",
            "segments": [[(v, float(x)) for v, x in zip(vintages, history[column]) if pd.notna(x)]],
        }
        for column, label in SERIES
    ]
    series = [s for s in series if s["segments"][0]]

    def figure() -> dict:
        layout = base_layout(title, line, tr=tr)
        layout.update(
            xaxis={"type": "category", "title": tr("Millésime (sortants cumulés)")},
            yaxis={"ticksuffix": tr.percent_suffix, "rangemode": "tozero"},
        )
        data = [
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": tr(label),
                "x": vintages,
                "y": [None if pd.isna(v) else float(v) for v in history[column]],
                "line": {"color": COLORS[i % len(COLORS)], "dash": "dot" if column == "expected_6m" else "solid"},
            }
            for i, (column, label) in enumerate(SERIES)
        ]
        return {"data": data, "layout": layout}

    def table() -> pd.DataFrame:
        return pd.DataFrame(
            {
                tr("Millésime"): vintages,
                tr("Nom du centre"): history.name,
                **{tr(label): history[column] for column, label in SERIES},
                tr("Valeur ajoutée (points)"): history.value_added_6m,
                tr("Poursuite d'études (%)"): history.share_studying,
                tr("Contrats interrompus (%)"): history.broken_contracts,
            }
        )

    last = history.iloc[-1]
    summary = (
        tr(
            "{vintage} : {rate} en emploi 6 mois après la sortie, pour {expected} attendus ; valeur ajoutée "
            "{points} points, {reading}.",
            vintage=last.vintage,
            rate=tr.percent(last.employment_6m, 0),
            expected=tr.percent(last.expected_6m, 0),
            points=tr.number(last.value_added_6m, 0, signed=True),
            reading=T.reading(last.value_added_6m, tr),
        )
        if pd.notna(last.employment_6m)
        else tr("{vintage} : trop peu de sortants pour publier un taux d'emploi.", vintage=last.vintage)
    )
    return ChartSpec(
        chart="formation",
        params=state.to_query(),
        title=title,
        subtitle=tr("UAI {uai}", uai=state.uai),
        source=_field(tr, "publisher"),
        source_line=line,
        definition=tr(
            "Part des apprentis sortis du centre qui sont en emploi salarié en France 6, 12 ou 24 mois "
            "après, et taux attendu compte tenu du profil des apprentis et de leur territoire."
        ),
        period=period,
        demo=is_demo(ds.sources, [SOURCE]),
        page=tr.href(f"/formation/{state.uai}"),
        make_figure=figure,
        make_table=table,
        make_svg=lambda layout: category_chart(vintages, series, tr, layout, 0, "%"),
        summary=summary,
        lang=tr.lang,
        vintage=_field(tr, "vintage"),
    )


def strip_svg(values: pd.Series, highlight: str, tr: Translator, layout: Layout = WIDE) -> str:
    """Every centre of the région as a dot on one axis (0 to 100 %), this one larger and dark: a place in a
    distribution, not a bare rank."""
    width, height, left, right = layout.width, 86, 16, 16
    x_of = lambda v: left + (width - left - right) * float(v) / 100  # noqa: E731
    body = [f'<line x1="{left}" x2="{width - right}" y1="40" y2="40" stroke="{MUTED}" stroke-width="1"/>']
    for tick in range(0, 101, 20):
        body.append(
            f'<text x="{x_of(tick):.1f}" y="72" font-size="{layout.small}" text-anchor="middle" '
            f'fill="{MUTED}">{escape(tr.percent(tick, 0))}</text>'
        )
    for uai, value in values.items():
        if uai != highlight:
            body.append(f'<circle cx="{x_of(value):.1f}" cy="40" r="4" fill="#9bb8d3" fill-opacity="0.6"/>')
    if highlight in values.index:
        value = values[highlight]
        label = tr("ce centre : {rate}", rate=tr.percent(value, 0))
        x = min(
            max(x_of(value), left + text_width(label, layout.small) / 2),
            width - right - text_width(label, layout.small) / 2,
        )
        body.append(f'<circle cx="{x_of(value):.1f}" cy="40" r="7" fill="{INK}" stroke="#ffffff" stroke-width="2"/>')
        body.append(
            f'<text x="{x:.1f}" y="22" font-size="{layout.small}" text-anchor="middle" font-weight="bold" '
            f'fill="{INK}">{escape(label)}</text>'
        )
    name = escape(tr("Taux d'emploi à 6 mois des centres de la région"))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{name}">' + "".join(body) + "</svg>"
    )


def departement_map_chart(params: dict) -> ChartSpec:
    """The median 6-month employment rate of each département's centres: a rate, so a choropleth; the number of
    centres is in its table and tooltips, never in colours."""
    lang = lang_of(params)
    tr, ds = translator(lang), dataset()
    vintage = T.vintages(ds)[-1] if T.vintages(ds) else None
    if vintage is None:
        raise ChartNotFound("aucune donnée InserJeunes dans le jeu de données publié")
    medians = T.by_departement(ds)
    deps = ds.level_table("departement")[["code", "name"]]
    table = deps.merge(medians, on="code", how="left").rename(columns={"median": "value"})
    table["status"] = [
        "ok" if pd.notna(v) else ("withheld" if pd.notna(c) else "na") for v, c in zip(table.value, table.centres)
    ]
    values = table.value.dropna()
    title = tr(
        "Taux d'emploi des apprentis 6 mois après la sortie : médiane des centres par département, {vintage}",
        vintage=vintage,
    )
    line = _line(tr, vintage)
    svg, figure = share_choropleth(
        "departement", table, tr("Taux d'emploi à 6 mois, médiane des centres (%)"), vintage, title, line, tr
    )

    def data() -> pd.DataFrame:
        return pd.DataFrame(
            {
                tr("Département"): table.name,
                tr("Code"): table.code,
                tr("Centres"): table.centres,
                tr("Centres avec un taux publié"): table["count"],
                tr("Médiane (%)"): table.value,
                tr("1er quartile (%)"): table.q1,
                tr("3e quartile (%)"): table.q3,
            }
        )

    summary = tr(
        "{count} départements ont au moins un centre au taux publié ; médiane la plus haute : {top} ({value}).",
        count=tr.number(len(values)),
        top=table.loc[table.value.idxmax(), "name"],
        value=tr.percent(values.max(), 0),
    )
    return ChartSpec(
        chart="formations-carte",
        params=with_lang({}, lang),
        title=title,
        subtitle=tr("Médiane des centres, sans pondération : le fichier ne donne pas le nombre de sortants"),
        source=_field(tr, "publisher"),
        source_line=line,
        definition=tr(
            "Part des apprentis sortis du centre qui sont en emploi salarié en France 6 mois après ; pour "
            "un département, la médiane des centres qui publient ce taux."
        ),
        period=vintage,
        demo=is_demo(ds.sources, [SOURCE]),
        page=tr.href("/formations"),
        make_figure=figure,
        make_table=data,
        make_svg=svg,
        summary=summary,
        lang=lang,
        vintage=_field(tr, "vintage"),
    )


def map_state_query(params: dict) -> dict[str, str]:
    return with_lang({}, lang_of(params))


CHARTS = {"formation": centre_chart, "formations-carte": departement_map_chart}
STATES = {"formation": centre_state_query, "formations-carte": map_state_query}
