"""In-memory search over communes and arrondissements.

Exact indexes (INSEE code, postcode, full folded name) and one sorted array of
name keys for prefix search. Each name is indexed under every word start
("saint etienne", "etienne") and without its leading article, so "havre",
"le havre", "st etienne" and "etienne" all find their commune. Every hit says
what matched: the postcode, the INSEE code, the name, or an approximate name.

- A postcode lists every commune it covers (arrondissements first, then by
  population); a five-digit INSEE code that is also some postcode is listed
  after them, labelled as such ("13001" is Marseille's 1st arrondissement by
  postcode and Aix-en-Provence by INSEE code).
- A postcode and a name together ("75011 paris") keep the communes of that
  postcode whose name matches.
- "paris 11eme", "lyon 3e", "marseille 1" find the arrondissement.
- When nothing matches exactly, a tolerant comparison finds misspelt names
  ("bordaux", "marseile", "montpelier").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from ..text import fold, without_article

MAX_QUERY_LENGTH = 100
DEFAULT_LIMIT = 10
MAX_LIMIT = 100  # names and prefixes; a postcode always lists all its communes (at most 63 here)
EXACT_BOOST = 10
FUZZY_CUTOFF = 80
MATCHES = ("code_postal", "code_insee", "nom", "nom_approche")
_CODE = re.compile(r"^(\d[0-9AB]\d{3})$", re.IGNORECASE)
_POSTCODE = re.compile(r"^\d{5}$")
_POSTCODE_TOKEN = re.compile(r"(?<!\d)(\d{5})(?!\d)")
_ORDINAL = re.compile(r"^(\d{1,2})(?:e|eme|ieme|er|re|ere)?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
PLM = {"paris", "lyon", "marseille"}


class QueryError(ValueError):
    """The query cannot be searched (too long); the message is safe to show."""


@dataclass(frozen=True)
class Hit:
    code: str
    nom: str
    departement: str
    departement_nom: str
    region: str
    region_nom: str
    population: int | None
    codes_postaux: list[str]
    level: str
    commune: str | None
    match: str = "nom"

    def as_json(self) -> dict:
        return {
            "code": self.code,
            "nom": self.nom,
            "departement": self.departement,
            "departement_nom": self.departement_nom,
            "region": self.region,
            "region_nom": self.region_nom,
            "population": self.population,
            "codes_postaux": self.codes_postaux,
            "level": self.level,
            "commune": self.commune,
            "correspondance": self.match,
        }


def ordinals(folded: str) -> str:
    """'paris 11eme' -> 'paris 11e'; 'marseille 1' -> 'marseille 1er' (the COG's way of naming arrondissements)."""
    words = folded.split()
    if len(words) < 2 or words[0] not in PLM:
        return folded
    out = [words[0]]
    for word in words[1:]:
        m = _ORDINAL.match(word)
        out.append(("1er" if m.group(1) == "1" else f"{int(m.group(1))}e") if m else word)
    return " ".join(out)


class SearchIndex:
    def __init__(self, territories: pd.DataFrame):
        # Columns as Python lists first: iterating Arrow-backed columns value by value is slow, and a worker
        # rebuilds this index whenever a new release is published.
        names = dict(zip(zip(territories.level.tolist(), territories.code.tolist()), territories.name.tolist()))
        places = territories[territories.level.isin(["commune", "arrondissement"])]
        columns = {
            c: places[c].astype(object).where(places[c].notna(), None).tolist()
            for c in ("code", "name", "departement", "region", "population", "postcodes", "level", "commune")
        }
        self.hits: list[Hit] = []
        for code, name, dep, region, population, postcodes, level, commune in zip(*columns.values()):
            self.hits.append(
                Hit(
                    code=code,
                    nom=name,
                    departement=str(dep),
                    departement_nom=names.get(("departement", dep), ""),
                    region=str(region),
                    region_nom=names.get(("region", region), ""),
                    population=None if population is None else int(population),
                    codes_postaux=str(postcodes or "").split(),
                    level=level,
                    commune=None if commune is None else str(commune),
                )
            )
        population = np.array([h.population or 0 for h in self.hits])
        # Arrondissements rank just after their whole commune.
        self.rank = np.where([h.level == "arrondissement" for h in self.hits], population // 100, population)

        self.by_code: dict[str, int] = {}
        self.by_postcode: dict[str, list[int]] = {}
        self.by_name: dict[str, list[int]] = {}
        self.folded: list[str] = []
        prefix_entries: set[tuple[str, int]] = set()
        for i, hit in enumerate(self.hits):
            self.by_code[hit.code] = i
            for cp in hit.codes_postaux:
                self.by_postcode.setdefault(cp, []).append(i)
            folded = fold(hit.nom)
            self.folded.append(folded)
            for key in {folded, without_article(folded)}:
                self.by_name.setdefault(key, []).append(i)
            words = folded.split()
            for start in range(len(words)):
                prefix_entries.add((" ".join(words[start:]), i))
        ordered = sorted(prefix_entries)
        self.prefix_keys = [k for k, _ in ordered]
        self.prefix_ids = np.array([i for _, i in ordered], dtype=np.int32)
        for ids in self.by_postcode.values():
            ids.sort(key=self._postcode_order)
        self.postcodes = sorted(self.by_postcode)
        self.fuzzy_names = sorted(self.by_name)

    def _postcode_order(self, i: int):
        # Within a postcode: arrondissements first (most specific), then by population.
        return (self.hits[i].level != "arrondissement", -(self.hits[i].population or 0))

    def search(self, query: str, limit: int | None = None) -> list[Hit]:
        """Hits for a query, each saying what matched; ``limit`` caps names and prefixes, not a postcode's list."""
        if not isinstance(query, str):
            return []
        if len(query) > MAX_QUERY_LENGTH:
            raise QueryError(f"La recherche est limitée à {MAX_QUERY_LENGTH} caractères.")
        text = _CONTROL.sub(" ", query).strip()
        limit = DEFAULT_LIMIT if limit is None else max(1, min(int(limit), MAX_LIMIT))
        if not text:
            return []
        if _POSTCODE.match(text):
            found = [self._hit(i, "code_postal") for i in self.by_postcode.get(text, [])]
            if text in self.by_code:
                found.append(self._hit(self.by_code[text], "code_insee"))
            return found
        if _CODE.match(text) and text.upper() in self.by_code:
            return [self._hit(self.by_code[text.upper()], "code_insee")]
        if text.isdigit():
            return self._postcode_prefix(text, limit)
        if m := _POSTCODE_TOKEN.search(text):
            return self._postcode_and_name(m.group(1), fold(text[: m.start()] + " " + text[m.end() :]), limit)
        folded = ordinals(fold(text))
        if len(folded) < 2:
            return []
        found = self._names(folded, limit)
        return found or self._approximate(folded, limit)

    def _hit(self, i: int, match: str) -> Hit:
        return replace(self.hits[i], match=match)

    def _names(self, folded: str, limit: int) -> list[Hit]:
        exact = set(self.by_name.get(folded, []) + self.by_name.get(without_article(folded), []))
        candidates = set(self._prefix(folded, limit * 4)) | exact
        # An exact name wins unless a longer name is a far bigger place ("Aix" -> Aix-en-Provence).
        ordered = sorted(candidates, key=lambda i: -self.rank[i] * (EXACT_BOOST if i in exact else 1))
        return [self._hit(i, "nom") for i in ordered[:limit]]

    def _postcode_and_name(self, postcode: str, folded_name: str, limit: int) -> list[Hit]:
        ids = self.by_postcode.get(postcode, [])
        words = ordinals(folded_name).split()
        if words:
            named = [i for i in ids if all(any(w.startswith(q) for w in self.folded[i].split()) for q in words)]
            ids = named or ids
        return [self._hit(i, "code_postal") for i in ids[: max(limit, len(ids))]]

    def _prefix(self, folded: str, wanted: int) -> list[int]:
        lo = bisect.bisect_left(self.prefix_keys, folded)
        hi = bisect.bisect_left(self.prefix_keys, folded + "\x7f", lo)
        if lo == hi:
            return []
        ids = self.prefix_ids[lo:hi]
        ranks = self.rank[ids]
        if len(ids) > wanted:
            top = np.argpartition(-ranks, wanted)[:wanted]
            ids, ranks = ids[top], ranks[top]
        return [int(i) for i in ids[np.argsort(-ranks, kind="stable")]]

    def _postcode_prefix(self, digits: str, limit: int) -> list[Hit]:
        if len(digits) < 2 or len(digits) > 5:
            return []
        lo = bisect.bisect_left(self.postcodes, digits)
        hi = bisect.bisect_left(self.postcodes, digits + ":", lo)
        found = list(dict.fromkeys(i for cp in self.postcodes[lo:hi] for i in self.by_postcode[cp]))
        found.sort(key=lambda i: -self.rank[i])
        return [self._hit(i, "code_postal") for i in found[:limit]]

    def _approximate(self, folded: str, limit: int) -> list[Hit]:
        """Misspelt names: the closest folded names, the best score first, then the biggest place."""
        if len(folded) < 4:
            return []
        scored = process.extract(
            folded, self.fuzzy_names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=limit * 3
        )
        best: dict[int, float] = {}
        for name, score, _ in scored:
            for i in self.by_name[name]:
                best[i] = max(best.get(i, 0), score)
        ordered = sorted(best, key=lambda i: (-best[i], -self.rank[i]))
        return [self._hit(i, "nom_approche") for i in ordered[:limit]]
