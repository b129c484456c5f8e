"""Reading official CSV files: encoding, delimiter, header check, rows with their line numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from . import SourceFileError


def first_line(path: Path, encoding: str = "utf-8-sig") -> str | None:
    try:
        with path.open(encoding=encoding) as fh:
            return fh.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError):
        return None


def header(path: Path, delimiter: str, encoding: str = "utf-8-sig") -> list[str] | None:
    line = first_line(path, encoding)
    if line is None:
        return None
    return [c.strip().strip('"').replace("\u2019", "'") for c in line.split(delimiter)]


def rows(
    path: Path, expected: list[str], delimiter: str = ",", encoding: str = "utf-8-sig", prefix_only: bool = False
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, {column: stripped text}) for every non-empty line; refuses a file whose header differs."""
    try:
        text = path.read_text(encoding=encoding)
    except UnicodeDecodeError as exc:
        raise SourceFileError(path, f"encodage illisible (attendu : {encoding}) à l'octet {exc.start}") from None
    except OSError as exc:
        raise SourceFileError(path, f"fichier illisible ({exc.__class__.__name__})") from None
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    found = [c.strip().replace("\u2019", "'") for c in next(reader, [])]
    if (found[: len(expected)] if prefix_only else found) != expected:
        raise SourceFileError(path, f"colonnes inattendues {found[:6]}… (attendu : {', '.join(expected)})", row=1)
    for line, row in enumerate(reader, start=2):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(found):
            raise SourceFileError(path, f"{len(row)} champs au lieu de {len(found)}", row=line)
        yield line, {name: cell.strip() for name, cell in zip(expected, row)}


def number(text: str, path: Path, line: int, column: str, decimal_comma: bool = False) -> float | None:
    """'39e3' -> 39000.0; '' -> None; anything else unreadable is refused with its place."""
    if text == "" or text.upper() in ("NA", "NAN"):
        return None
    raw = text.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if decimal_comma:
        raw = raw.replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        raise SourceFileError(path, f"nombre illisible « {text[:20]} »", row=line, column=column) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise SourceFileError(path, f"nombre illisible « {text[:20]} »", row=line, column=column)
    return value
