"""InlineSvg: server-drawn SVG markup shown as it is, the same before and after Dash starts.

The markup always comes from our own chart renderers (figures/svg.py), never from a visitor: it is trusted
and inserted as HTML. The server renders the same element in the first view (pages/ssr.py), so Dash taking
over the page changes nothing on screen.
"""

from __future__ import annotations

from dash.development.base_component import Component

NAMESPACE = "emploi_components"


class InlineSvg(Component):
    _children_props: list[str] = []  # noqa: RUF012 - Dash's own Component declares them so
    _base_nodes: list[str] = []  # noqa: RUF012
    _namespace = NAMESPACE
    _type = "InlineSvg"

    def __init__(self, markup: str = "", id=None, className: str | None = None, **wildcards):
        self._prop_names = ["id", "markup", "className", "data-*", "aria-*"]
        self._valid_wildcard_attributes = ["data-", "aria-"]
        self.available_properties = list(self._prop_names)
        self.available_wildcard_properties = ["data-", "aria-"]
        args = {
            "markup": markup,
            **({"id": id} if id is not None else {}),
            **({"className": className} if className else {}),
            **wildcards,
        }
        super().__init__(**args)
