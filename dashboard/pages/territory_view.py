"""Renders a territory payload: key figures, job seekers, INSEE's rate, the census, hiring, the facts."""

from __future__ import annotations

from typing import Any

from dash import dcc, html
from dash.development.base_component import Component

from ..charts import ChartNotFound, ChartSpec, chart_spec
from ..charts.spec import with_lang
from ..components import attrs
from ..domain.citation import is_demo
from ..domain.indicators import CATALOGUE
from ..domain.indicators import localized as field
from ..domain.levels import distinct_names, of_place, place_name, territory_path
from ..domain.levels import label as level_label
from ..domain.reliability import FLAG as LOW_FLAG
from ..domain.reliability import LOW_BASE
from ..domain.statuses import status_label
from ..i18n import N_, Translator, translator
from ..memo import memoize
from ..store import runtime
from ..store.runtime import dataset
from .components import chart_with_table, data_table, definition, demo_notice, source_caption
from .share import share_menu
from .training import nearby_block

SERIES_LABELS = {
    "niveau": N_("Nombre de demandeurs"),
    "indice": N_("Indice base 100 (comparaison avec le département, la région et la France)"),
    "categories": N_("Par catégorie (1996–2016)"),
}


def territory_href(ref: dict, tr: Translator) -> str:
    return tr.href(territory_path(ref["level"], ref["code"]))


def _indicator(indicator: str) -> dict:
    return dataset().indicators.get(indicator, {})


def indicator_definition(indicator: str, tr: Translator, with_caveats: bool = True):
    entry = _indicator(indicator)
    return definition(
        field(entry, "definition", tr.lang),
        tr,
        field(entry, "caveats", tr.lang) if with_caveats else "",
        field(entry, "next_update", tr.lang),
    )


def _value_text(indicator: str, value: dict | None, tr: Translator) -> str:
    if value is None or value["value"] is None:
        return tr(status_label(value["status"] if value else None))
    entry = CATALOGUE[indicator]
    if entry.unit == "%":
        text = tr.percent(value["value"], entry.decimals)
        return f"{text} {LOW_FLAG}" if value.get("low") else text
    if entry.kind == "amount":
        return f"{tr.number(value['value'], entry.decimals)}\u00a0€"
    return tr.number(value["value"], entry.decimals)


def _change_text(change: dict | None, tr: Translator) -> str | None:
    if not change or change.get("value") is None:
        return None
    return tr(
        "{diff} ({percent}) par rapport à {period}",
        diff=tr.number(change["value"], signed=True),
        percent=tr.percent(change["percent"], signed=True),
        period=tr.period(change["since"]),
    )


def _tile(label: str, value: str, detail: str | None, tile_id: str, place: str | None = None) -> Component:
    return html.Div(
        [
            html.P(place, className="tile-place") if place else None,
            html.P(label, className="tile-label"),
            html.P(value, className="tile-value", id=tile_id),
            html.P(detail, className="tile-detail") if detail else None,
        ],
        className="tile",
    )


def _place_label(ref: dict, tr: Translator) -> str:
    """ "Aisne (département)": the territory a context figure describes, named with its kind."""
    name, kind = place_name(ref, tr), tr(level_label(ref["level"]))
    return name if ref["level"] in ("zone_emploi", "bassin") else f"{name} ({kind})"


CENSUS_TILES = ("actifs_1564", "chomeurs_1564", "emplois", "revenu_median")


