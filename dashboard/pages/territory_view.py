"""Renders a territory payload: headline figures, charts, comparisons, facts."""

from __future__ import annotations

from functools import lru_cache

from dash import dcc, html

from ..figures.bars import breakdown_bars
from ..figures.series import indexed_series, level_series
from ..formatting import format_number, format_percent, format_period
from ..ingest.catalogue import breakdown_label
from ..store import runtime
from ..store.runtime import dataset
from .components import chart_with_table, demo_notice, source_caption

IND_LABELS = {"demandeurs_abc": "Catégories A, B, C", "demandeurs_a": "Catégorie A"}
SHARE_LABELS = {"femmes": "Part des femmes", "moins_25": "Part des moins de 25 ans",
                "50_plus": "Part des 50 ans ou plus", "longue_duree": "Part des inscrits depuis 1 an ou plus"}


def territory_href(ref: dict) -> str:
    if ref["level"] in ("commune", "arrondissement"):
        return f"/commune/{ref['code']}"
    return f"/territoire/{ref['level']}/{ref['code']}"


def _source_line(source_id: str | None, period: str | None) -> str:
    src = dataset().sources.get(source_id or "", {})
    text = f"Source : {src.get('name', 'n.d.')}, {src.get('vintage', '')}"
    if period:
        text += f" — {format_period(period)}"
    if src.get("demo"):
        text += " — DONNÉES DE DÉMONSTRATION"
    return text


def _change_text(change: dict) -> str:
    if change.get("value") is None:
        return "évolution non disponible"
    return (f"{format_number(change['value'], signed=True)} ({format_percent(change['percent'], signed=True)}) "
            f"depuis {format_period(change['from'])}")


def _tile(label: str, value: str, detail: str | None, tile_id: str):
    return html.Div([
        html.P(label, className="tile-label"),
        html.P(value, className="tile-value", id=tile_id),
        html.P(detail, className="tile-detail") if detail else None,
    ], className="tile")


def headline_tiles(payload: dict):
    h = payload["headline"]
    period = payload["period"]
    tiles = [
        _tile("Demandeurs d'emploi A, B, C", format_number(h["abc"]["value"]), _change_text(h["abc_1y"]), "tile-abc"),
        _tile("Demandeurs d'emploi en catégorie A", format_number(h["a"]["value"]), _change_text(h["a_1y"]), "tile-a"),
        _tile("Évolution sur dix ans (A, B, C)", format_percent(h["abc_10y"]["percent"], signed=True),
              _change_text(h["abc_10y"]), "tile-10y"),
    ]
    for key, label in SHARE_LABELS.items():
        tiles.append(_tile(label, format_percent(h["shares"][key]["value"]), "des demandeurs A, B, C", f"tile-{key}"))
    return html.Section([
        html.H2(f"Chiffres clés — {format_period(period)}"),
        html.Div(tiles, className="tiles"),
        source_caption([h["abc"]["source"]], period,
                       "Demandeurs d'emploi inscrits à France Travail en fin de trimestre, données brutes."),
    ], className="headline", **{"aria-labelledby": "chiffres-cles"})


def rates_block(payload: dict):
    rates = payload["rates"]
    if not rates:
        return None
    items = [html.Li([html.Span(f"{r['name']} : "), html.Strong(format_percent(r["value"])),
                      html.Span(f" ({format_period(r['period'])})")]) for r in rates]
    note = None
    if not any(r["level"] == "zone_emploi" for r in rates):
        note = html.P("Le taux de chômage de la zone d'emploi s'affichera une fois le fichier INSEE des zones "
                      "d'emploi chargé.", className="note")
    return html.Section([
        html.H2("Taux de chômage localisé"),
        html.Ul(items, className="rates"),
        note,
        source_caption([r["source"] for r in rates], rates[0]["period"],
                       "Part des chômeurs (au sens du BIT) dans la population active, données CVS."),
    ])


def _breaks(*source_ids) -> list[str]:
    sources = dataset().sources
    return sorted({b for s in source_ids if s for b in sources.get(s, {}).get("breaks", [])})


