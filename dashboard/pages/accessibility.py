from dash import html
from dash.development.base_component import Component

from ..i18n import Translator
from .routing import register
from .safe import safe_layout


@safe_layout
def layout(tr: Translator, **_query: str) -> Component:
    return html.Div(
        [
            html.H1(tr("Déclaration d'accessibilité")),
            html.P(
                tr(
                    "Emploi-Territoires s'engage à rendre son site accessible, conformément au référentiel général "
                    "d'amélioration de l'accessibilité (RGAA 4.1), qui reprend les critères WCAG 2.1 de niveau AA."
                )
            ),
            html.H2(tr("État de conformité")),
            html.P(html.Strong(tr("Le site est partiellement conforme au RGAA 4.1.")), className="lead"),
            html.P(
                tr(
                    "Aucun audit RGAA complet par un organisme indépendant n'a encore été réalisé. Ce qui est vérifié "
                    "automatiquement à chaque modification du code :"
                )
            ),
            html.Ul(
                [
                    html.Li(
                        tr(
                            "audit axe-core (règles WCAG 2.0 et 2.1, niveaux A et AA) de l'accueil, d'une page de "
                            "commune, d'une petite commune, de la carte, des indicateurs nationaux, d'une fiche "
                            "d'indicateur, des sources, de la page introuvable et d'une page à intégrer, en français et "
                            "en anglais, à 1 280 et à 360 pixels de large : aucune anomalie grave ou critique ;"
                        )
                    ),
                    html.Li(
                        tr(
                            "parcours au clavier seul : lien d'évitement, recherche d'une commune par code postal, choix "
                            "au clavier dans les suggestions, ouverture de la page, export des données, bascule de la "
                            "série ;"
                        )
                    ),
                    html.Li(
                        tr(
                            "chaque graphique a un titre, un résumé en phrase, un tableau de données (« Voir les "
                            "données ») et sa source ; les statuts des indicateurs sont dits en mots et par une icône, "
                            "jamais par la couleur seule ; les palettes de la carte sont lisibles par les personnes "
                            "daltoniennes ; les boutons des graphiques ont un nom ; la touche Échap ferme l'infobulle "
                            "d'un graphique."
                        )
                    ),
                ]
            ),
            html.H2(tr("Contenus non accessibles")),
            html.Ul(
                [
                    html.Li(
                        tr(
                            "Les cartes elles-mêmes ne sont pas utilisables au clavier ; le tableau placé dessous en "
                            "donne toutes les valeurs, se trie et se feuillette au clavier et mène à la page de chaque "
                            "territoire."
                        )
                    ),
                    html.Li(
                        tr(
                            "Les libellés des publications citées comme sources (titres, notes de période) restent en "
                            "français dans la version anglaise."
                        )
                    ),
                ]
            ),
            html.H2(tr("Retour d'information et contact")),
            html.P(
                tr(
                    "Si vous ne pouvez pas accéder à un contenu ou à un service, signalez-le sur le dépôt du projet "
                    "(tickets) : nous vous répondrons et proposerons une autre façon d'obtenir l'information."
                )
            ),
            html.P([tr("Voir aussi "), html.A(tr("les sources et méthodes"), href=tr.href("/a-propos")), "."]),
            html.P(tr("Déclaration établie le 25 novembre 2026."), className="note"),
        ],
        className="prose",
    )


register(
    __name__,
    layout,
    lambda tr, **_: tr("Déclaration d'accessibilité") + " — Emploi-Territoires",
    path="/accessibilite",
    name="Accessibilité",
)
