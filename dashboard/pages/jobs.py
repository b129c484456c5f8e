"""Jobs that recruit: /metiers (search), /metiers/<level>/<code> (an area's jobs), /metier/<code> (one job).

Everything is rendered on the server as plain HTML: sorting and filtering are links and a GET form, so the
pages work, and are crawlable, without JavaScript.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pandas as pd
from dash import dcc, html
from dash.development.base_component import Component

from .. import SITE_NAME
from ..charts import ChartNotFound, chart_spec
from ..charts.jobs import AreaJobsState, jobs_path
from ..charts.spec import with_lang
from ..components import attrs
from ..domain.levels import place_name
from ..i18n import N_, Translator, translator
from ..memo import memoize
from ..payloads import jobs as J
from ..store import runtime
from ..store.runtime import dataset
from .components import chart_with_table, data_table, definition, exported_map, search_box, source_caption
from .not_found_404 import not_found
from .routing import register
from .safe import safe_layout
from .share import share_menu

LEVEL_WORDS = {
    "bassin": N_("bassin d'emploi"),
    "departement": N_("département"),
    "region": N_("région"),
    "france": N_("France"),
}
COLUMNS = (
    ("metier", N_("Métier")),
    ("projets", N_("Projets de recrutement")),
    ("difficiles", N_("Part jugée difficile")),
    ("saisonniers", N_("Part saisonnière")),
    ("evolution", N_("Évolution sur un an")),
)
COMPONENT_WORDS = {
    "intensite_embauches": N_(
        "Intensité des embauches : les employeurs recrutent beaucoup au regard du nombre de "
        "personnes qui exercent ce métier."
    ),
    "lien_formation_emploi": N_(
        "Lien entre formation et emploi : le métier demande une formation précise, que peu de candidats ont."
    ),
    "manque_main_oeuvre": N_(
        "Manque de main-d'œuvre disponible : peu de demandeurs d'emploi cherchent ce métier au regard des offres."
    ),
    "non_durabilite": N_(
        "Non-durabilité de l'emploi : les contrats sont courts, les postes à pourvoir reviennent souvent."
    ),
    "conditions_travail": N_("Conditions de travail contraignantes : horaires, pénibilité, risques."),
    "inadequation_geographique": N_("Inadéquation géographique : les candidats ne vivent pas là où sont les emplois."),
}
TENSION_RULE = N_(
    "Une famille de métiers regroupe plusieurs métiers du ROME : sa classe dans un bassin est la moyenne des classes "
    "de ces métiers pondérée par leurs offres d'emploi enregistrées, arrondie à la classe la plus proche ; offres "
    "et demandeurs sont les sommes de ces métiers. Un métier du ROME qui mène à plusieurs familles selon la "
    "qualification compte dans chacune."
)
TENSION_CLASSES = {1: N_("très faible"), 2: N_("faible"), 3: N_("moyenne"), 4: N_("forte"), 5: N_("très forte")}


def _area(level: str, code: str) -> dict | None:
    if level not in J.JOB_LEVELS:
        return None
    return dataset().territory(J.JOB_LEVELS[level], str(code or "").upper())


def _percent(value, tr: Translator, signed: bool = False) -> str:
    return "—" if value is None or pd.isna(value) else tr.percent(value, 0 if not signed else 1, signed=signed)


def _projects_text(projects, status: str, tr: Translator) -> str:
    if projects is None or pd.isna(projects):
        return tr("secret statistique")
    if status == "partial":  # a lower bound: part of the cell is secret
        return tr("{count} au moins (somme partielle : une partie est secrète)", count=tr.number(projects))
    return tr.number(projects)


def _share_cell(value, status, tr: Translator) -> str:
    if status == "secret" or ((value is None or pd.isna(value)) and status not in ("na", None)):
        return tr("secret statistique")
    return _percent(value, tr)


def _tension_cell(value, tr: Translator) -> str:
    if value is None or pd.isna(value):
        return tr("non couvert")
    return f"{int(value)} — {tr(TENSION_CLASSES.get(int(value), ''))}"


def _tension_header(year: int, tr: Translator) -> str:
    if J.nomenclature_of(dataset(), year) == J.CURRENT_NOMENCLATURE:
        return tr("Tension (France Travail {year})", year=J.ft_tension_year(dataset()) or "—")
    return tr("Tension (DARES 2019)")


def _shortage_cell(value, tr: Translator) -> str:
    if value is None or pd.isna(value):
        return tr("non couvert")
    return tr("oui") if value else tr("non")


def summary_sentence(tr: Translator, name: str, year: int, total: dict) -> str:
    if total["projects"] is None:
        return tr("L'enquête Besoins en main-d'œuvre ne publie pas de chiffres pour ce territoire.")
    sentence = tr(
        "{area} : en {year}, les employeurs prévoient {count} recrutements (cellules publiées)",
        year=year,
        area=name,
        count=tr.number(total["projects"]),
    )
    if total["difficult"] is not None:
        sentence += tr(" ; {share} sont jugés difficiles", share=tr.percent(total["difficult"], 0))
    return sentence + "."


def _sort_link(tr: Translator, state: AreaJobsState, key: str, label: str, current: str, descending: bool) -> Component:
    active = key == current
    next_descending = not descending if active else key != "metier"
    query = {
        "annee": state.year,
        **({"famille": state.family} if state.family else {}),
        "tri": key,
        "ordre": "desc" if next_descending else "asc",
    }
    arrow = (" ↓" if descending else " ↑") if active else ""
    sort = ("descending" if descending else "ascending") if active else "none"
    return html.Th(
        html.A(tr(label) + arrow, href=f"?{urlencode(query)}#classement"), scope="col", **attrs(aria_sort=sort)
    )


def ranking_table(
    tr: Translator, state: AreaJobsState, frame: pd.DataFrame, sort: str, descending: bool, comparable: int | None
) -> Component:
    head = [_sort_link(tr, state, key, label, sort, descending) for key, label in COLUMNS]
    head += [
        html.Th(_tension_header(state.year, tr), scope="col"),
        html.Th(tr("Liste des métiers en tension (2024)"), scope="col"),
    ]
    current = J.nomenclature_of(dataset(), state.year) == J.CURRENT_NOMENCLATURE
    body = []
    for row in frame.itertuples():
        body.append(
            html.Tr(
                [
                    html.Th(html.A(row.label, href=tr.href(f"/metier/{row.code}")), scope="row"),
                    html.Td(_projects_text(row.projects, row.projects_status, tr)),
                    html.Td(_share_cell(row.difficult, row.difficult_status, tr)),
                    html.Td(_share_cell(row.seasonal, row.seasonal_status, tr)),
                    html.Td(_percent(row.change, tr, signed=True) if comparable else tr("non comparable")),
                    html.Td(_tension_cell(row.tension, tr)),
                    html.Td(tr("non couvert (liste en FAP 2009)") if current else _shortage_cell(row.shortage, tr)),
                ]
            )
        )
    caption = tr(
        "Métiers classés par projets de recrutement, BMO {year} ({count} métiers)",
        year=state.year,
        count=tr.number(len(frame)),
    )
    return html.Div(
        html.Table(
            [html.Caption(caption), html.Thead(html.Tr(head)), html.Tbody(body)], className="data-table jobs-table"
        ),
        className="table-scroll",
        tabIndex="0",
        role="region",
        id="classement",
        **attrs(aria_label=caption),
    )


def _filter_form(tr: Translator, state: AreaJobsState) -> Component:
    """Year and job family, as a GET form: it works without JavaScript, and its result has its own address."""
    ds = dataset()
    families = sorted({(j.family, j.family_label) for j in J.jobs_of_year(ds, state.year).values()}, key=lambda f: f[1])
    years = [
        html.Option(f"{y} ({J.nomenclature_of(ds, y)})", value=str(y), selected=y == state.year)
        for y in reversed(J.bmo_years(ds))
    ]
    options = [html.Option(tr("Toutes les familles"), value="", selected=not state.family)]
    options += [html.Option(label, value=code, selected=code == state.family) for code, label in families]
    return html.Form(
        [
            html.Label(tr("Année de l'enquête"), htmlFor="annee"),
            html.Select(years, id="annee", name="annee"),
            html.Label(tr("Famille de métiers"), htmlFor="famille"),
            html.Select(options, id="famille", name="famille"),
            html.Button(tr("Afficher"), type="submit"),
        ],
        method="get",
        className="jobs-filter",
    )


def _year_links(tr: Translator, state: AreaJobsState) -> Component:
    ds = dataset()
    items = []
    for year in J.bmo_years(ds):
        label = f"{year} ({J.nomenclature_of(ds, year)})"
        items.append(
            html.Li(
                label if year == state.year else html.A(label, href=f"?annee={year}"),
                **(attrs(aria_current="true") if year == state.year else {}),
            )
        )
    return html.Nav(
        [html.Span(tr("Année de l'enquête : ")), html.Ul(items, className="inline-list")],
        className="year-links",
        **attrs(aria_label=tr("Année de l'enquête")),
    )


def _parent_links(tr: Translator, state: AreaJobsState) -> Component:
    area = state.area
    links = [
        html.A(
            tr("Page du territoire : {name}", name=place_name(area, tr)),
            href=tr.href(f"/territoire/{J.JOB_LEVELS[state.level]}/{state.code}"),
        )
    ]
    for level in ("departement", "region"):
        code = area.get(level)
        if code and level != J.JOB_LEVELS[state.level]:
            parent = dataset().territory(level, code)
            if parent:
                links.append(
                    html.A(
                        tr("Les métiers qui recrutent — {area}", area=parent["name"]),
                        href=tr.href(jobs_path(level, code)),
                    )
                )
    if state.level != "france":
        links.append(
            html.A(tr("Les métiers qui recrutent — {area}", area=tr("France")), href=tr.href(jobs_path("france", "FR")))
        )
    return html.Ul([html.Li(link) for link in links], className="area-links")


def area_notes(tr: Translator, state: AreaJobsState, comparable: int | None):
    ds = dataset()
    notes = [
        tr(
            "Un total est la somme des cellules publiées : les cellules couvertes par le secret statistique "
            "n'y figurent pas. Un métier au secret statistique n'a pas de valeur, et n'est pas classé."
        )
    ]
    if comparable:
        notes.append(
            tr(
                "L'évolution compare {year} à {previous}, deux enquêtes aux mêmes codes métier.",
                year=state.year,
                previous=comparable,
            )
        )
    else:
        notes.append(tr("Pas d'évolution sur un an : l'enquête précédente utilise une autre nomenclature des métiers."))
    if J.nomenclature_of(ds, state.year) == J.TENSION_NOMENCLATURE:
        notes.append(
            tr(
                "La tension est celle que la DARES a mesurée en 2019 (classe de 1, très faible, à 5, très "
                "forte) ; elle ne dit rien de la situation actuelle. La liste des métiers en tension est "
                "celle de l'arrêté du 1er mars 2024 pour la région."
            )
        )
    elif J.nomenclature_of(ds, state.year) == J.CURRENT_NOMENCLATURE:
        notes.append(
            tr(
                "La tension est celle que France Travail a mesurée en {year} par métier du ROME et bassin (classe "
                "de 1, très faible, à 5, très forte), portée aux métiers FAP 2021 par la table de passage de la "
                "DARES ; elle ne dit rien de la situation actuelle. Pour un département, une région ou la France, "
                "ce sont tous les bassins qu'ils contiennent.",
                year=J.ft_tension_year(ds) or "—",
            )
            + " "
            + tr(TENSION_RULE)
        )
        notes.append(
            tr(
                "La liste des métiers en tension de 2024 est publiée dans l'ancienne nomenclature (FAP 2009) ; "
                "aucune table officielle ne la relie à la FAP 2021 : elle ne couvre que l'enquête 2023."
            )
        )
    else:
        notes.append(
            tr(
                "Les indicateurs de tension (2019 à 2021) et la liste des métiers en tension de 2024 sont "
                "publiés dans l'ancienne nomenclature (FAP 2009) : ils ne couvrent que l'enquête 2023."
            )
        )
    return html.Ul([html.Li(n) for n in notes], className="notes")


def _int_or_none(value) -> int | None:
    return int(value) if value else None


@safe_layout
def area_layout(
    tr: Translator,
    level: str = "",
    code: str = "",
    annee: str = "",
    famille: str = "",
    tri: str = "projets",
    ordre: str = "",
    **_query: str,
) -> Component:
    if _area(level, code) is None:
        return not_found(tr, tr("Ce territoire n'existe pas dans le référentiel."))
    state = AreaJobsState.from_query(
        {"niveau": level, "code": code, "annee": annee, "famille": famille, "lang": tr.lang}
    )
    sort = tri if tri in J.SORT_KEYS else "projets"
    descending = ordre != "asc" if ordre in ("asc", "desc") else sort != "metier"
    return _area_page(dataset().version, state, sort, descending)


@memoize("jobs_area_pages", 24)
def _area_page(version: str, state: AreaJobsState, sort: str, descending: bool) -> Component:
    """The page's component tree, built once per process, dataset version and normalised state."""
    ds, tr, level = dataset(), state.tr, state.level
    frame = J.area_jobs(ds, J.JOB_LEVELS[state.level], state.code, state.year)
    if state.family:
        frame = frame[frame.family == state.family].reset_index(drop=True)
    frame = J.sort_jobs(frame, sort, descending)
    name = place_name(state.area, tr)
    comparable = J.previous_comparable_year(ds, state.year)
    total = J.area_total(ds, J.JOB_LEVELS[state.level], state.code, state.year)
    spec = chart_spec("metiers", state.to_query()) if frame.projects.notna().any() else None
    return html.Article(
        [
            html.H1(tr("Les métiers qui recrutent — {area}", area=name)),
            html.P(
                tr(
                    "{kind}, enquête Besoins en main-d'œuvre {year} de France Travail",
                    kind=tr(LEVEL_WORDS[level]).capitalize(),
                    year=state.year,
                ),
                className="subtitle",
            ),
            html.P(summary_sentence(tr, name, state.year, total), className="lead", id="jobs-summary"),
            source_caption(tr, ["bmo"], str(state.year), ["derived"]),
            _year_links(tr, state),
            html.Section(
                [
                    html.H2(tr("Les 15 métiers qui recrutent le plus")),
                    chart_with_table(tr, "jobs-chart", spec),
                    share_menu(spec, "jobs-share", tr),
                ]
                if spec
                else [],
                id="graphique",
            ),
            html.Section(
                [
                    html.H2(tr("Tous les métiers")),
                    _filter_form(tr, state),
                    ranking_table(tr, state, frame, sort, descending, comparable),
                    area_notes(tr, state, comparable),
                    definition(
                        tr(
                            "un projet de recrutement est une embauche que l'employeur prévoit pour l'année ; "
                            "il est jugé difficile quand l'employeur pense avoir du mal à le pourvoir."
                        ),
                        tr,
                    ),
                ]
            ),
            html.Section([html.H2(tr("Aller plus loin")), _parent_links(tr, state)]),
        ],
        className="jobs-page",
    )