def series_figure(payload: dict, mode: str):
    subject = payload["subject"]
    if mode == "indice":
        refs = list(payload["reference_series"].values())
        lines = [{"name": r["name"], "periods": r["periods"], "values": r["values"]} for r in refs
                 if r["level"] in (subject["level"], "departement", "pays")]
        source = refs[0]["source"] if refs else None
        return indexed_series(lines, f"Demandeurs d'emploi A, B, C — indice base 100 en "
                                     f"{format_period(refs[0]['periods'][0]) if refs and refs[0]['periods'] else ''}",
                              _source_line(source, payload["period"]), _breaks(*[r["source"] for r in refs]))
    lines = [{"name": IND_LABELS[ind], **payload["series"][ind]} for ind in ("demandeurs_abc", "demandeurs_a")]
    return level_series(lines, f"Demandeurs d'emploi — {subject['name']}",
                        _source_line(payload["series"]["demandeurs_abc"]["source"], payload["period"]),
                        _breaks(*[line["source"] for line in lines]))


def share_for(chart: str, payload: dict, menu_id: str, **extra):
    from ..exports.charts import chart_export
    from .share import share_menu
    t = payload["territory"]
    params = {"code": t["code"], **extra}
    if t["level"] not in ("commune", "arrondissement"):
        params["niveau"] = t["level"]
    return share_menu(chart_export(chart, params), menu_id)


def series_block(payload: dict, mode: str = "niveau"):
    series = payload["series"]
    abc, a = series["demandeurs_abc"], series["demandeurs_a"]
    h = payload["headline"]
    summary = (f"En {format_period(payload['period'])}, {payload['subject']['name']} compte "
               f"{format_number(h['abc']['value'])} demandeurs d'emploi en catégories A, B, C, "
               f"{'en hausse' if (h['abc_1y']['value'] or 0) > 0 else 'en baisse'} de "
               f"{format_percent(abs(h['abc_1y']['percent'] or 0))} sur un an.")
    rows = [[format_period(p), format_number(v1), format_number(v2)]
            for p, v1, v2 in zip(abc["periods"], abc["values"], a["values"])]
    return html.Section([
        html.H2("Évolution sur dix ans"),
        dcc.Store(id="series-mode", data=mode),
        html.Div([
            html.Button("Nombre de demandeurs", id="series-level", type="button", className="toggle-button",
                        **{"aria-pressed": "true" if mode == "niveau" else "false"}),
            html.Button("Indice base 100 (comparaison avec le département et la France)", id="series-index",
                        type="button", className="toggle-button",
                        **{"aria-pressed": "true" if mode == "indice" else "false"}),
        ], className="toggle", role="group", **{"aria-label": "Affichage de la série"}),
        chart_with_table("series-graph", series_figure(payload, mode), summary,
                         ["Période", "Catégories A, B, C", "Catégorie A"], rows,
                         source_caption([abc["source"]], payload["period"])),
        html.Div(share_for("commune-series", payload, "share-series", mode=mode), id="series-share"),
    ])


BREAKDOWN_TITLES = {"sexe": "Par sexe", "age": "Par âge", "anciennete": "Par ancienneté d'inscription"}


def _breakdown_groups(payload: dict, dimension: str):
    by_indicator = payload["breakdowns"][dimension]
    categories = [breakdown_label(dimension, r["key"]) for r in by_indicator["demandeurs_abc"]]
    groups = [{"name": IND_LABELS[ind], "values": [r["value"] for r in rows]} for ind, rows in by_indicator.items()]
    return categories, groups


def breakdown_figure(payload: dict, dimension: str):
    categories, groups = _breakdown_groups(payload, dimension)
    rows = payload["breakdowns"][dimension]["demandeurs_abc"]
    source = rows[0]["source"] if rows else None
    return breakdown_bars(groups, categories, f"{BREAKDOWN_TITLES[dimension]} — {payload['subject']['name']}",
                          _source_line(source, payload["period"]))


