from dash import html
from dash.development.base_component import Component

from ..components import attrs
from ..domain.indicators import localized as field
from ..domain.levels import plural
from ..domain.reliability import BASES_TEXT as LOW_BASES
from ..domain.reliability import LOW_BASE, STEP_POINTS
from ..domain.reliability import NOTE as LOW_NOTE
from ..i18n import N_, Translator, localized
from ..store.runtime import dataset
from .routing import register
from .safe import safe_layout


@safe_layout
def layout(tr: Translator, **_query: str) -> Component:
    ds = dataset()
    rows = []
    for s in ds.manifest["sources"]:
        link = html.A(s["url"], href=s["url"]) if s.get("url") else "—"
        rows.append(
            html.Tr(
                [
                    html.Th(localized(s, "name", tr.lang), scope="row"),
                    html.Td(localized(s, "publisher", tr.lang)),
                    html.Td(localized(s, "vintage", tr.lang)),
                    html.Td(s["licence"]),
                    html.Td(s.get("retrieved") or "—"),
                    html.Td(html.Strong(tr("Démonstration"), className="demo-flag") if s["demo"] else tr("Réelles")),
                    html.Td(link),
                    html.Td(
                        tr("Copie publique : {origin}", origin=localized(s, "public_copy", tr.lang))
                        if s.get("public_copy")
                        else tr("Fichier ou paquet de l'éditeur"),
                        className="copy-origin",
                    ),
                ]
            )
        )
    counts = ds.manifest.get("counts", {})
    colon = tr.colon
    return html.Div(
        [
            html.H1(tr("À propos et sources")),
            html.P(
                tr(
                    "Ce site rassemble les statistiques publiques du marché du travail par territoire. "
                    "Chaque chiffre affiché indique sa source, sa période et son millésime."
                )
            ),
            html.H2(tr("Sources du jeu de données")),
            html.Div(
                html.Table(
                    [
                        html.Caption(
                            tr(
                                "Sources du jeu de données publié (version {version}, publiée le {day})",
                                version=ds.version,
                                day=ds.manifest.get("published_at", "")[:10],
                            )
                        ),
                        html.Thead(
                            html.Tr(
                                [
                                    html.Th(tr(h), scope="col")
                                    for h in (
                                        N_("Source"),
                                        N_("Producteur"),
                                        N_("Millésime"),
                                        N_("Licence"),
                                        N_("Récupérée le"),
                                        N_("Nature"),
                                        N_("Adresse"),
                                        N_("Fichier tenu"),
                                    )
                                ]
                            )
                        ),
                        html.Tbody(rows),
                    ],
                    className="data-table",
                ),
                className="table-scroll",
                tabIndex="0",
                role="region",
                **attrs(aria_label=tr("Sources du jeu de données")),
            ),
            html.H2(tr("Territoires couverts")),
            html.Ul([html.Li(f"{tr(plural(level))}{colon}{tr.number(n)}") for level, n in counts.items()]),
            html.P(
                tr(
                    "Les collectivités d'outre-mer (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, "
                    "Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie) ne sont pas couvertes par les "
                    "statistiques présentées ici."
                )
            ),
            html.H2(tr("Ce que disent les chiffres")),
            html.Ul(
                [
                    html.Li(
                        [
                            html.Strong(field(entry, "label", tr.lang)),
                            " — ",
                            field(entry, "definition", tr.lang),
                            " ",
                            html.Span(field(entry, "caveats", tr.lang), className="caveats"),
                        ],
                        id=f"definition-{entry['id']}",
                    )
                    for entry in ds.indicators.values()
                ],
                className="definitions",
            ),
            html.P(
                tr(
                    "Les chiffres calculés par Emploi-Territoires (sommes de départements, rapports de sommes, totaux "
                    "des cellules publiées) portent le statut « calculé » dans les exports et l'API ; une valeur "
                    "secrète ou non publiée n'est jamais remplacée par zéro."
                )
            ),
            html.P(
                tr(
                    LOW_NOTE,
                    threshold=tr.number(LOW_BASE),
                    step=tr.number(STEP_POINTS, 1),
                    base=tr(LOW_BASES),
                ),
                id="fiabilite",
            ),
            html.H2(tr("Licences")),
            html.P(
                tr(
                    "Code : licence MIT. Données : Licence Ouverte / Open Licence 2.0 d'Etalab ; réutilisation libre "
                    "à condition de citer la source et la date de dernière mise à jour."
                )
            ),
        ],
        className="prose",
    )


def _producers(sources: list[dict], lang: str) -> set[str]:
    """Producer names, from publisher fields such as "INSEE (Code officiel géographique), paquet Etalab"."""
    names = set()
    for s in sources:
        if not s["demo"]:
            publisher = localized(s, "publisher", lang).split(" (")[0].split(",")[0]
            names |= {part.strip() for part in publisher.split(";") if part.strip()}
    return names


def structured_data(tr: Translator, public_url: str, **_: str) -> dict:
    """schema.org ``Dataset``: what search engines' dataset search shows (sources, licence, coverage, downloads)."""
    ds = dataset()
    periods = sorted(p for p in ds.observations["period"].unique() if p)
    years = [p[:4] for p in (periods[0], periods[-1])] if periods else []
    return {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": tr("Emploi-Territoires : statistiques publiques du marché du travail par territoire"),
        "description": tr(
            "Demandeurs d'emploi, taux de chômage localisés et du recensement, projets de recrutement et "
            "indicateurs nationaux de France Travail, pour chaque commune, intercommunalité, zone "
            "d'emploi, bassin d'emploi, département et région de France, avec leur source, leur "
            "période et leur millésime."
        ),
        "url": public_url + tr.href("/a-propos"),
        "inLanguage": tr.lang,
        "version": ds.version,
        "dateModified": ds.published_at.isoformat(),
        "isAccessibleForFree": True,
        "license": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
        "keywords": [tr("demandeurs d'emploi"), tr("chômage"), tr("recrutements"), "France Travail", "INSEE", "DARES"],
        "spatialCoverage": {"@type": "Place", "name": "France"},
        **({"temporalCoverage": f"{years[0]}/{years[1]}"} if years else {}),
        "creator": [
            {"@type": "Organization", "name": name} for name in sorted(_producers(ds.manifest["sources"], tr.lang))
        ],
        "isBasedOn": list(dict.fromkeys(s["url"] for s in ds.manifest["sources"] if s.get("url") and not s["demo"])),
        "distribution": [
            {
                "@type": "DataDownload",
                "name": tr("Demandeurs d'emploi par département (CSV)"),
                "encodingFormat": "text/csv",
                "contentUrl": public_url + "/api/v1/observations?indicator=demandeurs_ae&level=departement&format=csv",
            },
            {
                "@type": "DataDownload",
                "name": tr("Description de l'API (OpenAPI)"),
                "encodingFormat": "application/json",
                "contentUrl": public_url + "/api/v1/openapi.json",
            },
        ],
    }


register(
    __name__,
    layout,
    lambda tr, **_: tr("À propos et sources") + " — Emploi-Territoires",
    path="/a-propos",
    name="À propos",
    structured_data=structured_data,
)
