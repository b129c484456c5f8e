import dash
from dash import html

from .components import search_box
from .safe import safe_layout



@safe_layout
def layout(**_query):
    return not_found("Cette page n'existe pas.")


def not_found(message: str):
    return html.Div([
        html.H1("Page introuvable"),
        html.P(message),
        html.P("Cherchez une commune par son code postal, son nom ou son code INSEE :"),
        search_box("notfound-search", large=True),
    ], className="not-found", **{"data-status": "404"})


dash.register_page(__name__, layout=layout, path="/404", title="Page introuvable — Emploi-Territoires", name="404")
