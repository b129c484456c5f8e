"""Layouts never raise: a failure becomes a message, and is logged."""

from __future__ import annotations

import functools
import logging

from dash import html

from ..i18n import translator

log = logging.getLogger(__name__)


def safe_layout(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception:
            log.exception("layout %s failed", fn.__name__)
            tr = kwargs.get("tr") or translator("fr")
            return html.Div(
                [
                    html.H1(tr("Un problème est survenu")),
                    html.P(tr("Cette page n'a pas pu être affichée. Réessayez plus tard ou revenez à l'accueil.")),
                ],
                className="error-page",
            )

    return wrapper
