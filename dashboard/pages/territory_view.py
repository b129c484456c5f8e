"""Renders a territory payload: headline figures, charts, comparisons, facts."""

from __future__ import annotations

from functools import lru_cache

from dash import dcc, html

from ..figures.bars import breakdown_bars
from ..figures.series import indexed_series, level_series
from ..i18n import N_, Translator, localized, translator
from ..ingest.catalogue import breakdown_label
from ..ingest.demo import JOB_LABELS_EN
from ..ingest.referential import COUNTRY_NAME
from ..payloads.territory import LEVEL_LABELS
from ..store import runtime
from ..store.runtime import dataset
from .components import chart_with_table, demo_notice, source_caption
from .routing import territory_path

IND_LABELS = {"demandeurs_abc": N_("Catégories A, B, C"), "demandeurs_a": N_("Catégorie A")}
SHARE_LABELS = {"femmes": N_("Part des femmes"), "moins_25": N_("Part des moins de 25 ans"),
                "50_plus": N_("Part des 50 ans ou plus"), "longue_duree": N_("Part des inscrits depuis 1 an ou plus")}


def territory_href(ref: dict, tr: Translator | None = None) -> str:
    path = territory_path(ref["level"], ref["code"])
    return tr.href(path) if tr else path


def place(ref: dict, tr: Translator) -> str:
    """A territory's name: proper nouns stay as they are; the country's descriptive name is translated."""
    return tr(COUNTRY_NAME) if ref.get("level") == "pays" else ref["name"]


def job_label(label: str, tr: Translator) -> str:
    return JOB_LABELS_EN.get(label, label) if tr.lang == "en" else label


def _source_line(source_id: str | None, period: str | None, tr: Translator) -> str:
    src = dataset().sources.get(source_id or "", {})
    name = localized(src, "name", tr.lang) or tr("n.d.")
    text = tr("Source : {names}", names=f"{name}, {localized(src, 'vintage', tr.lang)}")
    if period:
        text += f" — {tr.period(period)}"
    if src.get("demo"):
        text += " — " + tr("DONNÉES DE DÉMONSTRATION")
    return text


def _change_text(change: dict, tr: Translator) -> str:
    if change.get("value") is None:
        return tr("évolution non disponible")
    return tr("{diff} ({percent}) depuis {period}", diff=tr.number(change["value"], signed=True),
              percent=tr.percent(change["percent"], signed=True), period=tr.period(change["from"]))


def _tile(label: str, value: str, detail: str | None, tile_id: str):
    return html.Div([
        html.P(label, className="tile-label"),
        html.P(value, className="tile-value", id=tile_id),
        html.P(detail, className="tile-detail") if detail else None,
    ], className="tile")


def headline_tiles(payload: dict, tr: Translator):
    h = payload["headline"]
    period = payload["period"]
    tiles = [
        _tile(tr("Demandeurs d'emploi A, B, C"), tr.number(h["abc"]["value"]), _change_text(h["abc_1y"], tr),
              "tile-abc"),
        _tile(tr("Demandeurs d'emploi en catégorie A"), tr.number(h["a"]["value"]), _change_text(h["a_1y"], tr),
              "tile-a"),
        _tile(tr("Évolution sur dix ans (A, B, C)"), tr.percent(h["abc_10y"]["percent"], signed=True),
              _change_text(h["abc_10y"], tr), "tile-10y"),
    ]
    for key, label in SHARE_LABELS.items():
        tiles.append(_tile(tr(label), tr.percent(h["shares"][key]["value"]), tr("des demandeurs A, B, C"),
                           f"tile-{key}"))
    return html.Section([
        html.H2(tr("Chiffres clés — {period}", period=tr.period(period)), id="chiffres-cles"),
        html.Div(tiles, className="tiles"),
        source_caption(tr, [h["abc"]["source"]], period,
                       tr("Demandeurs d'emploi inscrits à France Travail en fin de trimestre, données brutes.")),
    ], className="headline", **{"aria-labelledby": "chiffres-cles"})