def census_tiles(payload: dict, tr: Translator) -> tuple[list[Component], list[str]]:
    """The territory's own census profile (chain[0] of the census block is the territory itself)."""
    profile = payload["census"]
    if not profile["chain"] or profile["chain"][0]["code"] != payload["territory"]["code"]:
        return [], []
    own = {r["indicator"]: r["values"][0] for r in profile["rows"]}
    tiles, sources = [], []
    for indicator in CENSUS_TILES:
        value = own.get(indicator)
        if value is None or (value["value"] is None and value["status"] == "na" and indicator == "revenu_median"):
            continue
        detail = None
        if indicator == "chomeurs_1564" and (rate := own.get("taux_chomage_rp")) and rate["value"] is not None:
            detail = tr("taux de chômage du recensement : {rate}", rate=_value_text("taux_chomage_rp", rate, tr))
            if rate.get("low"):
                detail += " — " + tr("fiabilité faible : moins de {base} actifs", base=tr.number(LOW_BASE))
        label, year = field(_indicator(indicator), "short", tr.lang), value["period"] or "—"
        tiles.append(
            _tile(
                tr("{label} ({year})", label=label, year=year)
                if indicator == "revenu_median"
                else tr("{label} (recensement {year})", label=label, year=year),
                _value_text(indicator, value, tr),
                detail,
                f"tile-{indicator}",
            )
        )
        sources.append(value["source"])
    return tiles, [s for s in sources if s]


def headline_tiles(payload: dict, tr: Translator) -> Component:
    """The territory's own figures first; figures of the areas it belongs to after them, each named with its
    area ("Aisne (département)"), never as this territory's. The census rate is not among them: it sits beside the
    census counts, never beside INSEE's rate."""
    js, rates, hiring = payload["jobseekers"], payload["rates"]["rows"], payload["hiring"]
    t = payload["territory"]
    own: list[Component] = []
    around: list[Component] = []
    sources: list[str] = []
    if js["latest"] is not None:
        tile = _tile(
            tr(
                "Demandeurs d'emploi inscrits, catégories A à E, fin {period}",
                period=tr.period(js["latest"]["period"]),
            ),
            _value_text("demandeurs_ae", js["latest"], tr),
            _change_text(js["change"], tr),
            "tile-demandeurs",
            place=None if js["reason"] is None else _place_label(js["subject"], tr),
        )
        (own if js["reason"] is None else around).append(tile)
        sources.append(js["latest"]["source"])
    census, census_sources = census_tiles(payload, tr)
    own += census
    sources += census_sources
    if t["population"] is not None and t["level"] in ("commune", "arrondissement"):
        own.append(
            _tile(
                tr("Population municipale légale {year}", year=t["population_year"]),
                tr.number(t["population"]),
                None,
                "tile-population",
            )
        )
        sources.append("cog")
    if rates:
        first = rates[0]
        is_own = first["code"] == t["code"] and first["level"] == t["level"]
        (own if is_own else around).append(
            _tile(
                tr("Taux de chômage localisé (INSEE), {period}", period=tr.period(first["latest"]["period"])),
                _value_text("taux_chomage", first["latest"], tr),
                None,
                "tile-taux",
                place=None if is_own else _place_label(first, tr),
            )
        )
        sources.append(first["latest"]["source"])
    if hiring is not None and hiring["total"]["value"] is not None:
        share = hiring["difficult"]["value"]
        is_own = hiring["area"]["code"] == t["code"] and hiring["area"]["level"] == t["level"]
        (own if is_own else around).append(
            _tile(
                tr("Projets de recrutement {year} (BMO)", year=hiring["year"]),
                _value_text("projets_recrutement", hiring["total"], tr),
                tr("{share} jugés difficiles", share=tr.percent(share, 0)) if share is not None else None,
                "tile-projets",
                place=None if is_own else _place_label(hiring["area"], tr),
            )
        )
        sources.append(hiring["total"]["source"])
    if not own and not around:
        return html.Section(
            [
                html.H2(tr("Chiffres clés"), id="chiffres-cles"),
                html.P(tr("Aucun chiffre du marché du travail n'est publié pour ce territoire.")),
            ]
        )
    name = place_name(t, tr)
    return html.Section(
        [
            html.H2(tr("Chiffres clés"), id="chiffres-cles"),
            html.Div(own, className="tiles", id="tiles-own") if own else None,
            html.H3(tr("Chiffres des territoires dont {name} fait partie", name=name), id="chiffres-contexte")
            if around
            else None,
            html.Div(around, className="tiles tiles-context", id="tiles-context") if around else None,
            source_caption(tr, sources),
        ],
        className="headline",
        **attrs(aria_labelledby="chiffres-cles"),
    )


