"""A chart, once: its state, title, source, period, definition, permalink, and lazily its figure and table.

Pages, image and data exports and embeds all take the same spec, so what a
page shows and what an export writes cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from urllib.parse import urlencode

import pandas as pd

from .. import SITE_NAME
from ..domain.citation import source_body
from ..figures.svg import WIDE, Layout
from ..i18n import DEFAULT_LANG, LANGS, Translator, translator

LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)"


class ChartNotFound(LookupError):
    """Unknown chart, territory or indicator."""


class BadChartState(ValueError):
    """A parameter of the chart state is not acceptable; the message says which."""


def lang_of(params: dict) -> str:
    """The chart's language from its URL parameters ("fr" when absent); any other value is refused."""
    lang = params.get("lang") or "fr"
    if lang not in LANGS:
        raise BadChartState("lang doit valoir « fr » ou « en »")
    return lang


def with_lang(query: dict, lang: str) -> dict:
    """URL parameters with the language, which is left out when French (the default)."""
    return {**query, "lang": lang} if lang != DEFAULT_LANG else query


@dataclass
class ChartSpec:
    chart: str  # registry id, also the export and embed path segment
    params: dict[str, str]  # the normalised state, as URL parameters (export links, embed codes)
    title: str
    subtitle: str
    source: str  # the producers, as cited
    source_line: str  # the full "Source : …" line (vintages, period, computed values, demo flag)
    definition: str
    period: str | None  # what the chart shows: a period or a range, already in words
    demo: bool
    page: str  # path of the page that shows this chart (the permalink)
    make_figure: Callable[[], dict]
    make_table: Callable[[], pd.DataFrame]
    make_svg: Callable[[Layout], str] | None = None  # the drawing the page shows and the exports frame
    summary: str = ""  # one sentence saying what the chart shows (its accessible name)
    vintage: str = ""
    lang: str = "fr"
    extra: dict = field(default_factory=dict)

    @cached_property
    def figure(self) -> dict:
        return self.make_figure()

    @cached_property
    def table(self) -> pd.DataFrame:
        return self.make_table()

    def svg(self, layout: Layout = WIDE) -> str:
        if self.make_svg is None:
            raise ChartNotFound(f"{self.chart} has no drawing")
        return self._drawings.setdefault(layout.name, self.make_svg(layout))

    @cached_property
    def _drawings(self) -> dict[str, str]:
        return {}

    @property
    def tr(self) -> Translator:
        return translator(self.lang)

    def query(self) -> str:
        return urlencode({k: v for k, v in self.params.items() if v})

    def permalink(self) -> str:
        return self.page

    def citation(self, public_url: str, today: date | None = None) -> str:
        tr = self.tr
        title = self.title.split(" — ")[0]
        what = f"{self.source}, {title[:1].lower() + title[1:] if tr.lang == 'fr' else title}"
        if self.period:
            what += f", {self.period}"
        return tr(
            "Source : {what} ; traitement {site} ({url}), consulté le {day}.",
            what=what,
            site=SITE_NAME,
            url=public_url,
            day=tr.date(today or date.today()),
        )

    def metadata(self, public_url: str) -> list[tuple[str, str]]:
        tr = self.tr
        return [
            (tr("Titre"), self.title),
            (tr("Sous-titre"), self.subtitle),
            (tr("Source"), source_body(self.source_line, tr)),
            (tr("Définition"), self.definition),
            (tr("Période"), self.period or "—"),
            (tr("Millésime"), self.vintage),
            (tr("Licence"), LICENCE),
            (tr("Données de démonstration"), tr("oui — valeurs générées, non officielles") if self.demo else tr("non")),
            (tr("Permalien"), public_url + self.permalink()),
            (tr("Citation"), self.citation(public_url)),
            (tr("Exporté le"), tr.date(date.today())),
            (tr("Site"), SITE_NAME),
        ]
