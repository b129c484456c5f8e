"""In-memory search over communes and arrondissements.

Three exact indexes (INSEE code, postcode, full folded name) and one sorted
array of name keys for prefix search. Each name is indexed under every word
start ("saint etienne", "etienne") and without its leading article, so
"havre", "le havre", "st etienne" and "etienne" all find their commune.
Results are ranked: exact code or postcode, exact name, then prefix matches
by decreasing population.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..text import fold, without_article

MAX_QUERY_LENGTH = 100
DEFAULT_LIMIT = 10
EXACT_BOOST = 10
_CODE = re.compile(r"^(\d[0-9AB]\d{3})$", re.IGNORECASE)
_POSTCODE = re.compile(r"^\d{5}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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

    def as_json(self) -> dict:
        return {
            "code": self.code, "nom": self.nom, "departement": self.departement,
            "departement_nom": self.departement_nom, "region": self.region, "region_nom": self.region_nom,
            "population": self.population, "codes_postaux": self.codes_postaux, "level": self.level,
            "commune": self.commune,
        }


class SearchIndex:
    def __init__(self, territories: pd.DataFrame):
        names = {(lvl, code): name for lvl, code, name in
                 zip(territories.level, territories.code, territories.name)}
        places = territories[territories.level.isin(["commune", "arrondissement"])]
        self.hits: list[Hit] = []
        for row in places.itertuples(index=False):
            self.hits.append(Hit(
                code=row.code, nom=row.name, departement=str(row.departement),
                departement_nom=names.get(("departement", row.departement), ""),
                region=str(row.region), region_nom=names.get(("region", row.region), ""),
                population=None if pd.isna(row.population) else int(row.population),
                codes_postaux=str(row.postcodes or "").split(), level=row.level,
                commune=None if pd.isna(row.commune) else str(row.commune),
            ))
        population = np.array([h.population or 0 for h in self.hits])
        # Arrondissements rank just after their whole commune.
        self.rank = np.where([h.level == "arrondissement" for h in self.hits], population // 100, population)

        self.by_code: dict[str, int] = {}
        self.by_postcode: dict[str, list[int]] = {}
        self.by_name: dict[str, list[int]] = {}
        prefix_entries: set[tuple[str, int]] = set()
        for i, hit in enumerate(self.hits):
            self.by_code[hit.code] = i
            for cp in hit.codes_postaux:
                self.by_postcode.setdefault(cp, []).append(i)
            folded = fold(hit.nom)
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

    def _postcode_order(self, i: int):
        # Within a postcode: arrondissements first (most specific), then by population.
        return (self.hits[i].level != "arrondissement", -(self.hits[i].population or 0))

    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
        if not isinstance(query, str):
            return []
        if len(query) > MAX_QUERY_LENGTH:
            raise QueryError(f"La recherche est limitée à {MAX_QUERY_LENGTH} caractères.")
        text = _CONTROL.sub(" ", query).strip()
        limit = max(1, min(int(limit), 50))
        if not text:
            return []
        if _POSTCODE.match(text):
            found = list(self.by_postcode.get(text, []))
            if text in self.by_code:
                found.append(self.by_code[text])
            return self._unique(found, limit)
        if _CODE.match(text) and text.upper() in self.by_code:
            return [self.hits[self.by_code[text.upper()]]]
        if text.isdigit():
            return self._postcode_prefix(text, limit)
        folded = fold(text)
        if len(folded) < 2:
            return []
        exact = set(self.by_name.get(folded, []) + self.by_name.get(without_article(folded), []))
        candidates = set(self._prefix(folded, limit * 4)) | exact
        # An exact name wins unless a longer name is a far bigger place ("Aix" -> Aix-en-Provence).
        ordered = sorted(candidates, key=lambda i: -self.rank[i] * (EXACT_BOOST if i in exact else 1))
        return self._unique(ordered, limit)

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
        found = [i for cp in self.postcodes[lo:hi] for i in self.by_postcode[cp]]
        found.sort(key=lambda i: -self.rank[i])
        return self._unique(found, limit)

    def _unique(self, ids: list[int], limit: int) -> list[Hit]:
        seen, out = set(), []
        for i in ids:
            if i not in seen:
                seen.add(i)
                out.append(self.hits[i])
                if len(out) == limit:
                    break
        return out
