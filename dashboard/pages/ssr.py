"""Server rendering: a Dash component tree as the HTML Dash itself would produce.

Every page is sent with its content already in the HTML (headings, figures, charts, tables, links), so that
it reads, and its links and search form work, before any script runs or without JavaScript at all. When Dash
starts (assets/boot.js), it renders the same tree into the same place: the markup here follows Dash 4's own
(the wrappers of its inputs and dropdowns included), so nothing moves on screen.
"""

from __future__ import annotations

import json
import re
from html import escape

from dash.development.base_component import Component

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
RENAMED = {
    "className": "class",
    "htmlFor": "for",
    "tabIndex": "tabindex",
    "colSpan": "colspan",
    "rowSpan": "rowspan",
    "autoComplete": "autocomplete",
    "maxLength": "maxlength",
    "hrefLang": "hreflang",
    "autoFocus": "autofocus",
    "readOnly": "readonly",
    "spellCheck": "spellcheck",
    "dateTime": "datetime",
    "accessKey": "accesskey",
    "contentEditable": "contenteditable",
    "encType": "enctype",
}
DASH_ONLY = {
    "children",
    "n_clicks",
    "n_clicks_timestamp",
    "disable_n_clicks",
    "key",
    "loading_state",
    "setProps",
    "markup",
    "persistence",
    "persisted_props",
    "persistence_type",
}
UNITLESS = {"opacity", "zIndex", "flex", "flexGrow", "flexShrink", "fontWeight", "lineHeight", "order", "zoom"}
TAGS = {"ObjectEl": "object", "MapEl": "map"}
_CAMEL = re.compile(r"(?<!^)([A-Z])")


def dash_id(value) -> str:
    """Dash's string form of an id: a dict id is its JSON with sorted keys and no spaces."""
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def _style(style: dict) -> str:
    parts = []
    for key, value in style.items():
        if value is None:
            continue
        if isinstance(value, (int, float)) and key not in UNITLESS:
            value = f"{value}px"
        name = _CAMEL.sub(lambda m: "-" + m.group(1), key).lower()
        parts.append(f"{name}: {value};")
    return " ".join(parts)


def _attributes(props: dict) -> str:
    out = []
    for key, value in props.items():
        if key in DASH_ONLY or value is None or value is False:
            continue
        name = RENAMED.get(key, key)
        if key == "id":
            value = dash_id(value)
        elif key == "style":
            value = _style(value)
        if value is True:
            out.append(f" {name}")
        else:
            out.append(f' {name}="{escape(str(value), quote=True)}"')
    return "".join(out)


def render(node) -> str:
    """HTML of a component, a list of them, or text."""
    if node is None or node is False:
        return ""
    if isinstance(node, (list, tuple)):
        return "".join(render(child) for child in node)
    if isinstance(node, Component):
        return _component(node)
    return escape(str(node), quote=False)


def _component(node: Component) -> str:
    spec = node.to_plotly_json()
    props, namespace, kind = spec["props"], spec["namespace"], spec["type"]
    children = props.get("children")
    if namespace == "dash_html_components":
        tag = TAGS.get(kind, kind.lower())
        if tag in VOID:
            return f"<{tag}{_attributes(props)}>"
        if tag == "script":  # a data block: raw text (a script's content is never decoded), kept from closing early
            if props.get("type") != "application/json":
                raise ValueError("only JSON data blocks are rendered, never a script that runs")
            return f"<script{_attributes(props)}>{str(children or '').replace('</', '<' + chr(92) + '/')}</script>"
        return f"<{tag}{_attributes(props)}>{render(children)}</{tag}>"
    if namespace == "emploi_components" and kind == "InlineSvg":
        return f"<div{_attributes(props)}>{props.get('markup', '')}</div>"
    if namespace == "dash_core_components":
        return _core(kind, props, children)
    return render(children)


def _core(kind: str, props: dict, children) -> str:
    if kind in ("Store", "Location", "Interval"):
        return ""
    if kind == "Link":
        return (
            f"<a{_attributes({k: v for k, v in props.items() if k in ('id', 'href', 'className', 'title', 'target')})}>"
            f"{render(children)}</a>"
        )
    if kind == "Loading":
        return render(children)
    if kind == "Input":
        return _input(props)
    if kind == "Dropdown":
        return _dropdown(props)
    if kind == "Graph":
        keep = {k: props[k] for k in ("id", "style") if k in props}
        return f'<div class="dash-graph {escape(props.get("className", ""), quote=True)}"{_attributes(keep)}></div>'
    return render(children)


def _input(props: dict) -> str:
    wrapper = f"dash-input-container dash-input {props.get('className', '')}".strip()
    inner = {
        "id": props.get("id"),
        "class": "dash-input-element",
        "type": props.get("type", "text"),
        "placeholder": props.get("placeholder"),
        "inputmode": "verbatim",
        "autocomplete": props.get("autoComplete"),
        "name": props.get("name"),
        "step": "any",
        "maxlength": props.get("maxLength"),
        "value": props.get("value") or "",
    }
    attributes = "".join(f' {k}="{escape(str(v), quote=True)}"' for k, v in inner.items() if v is not None)
    return f'<div class="{escape(wrapper, quote=True)}"><input{attributes}></div>'


_CHEVRON = (
    '<svg width="15" height="15" viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg" '
    'class="dash-dropdown-trigger-icon"><path d="M4.18 6.18a.45.45 0 0 1 .64 0L7.5 8.86l2.68-2.68a.45.45 0 '
    '1 1 .64.64l-3 3a.45.45 0 0 1-.64 0l-3-3a.45.45 0 0 1 0-.64Z" fill="currentColor"></path></svg>'
)


def _dropdown(props: dict) -> str:
    """Dash 4's closed dropdown: a button showing the chosen label (it opens once Dash has started)."""
    ident = dash_id(props.get("id", ""))
    value = props.get("value")
    label = next(
        (o.get("label") for o in props.get("options") or [] if isinstance(o, dict) and o.get("value") == value), None
    )
    shown = (
        f'<span class="dash-dropdown-value-item"><span>{escape(str(label))}</span></span>'
        if label is not None
        else f'<span class="dash-dropdown-placeholder">{escape(str(props.get("placeholder") or ""))}</span>'
    )
    return (
        f'<div class="dash-dropdown-wrapper"><input class="dash-dropdown-focus-target" tabindex="-1" readonly '
        f'aria-hidden="true"><button id="{escape(ident, quote=True)}" type="button" tabindex="0" '
        f'class="dash-dropdown " aria-labelledby="{escape(ident, quote=True)}-label '
        f'{escape(ident, quote=True)}-value" aria-haspopup="listbox" aria-expanded="false" data-state="closed" '
        f'data-needs-dash="1"><span class="dash-dropdown-grid-container dash-dropdown-trigger">'
        f'<span id="{escape(ident, quote=True)}-value" class="dash-dropdown-value">{shown}</span>{_CHEVRON}'
        f"</span></button></div>"
    )