def rates_block(payload: dict, tr: Translator):
    rates = payload["rates"]
    if not rates:
        return None
    items = [html.Li([html.Span(f"{place(r, tr)} : " if tr.lang == "fr" else f"{place(r, tr)}: "),
                      html.Strong(tr.percent(r["value"])), html.Span(f" ({tr.period(r['period'])})")])
             for r in rates]
    note = None
    if not any(r["level"] == "zone_emploi" for r in rates):
        note = html.P(tr("Le taux de chômage de la zone d'emploi s'affichera une fois le fichier INSEE des zones "
                         "d'emploi chargé."), className="note")
    return html.Section([
        html.H2(tr("Taux de chômage localisé")),
        html.Ul(items, className="rates"),
        note,
        source_caption(tr, [r["source"] for r in rates], rates[0]["period"],
                       tr("Part des chômeurs (au sens du BIT) dans la population active, données CVS.")),
    ])


def _breaks(*source_ids) -> list[str]:
    sources = dataset().sources
    return sorted({b for s in source_ids if s for b in sources.get(s, {}).get("breaks", [])})


def series_figure(payload: dict, mode: str, tr: Translator | None = None):
    tr = tr or translator("fr")
    subject = payload["subject"]
    if mode == "indice":
        refs = list(payload["reference_series"].values())
        lines = [{"name": place(r, tr), "periods": r["periods"], "values": r["values"]} for r in refs
                 if r["level"] in (subject["level"], "departement", "pays")]
        source = refs[0]["source"] if refs else None
        first = tr.period(refs[0]["periods"][0]) if refs and refs[0]["periods"] else ""
        return indexed_series(lines, tr("Demandeurs d'emploi A, B, C — indice base 100 en {period}", period=first),
                              _source_line(source, payload["period"], tr), _breaks(*[r["source"] for r in refs]), tr)
    lines = [{"name": tr(IND_LABELS[ind]), **payload["series"][ind]} for ind in ("demandeurs_abc", "demandeurs_a")]
    return level_series(lines, tr("Demandeurs d'emploi — {name}", name=subject["name"]),
                        _source_line(payload["series"]["demandeurs_abc"]["source"], payload["period"], tr),
                        _breaks(*[line["source"] for line in lines]), tr)


def share_for(chart: str, payload: dict, menu_id: str, tr: Translator, **extra):
    from ..exports.charts import chart_export
    from .share import share_menu
    t = payload["territory"]
    params = {"code": t["code"], **extra}
    if t["level"] not in ("commune", "arrondissement"):
        params["niveau"] = t["level"]
    if tr.lang != "fr":
        params["lang"] = tr.lang
    return share_menu(chart_export(chart, params), menu_id, tr)


def series_summary(payload: dict, tr: Translator) -> str:
    """'En T4 2025, Bordeaux compte 29 190 demandeurs d'emploi …, en baisse de 2,1 % sur un an.'"""
    h = payload["headline"]
    change = h["abc_1y"]["value"]
    if change is None:
        trend = tr("évolution sur un an non disponible")
    elif change == 0:
        trend = tr("stable sur un an")
    else:
        words = tr("en hausse de {percent} sur un an") if change > 0 else tr("en baisse de {percent} sur un an")
        trend = words.format(percent=tr.percent(abs(h["abc_1y"]["percent"])))
    return tr("En {period}, {name} compte {count} demandeurs d'emploi en catégories A, B, C, {trend}.",
              period=tr.period(payload["period"]), name=payload["subject"]["name"],
              count=tr.number(h["abc"]["value"]), trend=trend)


