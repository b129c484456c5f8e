"""/og/<page>.png: the 1200×630 image that social networks show for a page (``og:image``).

A page with a main chart shows it, framed with its title and source; any other page gets a card with its
title and summary. Each image is drawn once per dataset version and language, then served from the cache.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, request

from .. import SITE_NAME
from ..cache import cached
from ..exports.frame import card_svg, framed_svg, rasterise
from ..i18n import localize
from ..store import runtime
from .routing import resolve
from .shell import DESCRIPTION

previews = Blueprint("previews", __name__)
WIDTH, HEIGHT = 1200, 630
HOME_NAME = "accueil"


def preview_path(page: str) -> str:
    """The path of a page's preview image (``/`` is ``/og/accueil.png``)."""
    return "/og" + (page if page != "/" else "/" + HOME_NAME) + ".png"


@cached("og")
def preview_png(version: str, page: str, lang: str, public_url: str) -> bytes:
    found = resolve(localize(page, lang))
    route, tr = found.route, found.tr
    if route is None or found.status != 200:
        raise LookupError(page)
    spec = route.preview(tr, **found.params) if route.preview else None
    if spec is not None and spec.make_svg is not None:
        return rasterise(framed_svg(spec, public_url, WIDTH, HEIGHT, today=runtime.dataset().published_on))
    parts = route.title(tr, **found.params).split(" — ")
    title = parts[0] if parts[0] != SITE_NAME or len(parts) == 1 else parts[1][:1].upper() + parts[1][1:]
    description = (route.description(tr, **found.params) if route.description else "") or tr(DESCRIPTION)
    footer = tr("Sources : INSEE, France Travail, DARES — {url}", url=public_url)
    return rasterise(card_svg(title, description, footer, WIDTH, HEIGHT))


@previews.get("/og/<path:page>.png")
def preview(page: str):
    lang = "en" if request.args.get("lang") == "en" else "fr"
    page = "/" if page == HOME_NAME else "/" + page.strip("/")
    if len(page) > 120:
        abort(404)
    try:
        body = preview_png(runtime.dataset().version, page, lang, current_app.config["SETTINGS"].public_url)
    except LookupError:
        abort(404)
    response = Response(body, mimetype="image/png")
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response
