"""Header, navigation, footer: the frame every page plugs into, in the page's language."""

from __future__ import annotations

from urllib.parse import urlparse

import dash
from dash import Input, Output, clientside_callback, dcc, html
from flask import has_request_context, request

from .. import SITE_NAME
from ..i18n import N_, lang_of_path, translator
from .components import search_box

NAV = [("/", N_("Accueil")), ("/carte", N_("Carte")), ("/indicateurs", N_("Indicateurs nationaux")),
       ("/a-propos", N_("À propos et sources"))]
SWITCH = {"fr": ("en", "English", "Read this page in English"),
          "en": ("fr", "Français", "Lire cette page en français")}


def request_lang() -> str:
    """The language of the page that asked for the layout (Dash fetches it from that page)."""
    if not has_request_context():
        return "fr"
    return lang_of_path(urlparse(request.referrer or "").path)


def layout():
    tr = translator(request_lang())
    other, other_name, other_title = SWITCH[tr.lang]
    return html.Div([
        html.A(tr("Aller au contenu"), href="#contenu", className="skip-link"),
        html.Header([
            html.Div([
                dcc.Link(SITE_NAME, href=tr.href("/"), className="brand"),
                html.Span(tr("Le marché du travail près de chez vous"), className="tagline"),
            ], className="brand-block"),
            # A full page load: the whole frame changes language, not only the page.
            html.A(other_name, id="lang-switch", href=f"/{other}" if other != "fr" else "/", lang=other,
                   hrefLang=other, title=other_title, className="lang-switch", **{"data-lang": tr.lang}),
            html.Nav(html.Ul([html.Li(dcc.Link(tr(label), href=tr.href(href))) for href, label in NAV]),
                     **{"aria-label": tr("Navigation principale")}),
            search_box("header-search", tr),
        ], className="site-header"),
        html.Main(dcc.Loading(dash.page_container, delay_show=200, type="circle", color="#005a9c",
                              overlay_style={"visibility": "visible", "opacity": 0.6}),
                  id="contenu", tabIndex="-1"),
        html.Footer([
            html.P([tr("{site} — logiciel libre (licence MIT). Données : INSEE, DARES, France Travail "
                       "(Licence Ouverte 2.0) et ", site=SITE_NAME),
                    dcc.Link(tr("sources détaillées"), href=tr.href("/a-propos")), "."]),
            html.P([tr("Aucun traceur, aucune ressource externe : tout est servi par ce site. "),
                    dcc.Link(tr("Accessibilité : partiellement conforme"), href=tr.href("/accessibilite")), " · ",
                    html.A(tr("API de données ouvertes"), href="/api/v1/")]),
        ], className="site-footer"),
    ], className="page")


# The switch points to this same page in the other language; <html lang> follows the path.
clientside_callback(
    """
    function(pathname, search) {
        const path = pathname || "/";
        const english = path === "/en" || path.startsWith("/en/");
        const bare = english ? (path.slice(3) || "/") : path;
        document.documentElement.lang = english ? "en" : "fr";
        const target = english ? bare : (bare === "/" ? "/en" : "/en" + bare);
        return target + (search || "");
    }
    """,
    Output("lang-switch", "href"), Input("_pages_location", "pathname"), Input("_pages_location", "search"),
)
