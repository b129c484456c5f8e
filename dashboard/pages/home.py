from dash import html
from dash.development.base_component import Component

from .. import SITE_NAME
from ..i18n import Translator
from ..store.runtime import dataset
from .components import demo_notice, search_box
from .routing import register
from .safe import safe_layout


@safe_layout
def layout(tr: Translator, **_query: str) -> Component:
    return html.Div(
        [
            html.Section(
                [
                    html.H1(tr("L'emploi dans votre commune")),
                    search_box("home-search", tr, large=True),
                    html.P(
                        tr(
                            "Demandeurs d'emploi, taux de chômage, projets de recrutement : tapez un code postal, un nom "
                            "de commune ou un code INSEE."
                        ),
                        className="lead",
                    ),
                ],
                className="hero",
            ),
            demo_notice(tr) if any(s.get("demo") for s in dataset().manifest["sources"]) else None,
            html.Section(
                [
                    html.Div(
                        [
                            html.H2(html.A(tr("Explorer la carte"), href=tr.href("/carte"))),
                            html.P(tr("Régions, départements, zones d'emploi et communes, indicateur par indicateur.")),
                        ],
                        className="card",
                    ),
                    html.Div(
                        [
                            html.H2(html.A(tr("Indicateurs nationaux"), href=tr.href("/indicateurs"))),
                            html.P(
                                tr(
                                    "Retours à l'emploi, satisfaction des demandeurs d'emploi et des entreprises, "
                                    "face à leurs cibles."
                                )
                            ),
                        ],
                        className="card",
                    ),
                    html.Div(
                        [
                            html.H2(html.A(tr("Sources et méthodes"), href=tr.href("/a-propos"))),
                            html.P(tr("D'où vient chaque chiffre, son millésime et sa licence.")),
                        ],
                        className="card",
                    ),
                ],
                className="cards",
            ),
        ]
    )


register(
    __name__,
    layout,
    path="/",
    name="Accueil",
    title=lambda tr, **_: f"{SITE_NAME} — " + tr("le marché du travail près de chez vous"),
)