def breakdown_block(payload: dict):
    blocks = []
    titles = BREAKDOWN_TITLES
    for dimension, by_indicator in payload["breakdowns"].items():
        categories, groups = _breakdown_groups(payload, dimension)
        if not categories:
            continue
        source = by_indicator["demandeurs_abc"][0]["source"]
        rows = [[c] + [format_number(g["values"][i]) for g in groups] for i, c in enumerate(categories)]
        fig = breakdown_figure(payload, dimension)
        summary = f"{titles[dimension]} : " + ", ".join(
            f"{c} {format_number(v)}" for c, v in zip(categories, groups[0]["values"])) + " (catégories A, B, C)."
        blocks.append(html.Div([chart_with_table(f"breakdown-{dimension}", fig, summary,
                                                 ["Catégorie"] + [g["name"] for g in groups], rows,
                                                 source_caption([source], payload["period"])),
                                share_for("commune-repartition", payload, f"share-{dimension}", dimension=dimension)],
                               className="col"))
    if not blocks:
        return None
    return html.Section([html.H2("Qui sont les demandeurs d'emploi ?"), html.Div(blocks, className="cols")])


def _jobs_table(title: str, top: dict):
    if not top["rows"]:
        return None
    return html.Div([
        html.H3(f"{title} ({format_period(top['period'])})"),
        html.Ol([html.Li([r["label"], " — ", html.Strong(format_number(r["value"]))]) for r in top["rows"]]),
        source_caption([top["source"]], top["period"]),
    ], className="col")


def activity_block(payload: dict):
    act = payload["activity"]
    if act is None:
        return None
    area = act["area"]
    tiles = []
    if act["offers"]["value"] is not None:
        tiles.append(_tile(f"Offres d'emploi enregistrées ({format_period(act['offers']['period'])})",
                           format_number(act["offers"]["value"]),
                           _change_text(act["offers_1y"]) if act["offers_1y"] else None, "tile-offers"))
    if act["hiring"]["value"] is not None:
        previous = act["hiring_previous"]
        detail = None
        if previous["value"]:
            pct = 100 * (act["hiring"]["value"] - previous["value"]) / previous["value"]
            detail = f"{format_percent(pct, signed=True)} par rapport à {format_period(previous['period'])}"
        tiles.append(_tile(f"Projets de recrutement (BMO {format_period(act['hiring']['period'])})",
                           format_number(act["hiring"]["value"]), detail, "tile-hiring"))
    return html.Section([
        html.H2(["Offres et projets de recrutement — ",
                 dcc.Link(area["name"], href=territory_href(area))]),
        html.Div(tiles, className="tiles"),
        source_caption([act["offers"]["source"], act["hiring"]["source"]], act["offers"]["period"]),
        html.Div([c for c in (_jobs_table("Métiers les plus recherchés par les employeurs", act["top_hiring"]),
                              _jobs_table("Métiers les plus demandés par les demandeurs d'emploi",
                                          act["top_sought"])) if c], className="cols"),
    ])


def comparison_block(payload: dict):
    chain = payload["comparison"]
    header = ["Indicateur"] + [c["name"] for c in chain]
    lines = [
        ("Demandeurs d'emploi A, B, C", lambda c: format_number(c["abc"]["value"])),
        ("Demandeurs d'emploi A", lambda c: format_number(c["a"]["value"])),
        ("Évolution sur un an (A, B, C)", lambda c: format_percent(c["abc_1y"]["percent"], signed=True)),
        ("Évolution sur dix ans (A, B, C)", lambda c: format_percent(c["abc_10y"]["percent"], signed=True)),
    ] + [(label, (lambda key: lambda c: format_percent(c["shares"][key]["value"]))(key))
         for key, label in SHARE_LABELS.items()]
    rows = [[label] + [fn(c) for c in chain] for label, fn in lines]
    table = html.Div(html.Table([
        html.Caption(f"Comparaison territoriale — {format_period(payload['period'])}"),
        html.Thead(html.Tr([html.Th(h, scope="col") for h in header])),
        html.Tbody([html.Tr([html.Th(r[0], scope="row")] + [html.Td(v) for v in r[1:]]) for r in rows]),
    ], className="data-table", id="comparison-table"), className="table-scroll", tabIndex="0", role="region",
        **{"aria-label": "Comparaison territoriale"})
    return html.Section([html.H2("Comparaison avec le département, la région et la France"), table,
                         source_caption([chain[0]["abc"]["source"]], payload["period"])])


