"""The page registry: which paths exist, in French at ``/…`` and in English under ``/en/…``.

Each page module registers its layout, its title, its description (for search engines and link previews)
and how to tell whether a path names something that exists (its HTTP status). The server renders the page
from here (pages/ssr.py) and the 404 status reads the same registry: a route is written once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..domain.levels import territory_path  # noqa: F401  (re-exported for the pages)
from ..i18n import Translator, lang_of_path, strip_lang, translator

_PARAM = re.compile(r"<(\w+)>")


@dataclass(frozen=True)
class Route:
    name: str
    template: str  # French path, with <param> parts
    layout: Callable  # layout(tr=…, **path params, **query)
    title: Callable[..., str]  # title(tr, **params)
    description: Callable[..., str] | None = None  # description(tr, **params)
    exists: Callable[..., bool] | None = None  # exists(**params): False -> HTTP 404
    preview: Callable | None = None  # preview(tr, **params) -> the ChartSpec of its link-preview image, or None
    listing: Callable[[], Iterable[dict[str, str]]] | None = None  # every parameter set it serves (the sitemap)
    structured_data: Callable | None = None  # structured_data(tr, public_url, **params) -> schema.org dict
    fetches: Callable | None = None  # fetches(**params) -> URLs the page's scripts will fetch (preloaded)
    regex: re.Pattern | None = None

    def matches(self, path: str) -> dict[str, str] | None:
        m = self.regex.match(path) if self.regex else None
        return m.groupdict() if m else None


ROUTES: list[Route] = []


def register(
    module: str,
    layout: Callable,
    title: Callable,
    *,
    path: str | None = None,
    path_template: str | None = None,
    name: str | None = None,
    description: Callable | None = None,
    exists: Callable | None = None,
    preview: Callable | None = None,
    listing: Callable | None = None,
    structured_data: Callable | None = None,
    fetches: Callable | None = None,
) -> Route:
    """``layout(tr, **params)``, ``title(tr, **params)`` and ``description(tr, **params)`` get the page's
    translator; ``exists(**params)`` says whether the path names something real; ``preview(tr, **params)``
    gives the chart shown in link previews (``/og/…png``); ``listing()`` yields the parameters of every page
    of a templated route, for the sitemap (a route without parameters is listed as it is);
    ``structured_data(tr, public_url, **params)`` gives the page's schema.org description, if a standard fits;
    ``fetches(**params)`` lists what the page's scripts will fetch, so that the HTML starts those downloads."""
    template = path_template or path or "/"
    pattern = (
        "^"
        + _PARAM.sub(lambda m: f"(?P<{m.group(1)}>[^/]+)", re.escape(template).replace(r"\<", "<").replace(r"\>", ">"))
        + "/?$"
    )
    route = Route(
        name or module,
        template,
        layout,
        title,
        description,
        exists,
        preview,
        listing,
        structured_data,
        fetches,
        re.compile(pattern),
    )
    ROUTES[:] = [r for r in ROUTES if r.template != template] + [route]
    return route


@dataclass(frozen=True)
class Resolved:
    route: Route | None  # None: no such page
    params: dict[str, str]
    lang: str

    @property
    def tr(self) -> Translator:
        return translator(self.lang)

    @property
    def status(self) -> int:
        if self.route is None:
            return 404
        if self.route.exists is not None and not self.route.exists(**self.params):
            return 404
        return 200


def resolve(path: str | None) -> Resolved:
    """The page a path asks for (the English prefix removed), its parameters and its language."""
    path = path or "/"
    lang = lang_of_path(path)
    bare = strip_lang(path)
    bare = bare if bare == "/" else bare.rstrip("/")
    for route in ROUTES:
        params = route.matches(bare)
        if params is not None and route.template != "/404":
            return Resolved(route, params, lang)
    return Resolved(None, {}, lang)


def fill(template: str, params: dict[str, str]) -> str:
    return _PARAM.sub(lambda m: str(params[m.group(1)]), template)


def listed_paths() -> Iterable[str]:
    """Every page worth indexing, as its French path: fixed pages, then each templated route's listing."""
    for route in ROUTES:
        if route.template in ("/404", "/recherche"):
            continue
        if not _PARAM.search(route.template):
            yield route.template
        elif route.listing is not None:
            for params in route.listing():
                yield fill(route.template, params)
