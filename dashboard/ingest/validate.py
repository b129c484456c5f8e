"""A new edition is checked before anything is written: against the referential, and against the edition it replaces.

- a rate or a share stays within 0–100;
- a count of residents (job seekers, active or unemployed people) is never above its territory's population
  (with a margin: the population is that of another year);
- a new edition keeps every period and territory the one it replaces had, unless the maintainer says so
  (``--allow-shrink``), which is then recorded with the source.

Each refusal names the file, the line when the file is text, and the reason.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..domain.indicators import CATALOGUE
from ..formatting import format_number
from .connectors import ConnectorResult, SourceFileError

_DELIMITERS = (";", "\t", ",")
POPULATION_MARGIN, POPULATION_SLACK = 0.2, 50  # above 120 % of the population and 50 more people: refused
_SHOWN = 6  # periods or codes named in a refusal before "…"


def _matches(cell: str, value: float) -> bool:
    try:
        return float(cell.replace("\u202f", "").replace(" ", "").replace(",", ".")) == value
    except ValueError:
        return False


def locate(files: list[Path], code: str, value: float) -> tuple[Path, int | None]:
    """The file and line holding a territory's value, for a text file; the first file and no line otherwise."""
    for path in files:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            for delimiter in _DELIMITERS:  # one at a time: a decimal comma is no field separator in a ';' file
                cells = [c.strip().strip('"') for c in line.split(delimiter)]
                if code in cells and any(_matches(c, value) for c in cells if c != code):
                    return path, number
    return files[0], None


def check_bounds(result: ConnectorResult, files: list[Path], territories: pd.DataFrame) -> None:
    """Refuses a value no territory can have: a percentage outside 0–100, more residents counted than live there."""
    obs = result.observations
    if obs.empty:
        return
    known = obs[obs.value.notna() & obs.indicator.isin(CATALOGUE)]
    percent = known.indicator.map(lambda i: CATALOGUE[i].is_percentage).astype(bool)
    wrong = known[percent & ((known.value < 0) | (known.value > 100))]
    if not wrong.empty:
        row = wrong.iloc[0]
        path, line = locate(files, row.code, row.value)
        raise SourceFileError(
            path,
            f"{row.indicator} = {format_number(row.value, 1)} pour {row.level} {row.code} ({row.period}) : "
            "un taux ou une part est compris entre 0 et 100",
            row=line,
        )
    own = known.status != "former_territory"  # that figure describes a larger, former territory
    residents = known[own & known.indicator.map(lambda i: CATALOGUE[i].counts_residents).astype(bool)]
    population = territories.set_index(["level", "code"]).population
    ceiling = pd.Series(
        [population.get((lvl, c)) for lvl, c in zip(residents.level, residents.code)], index=residents.index
    ).astype("Float64")
    # The population is the legal one of another year than the figure (a 2021 census estimate, a month of 2020–2024):
    # a margin absorbs a small commune's real change; a corrupted count is far beyond it.
    limit = (ceiling * (1 + POPULATION_MARGIN)).combine(ceiling + POPULATION_SLACK, max)
    over = residents[(ceiling.notna() & (residents.value > limit)).fillna(False).astype(bool)]
    if not over.empty:
        row = over.iloc[0]
        name = territories.set_index(["level", "code"]).name.get((row.level, row.code), row.code)
        path, line = locate(files, row.code, row.value)
        raise SourceFileError(
            path,
            f"{format_number(row.value, 0)} pour {row.indicator}, {name} ({row.level} {row.code}, {row.period}) : "
            f"plus que la population du territoire ({format_number(ceiling[over.index[0]], 0)} habitants)",
            row=line,
        )


def _listed(values: set[str]) -> str:
    shown = sorted(values)
    return ", ".join(shown[:_SHOWN]) + (f"… ({len(shown)} en tout)" if len(shown) > _SHOWN else "")


def shrinkage(replaced: pd.DataFrame, new: pd.DataFrame) -> list[str]:
    """What the replaced rows held that the new edition does not: periods and territories, per indicator."""
    lost: dict[tuple[str, str], list[str]] = {}
    for (indicator, level), old in replaced.groupby(["indicator", "level"], observed=True):
        fresh = new[(new.indicator == indicator) & (new.level == level)]
        periods = sorted(set(old.period) - set(fresh.period))
        codes = set(old.code) - set(fresh.code)
        if periods:
            what = f"{len(periods)} périodes, de {periods[0]} à {periods[-1]}" if len(periods) > 1 else periods[0]
            lost.setdefault((indicator, what), []).append(level)
        if codes:
            lost.setdefault((indicator, f"territoires {_listed(codes)}"), []).append(level)
    return [f"{indicator} ({', '.join(levels)}) : {what}" for (indicator, what), levels in lost.items()]


def refuse_shrink(files: list[Path], lost: list[str]) -> None:
    last = _last_line(files[-1])
    raise SourceFileError(
        files[-1],
        "l'édition retire ce que la précédente publiait ("
        + " ; ".join(lost)
        + ")"
        + (f", le fichier s'arrête à la ligne {last}" if last else "")
        + ". Rien n'a été publié ; pour l'accepter quand même : --allow-shrink (consigné avec la source)",
    )


def _last_line(path: Path) -> int | None:
    try:
        return len(path.read_text(encoding="utf-8-sig").splitlines()) or None
    except (OSError, UnicodeDecodeError):
        return None