runtime.on_swap(_area_page.cache_clear)


def _area_title(tr: Translator, level: str = "", code: str = "", **_: str) -> str:
    area = _area(level, code)
    if area is None:
        return tr("Territoire introuvable") + f" — {SITE_NAME}"
    return tr("Les métiers qui recrutent — {area}", area=place_name(area, tr)) + f" — {SITE_NAME}"


def _area_description(tr: Translator, level: str = "", code: str = "", **_: str) -> str:
    area = _area(level, code)
    years = J.bmo_years(dataset())
    if area is None or not years:
        return ""
    total = J.area_total(dataset(), J.JOB_LEVELS[level], area["code"], years[-1])
    return summary_sentence(tr, place_name(area, tr), years[-1], total)


def _area_preview(tr: Translator, level: str = "", code: str = "", **_: str):
    """The link-preview image: the area's top jobs chart."""
    area = _area(level, code)
    if area is None:
        return None
    try:
        return chart_spec("metiers", with_lang({"niveau": level, "code": area["code"]}, tr.lang))
    except ChartNotFound:
        return None


def _area_listing():
    ds = dataset()
    for url_level, level in J.JOB_LEVELS.items():
        for code in ds.level_table(level).code:
            yield {"level": url_level, "code": code}


# One job ------------------------------------------------------------------------------------------------------


