"""Validation of every published table (pandera), run before publishing."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from ..domain.levels import LEVEL_IDS as LEVELS
from ..domain.statuses import STATUSES, WITH_VALUE
from ..periods import PERIOD_PATTERN

CODE_PATTERN = r"^[0-9A-Z]{2,9}$"

territories = pa.DataFrameSchema(
    {
        "code": pa.Column(str, pa.Check.str_matches(CODE_PATTERN)),
        "level": pa.Column(str, pa.Check.isin(LEVELS)),
        "name": pa.Column(str, pa.Check.str_length(1, 200)),
        "commune": pa.Column("string", nullable=True),
        "departement": pa.Column("string", nullable=True),
        "region": pa.Column("string", nullable=True),
        "epci": pa.Column("string", nullable=True),
        "zone_emploi": pa.Column("string", nullable=True),
        "bassin": pa.Column("string", nullable=True),
        "population": pa.Column("Int64", pa.Check.ge(0), nullable=True),
        "population_year": pa.Column("Int16"),
        "postcodes": pa.Column("string", pa.Check.str_matches(r"^(\d{5}( \d{5})*)?$"), nullable=True),
        "zone": pa.Column(str, pa.Check.isin(["metro", "drom", "france"])),
        # The COG's "type de nom en clair" (0-8): which article and preposition the name takes.
        "article": pa.Column("Int8", pa.Check.isin(list(range(9))), nullable=True),
    },
    unique=["level", "code"],
    strict=True,
)

_TEXT = [
    "theme",
    "label_fr",
    "label_en",
    "short_fr",
    "short_en",
    "unit",
    "unit_en",
    "frequency",
    "frequency_en",
    "definition_fr",
    "definition_en",
    "source",
    "source_en",
    "caveats_fr",
    "caveats_en",
    "aggregate",
    "next_update_fr",
    "next_update_en",
]
indicators = pa.DataFrameSchema(
    {
        "id": pa.Column(str, pa.Check.str_matches(r"^[a-z0-9_]+$"), unique=True),
        **{name: pa.Column(str) for name in _TEXT},
        "decimals": pa.Column(int, pa.Check.in_range(0, 3)),
        "kind": pa.Column(str, pa.Check.isin(["count", "rate", "share", "amount"])),
        "direction": pa.Column(str, pa.Check.isin(["up", "down", "neutral"])),
        "levels": pa.Column(
            str,
            pa.Check(
                lambda s: s.str.split().map(lambda lv: set(lv) <= set(LEVELS)),
                element_wise=False,
                error="unknown level",
            ),
        ),
    },
    strict=True,
)

observations = pa.DataFrameSchema(
    {
        "indicator": pa.Column("category"),
        "level": pa.Column("category", pa.Check.isin(LEVELS)),
        "code": pa.Column("category"),
        "period": pa.Column("category", pa.Check.str_matches(PERIOD_PATTERN)),
        "breakdown": pa.Column("category"),
        "breakdown_value": pa.Column("category"),
        "value": pa.Column(float, nullable=True),
        "status": pa.Column("category", pa.Check.isin(STATUSES)),
        "source": pa.Column("category"),
    },
    unique=["indicator", "level", "code", "period", "breakdown", "breakdown_value"],
    checks=[
        pa.Check(
            lambda df: df["value"].notna() | ~df["status"].isin(WITH_VALUE),
            error="a published or computed value is missing",
        ),
        pa.Check(
            lambda df: df["value"].isna() | df["status"].isin(WITH_VALUE),
            error="a value is given for a secret or missing cell",
        ),
        pa.Check(lambda df: df["value"].fillna(0) >= 0, error="negative value"),
    ],
    strict=True,
)


class ValidationError(ValueError):
    """A table does not match its schema; the message names table, rows and columns."""


def validate(name: str, schema: pa.DataFrameSchema, frame: pd.DataFrame) -> pd.DataFrame:
    try:
        return schema.validate(frame, lazy=True)
    except SchemaErrors as exc:
        cases = exc.failure_cases.head(5)
        details = "; ".join(
            f"column {row.column!r} row {row.index}: {row.check} (value {row.failure_case!r})"
            for row in cases.itertuples()
        )
        raise ValidationError(f"{name}: {len(exc.failure_cases)} problem(s): {details}") from None


def check_references(
    territories_frame: pd.DataFrame,
    observations_frame: pd.DataFrame,
    indicators_frame: pd.DataFrame,
    source_ids: set[str],
) -> None:
    """Cross-table checks: every observation points to a known territory, indicator and source."""
    known = set(zip(territories_frame.level, territories_frame.code))
    pairs = observations_frame[["level", "code"]].drop_duplicates()
    unknown = [p for p in zip(pairs.level.astype(str), pairs.code.astype(str)) if p not in known]
    if unknown:
        raise ValidationError(f"observations: {len(unknown)} unknown territories, e.g. {unknown[:3]}")
    bad_ind = set(observations_frame.indicator.astype(str).unique()) - set(indicators_frame.id)
    if bad_ind:
        raise ValidationError(f"observations: unknown indicators {sorted(bad_ind)}")
    bad_src = set(observations_frame.source.astype(str).unique()) - source_ids
    if bad_src:
        raise ValidationError(f"observations: sources missing from the manifest {sorted(bad_src)}")