REASONS = {
    "small": N_(
        "Les demandeurs d'emploi ne sont publiés que pour les communes de {threshold} habitants ou plus : "
        "voici ceux {of_subject}."
    ),
    "arrondissement": N_("Les demandeurs d'emploi sont publiés pour la commune entière : voici ceux {of_subject}."),
    "area": N_("Les demandeurs d'emploi ne sont pas publiés à ce niveau : voici ceux {of_subject}."),
    "conflict": N_(
        "Le fichier source donne deux valeurs différentes pour cette commune et un même mois : aucune "
        "n'est affichée. Voici les chiffres {of_subject}."
    ),
    "absent": N_(
        "Cette commune ne figure pas dans le fichier des demandeurs d'emploi : voici les chiffres {of_subject}."
    ),
}


def _reason(js: dict, payload: dict, tr: Translator) -> str | None:
    if js["reason"] in (None, "none"):
        return (
            None
            if js["reason"] is None
            else tr(
                "Aucun chiffre de demandeurs d'emploi n'est publié pour ce "
                "territoire ni pour ses territoires d'appartenance."
            )
        )
    return tr(
        REASONS[js["reason"]], threshold=tr.number(payload["min_population"]), of_subject=of_place(js["subject"], tr)
    )


def chart_params(t: dict, tr: Translator, mode: str = "niveau") -> dict[str, str]:
    """A territory chart's state as URL parameters: defaults left out, so that equal states share one address."""
    return with_lang(
        {
            "code": t["code"],
            **({"niveau": t["level"]} if t["level"] not in ("commune", "arrondissement") else {}),
            **({"mode": mode} if mode != "niveau" else {}),
        },
        tr.lang,
    )


def main_chart(payload: dict, tr: Translator) -> ChartSpec | None:
    """The chart a link preview shows: job seekers where they are published, else INSEE's rate, else the census."""
    for chart in ("demandeurs", "chomage", "recensement"):
        if chart == "demandeurs" and payload["jobseekers"]["series"] is None:
            continue
        try:
            return chart_spec(chart, chart_params(payload["territory"], tr))
        except ChartNotFound:
            continue
    return None


def jobseekers_block(payload: dict, tr: Translator, mode: str):
    js = payload["jobseekers"]
    reason = _reason(js, payload, tr)
    t = payload["territory"]
    if js["series"] is None:
        return html.Section(
            [
                html.H2(tr("Demandeurs d'emploi")),
                html.P(reason, className="note"),
                indicator_definition("demandeurs_ae", tr),
            ],
            id="demandeurs",
        )
    modes = ["niveau", "indice"] + (["categories"] if js["categories"] else [])
    mode = mode if mode in modes else "niveau"
    spec = chart_spec("demandeurs", chart_params(t, tr, mode))
    comparison = [
        [
            name,
            _value_text("demandeurs_ae", c["latest"], tr),
            tr.percent(c["change"]["percent"], signed=True) if c["change"]["percent"] is not None else "—",
        ]
        for name, c in zip(distinct_names(js["comparison"], tr), js["comparison"])
    ]
    return html.Section(
        [
            html.H2(tr("Demandeurs d'emploi inscrits à France Travail")),
            html.P(reason, className="note", id="demandeurs-note") if reason else None,
            indicator_definition("demandeurs_ae", tr),
            dcc.Store(id="series-mode", data=mode),
            html.Div(
                [
                    html.Button(
                        tr(SERIES_LABELS[m]),
                        id={"type": "series-button", "mode": m},
                        type="button",
                        className=f"toggle-button series-mode-{m}",
                        **attrs(aria_pressed="true" if m == mode else "false", data_needs_dash="1"),
                    )
                    for m in modes
                ],
                className="toggle",
                role="group",
                **attrs(aria_label=tr("Affichage de la série")),
            ),
            html.Div(
                [chart_with_table(tr, "series-graph", spec), share_menu(spec, "share-series", tr)], id="series-block"
            ),
            html.H3(tr("Comparaison, fin {period}", period=tr.period(js["latest"]["period"]))),
            data_table(
                [tr("Territoire"), tr("Demandeurs A à E"), tr("Évolution sur un an")],
                comparison,
                tr("Demandeurs d'emploi, catégories A à E, fin {period}", period=tr.period(js["latest"]["period"])),
            ),
        ],
        id="demandeurs",
    )


