"""Text normalisation for search: case, accents, punctuation, articles."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
ARTICLES = ("le", "la", "les", "l")


def fold(text: str) -> str:
    """'Châlons-en-Champagne' -> 'chalons en champagne'; "L'Haÿ-les-Roses" -> 'l hay les roses'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_text = ascii_text.replace("œ", "oe").replace("æ", "ae")
    words = _NON_ALNUM.sub(" ", ascii_text).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def without_article(folded: str) -> str:
    """'le havre' -> 'havre'; names are indexed with and without their article."""
    head, _, rest = folded.partition(" ")
    return rest if head in ARTICLES and rest else folded
