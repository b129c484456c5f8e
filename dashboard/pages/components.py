"""Reusable interface pieces: notices, captions, tables, search box."""

from __future__ import annotations

from dash import dcc, html

from ..i18n import Translator, localized
from ..locales.plotly_fr import LOCALE as PLOTLY_LOCALES
from ..store.runtime import dataset


def demo_notice(tr: Translator, compact: bool = False):
    return html.P(
        [html.Strong(tr("Données de démonstration")),
         html.Span(" — " + tr("ces chiffres sont générés pour illustrer l'outil et ne sont pas des "
                              "statistiques officielles."))],
        className="demo-notice compact" if compact else "demo-notice", role="note",
    )


def source_caption(tr: Translator, source_ids, period: str | None = None, definition: str | None = None):
    """'Source : … ; période : T4 2025 ; millésime : …' plus the demo flag when it applies."""
    ds = dataset()
    ids = [s for s in dict.fromkeys(source_ids) if s]
    parts = []
    for sid in ids:
        src = ds.sources.get(sid, {})
        parts.append(f"{localized(src, 'name', tr.lang) or sid} "
                     f"({localized(src, 'vintage', tr.lang) or tr('millésime inconnu')})")
    text = tr("Source : {names}", names=" ; ".join(parts)) if parts else tr("Source : non renseignée")
    if period:
        text += " — " + tr("période : {period}", period=tr.period(period))
    children = [html.Span(text)]
    if definition:
        children.append(html.Span(f" — {definition}", className="definition"))
    if any(ds.is_demo(s) for s in ids):
        children.append(html.Strong(" — " + tr("Données de démonstration"), className="demo-flag"))
    return html.P(children, className="source-caption")


def data_table(headers: list[str], rows: list[list[str]], caption: str):
    """A plain, accessible HTML table (used as the alternative to every chart)."""
    return html.Div(html.Table([
        html.Caption(caption),
        html.Thead(html.Tr([html.Th(h, scope="col") for h in headers])),
        html.Tbody([html.Tr([html.Th(r[0], scope="row")] + [html.Td(c) for c in r[1:]]) for r in rows]),
    ], className="data-table"), className="table-scroll", tabIndex="0", role="region", **{"aria-label": caption})


def graph_config(tr: Translator, **extra) -> dict:
    """plotly's modebar in the page's language, without the plotly logo."""
    config = {"displaylogo": False, "responsive": True, "locale": tr.lang, **extra}
    if tr.lang == "fr":
        config["locales"] = PLOTLY_LOCALES
    return config


def chart_with_table(tr: Translator, graph_id: str, figure, summary: str, headers, rows, caption_children):
    """Figure + generated text summary + a 'Voir les données' table alternative + source line."""
    return html.Figure([
        html.P(summary, className="chart-summary", id=f"{graph_id}-summary"),
        dcc.Graph(id=graph_id, figure=figure, config=graph_config(tr), className="chart",
                  style={"height": "320px"}),
        html.Details([html.Summary(tr("Voir les données")), data_table(headers, rows, summary)],
                     className="data-toggle"),
        html.Figcaption(caption_children),
    ], className="chart-block", **{"aria-labelledby": f"{graph_id}-summary"})


def search_box(box_id: str, tr: Translator, large: bool = False):
    """The combobox; behaviour lives in assets/search.js (ARIA combobox pattern)."""
    listbox = f"{box_id}-list"
    return html.Div([
        html.Label(tr("Rechercher une commune"), htmlFor=f"{box_id}-input",
                   className="search-label" if large else "visually-hidden"),
        dcc.Input(id=f"{box_id}-input", type="search", autoComplete="off", debounce=False,
                  placeholder=tr("Code postal, commune ou code INSEE (ex. 33000)"),
                  className="search-input", maxLength=100),
        html.Ul(id=listbox, role="listbox", className="search-list", hidden=True,
                **{"aria-label": tr("Suggestions")}),
        html.P(id=f"{box_id}-status", className="search-status", role="status", **{"aria-live": "polite"}),
    ], className="js-search search-large" if large else "js-search search-compact")