def _tension_sections(tr: Translator, job: J.Job):
    ds = dataset()
    sections: list[Component] = []
    if job.nomenclature != J.TENSION_NOMENCLATURE:
        older = [j for j in J.search_jobs(ds, job.label, 5) if j.nomenclature == J.TENSION_NOMENCLATURE]
        link: list[Any] = (
            [
                " ",
                html.A(
                    tr(
                        "Voir « {label} » (code {code}, enquête {year})",
                        label=older[0].label,
                        code=older[0].code,
                        year=older[0].year,
                    ),
                    href=tr.href(f"/metier/{older[0].code}"),
                ),
            ]
            if older
            else []
        )
        sections.append(
            html.Section(
                [
                    html.H2(tr("Tension sur ce métier")),
                    html.P(
                        [
                            tr(
                                "Les indicateurs de la DARES (2019) et la liste des métiers en tension de 2024 sont "
                                "publiés dans l'ancienne nomenclature des métiers (FAP 2009) et ne couvrent pas ce "
                                "code. Ceux de France Travail par métier du ROME et bassin l'atteignent par la table "
                                "de passage ROME → FAP 2021 de la DARES : voir ci-dessous."
                            ),
                            *link,
                        ],
                        className="note",
                    ),
                ],
                id="tension",
            )
        )
        return sections + _bassin_tension_section(tr, job)
    dares = J.job_tensions_by_departement(ds, job)
    components = html.Ul([html.Li(tr(COMPONENT_WORDS[c])) for c in J.TENSION_COMPONENTS])
    if not dares.empty:
        names = ds.level_table("departement").set_index("code").name
        rows = [
            [f"{names.get(r.code, r.code)} ({r.code})", _tension_cell(r.classe, tr)]
            + [_tension_cell(getattr(r, c), tr) for c in J.TENSION_COMPONENTS]
            for r in dares.itertuples()
        ]
        headers = [tr("Département"), tr("Tension")] + [
            tr(COMPONENT_WORDS[c]).split(" :")[0] for c in J.TENSION_COMPONENTS
        ]
        sections.append(
            html.Section(
                [
                    html.H2(tr("Tension par département en 2019 (DARES)")),
                    html.P(
                        tr(
                            "Ces indicateurs datent de 2019 : ils ne décrivent pas la situation actuelle. Chacun va de 1 "
                            "(très faible) à 5 (très forte) ; la tension résume six composantes :"
                        )
                    ),
                    components,
                    data_table(headers, rows, tr("Tension par département, DARES 2019, classes de 1 à 5")),
                ],
                id="tension",
            )
        )
    return sections + _bassin_tension_section(tr, job)


