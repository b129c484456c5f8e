"""Registers every page twice: in French at its path, in English under /en."""

from __future__ import annotations

from collections.abc import Callable

import dash

from ..domain.levels import territory_path  # noqa: F401  (re-exported for the pages)
from ..i18n import DEFAULT_LANG, LANGS, localize, translator


def _bind(layout: Callable, lang: str) -> Callable:
    def page_layout(**params):
        params.pop("tr", None)  # a query string never chooses the language
        return layout(tr=translator(lang), **params)
    return page_layout


def _bind_title(title: Callable, lang: str) -> Callable:
    def page_title(**params):
        return title(translator(lang), **params)
    return page_title


def register(module: str, layout: Callable, title: Callable, *, path: str | None = None,
             path_template: str | None = None, name: str | None = None) -> None:
    """``layout(tr, **params)`` and ``title(tr, **params)`` receive the page's translator."""
    for lang in LANGS:
        dash.register_page(
            module if lang == DEFAULT_LANG else f"{module}_{lang}",
            path=localize(path, lang) if path is not None else None,
            path_template=localize(path_template, lang) if path_template is not None else None,
            layout=_bind(layout, lang), title=_bind_title(title, lang), name=name,
        )
