"""One adapter per official source, all with the same interface.

A connector knows a file layout: ``recognise(path)`` says whether a file is
its own, ``parse(path, context)`` returns a :class:`ConnectorResult` or raises
:class:`SourceFileError` naming the file, sheet, row and column at fault.
Nothing here touches the published dataset: the pipeline merges results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd


class SourceFileError(ValueError):
    """A source file does not match its expected layout."""

    def __init__(
        self,
        path: Path | str,
        message: str,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ):
        where = [f"fichier {Path(path).name}"]
        if sheet:
            where.append(f"feuille « {sheet} »")
        if row is not None:
            where.append(f"ligne {row}")
        if column:
            where.append(f"colonne « {column} »")
        super().__init__(", ".join(where) + " : " + message)
        self.path, self.sheet, self.row, self.column = Path(path), sheet, row, column


@dataclass
class ParseContext:
    """What a connector may need from the current release."""

    territories: pd.DataFrame
    former_codes: dict[str, str]


@dataclass
class ConnectorResult:
    source: dict  # manifest entry: id, name, publisher, url, licence, vintage, covers
    observations: pd.DataFrame = field(default_factory=pd.DataFrame)
    covers: set[tuple[str, str]] = field(default_factory=set)  # (indicator, level) series replaced
    territories: pd.DataFrame = field(default_factory=pd.DataFrame)  # territories to add or replace
    links: dict[str, pd.Series] = field(default_factory=dict)  # territory column -> code -> value
    notes: list[str] = field(default_factory=list)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)  # extra release tables (name -> rows)


OBSERVATION_COLUMNS = [
    "indicator",
    "level",
    "code",
    "period",
    "breakdown",
    "breakdown_value",
    "value",
    "status",
    "source",
]


def observations_frame(records: list[tuple] | pd.DataFrame, source: str) -> pd.DataFrame:
    """Rows (indicator, level, code, period, breakdown, breakdown_value, value, status) with their source."""
    frame = records if isinstance(records, pd.DataFrame) else pd.DataFrame(records, columns=OBSERVATION_COLUMNS[:-1])
    frame = frame.assign(source=source)[OBSERVATION_COLUMNS]
    frame["value"] = frame["value"].astype(float)
    return frame.sort_values(OBSERVATION_COLUMNS[:6], kind="stable").reset_index(drop=True)


def registry():
    from . import (
        anotea,
        bassins,
        bmo,
        dares_communes,
        dares_defm_mensuel,
        dares_fap2021,
        dares_tensions,
        france_travail_api,
        ft_sortants_formation,
        ft_tensions,
        insee_chomage_bdm,
        insee_chomage_dep_reg,
        insee_chomage_ze,
        insee_recensement,
        insee_ze_composition,
        inserjeunes,
        metiers_penurie,
        stmt,
    )

    return [
        insee_chomage_ze,
        insee_ze_composition,
        insee_chomage_dep_reg,  # before insee_chomage_bdm, another edition of its source: by_id() finds this one
        insee_chomage_bdm,
        insee_recensement,
        stmt,
        dares_defm_mensuel,
        dares_communes,
        bassins,
        bmo,
        dares_tensions,
        dares_fap2021,
        ft_tensions,
        metiers_penurie,
        inserjeunes,
        ft_sortants_formation,  # before france_travail_api, which takes any saved answer
        france_travail_api,
        anotea,
    ]


def by_id(source_id: str):
    for connector in registry():
        if connector.ID == source_id:
            return connector
    known = ", ".join(c.ID for c in registry())
    raise SourceFileError(source_id, f"source inconnue (sources connues : {known})")


def recognise(path: Path):
    for connector in registry():
        if connector.recognise(path):
            return connector
    raise SourceFileError(path, "format non reconnu ; précisez la source avec --source")
