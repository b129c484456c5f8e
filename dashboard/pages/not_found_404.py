import dash
from dash import html

from .. import SITE_NAME
from ..i18n import Translator, lang_of_path, translator
from .components import search_box
from .safe import safe_layout


def _requested_lang() -> str:
    """Dash shows this page for any unknown path: its language is the requested path's."""
    try:
        return lang_of_path(dash.callback_context.inputs.get("_pages_location.pathname"))
    except Exception:  # outside a callback (tests, validation)
        return "fr"


@safe_layout
def layout(**_query):
    tr = translator(_requested_lang())
    return not_found(tr, tr("Cette page n'existe pas."))


def not_found(tr: Translator, message: str):
    return html.Div([
        html.H1(tr("Page introuvable")),
        html.P(message),
        html.P(tr("Cherchez une commune par son code postal, son nom ou son code INSEE :")),
        search_box("notfound-search", tr, large=True),
    ], className="not-found", **{"data-status": "404"})


def _title(**_):
    tr = translator(_requested_lang())
    return tr("Page introuvable") + f" — {SITE_NAME}"


dash.register_page(__name__, layout=layout, path="/404", title=_title, name="404")