def series_block(payload: dict, tr: Translator, mode: str = "niveau"):
    series = payload["series"]
    abc, a = series["demandeurs_abc"], series["demandeurs_a"]
    rows = [[tr.period(p), tr.number(v1), tr.number(v2)]
            for p, v1, v2 in zip(abc["periods"], abc["values"], a["values"])]
    return html.Section([
        html.H2(tr("Évolution sur dix ans")),
        dcc.Store(id="series-mode", data=mode),
        html.Div([
            html.Button(tr("Nombre de demandeurs"), id="series-level", type="button", className="toggle-button",
                        **{"aria-pressed": "true" if mode == "niveau" else "false"}),
            html.Button(tr("Indice base 100 (comparaison avec le département et la France)"), id="series-index",
                        type="button", className="toggle-button",
                        **{"aria-pressed": "true" if mode == "indice" else "false"}),
        ], className="toggle", role="group", **{"aria-label": tr("Affichage de la série")}),
        chart_with_table(tr, "series-graph", series_figure(payload, mode, tr), series_summary(payload, tr),
                         [tr("Période"), tr(IND_LABELS["demandeurs_abc"]), tr(IND_LABELS["demandeurs_a"])], rows,
                         source_caption(tr, [abc["source"]], payload["period"])),
        html.Div(share_for("commune-series", payload, "share-series", tr, mode=mode), id="series-share"),
    ])


BREAKDOWN_TITLES = {"sexe": N_("Par sexe"), "age": N_("Par âge"), "anciennete": N_("Par ancienneté d'inscription")}


def _breakdown_groups(payload: dict, dimension: str, tr: Translator):
    by_indicator = payload["breakdowns"][dimension]
    categories = [breakdown_label(dimension, r["key"], tr.lang) for r in by_indicator["demandeurs_abc"]]
    groups = [{"name": tr(IND_LABELS[ind]), "values": [r["value"] for r in rows]}
              for ind, rows in by_indicator.items()]
    return categories, groups


def breakdown_figure(payload: dict, dimension: str, tr: Translator | None = None):
    tr = tr or translator("fr")
    categories, groups = _breakdown_groups(payload, dimension, tr)
    rows = payload["breakdowns"][dimension]["demandeurs_abc"]
    source = rows[0]["source"] if rows else None
    return breakdown_bars(groups, categories, f"{tr(BREAKDOWN_TITLES[dimension])} — {payload['subject']['name']}",
                          _source_line(source, payload["period"], tr), tr)


def breakdown_block(payload: dict, tr: Translator):
    blocks = []
    for dimension, by_indicator in payload["breakdowns"].items():
        categories, groups = _breakdown_groups(payload, dimension, tr)
        if not categories:
            continue
        source = by_indicator["demandeurs_abc"][0]["source"]
        rows = [[c] + [tr.number(g["values"][i]) for g in groups] for i, c in enumerate(categories)]
        fig = breakdown_figure(payload, dimension, tr)
        summary = tr("{title} : {parts} (catégories A, B, C).", title=tr(BREAKDOWN_TITLES[dimension]),
                     parts=", ".join(f"{c} {tr.number(v)}" for c, v in zip(categories, groups[0]["values"])))
        blocks.append(html.Div([chart_with_table(tr, f"breakdown-{dimension}", fig, summary,
                                                 [tr("Catégorie")] + [g["name"] for g in groups], rows,
                                                 source_caption(tr, [source], payload["period"])),
                                share_for("commune-repartition", payload, f"share-{dimension}", tr,
                                          dimension=dimension)],
                               className="col"))
    if not blocks:
        return None
    return html.Section([html.H2(tr("Qui sont les demandeurs d'emploi ?")), html.Div(blocks, className="cols")])


def _jobs_table(title: str, top: dict, tr: Translator):
    if not top["rows"]:
        return None
    return html.Div([
        html.H3(f"{title} ({tr.period(top['period'])})"),
        html.Ol([html.Li([job_label(r["label"], tr), " — ", html.Strong(tr.number(r["value"]))])
                 for r in top["rows"]]),
        source_caption(tr, [top["source"]], top["period"]),
    ], className="col")