def series_block(payload: dict, mode: str, tr: Translator):
    """What the series toggle replaces: the chart, its data and its export menu, for one mode."""
    t = payload["territory"]
    spec = chart_spec("demandeurs", chart_params(t, tr, mode))
    return [chart_with_table(tr, "series-graph", spec), share_menu(spec, "share-series", tr)]


def _chart_section(chart: str, payload: dict, tr: Translator, title: str, indicator: str, extra=None):
    t = payload["territory"]
    try:
        spec = chart_spec(chart, chart_params(t, tr))
    except ChartNotFound as exc:
        return html.Section(
            [html.H2(title), html.P(str(exc)[:1].upper() + str(exc)[1:] + ".", className="note")], id=chart
        )
    return html.Section(
        [
            html.H2(title),
            indicator_definition(indicator, tr),
            *(extra or []),
            chart_with_table(tr, f"{chart}-graph", spec),
            share_menu(spec, f"share-{chart}", tr),
        ],
        id=chart,
    )


def rates_block(payload: dict, tr: Translator):
    """INSEE's rate of each area at one period (the latest they share), then each one's own latest value."""
    rates = payload["rates"]
    rows, common = rates["rows"], rates.get("common_period")
    names = distinct_names(rows, tr)
    extra: list[Component | None] = []
    if common and len(rows) > 1:
        extra += [
            html.H3(tr("Comparaison au {period} (dernier trimestre publié pour tous)", period=tr.period(common))),
            html.Ul(
                [
                    html.Li([html.Span(f"{name}{tr.colon}"), html.Strong(tr.percent(r["common"]["value"]))])
                    for name, r in zip(names, rows)
                ],
                className="rates rates-common",
            ),
        ]
    if rows:
        extra += [
            html.H3(tr("Dernière valeur publiée de chaque territoire")) if len(rows) > 1 else None,
            html.Ul(
                [
                    html.Li(
                        [
                            html.Span(f"{name}{tr.colon}"),
                            html.Strong(tr.percent(r["latest"]["value"])),
                            html.Span(f" ({tr.period(r['latest']['period'])})"),
                        ]
                    )
                    for name, r in zip(names, rows)
                ],
                className="rates rates-latest",
            ),
        ]
    return _chart_section("chomage", payload, tr, tr("Taux de chômage localisé (INSEE)"), "taux_chomage", extra or None)


def census_block(payload: dict, tr: Translator):
    profile = payload["census"]
    chain = profile["chain"]
    rows = [
        [field(_indicator(r["indicator"]), "short", tr.lang) + f" ({r['values'][0]['period'] or '—'})"]
        + [_value_text(r["indicator"], v, tr) for v in r["values"]]
        for r in profile["rows"]
    ]
    table = (
        data_table(
            [tr("Indicateur")] + distinct_names(chain, tr),
            rows,
            tr("Profil du recensement de 2018 et des revenus de 2019"),
        )
        if rows
        else None
    )
    note = html.P(
        tr(
            "Le niveau de vie médian et le taux de pauvreté sont ceux que le comparateur de territoires publie par "
            "commune. L'INSEE (Filosofi) les publie aussi pour les intercommunalités, les départements, les "
            "régions et la France, mais ce site n'a pas encore ces fichiers ; il ne les calcule pas à partir des "
            "communes, car une médiane ne s'additionne pas."
        ),
        className="note",
    )
    return _chart_section(
        "recensement", payload, tr, tr("Le recensement de 2018"), "taux_chomage_rp", [table, note] if table else None
    )