def _bassin_tension_section(tr: Translator, job: J.Job) -> list[Component]:
    ds = dataset()
    sections: list[Component] = []
    ft = J.job_tensions_by_bassin(ds, job)
    if not ft.empty:
        names = ds.level_table("bassin").set_index("code").name
        top = ft.sort_values(["classe", "offres"], ascending=False).head(20)
        rows = [
            [
                f"{names.get(r.bassin, r.bassin)} ({r.bassin})",
                _tension_cell(r.classe, tr),
                r.rome,
                tr.number(r.offres),
                tr.number(r.demandeurs_abc),
            ]
            for r in top.itertuples()
        ]
        year = int(ft.year.max())
        sections.append(
            html.Section(
                [
                    html.H2(
                        tr("Les bassins où ce métier est le plus en tension en {year} (France Travail)", year=year)
                    ),
                    html.P(
                        tr(
                            "Indicateurs de France Travail de {year} par métier du ROME et bassin : ils ne décrivent pas la "
                            "situation actuelle.",
                            year=year,
                        )
                        + " "
                        + tr(TENSION_RULE)
                    ),
                    data_table(
                        [
                            tr("Bassin"),
                            tr("Tension"),
                            tr("Métier (ROME)"),
                            tr("Offres enregistrées"),
                            tr("Demandeurs d'emploi (A, B, C)"),
                        ],
                        rows,
                        tr("Les 20 bassins les plus en tension, France Travail {year}", year=year),
                    ),
                ]
            )
        )
    return sections