def activity_block(payload: dict, tr: Translator):
    act = payload["activity"]
    if act is None:
        return None
    area = act["area"]
    tiles = []
    if act["offers"]["value"] is not None:
        tiles.append(_tile(tr("Offres d'emploi enregistrées ({period})", period=tr.period(act["offers"]["period"])),
                           tr.number(act["offers"]["value"]),
                           _change_text(act["offers_1y"], tr) if act["offers_1y"] else None, "tile-offers"))
    if act["hiring"]["value"] is not None:
        previous = act["hiring_previous"]
        detail = None
        if previous["value"]:
            pct = 100 * (act["hiring"]["value"] - previous["value"]) / previous["value"]
            detail = tr("{percent} par rapport à {period}", percent=tr.percent(pct, signed=True),
                        period=tr.period(previous["period"]))
        tiles.append(_tile(tr("Projets de recrutement (BMO {period})", period=tr.period(act["hiring"]["period"])),
                           tr.number(act["hiring"]["value"]), detail, "tile-hiring"))
    return html.Section([
        html.H2([tr("Offres et projets de recrutement — "),
                 dcc.Link(area["name"], href=territory_href(area, tr))]),
        html.Div(tiles, className="tiles"),
        source_caption(tr, [act["offers"]["source"], act["hiring"]["source"]], act["offers"]["period"]),
        html.Div([c for c in (_jobs_table(tr("Métiers les plus recherchés par les employeurs"), act["top_hiring"], tr),
                              _jobs_table(tr("Métiers les plus demandés par les demandeurs d'emploi"),
                                          act["top_sought"], tr)) if c], className="cols"),
    ])


def comparison_block(payload: dict, tr: Translator):
    chain = payload["comparison"]
    header = [tr("Indicateur")] + [place(c, tr) for c in chain]
    lines = [
        (tr("Demandeurs d'emploi A, B, C"), lambda c: tr.number(c["abc"]["value"])),
        (tr("Demandeurs d'emploi A"), lambda c: tr.number(c["a"]["value"])),
        (tr("Évolution sur un an (A, B, C)"), lambda c: tr.percent(c["abc_1y"]["percent"], signed=True)),
        (tr("Évolution sur dix ans (A, B, C)"), lambda c: tr.percent(c["abc_10y"]["percent"], signed=True)),
    ] + [(tr(label), (lambda key: lambda c: tr.percent(c["shares"][key]["value"]))(key))
         for key, label in SHARE_LABELS.items()]
    rows = [[label] + [fn(c) for c in chain] for label, fn in lines]
    table = html.Div(html.Table([
        html.Caption(tr("Comparaison territoriale — {period}", period=tr.period(payload["period"]))),
        html.Thead(html.Tr([html.Th(h, scope="col") for h in header])),
        html.Tbody([html.Tr([html.Th(r[0], scope="row")] + [html.Td(v) for v in r[1:]]) for r in rows]),
    ], className="data-table", id="comparison-table"), className="table-scroll", tabIndex="0", role="region",
        **{"aria-label": tr("Comparaison territoriale")})
    return html.Section([html.H2(tr("Comparaison avec le département, la région et la France")), table,
                         source_caption(tr, [chain[0]["abc"]["source"]], payload["period"])])


FACT_LABELS = (("commune", N_("Commune")), ("epci", N_("Intercommunalité (EPCI)")),
               ("zone_emploi", N_("Zone d'emploi")), ("departement", N_("Département")), ("region", N_("Région")))


def facts_block(payload: dict, tr: Translator):
    t = payload["territory"]
    facts = []
    if t["population"] is not None:
        facts.append((tr("Population"), tr("{count} habitants (population municipale légale {year})",
                                           count=tr.number(t["population"]), year=t["population_year"])))
    for key, label in FACT_LABELS:
        ref = t.get(key)
        if ref:
            facts.append((tr(label), dcc.Link(f"{ref['name']} ({ref['code']})", href=territory_href(ref, tr))))
        elif key == "zone_emploi" and t["level"] in ("commune", "arrondissement"):
            facts.append((tr(label), tr("non renseignée (fichier INSEE des zones d'emploi non chargé)")))
    if t["postcodes"]:
        facts.append((tr("Codes postaux"), ", ".join(t["postcodes"])))
    facts.append((tr("Code INSEE") if t["level"] in ("commune", "arrondissement") else tr("Code"), t["code"]))
    src = dataset().sources.get("cog", {})
    return html.Section([
        html.H2(tr("Le territoire")),
        html.Dl([item for label, value in facts for item in (html.Dt(label), html.Dd(value))], className="facts"),
        html.P(tr("Source : {names}", names=f"{localized(src, 'name', tr.lang)}, "
                                           f"{localized(src, 'vintage', tr.lang)}") + ".",
               className="source-caption"),
    ])


