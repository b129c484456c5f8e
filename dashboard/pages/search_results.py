"""/recherche?q=…: the search's answer as a page, what the search form shows without JavaScript."""

from __future__ import annotations

from dash import html
from dash.development.base_component import Component

from .. import SITE_NAME
from ..domain.levels import territory_path
from ..i18n import N_, Translator
from ..store.runtime import search_index
from ..store.search import QueryError
from .components import search_box
from .routing import register
from .safe import safe_layout

GROUPS = {
    "code_postal": N_("Code postal {query}"),
    "code_insee": N_("Code INSEE {query}"),
    "nom": N_("Noms"),
    "nom_approche": N_("Aucune commune ne s'appelle « {query} » ; les noms les plus proches"),
}


def _describe(hit, tr: Translator) -> str:
    bits = [f"{hit.departement_nom} ({hit.departement})"]
    if hit.codes_postaux:
        bits.append(", ".join(hit.codes_postaux[:3]) + ("…" if len(hit.codes_postaux) > 3 else ""))
    if hit.population:
        bits.append(tr("{count} habitants", count=tr.number(hit.population)))
    return " · ".join(bits)


def results(query: str, tr: Translator):
    try:
        hits = search_index().search(query, 50)
    except QueryError as exc:
        return [html.P(str(exc), className="note")]
    if not hits:
        return [
            html.P(
                tr("Aucune commune ne correspond à « {query} ».", query=query),
                className="note",
                id="search-results-none",
            ),
            html.P(tr("Essayez un code postal à 5 chiffres, ex. 33000.")),
        ]
    sections: list = []
    by_match: dict[str, list] = {}
    for hit in hits:
        by_match.setdefault(hit.match, []).append(hit)
    for match, group in by_match.items():
        postcode = match == "code_postal" and query.strip().isdigit()
        title = (
            tr("{count} communes ont le code postal {query}", count=tr.number(len(group)), query=query.strip())
            if postcode and len(group) > 1
            else tr(GROUPS[match], query=query.strip())
        )
        sections.append(
            html.Section(
                [
                    html.H2(title),
                    html.Ul(
                        [
                            html.Li(
                                [
                                    html.A(hit.nom, href=tr.href(territory_path(hit.level, hit.code))),
                                    html.Span(" — " + _describe(hit, tr), className="search-meta"),
                                ]
                            )
                            for hit in group
                        ],
                        className="search-results",
                    ),
                ],
                id=f"search-results-{match}",
            )
        )
    return sections


@safe_layout
def layout(tr: Translator, q: str = "", **_query: str) -> Component:
    query = str(q or "")[:200]
    return html.Div(
        [
            html.H1(tr("Recherche : « {query} »", query=query) if query.strip() else tr("Rechercher une commune")),
            search_box("results-search", tr, large=True),
            *(results(query, tr) if query.strip() else []),
        ],
        className="search-page",
    )


register(
    __name__, layout, lambda tr, q="", **_: tr("Recherche") + f" — {SITE_NAME}", path="/recherche", name="Recherche"
)
