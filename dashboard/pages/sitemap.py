"""/robots.txt and /sitemap.xml: every page, in French and in English, for search engines.

The sitemap is an index of parts of at most ``PART_SIZE`` pages; each page appears in both languages, with
its alternates (``hreflang``) and the dataset's publication date. The list is built once per dataset version.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from flask import Blueprint, Response, abort, current_app

from ..i18n import LANGS, localize
from ..store import runtime
from .routing import listed_paths

sitemaps = Blueprint("sitemaps", __name__)
PART_SIZE = 5000  # pages per part; each page is two <url> entries, far under the 50,000 a part may hold
XML = "application/xml"
_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


@lru_cache(maxsize=2)
def page_list(version: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(listed_paths()))  # ordered, without repeats


def part_count(version: str) -> int:
    return max(1, -(-len(page_list(version)) // PART_SIZE))


def index_xml(public: str, version: str, lastmod: str) -> str:
    parts = "".join(
        f"<sitemap><loc>{escape(public)}/sitemap-{n}.xml</loc><lastmod>{lastmod}</lastmod></sitemap>\n"
        for n in range(1, part_count(version) + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"\n{parts}</sitemapindex>\n"
    )


def part_xml(public: str, version: str, n: int, lastmod: str) -> str:
    pages = page_list(version)[(n - 1) * PART_SIZE : n * PART_SIZE]
    out = [_HEAD]
    for page in pages:
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{lang}" href="{escape(public + localize(page, lang))}"/>'
            for lang in LANGS
        )
        alternates += f'<xhtml:link rel="alternate" hreflang="x-default" href="{escape(public + page)}"/>'
        for lang in LANGS:
            out.append(
                f"<url><loc>{escape(public + localize(page, lang))}</loc><lastmod>{lastmod}</lastmod>"
                f"{alternates}</url>\n"
            )
    out.append("</urlset>\n")
    return "".join(out)


def _xml(body: str) -> Response:
    response = Response(body, mimetype=XML)
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response


@sitemaps.get("/sitemap.xml")
def sitemap_index():
    dataset = runtime.dataset()
    return _xml(index_xml(current_app.config["SETTINGS"].public_url, dataset.version, dataset.published_on.isoformat()))


@sitemaps.get("/sitemap-<int:n>.xml")
def sitemap_part(n: int):
    dataset = runtime.dataset()
    if not 1 <= n <= part_count(dataset.version):
        abort(404)
    return _xml(
        part_xml(current_app.config["SETTINGS"].public_url, dataset.version, n, dataset.published_on.isoformat())
    )


@sitemaps.get("/robots.txt")
def robots():
    public = current_app.config["SETTINGS"].public_url
    # Exports and the API are costly or machine-oriented, and search results are an endless space of pages.
    body = "\n".join(
        [
            "User-agent: *",
            "Allow: /",
            "Disallow: /export/",
            "Disallow: /api/",
            "Disallow: /_dash-",
            "Disallow: /recherche",
            "Disallow: /en/recherche",
            "",
            f"Sitemap: {public}/sitemap.xml",
            "",
        ]
    )
    response = Response(body, mimetype="text/plain")
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response