def hiring_block(payload: dict, tr: Translator):
    h = payload["hiring"]
    if h is None:
        return html.Section(
            [
                html.H2(tr("Projets de recrutement")),
                html.P(
                    tr("L'enquête Besoins en main-d'œuvre ne publie pas de chiffres pour ce territoire."),
                    className="note",
                ),
            ],
            id="recrutement",
        )
    area = place_name(h["area"], tr)
    tiles = [
        _tile(
            tr("Projets de recrutement"),
            _value_text("projets_recrutement", h["total"], tr),
            tr(
                "{change} par rapport à {year}",
                change=tr.percent(h["previous"]["change"]["percent"], signed=True),
                year=h["previous"]["year"],
            )
            if h["previous"] and h["previous"]["change"]["percent"] is not None
            else None,
            "tile-bmo-total",
        ),
        _tile(
            tr("Jugés difficiles"),
            _value_text("part_projets_difficiles", h["difficult"], tr),
            None,
            "tile-bmo-difficiles",
        ),
        _tile(
            tr("Saisonniers"), _value_text("part_projets_saisonniers", h["seasonal"], tr), None, "tile-bmo-saisonniers"
        ),
    ]
    intro = html.P(
        tr(
            "Recrutements prévus par les employeurs de {area} pour {year} ; un total est la somme des "
            "cellules publiées, sans les cellules couvertes par le secret statistique.",
            area=area,
            year=h["year"],
        )
    )
    return _chart_section(
        "recrutement",
        payload,
        tr,
        tr("Projets de recrutement — {area}, {year}", area=area, year=h["year"]),
        "projets_recrutement",
        [
            intro,
            html.Div(tiles, className="tiles"),
            html.P(html.A(area, href=territory_href(h["area"], tr)), className="area-link"),
            html.P(
                html.A(tr("Tous les métiers qui recrutent — {area}", area=area), href=tr.href(jobs_url)),
                className="jobs-link",
            )
            if (jobs_url := jobs_page(h["area"]))
            else None,
        ],
    )


def jobs_page(area: dict) -> str | None:
    """The jobs page of a hiring area (a commune's is its bassin's), if the jobs pages cover its level."""
    url_level = {"pays": "france"}.get(area["level"], area["level"])
    return (
        f"/metiers/{url_level}/{area['code']}" if url_level in ("bassin", "departement", "region", "france") else None
    )


def training_block(payload: dict, tr: Translator):
    """A commune's or a département's apprentice training centres (those of its département)."""
    t = payload["territory"]
    if t["level"] not in ("commune", "arrondissement", "departement"):
        return None
    return nearby_block(tr, t["code"] if t["level"] == "departement" else (t.get("departement") or {}).get("code", ""))


FACT_LABELS = (
    ("commune", N_("Commune")),
    ("epci", N_("Intercommunalité (EPCI)")),
    ("zone_emploi", N_("Zone d'emploi")),
    ("bassin", N_("Bassin d'emploi (BMO)")),
    ("departement", N_("Département")),
    ("region", N_("Région")),
)


def facts_block(payload: dict, tr: Translator):
    t = payload["territory"]
    facts: list[tuple[str, Any]] = []
    if t["population"] is not None:
        facts.append(
            (
                tr("Population"),
                tr(
                    "{count} habitants (population municipale légale {year})",
                    count=tr.number(t["population"]),
                    year=t["population_year"],
                ),
            )
        )
    for key, label in FACT_LABELS:
        ref = t.get(key)
        if ref and ref["code"] != t["code"]:
            facts.append((tr(label), html.A(f"{ref['name']} ({ref['code']})", href=territory_href(ref, tr))))
    if t["postcodes"]:
        facts.append((tr("Codes postaux"), ", ".join(t["postcodes"])))
    facts.append((tr("Code INSEE") if t["level"] in ("commune", "arrondissement") else tr("Code"), t["code"]))
    return html.Section(
        [
            html.H2(tr("Le territoire")),
            html.Dl([item for label, value in facts for item in (html.Dt(label), html.Dd(value))], className="facts"),
            source_caption(
                tr,
                ["cog"]
                + (["insee_ze2020"] if t.get("zone_emploi") else [])
                + (["ft_bassins"] if t.get("bassin") else []),
            ),
        ]
    )


