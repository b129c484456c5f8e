"""Header, navigation, footer: the frame every page plugs into."""

from __future__ import annotations

import dash
from dash import dcc, html

from .. import SITE_NAME
from .components import search_box

NAV = [("/", "Accueil"), ("/carte", "Carte"), ("/indicateurs", "Indicateurs nationaux"),
       ("/a-propos", "À propos et sources")]


def layout():
    return html.Div([
        html.A("Aller au contenu", href="#contenu", className="skip-link"),
        html.Header([
            html.Div([
                dcc.Link(SITE_NAME, href="/", className="brand"),
                html.Span("Le marché du travail près de chez vous", className="tagline"),
            ], className="brand-block"),
            html.Nav(html.Ul([html.Li(dcc.Link(label, href=href)) for href, label in NAV]),
                     **{"aria-label": "Navigation principale"}),
            search_box("header-search"),
        ], className="site-header"),
        html.Main(dcc.Loading(dash.page_container, delay_show=200, type="circle", color="#005a9c",
                              overlay_style={"visibility": "visible", "opacity": 0.6}),
                  id="contenu", tabIndex="-1"),
        html.Footer([
            html.P([f"{SITE_NAME} — logiciel libre (licence MIT). Données : INSEE, DARES, France Travail "
                    "(Licence Ouverte 2.0) et ", dcc.Link("sources détaillées", href="/a-propos"), "."]),
            html.P(["Aucun traceur, aucune ressource externe : tout est servi par ce site. ",
                    dcc.Link("Accessibilité : partiellement conforme", href="/accessibilite"), " · ",
                    html.A("API de données ouvertes", href="/api/v1/")]),
        ], className="site-footer"),
    ], className="page")
