"""Languages: French at ``/…`` (the source language of every text), English at ``/en/…``.

Texts are written in French in the code and looked up in a catalogue keyed by
the French text (the gettext convention): ``tr("Carte")`` is "Carte" in French
and "Map" in English. ``N_`` marks a text kept in a constant so the catalogue
check (tests/test_i18n.py) finds it too. A text missing from the catalogue is
shown in French, never as an error, and is recorded in ``MISSING``.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import lru_cache

from . import formatting
from .locales.en import MESSAGES as EN_MESSAGES

log = logging.getLogger(__name__)

LANGS = ("fr", "en")
DEFAULT_LANG = "fr"
CATALOGUES = {"en": EN_MESSAGES}
MISSING: set[str] = set()


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
        self._messages = CATALOGUES.get(self.lang, {})

    def __call__(self, msgid: str, **values) -> str:
        text = msgid
        if self.lang != DEFAULT_LANG:
            text = self._messages.get(msgid)
            if text is None and not any(c.isalpha() for c in msgid):
                text = msgid  # a symbol such as "%" reads the same in every language
            if text is None:
                if msgid not in MISSING:
                    log.warning("no %s translation for %r", self.lang, msgid)
                    MISSING.add(msgid)
                text = msgid
        return text.format(**values) if values else text

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
    def separators(self) -> str:
        """plotly's layout.separators: decimal mark then thousands separator."""
        return ", " if self.lang == "fr" else ".,"

    @property
    def d3_locale(self) -> dict:
        return {"group": "\u202f", "decimal": ","} if self.lang == "fr" else {"group": ",", "decimal": "."}


@lru_cache(maxsize=None)
def translator(lang: str | None) -> Translator:
    return Translator(lang if lang in LANGS else DEFAULT_LANG)


def localized(entry: dict, key: str, lang: str) -> str:
    """``entry['name_en']`` on English pages when the data has it, else ``entry['name']`` (the original)."""
    return entry.get(f"{key}_{lang}") or entry.get(key) or ""
