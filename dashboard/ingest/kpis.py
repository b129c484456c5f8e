"""National performance indicators: a published-values CSV and its catalogue.

The CSV (one row per published value) has the columns
``indicator_id, indicator_label_fr, unit, period, value, kind, source_kind,
source_url, source_title``. A newer file in the same layout is a data change,
not a code change: every row is checked, and the first problems are reported
with their line numbers.

Periods are written as publications write them; each is normalised into a
canonical period (``2016``, ``2016-06``, ``2024-T4``, or empty when the source
does not state one), an ordering key, and the note that came with it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..domain.kpis import KEY_FIGURE, THEMES  # noqa: F401  (re-exported)

COLUMNS = [
    "indicator_id",
    "indicator_label_fr",
    "unit",
    "period",
    "value",
    "kind",
    "source_kind",
    "source_url",
    "source_title",
]
CATALOGUE_COLUMNS = ["indicator_id", "theme", "direction", "label_en", "definition_fr", "definition_en"]
# Where a figure with no stated period was seen, when, and who publishes it (blank for dated values).
CATALOGUE_OPTIONAL = ["shown_at", "seen_on", "publisher"]
KINDS = {"actual", "target"}
SOURCE_KINDS = {"official", "press_or_copy"}

_ID = re.compile(r"^[A-Z0-9_]{2,60}$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_PERIOD = re.compile(r"^(?P<year>\d{4})(?:-(?:Q(?P<q>[1-4])|(?P<m>0[1-9]|1[0-2])))?(?:\s*\((?P<note>.+)\))?$")
_RANGE = re.compile(r"^(?P<first>\d{4})/(?P<last>\d{4})(?:\s*\((?P<note>.+)\))?$")
_UNSTATED = re.compile(r"^non précisée(?:\s*\((?P<note>.+)\))?$", re.IGNORECASE)


class KpiFileError(ValueError):
    """The file does not match the expected layout; the message names file, line and column."""


@dataclass(frozen=True)
class Period:
    period: str  # canonical, or "" when the source states none
    order: int  # yyyymm of the period's end (0 when unknown)
    granularity: str  # "year", "quarter", "month", "range" or "unstated"
    note: str


def parse_period(text: str) -> Period:
    text = text.strip()
    if m := _PERIOD.match(text):
        year, note = int(m["year"]), (m["note"] or "").strip()
        if m["q"]:
            return Period(f"{year}-T{m['q']}", year * 100 + int(m["q"]) * 3, "quarter", note)
        if m["m"]:
            return Period(f"{year}-{m['m']}", year * 100 + int(m["m"]), "month", note)
        return Period(str(year), year * 100 + 12, "year", note)
    if m := _RANGE.match(text):
        note = f"{m['first']}/{m['last']}" + (f" ({m['note']})" if m["note"] else "")
        return Period("", int(m["last"]) * 100 + 12, "range", note)
    if m := _UNSTATED.match(text):
        return Period("", 0, "unstated", (m["note"] or "").strip())
    raise ValueError(f"période illisible « {text} »")


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


def read_catalogue(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = set(CATALOGUE_COLUMNS) - set(frame.columns)
    if missing:
        raise KpiFileError(f"{path.name}: colonnes manquantes {sorted(missing)}")
    bad = frame[~frame.theme.isin(THEMES) | ~frame.direction.isin(["up", "down"])]
    if len(bad):
        raise KpiFileError(f"{path.name}: ligne {bad.index[0] + 2}: thème ou sens inconnu")
    for column in CATALOGUE_OPTIONAL:
        frame[column] = frame[column].fillna("") if column in frame else ""
    return frame


def read_values(path: Path, catalogue: pd.DataFrame) -> pd.DataFrame:
    """Parses and checks the published-values CSV; raises KpiFileError naming every bad line (up to 10)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KpiFileError(f"{path.name}: le fichier n'est pas en UTF-8 (octet {exc.start})") from None
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise KpiFileError(f"{path.name}: ligne 1: colonnes manquantes {missing} (attendu : {', '.join(COLUMNS)})")
    known = set(catalogue.indicator_id)
    rows, problems = [], []
    for line, row in enumerate(reader, start=2):

        def problem(column: str, message: str, line: int = line) -> None:
            problems.append(f"ligne {line}, colonne « {column} » : {message}")

        ident = (row.get("indicator_id") or "").strip()
        if not _ID.match(ident):
            problem("indicator_id", f"identifiant invalide « {ident[:40]} »")
        elif ident not in known:
            problem("indicator_id", f"indicateur inconnu « {ident} » (absent de catalogue.csv)")
        value_text = (row.get("value") or "").strip()
        if not _NUMBER.match(value_text):
            problem("value", f"valeur non numérique « {value_text[:40]} »")
        kind = (row.get("kind") or "").strip()
        if kind not in KINDS:
            problem("kind", f"« {kind[:20]} » au lieu de actual ou target")
        source_kind = (row.get("source_kind") or "").strip()
        if source_kind not in SOURCE_KINDS:
            problem("source_kind", f"« {source_kind[:20]} » au lieu de official ou press_or_copy")
        url = (row.get("source_url") or "").strip()
        title = (row.get("source_title") or "").strip()
        if url and not url.startswith(("https://", "http://")):
            problem("source_url", "adresse qui ne commence pas par http(s)://")
        if not url and not title:
            problem("source_title", "ni adresse ni titre de source")
        if not (row.get("indicator_label_fr") or "").strip():
            problem("indicator_label_fr", "libellé vide")
        try:
            period = parse_period(row.get("period") or "")
        except ValueError as exc:
            problem("period", str(exc))
            continue
        if len(problems):
            continue
        rows.append(
            {
                "indicator_id": ident,
                "label_fr": row["indicator_label_fr"].strip(),
                "unit": row["unit"].strip(),
                "period_raw": row["period"].strip(),
                "period": period.period,
                "period_order": period.order,
                "granularity": period.granularity,
                "period_note": period.note,
                "value": float(value_text),
                "decimals": _decimals(value_text),
                "kind": kind,
                "source_kind": source_kind,
                "source_url": url,
                "source_title": title,
                "line": line,
            }
        )
    if problems:
        shown = "; ".join(problems[:10]) + (f" (et {len(problems) - 10} autres)" if len(problems) > 10 else "")
        raise KpiFileError(f"{path.name}: {len(problems)} problème(s) : {shown}")
    if not rows:
        raise KpiFileError(f"{path.name}: aucune ligne de données")
    return pd.DataFrame(rows)


def load(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    catalogue = read_catalogue(folder / "catalogue.csv")
    values = read_values(folder / "national_kpis.csv", catalogue)
    return catalogue, values
