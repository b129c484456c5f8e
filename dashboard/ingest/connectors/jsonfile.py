"""Reading saved API answers (JSON files written by `data fetch`): one object per file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from . import SourceFileError


def document(path: Path) -> dict:
    """The file's JSON object; anything else is refused with the file's name."""
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise SourceFileError(path, f"JSON illisible ({exc.__class__.__name__})") from None
    if not isinstance(found, dict):
        raise SourceFileError(path, "objet JSON attendu")
    return found


def is_answer(path: Path, accept: Callable[[dict], bool]) -> bool:
    """Whether a file is a saved answer that ``accept`` recognises (never raises)."""
    if path.suffix.lower() != ".json":
        return False
    try:
        return accept(document(path))
    except SourceFileError:
        return False