def small_commune_notice(payload: dict, tr: Translator):
    t = payload["territory"]
    subject = payload["subject"]
    if t["level"] == "arrondissement":
        reason = tr("{name} est un arrondissement municipal : les statistiques détaillées sont présentées pour la "
                    "commune entière et ses territoires.", name=t["name"])
    else:
        reason = tr("{name} compte moins de {threshold} habitants : les chiffres détaillés ne sont publiés que pour "
                    "les communes de {threshold} habitants ou plus, pour préserver la fiabilité et le secret "
                    "statistique.", name=t["name"], threshold=tr.number(payload["min_population"]))
    before, after = tr("Les chiffres ci-dessous sont ceux de {name}. Voir aussi :").split("{name}")
    return html.Div([
        html.P(reason),
        html.P([before, html.Strong(subject["name"]), after]),
        html.Ul([html.Li(dcc.Link(f"{a['name']} ({tr(LEVEL_LABELS[a['level']])})", href=territory_href(a, tr)))
                 for a in payload["areas"]]),
    ], className="explain", id="small-commune-notice", role="note")


@lru_cache(maxsize=2048)
def rendered(version: str, level: str, code: str, mode: str = "niveau", lang: str = "fr"):
    """The page's component tree, built once per process, dataset version and language (figures are costly)."""
    from ..payloads.cached import territory
    return render(territory(level, code), mode, translator(lang))


runtime.on_swap(rendered.cache_clear)


def render(payload: dict, mode: str = "niveau", tr: Translator | None = None):
    tr = tr or translator("fr")
    t = payload["territory"]
    sources = {payload["headline"]["abc"]["source"]} | {r["source"] for r in payload["rates"]}
    crumbs = [c for c in (t.get("region"), t.get("departement")) if c and c["code"] != t["code"]]
    level_label = tr(LEVEL_LABELS[t["level"]])
    subtitle_bits = [level_label[:1].upper() + level_label[1:]]
    if t.get("departement") and t["level"] not in ("departement", "region", "pays"):
        subtitle_bits.append(f"{t['departement']['name']} ({t['departement']['code']})")
    if t["population"] is not None:
        subtitle_bits.append(tr("{count} habitants ({year})", count=tr.number(t["population"]),
                                year=t["population_year"]))
    return html.Article([
        html.Nav(html.Ol([html.Li(dcc.Link("France", href=tr.href("/territoire/pays/FR")))] +
                         [html.Li(dcc.Link(c["name"], href=territory_href(c, tr))) for c in crumbs] +
                         [html.Li(place(t, tr), **{"aria-current": "page"})]),
                 className="breadcrumb", **{"aria-label": tr("Fil d'Ariane")}),
        html.H1(place(t, tr) + (f" ({t['departement']['code']})" if t["level"] in ("commune", "arrondissement")
                             and t.get("departement") else "")),
        html.P(" — ".join(subtitle_bits), className="subtitle"),
        demo_notice(tr) if any(dataset().is_demo(s) for s in sources if s) else None,
        None if payload["detailed"] else small_commune_notice(payload, tr),
        dcc.Store(id="territory-key", data={"level": t["level"], "code": t["code"], "lang": tr.lang}),
        headline_tiles(payload, tr),
        rates_block(payload, tr),
        series_block(payload, tr, mode),
        breakdown_block(payload, tr),
        activity_block(payload, tr),
        comparison_block(payload, tr),
        facts_block(payload, tr),
    ], className="territory")