def facts_block(payload: dict):
    t = payload["territory"]
    facts = []
    if t["population"] is not None:
        facts.append(("Population", f"{format_number(t['population'])} habitants "
                                    f"(population municipale légale {t['population_year']})"))
    for key, label in (("commune", "Commune"), ("epci", "Intercommunalité (EPCI)"), ("zone_emploi", "Zone d'emploi"),
                       ("departement", "Département"), ("region", "Région")):
        ref = t.get(key)
        if ref:
            facts.append((label, dcc.Link(f"{ref['name']} ({ref['code']})", href=territory_href(ref))))
        elif key == "zone_emploi" and t["level"] in ("commune", "arrondissement"):
            facts.append((label, "non renseignée (fichier INSEE des zones d'emploi non chargé)"))
    if t["postcodes"]:
        facts.append(("Codes postaux", ", ".join(t["postcodes"])))
    facts.append(("Code INSEE" if t["level"] in ("commune", "arrondissement") else "Code", t["code"]))
    src = dataset().sources.get("cog", {})
    return html.Section([
        html.H2("Le territoire"),
        html.Dl([item for label, value in facts for item in (html.Dt(label), html.Dd(value))], className="facts"),
        html.P(f"Source : {src.get('name', '')}, {src.get('vintage', '')}.", className="source-caption"),
    ])


def small_commune_notice(payload: dict):
    t = payload["territory"]
    subject = payload["subject"]
    if t["level"] == "arrondissement":
        reason = (f"{t['name']} est un arrondissement municipal : les statistiques détaillées sont "
                  f"présentées pour la commune entière et ses territoires.")
    else:
        reason = (f"{t['name']} compte moins de {format_number(payload['min_population'])} habitants : "
                  f"les chiffres détaillés ne sont publiés que pour les communes de "
                  f"{format_number(payload['min_population'])} habitants ou plus, pour préserver la fiabilité "
                  f"et le secret statistique.")
    return html.Div([
        html.P(reason),
        html.P(["Les chiffres ci-dessous sont ceux de ", html.Strong(subject["name"]), ". Voir aussi : "]),
        html.Ul([html.Li(dcc.Link(f"{a['name']} ({a['level'].replace('_', ' ')})", href=territory_href(a)))
                 for a in payload["areas"]]),
    ], className="explain", id="small-commune-notice", role="note")


@lru_cache(maxsize=2048)
def rendered(version: str, level: str, code: str, mode: str = "niveau"):
    """The page's component tree, built once per process and dataset version (figures are costly to build)."""
    from ..payloads.cached import territory
    return render(territory(level, code), mode)


runtime.on_swap(rendered.cache_clear)


def render(payload: dict, mode: str = "niveau"):
    t = payload["territory"]
    sources = {payload["headline"]["abc"]["source"]} | {r["source"] for r in payload["rates"]}
    crumbs = [c for c in (t.get("region"), t.get("departement")) if c and c["code"] != t["code"]]
    subtitle_bits = [t["level_label"].capitalize()]
    if t.get("departement") and t["level"] not in ("departement", "region", "pays"):
        subtitle_bits.append(f"{t['departement']['name']} ({t['departement']['code']})")
    if t["population"] is not None:
        subtitle_bits.append(f"{format_number(t['population'])} habitants ({t['population_year']})")
    return html.Article([
        html.Nav(html.Ol([html.Li(dcc.Link("France", href="/territoire/pays/FR"))] +
                         [html.Li(dcc.Link(c["name"], href=territory_href(c))) for c in crumbs] +
                         [html.Li(t["name"], **{"aria-current": "page"})]),
                 className="breadcrumb", **{"aria-label": "Fil d'Ariane"}),
        html.H1(t["name"] + (f" ({t['departement']['code']})" if t["level"] in ("commune", "arrondissement")
                             and t.get("departement") else "")),
        html.P(" — ".join(subtitle_bits), className="subtitle"),
        demo_notice() if any(dataset().is_demo(s) for s in sources if s) else None,
        None if payload["detailed"] else small_commune_notice(payload),
        dcc.Store(id="territory-key", data={"level": t["level"], "code": t["code"]}),
        headline_tiles(payload),
        rates_block(payload),
        series_block(payload, mode),
        breakdown_block(payload),
        activity_block(payload),
        comparison_block(payload),
        facts_block(payload),
    ], className="territory")
