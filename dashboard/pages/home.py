import dash
from dash import dcc, html

from .components import demo_notice, search_box
from .safe import safe_layout



@safe_layout
def layout(**_query):
    return html.Div([
        html.Section([
            html.H1("L'emploi dans votre commune"),
            html.P("Demandeurs d'emploi, taux de chômage, offres et projets de recrutement : "
                   "tapez un code postal, un nom de commune ou un code INSEE.", className="lead"),
            search_box("home-search", large=True),
        ], className="hero"),
        demo_notice(),
        html.Section([
            html.Div([html.H2(dcc.Link("Explorer la carte", href="/carte")),
                      html.P("Régions, départements, EPCI et communes, indicateur par indicateur.")],
                     className="card"),
            html.Div([html.H2(dcc.Link("Indicateurs nationaux", href="/indicateurs")),
                      html.P("Retours à l'emploi, satisfaction des demandeurs d'emploi et des entreprises, "
                             "face à leurs cibles.")], className="card"),
            html.Div([html.H2(dcc.Link("Sources et méthodes", href="/a-propos")),
                      html.P("D'où vient chaque chiffre, son millésime et sa licence.")], className="card"),
        ], className="cards"),
    ])


dash.register_page(__name__, layout=layout, path="/", title="Emploi-Territoires — le marché du travail près de chez vous",
                   name="Accueil")