def _sources(payload: dict) -> set[str]:
    js, hiring = payload["jobseekers"], payload["hiring"]
    found = {js["latest"]["source"]} if js["latest"] else set()
    found |= {r["latest"]["source"] for r in payload["rates"]["rows"]}
    found |= {v["source"] for r in payload["census"]["rows"] for v in r["values"]}
    if hiring:
        found.add(hiring["total"]["source"])
    return {s for s in found if s}


@memoize("territory_pages", 64)
def rendered(version: str, level: str, code: str, mode: str = "niveau", lang: str = "fr") -> Component:
    """The page's component tree, built once per process, dataset version and language (figures are costly)."""
    from ..payloads.cached import known_territory

    return render(known_territory(level, code), mode, translator(lang))


runtime.on_swap(rendered.cache_clear)


def render(payload: dict, mode: str = "niveau", tr: Translator | None = None) -> Component:
    tr = tr or translator("fr")
    t = payload["territory"]
    crumbs = [c for c in (t.get("region"), t.get("departement")) if c and c["code"] != t["code"]]
    kind = tr(level_label(t["level"]))
    subtitle_bits = [kind[:1].upper() + kind[1:]]
    if t.get("departement") and t["level"] not in ("departement", "region", "pays"):
        subtitle_bits.append(f"{t['departement']['name']} ({t['departement']['code']})")
    if t["population"] is not None:
        subtitle_bits.append(
            tr("{count} habitants ({year})", count=tr.number(t["population"]), year=t["population_year"])
        )
    title = place_name(t, tr) + (
        f" ({t['departement']['code']})" if t["level"] in ("commune", "arrondissement") and t.get("departement") else ""
    )
    return html.Article(
        [
            html.Nav(
                html.Ol(
                    [html.Li(html.A("France", href=tr.href("/territoire/pays/FR")))]
                    + [html.Li(html.A(c["name"], href=territory_href(c, tr))) for c in crumbs]
                    + [html.Li(place_name(t, tr), **attrs(aria_current="page"))]
                ),
                className="breadcrumb",
                **attrs(aria_label=tr("Fil d'Ariane")),
            ),
            html.H1(title),
            html.P(" — ".join(subtitle_bits), className="subtitle"),
            demo_notice(tr) if is_demo(dataset().sources, _sources(payload)) else None,
            dcc.Store(id="territory-key", data={"level": t["level"], "code": t["code"], "lang": tr.lang}),
            headline_tiles(payload, tr),
            jobseekers_block(payload, tr, mode),
            rates_block(payload, tr),
            census_block(payload, tr),
            hiring_block(payload, tr),
            training_block(payload, tr),
            facts_block(payload, tr),
        ],
        className="territory",
    )


def page_description(payload: dict, tr: Translator) -> str:
    """The page's summary for search engines and link previews, written from its figures."""
    js, rates, hiring = payload["jobseekers"], payload["rates"]["rows"], payload["hiring"]
    name = place_name(payload["territory"], tr)
    bits = []
    if js["latest"] is not None and js["latest"]["value"] is not None:
        change = js["change"]["percent"] if js["change"] else None
        bits.append(
            tr(
                "{count} demandeurs d'emploi (catégories A à E) fin {period}",
                count=tr.number(js["latest"]["value"]),
                period=tr.period(js["latest"]["period"]),
            )
            + (tr(", {change} sur un an", change=tr.percent(change, signed=True)) if change is not None else "")
            + (tr(" ({subject})", subject=place_name(js["subject"], tr)) if js["reason"] else "")
        )
    if rates:
        bits.append(
            tr(
                "taux de chômage {percent} ({kind}, {period})",
                percent=tr.percent(rates[0]["latest"]["value"]),
                kind=tr(level_label(rates[0]["level"])),
                period=tr.period(rates[0]["latest"]["period"]),
            )
        )
    if hiring is not None and hiring["total"]["value"] is not None:
        bits.append(
            tr(
                "{count} projets de recrutement en {year}",
                count=tr.number(hiring["total"]["value"]),
                year=hiring["year"],
            )
        )
    if not bits:
        return tr("Le marché du travail à {name}.", name=name)
    return tr("{name} : {facts}.", name=name, facts=tr.typography.list_separator.join(bits))