@safe_layout
def job_layout(tr: Translator, code: str = "", **_query: str) -> Component:
    job = J.find_job(dataset(), code)
    if job is None:
        return not_found(tr, tr("Aucun métier ne porte le code « {code} ».", code=str(code)[:12]))
    return _job_page(dataset().version, job, tr.lang)


@memoize("jobs_pages", 24)
def _job_page(version: str, job: J.Job, lang: str) -> Component:
    ds, tr = dataset(), translator(lang)
    frame = J.job_by_bassin(ds, job)
    query = with_lang({"code": job.code}, tr.lang)
    spec = chart_spec("metier", query)
    map_spec = chart_spec("metier-carte", query)
    france = frame.projects.sum(min_count=1)
    history = J.job_history(ds, job)
    lead = tr(
        "En {year}, les employeurs prévoient {count} recrutements de « {job} » dans les bassins où le chiffre "
        "est publié ; {secret} bassins sont au secret statistique.",
        year=job.year,
        count=tr.number(france if pd.notna(france) else 0),
        job=job.label,
        secret=tr.number(int((frame.projects_status == "secret").sum())),
    )
    return html.Article(
        [
            html.P(html.A(tr("Les métiers qui recrutent"), href=tr.href("/metiers")), className="breadcrumb-link"),
            html.H1(job.label),
            html.P(
                tr(
                    "Code {nomenclature} {code} — famille : {family} — enquête Besoins en main-d'œuvre {year}",
                    nomenclature=job.nomenclature,
                    code=job.code,
                    family=job.family_label,
                    year=job.year,
                ),
                className="subtitle",
            ),
            html.P(lead, className="lead", id="job-summary"),
            source_caption(tr, ["bmo"], str(job.year), ["derived"]),
            html.Section(
                [
                    html.H2(tr("Part des projets jugés difficiles, par bassin d'emploi")),
                    html.P(
                        tr(
                            "{count} bassins ont une valeur publiée ; les autres sont en gris (secret statistique ou aucun "
                            "projet). Les nombres de projets sont dans le tableau de la carte et dans le graphique "
                            "suivant.",
                            count=tr.number(map_spec.extra["mapped"]),
                        )
                    ),
                    exported_map(
                        map_spec,
                        tr,
                        "chart-block job-map",
                        **attrs(data_shapes=str(len(dataset().level_table("bassin")))),
                    ),
                    share_menu(map_spec, "job-map-share", tr),
                ],
                id="carte",
            ),
            html.Section(
                [
                    html.H2(tr("Les bassins qui recrutent le plus")),
                    chart_with_table(tr, "job-chart", spec),
                    share_menu(spec, "job-share", tr),
                ],
                id="bassins",
            ),
            html.Section(
                [
                    html.H2(tr("Historique")),
                    html.Ul(
                        [html.Li(f"{h['year']} : " + _projects_text(h["projects"], h["status"], tr)) for h in history]
                    ),
                    html.P(
                        tr(
                            "Seules les enquêtes aux mêmes codes métier ({nomenclature}) se comparent.",
                            nomenclature=job.nomenclature,
                        ),
                        className="note",
                    ),
                    source_caption(
                        tr, ["bmo"], " – ".join(str(h["year"]) for h in history), [h["status"] for h in history]
                    ),
                ],
                id="historique",
            ),
            *_tension_sections(tr, job),
        ],
        className="job-page",
    )


