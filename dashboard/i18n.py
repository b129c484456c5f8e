"""Languages: French at ``/…`` (the source language of every text), English at ``/en/…``.

Texts are written in French in the code and looked up in standard gettext
catalogues keyed by the French text (``locales/<lang>/LC_MESSAGES/messages.po``,
compiled to ``.mo`` by ``make translations``, read here by the standard library):
``tr("Carte")`` is "Carte" in French and "Map" in English; ``tr.plural("{count}
territoire", "{count} territoires", n, count=…)`` follows each language's plural
rule. ``N_`` marks a text kept in a constant so extraction and the catalogue test
(tests/test_i18n.py) find it too. A text missing from the catalogue is shown in
French, never as an error, and is recorded in ``MISSING``.
"""

from __future__ import annotations

import gettext
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from . import formatting

log = logging.getLogger(__name__)

LANGS = ("fr", "en")
DEFAULT_LANG = "fr"
LOCALE_DIR = Path(__file__).resolve().parent / "locales"
MISSING: set[str] = set()


@dataclass(frozen=True)
class Typography:
    """Punctuation and number marks of a language, beside the formatting module's numbers and dates."""

    colon: str  # "Source : …" in French, "Source: …" in English
    list_separator: str
    percent_suffix: str  # after a number: "6,4 %" (no-break space) or "6.4%"
    decimal: str
    group: str
    locale: str  # for og:locale


TYPOGRAPHY = {
    "fr": Typography(" : ", " ; ", "\u00a0%", ",", "\u202f", "fr_FR"),
    "en": Typography(": ", "; ", "%", ".", ",", "en_GB"),
}


class Catalogue(gettext.GNUTranslations):
    """A compiled catalogue that also says whether it holds a text (a translation may equal its French)."""

    _catalog: dict  # filled by GNUTranslations from the .mo file

    def has(self, msgid: str) -> bool:
        return msgid in self._catalog or (msgid, 0) in self._catalog


@cache
def catalogue(lang: str) -> Catalogue | None:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.mo"
    if lang == DEFAULT_LANG or not path.exists():
        return None
    with path.open("rb") as file:
        return Catalogue(file)


def N_(text: str) -> str:
    """Marks a French text for translation where it is defined; translate it where it is shown."""
    return text


def lang_of_path(path: str | None) -> str:
    path = path or "/"
    return "en" if path == "/en" or path.startswith("/en/") else DEFAULT_LANG


def strip_lang(path: str | None) -> str:
    """'/en/carte' -> '/carte'; '/en' -> '/'; a French path is unchanged."""
    path = path or "/"
    if lang_of_path(path) == "en":
        return path[3:] or "/"
    return path


def localize(path: str, lang: str) -> str:
    """The same page in ``lang``: '/carte?x=1' -> '/en/carte?x=1'."""
    path = strip_lang(path)
    if lang == DEFAULT_LANG:
        return path
    return "/" + lang if path == "/" else f"/{lang}{path}"


class Translator:
    """Texts, numbers, periods and links of one language."""

    def __init__(self, lang: str):
        self.lang = lang if lang in LANGS else DEFAULT_LANG
        self._catalogue = catalogue(self.lang)
        self.typography = TYPOGRAPHY[self.lang]

    def __call__(self, msgid: str, **values) -> str:
        text = msgid
        if self._catalogue is not None:
            if self._catalogue.has(msgid):
                text = self._catalogue.gettext(msgid)
            else:
                self._missing(msgid)
        return text.format(**values) if values else text

    def plural(self, singular: str, plural: str, n: float, **values) -> str:
        """The form of the text for ``n``: French says "1,5 point" and "0 territoire" (singular below 2),
        English "1.5 points"; other counts follow the catalogue's Plural-Forms."""
        if self._catalogue is None:
            text = singular if abs(n) < 2 else plural
        else:
            if not self._catalogue.has(singular):
                self._missing(singular)
            whole = int(n) if float(n).is_integer() else 2  # fractions take the "many" form outside French
            text = self._catalogue.ngettext(singular, plural, abs(whole))
        return text.format(**values) if values else text

    def _missing(self, msgid: str) -> None:
        if any(c.isalpha() for c in msgid) and msgid not in MISSING:  # a symbol such as "%" needs none
            log.warning("no %s translation for %r", self.lang, msgid)
            MISSING.add(msgid)

    def number(self, value, decimals: int = 0, signed: bool = False) -> str:
        return formatting.format_number(value, decimals, self.lang, signed)

    def percent(self, value, decimals: int = 1, signed: bool = False) -> str:
        return formatting.format_percent(value, decimals, self.lang, signed)

    def period(self, period: str | None) -> str:
        return formatting.format_period(period, self.lang)

    def date(self, day: date) -> str:
        return formatting.format_date(day, self.lang)

    def href(self, path: str) -> str:
        return localize(path, self.lang)

    @property
    def colon(self) -> str:
        return self.typography.colon

    @property
    def percent_suffix(self) -> str:
        return self.typography.percent_suffix

    @property
    def separators(self) -> str:
        """plotly's layout.separators: decimal mark then thousands separator (plotly draws a space as a thin one)."""
        group = " " if self.typography.group == "\u202f" else self.typography.group
        return self.typography.decimal + group

    @property
    def d3_locale(self) -> dict:
        return {"group": self.typography.group, "decimal": self.typography.decimal}


def translator(lang: object) -> Translator:
    """The language asked for when it is one of ours; anything else (a browser's state is not to be trusted, and
    may be a list, or any string) gets the default, so the cache holds one translator per language, no more."""
    return _translator(lang if isinstance(lang, str) and lang in LANGS else DEFAULT_LANG)


@cache
def _translator(lang: str) -> Translator:
    return Translator(lang)


def localized(entry: Mapping[str, Any], key: str, lang: str) -> str:
    """``entry['name_en']`` on English pages when the data has it, else ``entry['name']`` (the original)."""
    return entry.get(f"{key}_{lang}") or entry.get(key) or ""
