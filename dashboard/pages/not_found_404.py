from dash import html
from dash.development.base_component import Component

from .. import SITE_NAME
from ..components import attrs
from ..i18n import Translator
from .components import search_box
from .routing import register
from .safe import safe_layout


def not_found(tr: Translator, message: str) -> Component:
    return html.Div(
        [
            html.H1(tr("Page introuvable")),
            html.P(message),
            html.P(tr("Cherchez une commune par son code postal, son nom ou son code INSEE :")),
            search_box("notfound-search", tr, large=True),
        ],
        className="not-found",
        **attrs(data_status="404"),
    )


@safe_layout
def layout(tr: Translator, **_query: str) -> Component:
    return not_found(tr, tr("Cette page n'existe pas."))


def title(tr: Translator, **_: str) -> str:
    return tr("Page introuvable") + f" — {SITE_NAME}"


register(__name__, layout, title, path="/404", name="404", exists=lambda **_: False)