runtime.on_swap(_job_page.cache_clear)


def _job_preview(tr: Translator, code: str = "", **_: str):
    job = J.find_job(dataset(), code)
    return chart_spec("metier", with_lang({"code": job.code}, tr.lang)) if job else None


def _job_title(tr: Translator, code: str = "", **_: str) -> str:
    job = J.find_job(dataset(), code)
    return (job.label if job else tr("Métier introuvable")) + f" — {SITE_NAME}"


def _job_description(tr: Translator, code: str = "", **_: str) -> str:
    job = J.find_job(dataset(), code)
    return tr("{job} : projets de recrutement par bassin, part jugée difficile, tension.", job=job.label) if job else ""


def _job_listing():
    ds = dataset()
    seen = set()
    for year in reversed(J.bmo_years(ds)):
        for code in J.jobs_of_year(ds, year):
            if code not in seen:
                seen.add(code)
                yield {"code": code}


# Search -------------------------------------------------------------------------------------------------------


def job_search_box(tr: Translator, query: str = "") -> Component:
    return html.Form(
        [
            html.Label(tr("Rechercher un métier"), htmlFor="job-q", className="search-label"),
            html.Div(
                [
                    dcc.Input(
                        id="job-q",
                        type="search",
                        name="q",
                        value=query,
                        maxLength=80,
                        autoComplete="off",
                        placeholder=tr("Intitulé du métier (ex. aide-soignant)"),
                        className="search-input",
                    ),
                    html.Button(tr("Rechercher"), type="submit", className="search-submit"),
                ],
                className="search-row",
            ),
        ],
        action=tr.href("/metiers"),
        method="get",
        role="search",
        className="job-search",
    )


