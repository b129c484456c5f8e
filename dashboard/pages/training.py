"""What becomes of apprentices: /formations (find a centre, compare, by area) and /formation/<UAI> (one centre).

Rendered on the server as plain HTML: the search and filters are a GET form, sorting is links, so the pages
work without JavaScript and every view has its own address.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
from dash import dcc, html
from dash.development.base_component import Component

from .. import SITE_NAME
from ..charts import ChartNotFound, chart_spec
from ..charts.spec import with_lang
from ..charts.training import strip_svg
from ..components import InlineSvg, attrs
from ..i18n import N_, Translator, translator
from ..memo import memoize
from ..payloads import training as T
from ..payloads import training_outcomes as O
from ..payloads import training_ratings as R
from ..store import runtime
from ..store.runtime import dataset
from .components import chart_with_table, data_table, definition, exported_map, source_caption
from .not_found_404 import not_found
from .routing import register
from .safe import safe_layout
from .share import share_menu

COLUMNS = (
    ("centre", N_("Centre")),
    ("emploi6", N_("En emploi à 6 mois")),
    ("emploi12", N_("En emploi à 12 mois")),
    ("attendu", N_("Attendu à 6 mois")),
    ("va", N_("Valeur ajoutée")),
    ("etudes", N_("Poursuite d'études")),
)
CAVEAT = N_(
    "Le taux d'emploi dépend aussi des métiers préparés et du territoire : la valeur ajoutée compare chaque "
    "centre à ce qu'on attendrait de ses apprentis et de son territoire. Un centre sans taux a eu trop peu de "
    "sortants pour être publié ; il n'est pas classé."
)


def _percent(value, tr: Translator) -> str:
    return tr("non publié") if value is None or pd.isna(value) else tr.percent(value, 0)


def _points(value, tr: Translator) -> str:
    if value is None or pd.isna(value):
        return tr("non publié")
    if value >= T.VALUE_ADDED_CAP:
        return tr("{points} ou plus", points=tr.number(value, 0, signed=True))
    if value <= -T.VALUE_ADDED_CAP:
        return tr("{points} ou moins", points=tr.number(value, 0, signed=True))
    return tr.number(value, 0, signed=True)


def _rank(rank, ties: pd.Series, tr: Translator) -> str:
    """'3', or '1 ex æquo' when other centres share the rank; '—' for a centre not ranked."""
    if pd.isna(rank):
        return "—"
    return tr("{rank} ex æquo", rank=tr.number(rank)) if ties.get(rank, 0) > 1 else tr.number(rank)


def _centre_rows(tr: Translator, rows: pd.DataFrame, names: pd.Series, ranks: pd.Series) -> list:
    body = []
    ties = ranks.value_counts()
    for r, rank in zip(rows.itertuples(), ranks):
        body.append(
            html.Tr(
                [
                    html.Td(_rank(rank, ties, tr)),
                    html.Th(
                        [
                            html.A(r.name, href=tr.href(f"/formation/{r.uai}")),
                            html.Span(f" — {names.get(r.departement, r.departement)}", className="muted"),
                        ],
                        scope="row",
                    ),
                    html.Td(_percent(r.employment_6m, tr)),
                    html.Td(_percent(r.employment_12m, tr)),
                    html.Td(_percent(r.expected_6m, tr)),
                    html.Td(
                        [
                            _points(r.value_added_6m, tr),
                            html.Br(),
                            html.Span(T.reading(r.value_added_6m, tr), className="muted"),
                        ]
                    ),
                    html.Td(_percent(r.share_studying, tr)),
                ]
            )
        )
    return body


def ties_note(tr: Translator, rows: pd.DataFrame, ranks: pd.Series, sort: str) -> Component | None:
    """Says how many centres share a value, so that a sorted list is not read as a ranking of equals."""
    counts = ranks.dropna().value_counts()
    tied = int(counts[counts > 1].sum())
    if not tied:
        return None
    capped = int((rows.value_added_6m.abs() >= T.VALUE_ADDED_CAP).sum()) if sort == "va" else 0
    return html.P(
        [
            tr.plural(
                "{count} centre partage sa valeur avec un autre : ils ont le même rang, listés par ordre "
                "alphabétique, sans classement entre eux.",
                "{count} centres partagent leur valeur avec d'autres : à valeur égale, ils ont le même rang et sont "
                "listés par ordre alphabétique, sans classement entre eux.",
                tied,
                count=tr.number(tied),
            ),
            " ",
            tr(
                "Le fichier plafonne la valeur ajoutée à ±12 points : {count} centres y sont, à « +12 ou plus » "
                "ou « −12 ou moins ».",
                count=tr.number(capped),
            )
            if capped
            else None,
        ],
        className="note",
        id="centres-ties",
    )


def centres_table(
    tr: Translator, rows: pd.DataFrame, ranks: pd.Series, query: dict, sort: str, descending: bool, caption: str
) -> Component:
    names = dataset().level_table("departement").set_index("code").name
    head = [html.Th(tr("Rang"), scope="col")]
    for key, label in COLUMNS:
        active = key == sort
        next_descending = not descending if active else key != "centre"
        link = {**query, "tri": key, "ordre": "desc" if next_descending else "asc"}
        arrow = (" ↓" if descending else " ↑") if active else ""
        head.append(
            html.Th(
                html.A(tr(label) + arrow, href=f"?{urlencode(link)}#centres"),
                scope="col",
                **attrs(aria_sort=("descending" if descending else "ascending") if active else "none"),
            )
        )
    return html.Div(
        html.Table(
            [html.Caption(caption), html.Thead(html.Tr(head)), html.Tbody(_centre_rows(tr, rows, names, ranks))],
            className="data-table centres-table",
        ),
        className="table-scroll",
        tabIndex="0",
        role="region",
        id="centres",
        **attrs(aria_label=caption),
    )


def _filter_form(tr: Translator, q: str, departement: str, region: str) -> Component:
    ds = dataset()
    deps = ds.level_table("departement").sort_values("code")
    regions = ds.level_table("region").sort_values("name")
    return html.Form(
        [
            html.Div(
                [
                    html.Label(tr("Nom du centre"), htmlFor="centre-q"),
                    dcc.Input(
                        id="centre-q",
                        type="search",
                        name="q",
                        value=q,
                        maxLength=80,
                        autoComplete="off",
                        placeholder=tr("un mot du nom (ex. bâtiment)"),
                        className="search-input",
                    ),
                ]
            ),
            html.Div(
                [
                    html.Label(tr("Département"), htmlFor="centre-dep"),
                    html.Select(
                        [html.Option(tr("Tous"), value="", selected=not departement)]
                        + [
                            html.Option(f"{r.code} — {r.name}", value=r.code, selected=r.code == departement)
                            for r in deps.itertuples()
                        ],
                        id="centre-dep",
                        name="departement",
                    ),
                ]
            ),
            html.Div(
                [
                    html.Label(tr("Région"), htmlFor="centre-region"),
                    html.Select(
                        [html.Option(tr("Toutes"), value="", selected=not region)]
                        + [html.Option(r.name, value=r.code, selected=r.code == region) for r in regions.itertuples()],
                        id="centre-region",
                        name="region",
                    ),
                ]
            ),
            html.Button(tr("Rechercher"), type="submit"),
        ],
        method="get",
        role="search",
        className="jobs-filter",
        id="centre-search",
    )


def area_block(tr: Translator, departement: str, region: str):
    """Centres, median and quartiles of the 6-month rate in the chosen area (never a weighted average)."""
    ds = dataset()
    column, code = ("departement", departement) if departement else ("region", region)
    area = ds.territory(column, code)
    if area is None:
        return None
    summary = T.area_summary(ds, column, code)
    if not summary["count"]:
        text = tr(
            "{area} : {centres} centres, aucun taux d'emploi publié pour le dernier millésime.",
            area=area["name"],
            centres=tr.number(summary["centres"]),
        )
    else:
        text = tr(
            "{area} : {centres} centres, dont {count} avec un taux publié ; taux d'emploi à 6 mois médian "
            "{median} (la moitié des centres entre {q1} et {q3}).",
            area=area["name"],
            centres=tr.number(summary["centres"]),
            count=tr.number(summary["count"]),
            median=tr.percent(summary["median"], 0),
            q1=tr.percent(summary["q1"], 0),
            q3=tr.percent(summary["q3"], 0),
        )
    return html.Div(
        [
            html.P(
                [
                    text,
                    " ",
                    tr("Sans moyenne pondérée : le fichier ne donne pas le nombre de sortants de chaque centre."),
                ],
                className="lead",
                id="area-summary",
            ),
            source_caption(tr, [T.TABLE], T.vintages(ds)[-1]),
        ]
    )


def _missing_source(title: Component, text: str, note_id: str, section_id: str) -> Component:
    """The section of a source the release does not hold: what is missing and how to get it, and no figure."""
    return html.Section([title, html.P(text, className="note", id=note_id)], id=section_id)


def outcomes_block(tr: Translator, departement: str, region: str) -> Component:
    """Return to work after a training course (France Travail's API) for the chosen area, its région and France;
    without the API's answers in the release, what is missing and how to get it, and no figure."""
    ds = dataset()
    title = html.H2(tr("Retour à l'emploi après une formation (demandeurs d'emploi)"))
    if not O.available(ds):
        text = tr(
            "Pas encore ici : la part des demandeurs d'emploi qui trouvent un emploi dans les 6 mois après une "
            "formation (France Travail, « Sortants de formation et accès à l'emploi »). Ces données demandent un "
            "accès à l'API de France Travail (identifiants FT_CLIENT_ID et FT_CLIENT_SECRET, puis « data fetch "
            "--source ft_sortants_formation ») ; aucun chiffre de démonstration ne les remplace."
        )
        return _missing_source(title, text, "missing-sources", "training-outcomes")
    outcomes = O.for_area(ds, departement, region)
    withheld = tr("non publié (trop peu de sortants)")
    rows = [
        [
            str((ds.territory(o.level, o.code) or {}).get("name", o.code)),
            tr.period(o.period),
            tr.percent(o.rate, 1) if o.rate is not None else withheld,
            tr.number(o.leavers) if o.leavers is not None else withheld,
        ]
        for o in outcomes
    ]
    headers = [tr("Territoire"), tr("Trimestre"), tr("En emploi dans les 6 mois"), tr("Sortants de formation")]
    caption = tr("Demandeurs d'emploi sortis d'une formation, toutes formations confondues")
    return html.Section(
        [
            title,
            data_table(headers, rows, caption)
            if rows
            else html.P(tr("L'API n'a rien donné pour ce territoire."), role="status"),
            source_caption(tr, [O.SOURCE], tr.period(max(o.period for o in outcomes)) if outcomes else None),
            definition(
                tr(
                    "part des demandeurs d'emploi sortis d'une formation pendant laquelle France Travail les "
                    "rémunérait qui accèdent à un emploi dans les 6 mois suivant la fin de la formation (sorties "
                    "repérées par la fin de la rémunération de formation) ; ne couvre pas les stagiaires rémunérés par "
                    "la Région ou l'État."
                ),
                tr,
            ),
        ],
        id="training-outcomes",
    )


RATING_LABELS = {
    "accueil": N_("Accueil des stagiaires"),
    "contenu_formation": N_("Contenu de la formation"),
    "equipe_formateurs": N_("Équipe de formateurs"),
    "moyen_materiel": N_("Moyens matériels"),
    "accompagnement": N_("Accompagnement"),
    "global": N_("Note globale"),
}


def _note(value, tr: Translator) -> str:
    return "—" if value is None or pd.isna(value) else tr.number(value, 1)


def ratings_block(tr: Translator, departement: str) -> Component:
    """Trainees' ratings (Anotéa) of the organisations training in the chosen département, most rated first;
    without the API's pages in the release, what is missing and how to get it, and no figure."""
    ds = dataset()
    title = html.H2(tr("Avis des stagiaires sur les organismes de formation"))
    if not R.available(ds):
        text = tr(
            "Pas encore ici : les avis des stagiaires sur leur formation (Anotéa). Leurs données demandent un accès à "
            "l'API Anotéa de France Travail (« data fetch --source anotea ») ; aucun chiffre de démonstration ne les "
            "remplace."
        )
        return _missing_source(title, text, "missing-ratings", "training-ratings")
    if not departement:
        body: list[Component] = [html.P(tr("Choisissez un département pour voir les avis des stagiaires."))]
    else:
        shown, total, rated = R.in_departement(ds, departement)
        area = (ds.territory("departement", departement) or {}).get("name", departement)
        summary = tr(
            "{area} : {total} organismes avec un lieu de formation, dont {rated} avec des avis ; les plus notés "
            "d'abord (une note sur peu d'avis dit peu de chose).",
            area=area,
            total=tr.number(total),
            rated=tr.number(rated),
        )
        headers = [tr("Organisme"), tr("Avis"), *(tr(RATING_LABELS[c]) for c in R.CRITERIA)]
        rows = [
            [r["name"], tr.number(r["ratings"]), *(_note(r[c], tr) for c in R.CRITERIA)] for _, r in shown.iterrows()
        ]
        caption = tr("Notes moyennes sur 5 données par les stagiaires, {area}", area=area)
        body = [html.P(summary), data_table(headers, rows, caption)] if rows else [html.P(summary)]
    return html.Section(
        [
            title,
            *body,
            source_caption(tr, [R.SOURCE]),
            definition(
                tr(
                    "note moyenne, de 0 à 5, donnée par les stagiaires à la fin de leur formation, critère par "
                    "critère ; un organisme sans avis n'a pas de note (jamais 0)."
                ),
                tr,
            ),
        ],
        id="training-ratings",
    )


@safe_layout
def list_layout(
    tr: Translator, q: str = "", departement: str = "", region: str = "", tri: str = "", ordre: str = "", **_query: str
) -> Component:
    ds = dataset()
    vintages = T.vintages(ds)
    if not vintages:
        return html.Article(
            [
                html.H1(tr("Formations en apprentissage : que deviennent les apprentis ?")),
                html.P(tr("Les données InserJeunes manquent dans le jeu de données publié.")),
            ]
        )
    q = str(q or "")[:80]
    departement = departement if ds.territory("departement", str(departement or "")) else ""
    region = region if ds.territory("region", str(region or "")) else ""
    sort = tri if tri in T.SORT_KEYS else ("va" if (departement or region or q) else "centre")
    descending = ordre == "desc" if ordre in ("asc", "desc") else sort != "centre"
    return _list_page(ds.version, q, departement, region, sort, descending, tr.lang)


@memoize("training_list_pages", 24)
def _list_page(
    version: str, q: str, departement: str, region: str, sort: str, descending: bool, lang: str
) -> Component:
    """The list's component tree, once per process, dataset version and normalised query."""
    ds, tr, vintages = dataset(), translator(lang), T.vintages(dataset())
    query = {k: v for k, v in (("q", q), ("departement", departement), ("region", region)) if v}
    chosen = bool(query)
    rows = T.sort_centres(T.search(ds, q, departement, region), sort, descending) if chosen else None
    map_spec = chart_spec("formations-carte", with_lang({}, tr.lang))
    results = []
    if rows is not None:
        ranks = T.tied_ranks(rows, sort, descending)
        shown = rows.head(300)
        caption = tr("{count} centres, millésime {vintage}", count=tr.number(len(rows)), vintage=vintages[-1])
        results = [
            html.H2(tr("Centres trouvés")),
            area_block(tr, departement, region) if departement or region else None,
            ties_note(tr, rows, ranks, sort),
            centres_table(tr, shown, ranks.head(300), query, sort, descending, caption)
            if len(rows)
            else html.P(tr("Aucun centre ne correspond à cette recherche."), role="status"),
            html.P(tr("Les 300 premiers sont affichés ; précisez la recherche pour voir les autres."), className="note")
            if len(rows) > 300
            else None,
        ]
    return html.Article(
        [
            html.H1(tr("Formations en apprentissage : que deviennent les apprentis ?")),
            html.P(
                tr(
                    "Pour chaque centre de formation d'apprentis (CFA), la part des apprentis en emploi 6, 12 et 24 mois "
                    "après leur sortie, comparée à ce qu'on attendrait de ses apprentis et de son territoire "
                    "(InserJeunes, millésime {vintage}).",
                    vintage=vintages[-1],
                ),
                className="lead",
            ),
            _filter_form(tr, q, departement, region),
            *results,
            html.P(tr(CAVEAT), className="note"),
            outcomes_block(tr, departement, region),
            ratings_block(tr, departement),
            html.Section(
                [
                    html.H2(tr("Par département")),
                    exported_map(map_spec, tr, summary=True),
                    share_menu(map_spec, "training-map-share", tr),
                ],
                id="carte",
            ),
            definition(
                tr(
                    "le taux d'emploi à 6 mois est la part des apprentis sortis d'un centre qui ont un emploi "
                    "salarié en France 6 mois après ; le taux attendu tient compte du profil des apprentis et du "
                    "territoire ; la valeur ajoutée est l'écart entre les deux, en points."
                ),
                tr,
            ),
        ],
        className="training-page",
    )


runtime.on_swap(_list_page.cache_clear)


@safe_layout
def centre_layout(tr: Translator, uai: str = "", **_query: str) -> Component:
    ds = dataset()
    history = T.find_centre(ds, uai)
    if history.empty:
        return not_found(tr, tr("Aucun centre ne porte l'UAI « {uai} ».", uai=str(uai)[:12]))
    last = history.iloc[-1]
    query = with_lang({"uai": last.uai}, tr.lang)
    if history[list(T.RATE_COLUMNS)].isna().all().all():
        return unpublished_centre(tr, history)
    spec = chart_spec("formation", query)
    dep = ds.territory("departement", last.departement)
    region = ds.territory("region", last.region)
    strip = T.regional_strip(ds, last.region, last.vintage)
    place = (
        tr(
            "Parmi les {count} centres de la région qui publient ce taux en {vintage}, {above} font mieux.",
            count=tr.number(len(strip)),
            vintage=last.vintage,
            above=tr.number(int((strip > last.employment_6m).sum())),
        )
        if pd.notna(last.employment_6m) and (strip > last.employment_6m).any()
        else tr(
            "Parmi les {count} centres de la région qui publient ce taux en {vintage}, aucun ne fait mieux.",
            count=tr.number(len(strip)),
            vintage=last.vintage,
        )
        if pd.notna(last.employment_6m)
        else tr(
            "Pas de taux publié pour {vintage} : le centre n'est pas placé parmi ceux de sa région.",
            vintage=last.vintage,
        )
    )
    changes = T.name_changes(history)
    return html.Article(
        [
            html.P(html.A(tr("Formations en apprentissage"), href=tr.href("/formations")), className="breadcrumb-link"),
            html.H1(last["name"]),
            html.P(
                tr(
                    "Centre de formation d'apprentis, UAI {uai} — {departement}, {region}",
                    uai=last.uai,
                    departement=f"{dep['name']} ({dep['code']})" if dep else last.departement,
                    region=region["name"] if region else last.region,
                ),
                className="subtitle",
            ),
            html.P(spec.summary, className="lead", id="centre-summary"),
            html.Section(
                [
                    html.H2(tr("Taux d'emploi après la sortie, par millésime")),
                    chart_with_table(tr, "centre-chart", spec),
                    share_menu(spec, "centre-share", tr),
                ]
            ),
            html.Section(
                [
                    html.H2(tr("Sa place parmi les centres de la région, {vintage}", vintage=last.vintage)),
                    html.P(place),
                    source_caption(tr, [T.TABLE], last.vintage),
                    html.Div(InlineSvg(strip_svg(strip, last.uai, tr), className="strip-svg"), className="strip"),
                    html.P(
                        tr(
                            "Chaque point est un centre de la région (taux d'emploi à 6 mois) ; le point foncé est ce "
                            "centre."
                        ),
                        className="note",
                    ),
                ],
                id="place",
            ),
            html.Section(
                [
                    html.H2(tr("Noms successifs")),
                    data_table(
                        [tr("Depuis le millésime"), tr("Nom")],
                        [[v, n] for v, n in changes],
                        tr("Noms du centre dans le fichier, par millésime"),
                    ),
                ]
            )
            if len(changes) > 1
            else None,
            html.Section(
                [
                    html.H2(tr("Aller plus loin")),
                    html.Ul(
                        [
                            html.Li(
                                html.A(
                                    tr("Les centres du département : {name}", name=dep["name"]),
                                    href=tr.href(f"/formations?departement={dep['code']}"),
                                )
                            )
                            if dep
                            else None,
                            html.Li(
                                html.A(
                                    tr("Page du département : {name}", name=dep["name"]),
                                    href=tr.href(f"/territoire/departement/{dep['code']}"),
                                )
                            )
                            if dep
                            else None,
                        ],
                        className="area-links",
                    ),
                ]
            ),
            html.P(tr(CAVEAT), className="note"),
        ],
        className="centre-page",
    )


def unpublished_centre(tr: Translator, history: pd.DataFrame) -> Component:
    """A centre listed in the file with every figure blank: it had too few leavers in every vintage."""
    last = history.iloc[-1]
    return html.Article(
        [
            html.P(html.A(tr("Formations en apprentissage"), href=tr.href("/formations")), className="breadcrumb-link"),
            html.H1(last["name"]),
            html.P(tr("Centre de formation d'apprentis, UAI {uai}", uai=last.uai), className="subtitle"),
            html.P(
                tr(
                    "Non publié (trop peu de sortants) : InserJeunes ne donne aucun taux pour ce centre, dans aucun "
                    "des millésimes où il figure ({vintages}).",
                    vintages=", ".join(dict.fromkeys(history.vintage)),
                ),
                className="note",
                id="centre-unpublished",
            ),
            source_caption(tr, [T.TABLE], last.vintage),
            html.P(tr(CAVEAT), className="note"),
        ],
        className="centre-page",
    )


def nearby_block(tr: Translator, departement: str):
    """For commune and département pages: the département's centres, best value added first, with the caveat."""
    ds = dataset()
    rows = T.best_nearby(ds, departement)
    if not len(rows):
        return None
    items = [
        html.Li(
            [
                html.A(r.name, href=tr.href(f"/formation/{r.uai}")),
                " — ",
                tr(
                    "{rate} en emploi à 6 mois, {reading}",
                    rate=_percent(r.employment_6m, tr),
                    reading=T.reading(r.value_added_6m, tr),
                ),
            ]
        )
        for r in rows.itertuples()
    ]
    return html.Section(
        [
            html.H2(tr("Formations en apprentissage près d'ici")),
            html.P(
                tr(
                    "Les centres du département dont les apprentis trouvent le plus souvent un emploi au regard de ce "
                    "qu'on attendrait (valeur ajoutée, millésime {vintage}).",
                    vintage=T.vintages(ds)[-1],
                )
            ),
            html.Ol(items),
            html.P(
                [
                    tr(CAVEAT),
                    " ",
                    html.A(
                        tr("Tous les centres du département"), href=tr.href(f"/formations?departement={departement}")
                    ),
                ],
                className="note",
            ),
            source_caption(tr, [T.TABLE], T.vintages(ds)[-1]),
        ],
        id="formations",
    )


def _list_title(tr: Translator, **_: str) -> str:
    return tr("Formations en apprentissage : que deviennent les apprentis ?") + f" — {SITE_NAME}"


def _centre_title(tr: Translator, uai: str = "", **_: str) -> str:
    history = T.find_centre(dataset(), uai)
    return (history.name.iloc[-1] if len(history) else tr("Centre introuvable")) + f" — {SITE_NAME}"


def _centre_description(tr: Translator, uai: str = "", **_: str) -> str:
    history = T.find_centre(dataset(), uai)
    if history.empty:
        return ""
    try:
        return chart_spec("formation", with_lang({"uai": history.uai.iloc[0]}, tr.lang)).summary
    except ChartNotFound:
        return ""


def _centre_preview(tr: Translator, uai: str = "", **_: str):
    history = T.find_centre(dataset(), uai)
    if history.empty:
        return None
    return chart_spec("formation", with_lang({"uai": history.uai.iloc[0]}, tr.lang))


def _centre_listing():
    return ({"uai": uai} for uai in T.latest(dataset()).uai) if T.vintages(dataset()) else iter(())


register(
    __name__ + ".list",
    list_layout,
    _list_title,
    path="/formations",
    name="Formations",
    description=lambda tr, **_: tr(
        "Que deviennent les apprentis de chaque centre de formation : taux d'emploi "
        "à 6, 12 et 24 mois, comparé à ce qu'on attendrait."
    ),
)
register(
    __name__ + ".centre",
    centre_layout,
    _centre_title,
    path_template="/formation/<uai>",
    name="Formation",
    description=_centre_description,
    preview=_centre_preview,
    listing=_centre_listing,
    exists=lambda uai="", **_: not T.find_centre(dataset(), uai).empty,
)
