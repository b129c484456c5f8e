"""Header, navigation, footer: the frame every page plugs into, in the page's language.

Every page is a document of its own: links are plain links (no client-side routing), so a page read before
its scripts run, or without them, works the same way.
"""

from __future__ import annotations

from urllib.parse import urlencode

from dash import html
from dash.development.base_component import Component

from .. import SITE_NAME
from ..components import attrs
from ..i18n import N_, Translator, localize
from .components import search_box

DESCRIPTION = N_(
    "Statistiques publiques du marché du travail par territoire : demandeurs d'emploi, chômage, recrutements."
)  # the site's, for pages without their own
NAV = [
    ("/", N_("Accueil")),
    ("/carte", N_("Carte")),
    ("/metiers", N_("Métiers")),
    ("/indicateurs", N_("Indicateurs nationaux")),
    ("/a-propos", N_("À propos et sources")),
]
SWITCH = {"fr": ("en", "English", "Read this page in English"), "en": ("fr", "Français", "Lire cette page en français")}


def page_url(path: str, query: dict[str, str]) -> str:
    return path + ("?" + urlencode(query) if query else "")


def frame(tr: Translator, content, path: str = "/", query: dict[str, str] | None = None) -> Component:
    """The whole page: skip link, header (with the same page in the other language), main content, footer."""
    other, other_name, other_title = SWITCH[tr.lang]
    here = page_url(path, query or {})
    return html.Div(
        [
            html.A(tr("Aller au contenu"), href="#contenu", className="skip-link"),
            html.Header(
                [
                    html.Div(
                        [
                            html.A(SITE_NAME, href=tr.href("/"), className="brand"),
                            html.Span(tr("Le marché du travail près de chez vous"), className="tagline"),
                        ],
                        className="brand-block",
                    ),
                    html.A(
                        other_name,
                        id="lang-switch",
                        href=localize(here, other),
                        lang=other,
                        hrefLang=other,
                        title=other_title,
                        className="lang-switch",
                        **attrs(data_lang=tr.lang),
                    ),
                    html.Nav(
                        html.Ul(
                            [
                                html.Li(
                                    html.A(
                                        tr(label),
                                        href=tr.href(href),
                                        **(attrs(aria_current="page") if tr.href(href) == path else {}),
                                    )
                                )
                                for href, label in NAV
                            ]
                        ),
                        **attrs(aria_label=tr("Navigation principale")),
                    ),
                    search_box("header-search", tr),
                ],
                className="site-header",
            ),
            html.Main(content, id="contenu", tabIndex="-1"),
            html.Footer(
                [
                    html.P(
                        [
                            tr(
                                "{site} — logiciel libre (licence MIT). Données : INSEE, DARES, France Travail "
                                "(Licence Ouverte 2.0) et ",
                                site=SITE_NAME,
                            ),
                            html.A(tr("sources détaillées"), href=tr.href("/a-propos")),
                            ".",
                        ]
                    ),
                    html.P(
                        [
                            tr("Aucun traceur, aucune ressource externe : tout est servi par ce site. "),
                            html.A(tr("Accessibilité : partiellement conforme"), href=tr.href("/accessibilite")),
                            " · ",
                            html.A(tr("API de données ouvertes"), href="/api/v1/"),
                        ]
                    ),
                ],
                className="site-footer",
            ),
        ],
        className="page",
        id="page",
    )