@safe_layout
def home_layout(tr: Translator, q: str = "", **_query: str) -> Component:
    ds = dataset()
    query = str(q or "")[:80]
    results = J.search_jobs(ds, query) if query else []
    found = []
    if query:
        found = [
            html.H2(tr("Résultats pour « {query} »", query=query)),
            html.Ul(
                [
                    html.Li(
                        html.A(f"{j.label} ({j.nomenclature} {j.code}, {j.year})", href=tr.href(f"/metier/{j.code}"))
                    )
                    for j in results
                ],
                id="job-results",
            )
            if results
            else html.P(tr("Aucun métier ne correspond à cette recherche."), role="status"),
        ]
    regions = ds.level_table("region").sort_values("name")
    return html.Article(
        [
            html.H1(tr("Les métiers qui recrutent")),
            html.P(
                tr(
                    "Les projets de recrutement des employeurs par métier, d'après l'enquête Besoins en main-d'œuvre de "
                    "France Travail, avec la part des recrutements jugés difficiles et la tension sur chaque métier."
                ),
                className="lead",
            ),
            job_search_box(tr, query),
            *found,
            html.H2(tr("Par territoire")),
            html.Ul(
                [html.Li(html.A(tr("France"), href=tr.href(jobs_path("france", "FR"))))]
                + [html.Li(html.A(r.name, href=tr.href(jobs_path("region", r.code)))) for r in regions.itertuples()],
                className="area-links",
            ),
            html.P(
                tr("Pour un département ou un bassin, ouvrez sa page depuis la recherche de communes :"),
                className="note",
            ),
            search_box("jobs-commune-search", tr),
        ],
        className="jobs-home",
    )


register(
    __name__ + ".home",
    home_layout,
    lambda tr, **_: tr("Les métiers qui recrutent") + f" — {SITE_NAME}",
    path="/metiers",
    name="Métiers",
    description=lambda tr, **_: tr(
        "Les métiers qui recrutent, par territoire : projets de recrutement, part jugée difficile, tension."
    ),
)
register(
    __name__ + ".area",
    area_layout,
    _area_title,
    path_template="/metiers/<level>/<code>",
    name="Métiers d'un territoire",
    description=_area_description,
    listing=_area_listing,
    preview=_area_preview,
    exists=lambda level="", code="", **_: _area(level, code) is not None,
)
register(
    __name__ + ".job",
    job_layout,
    _job_title,
    path_template="/metier/<code>",
    name="Métier",
    description=_job_description,
    listing=_job_listing,
    preview=_job_preview,
    exists=lambda code="", **_: J.find_job(dataset(), code) is not None,
)
