import dash
from dash import dcc, html

from .safe import safe_layout


@safe_layout
def layout(**_query):
    return html.Div([
        html.H1("Déclaration d'accessibilité"),
        html.P("Emploi-Territoires s'engage à rendre son site accessible, conformément au référentiel général "
               "d'amélioration de l'accessibilité (RGAA 4.1), qui reprend les critères WCAG 2.1 de niveau AA."),
        html.H2("État de conformité"),
        html.P(html.Strong("Le site est partiellement conforme au RGAA 4.1."), className="lead"),
        html.P("Aucun audit RGAA complet par un organisme indépendant n'a encore été réalisé. Ce qui est vérifié "
               "automatiquement à chaque modification du code :"),
        html.Ul([
            html.Li("audit axe-core (règles WCAG 2.0 et 2.1, niveaux A et AA) de l'accueil, d'une page de commune, "
                    "d'une petite commune, de la carte, des indicateurs nationaux, d'une fiche d'indicateur, des "
                    "sources, de la page introuvable et d'une page à intégrer, à 1 280 et à 360 pixels de large : "
                    "aucune anomalie grave ou critique, à une exception près (ci-dessous) ;"),
            html.Li("parcours au clavier seul : lien d'évitement, recherche d'une commune par code postal, choix au "
                    "clavier dans les suggestions, ouverture de la page, export des données, bascule de la série ;"),
            html.Li("chaque graphique a un titre, un résumé en phrase, un tableau de données (« Voir les données ») "
                    "et sa source ; les statuts des indicateurs sont dits en mots et par une icône, jamais par la "
                    "couleur seule ; les palettes de la carte sont lisibles par les personnes daltoniennes."),
        ]),
        html.H2("Contenus non accessibles"),
        html.Ul([
            html.Li("Les listes déroulantes de la carte (composant Dash) contiennent un champ masqué aux lecteurs "
                    "d'écran mais atteignable au clavier. Le tableau sous la carte donne les mêmes valeurs."),
            html.Li("La version anglaise du site n'est pas encore disponible."),
            html.Li("Les cartes ne sont pas utilisables au clavier ; le tableau triable placé dessous en donne "
                    "toutes les valeurs."),
        ]),
        html.H2("Retour d'information et contact"),
        html.P("Si vous ne pouvez pas accéder à un contenu ou à un service, signalez-le sur le dépôt du projet "
               "(tickets) : nous vous répondrons et proposerons une autre façon d'obtenir l'information."),
        html.P(["Voir aussi ", dcc.Link("les sources et méthodes", href="/a-propos"), "."]),
        html.P("Déclaration établie le 25 novembre 2026.", className="note"),
    ], className="prose")


dash.register_page(__name__, layout=layout, path="/accessibilite", name="Accessibilité",
                   title="Déclaration d'accessibilité — Emploi-Territoires")
