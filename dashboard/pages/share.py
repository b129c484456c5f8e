"""The export menu of a chart: files, embed code, permalink, citation."""

from __future__ import annotations

from urllib.parse import urlencode

from dash import html
from dash.development.base_component import Component

from ..charts.spec import ChartSpec
from ..components import attrs
from ..config import load_settings
from ..i18n import N_, Translator

FILES = [
    ("png", "standard", N_("PNG")),
    ("png", "double", N_("PNG haute définition (2x)")),
    ("png", "carre", N_("PNG carré (réseaux sociaux)")),
    ("svg", "standard", N_("SVG (vectoriel)")),
    ("csv", "standard", N_("CSV (données)")),
    ("xlsx", "standard", N_("XLSX (données et métadonnées)")),
]


def export_links(chart: str, params: dict, tr: Translator) -> list:
    query = {k: v for k, v in params.items() if v}
    items = []
    for fmt, size, label in FILES:
        q = urlencode({**query, **({"taille": size} if size != "standard" else {})})
        items.append(
            html.Li(html.A(tr(label), href=f"/export/{chart}.{fmt}?{q}", download="", className=f"export-{fmt}-{size}"))
        )
    return items


EMBED_CHROME = 190  # title, subtitle, source line and margins of an embed page, around the chart


def embed_height(figure: dict) -> int:
    """The frame's height when the embedding page has not included the resize script."""
    return int(figure.get("layout", {}).get("height") or 420) + EMBED_CHROME


def embed_code(chart: str, params: dict, title: str, height: int = 560) -> str:
    """An iframe of a fixed, sensible height, then the documented script that fits it to its content."""
    public = load_settings().public_url
    query = urlencode({k: v for k, v in params.items() if v})
    safe_title = title.replace('"', "'")
    return (
        f'<iframe src="{public}/embed/{chart}?{query}" title="{safe_title}" width="100%" height="{height}" '
        f'style="border:0;max-width:100%" loading="lazy" data-emploi-territoires></iframe>\n'
        f'<script src="{public}/assets/embed-resize.js" async></script>'
    )


def share_menu(export: ChartSpec, menu_id: str, tr: Translator) -> Component:
    """A disclosure with downloads, 'Intégrer', 'Copier le lien' and 'Citer'."""
    public = load_settings().public_url
    return html.Details(
        [
            html.Summary(tr("Exporter, intégrer, citer")),
            html.Div(
                [
                    html.Div(
                        [html.H4(tr("Télécharger")), html.Ul(export_links(export.chart, export.params, tr))],
                        className="col",
                    ),
                    html.Div(
                        [
                            html.H4(tr("Intégrer")),
                            html.P(tr("Copiez ce code dans votre page :")),
                            html.Pre(
                                embed_code(export.chart, export.params, export.title, embed_height(export.figure)),
                                className="embed-code",
                                id=f"{menu_id}-embed",
                                tabIndex="0",
                            ),
                            html.Button(
                                tr("Copier le code d'intégration"),
                                className="js-copy",
                                type="button",
                                **attrs(data_copy_from=f"{menu_id}-embed"),
                            ),
                        ],
                        className="col",
                    ),
                    html.Div(
                        [
                            html.H4(tr("Lien et citation")),
                            html.Button(
                                tr("Copier le lien"), className="js-copy", type="button", **attrs(data_copy_url="1")
                            ),
                            html.P(export.citation(public), className="citation", id=f"{menu_id}-cite"),
                            html.Button(
                                tr("Copier la citation"),
                                className="js-copy",
                                type="button",
                                **attrs(data_copy_from=f"{menu_id}-cite"),
                            ),
                            html.P(className="copy-status", role="status", **attrs(aria_live="polite")),
                        ],
                        className="col",
                    ),
                ],
                className="share-grid",
            ),
        ],
        className="share-menu",
        id=menu_id,
    )
