import dash
from dash import html

from ..formatting import format_number
from ..store.runtime import dataset
from .safe import safe_layout


LEVEL_NAMES = {"pays": "Pays", "region": "Régions", "departement": "Départements", "epci": "EPCI",
               "zone_emploi": "Zones d'emploi", "commune": "Communes", "arrondissement": "Arrondissements municipaux"}


@safe_layout
def layout(**_query):
    ds = dataset()
    rows = []
    for s in ds.manifest["sources"]:
        link = html.A(s["url"], href=s["url"]) if s.get("url") else "—"
        rows.append(html.Tr([
            html.Th(s["name"], scope="row"), html.Td(s["publisher"]), html.Td(s["vintage"]),
            html.Td(s["licence"]), html.Td(s.get("retrieved") or "—"),
            html.Td(html.Strong("Démonstration", className="demo-flag") if s["demo"] else "Réelles"),
            html.Td(link),
        ]))
    counts = ds.manifest.get("counts", {})
    return html.Div([
        html.H1("À propos et sources"),
        html.P("Ce site rassemble les statistiques publiques du marché du travail par territoire. "
               "Chaque chiffre affiché indique sa source, sa période et son millésime."),
        html.H2("Sources du jeu de données"),
        html.Div(html.Table([
            html.Caption(f"Sources du jeu de données publié (version {ds.version}, "
                         f"publiée le {ds.manifest.get('published_at', '')[:10]})"),
            html.Thead(html.Tr([html.Th(h, scope="col") for h in
                                ("Source", "Producteur", "Millésime", "Licence", "Récupérée le", "Nature", "Adresse")])),
            html.Tbody(rows),
        ], className="data-table"), className="table-scroll", tabIndex="0", role="region",
            **{"aria-label": "Sources du jeu de données"}),
        html.H2("Territoires couverts"),
        html.Ul([html.Li(f"{LEVEL_NAMES.get(level, level)} : {format_number(n)}") for level, n in counts.items()]),
        html.P("Les collectivités d'outre-mer (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, "
               "Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie) ne sont pas couvertes par les "
               "statistiques présentées ici."),
        html.H2("Données de démonstration"),
        html.P("Tant que les fichiers officiels n'ont pas été chargés (commande « python -m dashboard data "
               "ingest »), les séries de demandeurs d'emploi, d'offres, de projets de recrutement et de taux "
               "de chômage sont des données de démonstration, générées de façon déterministe avec les mêmes "
               "structures que les données officielles. Elles sont signalées partout où elles apparaissent."),
        html.H2("Licences"),
        html.P("Code : licence MIT. Données : Licence Ouverte / Open Licence 2.0 d'Etalab ; réutilisation libre "
               "à condition de citer la source et la date de dernière mise à jour."),
    ], className="prose")


dash.register_page(__name__, layout=layout, path="/a-propos", title="À propos et sources — Emploi-Territoires", name="À propos")
