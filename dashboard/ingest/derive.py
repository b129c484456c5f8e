"""Figures of larger areas computed from the communes, as the catalogue says each indicator adds up.

A count ("sum") is added up over the communes of each area (municipal
arrondissements excluded: their commune is already counted). An area gets a
value only when the communes with a value hold at least 99 % of its legal
population; otherwise it is "na", never an undercount. A rate ("ratio") is the
ratio of the summed numerator and denominator at every level, never an average
of rates. Every computed value has the status ``derived``. Last, the site's publication rule
(domain/publication.py) withholds what no page shows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..domain import publication
from ..domain.indicators import CATALOGUE
from ..domain.levels import COUNTRY
from ..domain.publication import FORMER_TERRITORY
from .connectors import OBSERVATION_COLUMNS
from .exact import decimal_sum
from .release import Release

AREA_LEVELS = ("epci", "zone_emploi", "bassin", "departement", "region", "pays")
MIN_COVERAGE = 0.99


def _sums(values: pd.DataFrame, communes: pd.DataFrame, level: str) -> pd.DataFrame:
    """values: code, value, source (one period). Returns code, value, status, source for each area of level."""
    members = communes.assign(area=COUNTRY) if level == "pays" else communes.rename(columns={level: "area"})
    members = members.dropna(subset=["area"])
    indexed = values.set_index("code")
    found = members.code.map(indexed.value)
    # A re-created commune with no figure of its own is covered by the former commune's figure.
    counted_elsewhere = members.code.map(indexed.status).eq(FORMER_TERRITORY) & found.isna()
    members = members.assign(value=found, covered=np.where(found.notna() | counted_elsewhere, members.population, 0))
    grouped = members.groupby("area").agg(
        population=("population", "sum"),
        covered=("covered", "sum"),
        value=("value", lambda v: decimal_sum(v.dropna())),
    )
    enough = grouped.covered >= MIN_COVERAGE * grouped.population.where(grouped.population > 0, np.inf)
    return pd.DataFrame(
        {
            "code": grouped.index,
            "value": np.where(enough, grouped.value, np.nan),
            "status": np.where(enough, "derived", "na"),
            "source": values.source.iloc[0],
        }
    )


def _summed(observations: pd.DataFrame, territories: pd.DataFrame) -> list[pd.DataFrame]:
    communes = territories.loc[territories.level == "commune", ["code", "population", *AREA_LEVELS[:-1]]]
    communes = communes.assign(population=communes.population.fillna(0).astype(float))
    present = set(zip(observations.indicator, observations.level))
    out = []
    for indicator in (i for i in CATALOGUE.values() if i.aggregate == "sum"):
        rows = observations[
            (observations.indicator == indicator.id)
            & (observations.level == "commune")
            & (observations.breakdown == "total")
        ]
        for period, values in rows.groupby("period"):
            for level in (lvl for lvl in indicator.level_list if lvl in AREA_LEVELS):
                if (indicator.id, level) in present:
                    continue  # the source publishes this level itself
                frame = _sums(values, communes, level)
                out.append(frame.assign(indicator=indicator.id, level=level, period=period))
    return out


def _ratios(observations: pd.DataFrame) -> list[pd.DataFrame]:
    out = []
    keys = ["level", "code", "period"]
    for indicator in (i for i in CATALOGUE.values() if i.aggregate.startswith("ratio:")):
        numerator, denominator = indicator.aggregate.split(":", 1)[1].split("/")
        parts = {}
        for name in (numerator, denominator):
            rows = observations[(observations.indicator == name) & (observations.breakdown == "total")]
            parts[name] = rows.set_index(keys)[["value", "status", "source"]]
        joined = parts[numerator].join(parts[denominator].add_suffix("_den"), how="inner")
        former = (joined.status == FORMER_TERRITORY) | (joined.status_den == FORMER_TERRITORY)
        valid = joined.value.notna() & joined.value_den.notna() & (joined.value_den > 0)
        frame = joined.reset_index()
        out.append(
            pd.DataFrame(
                {
                    "indicator": indicator.id,
                    "level": frame.level,
                    "code": frame.code,
                    "period": frame.period,
                    "value": np.where(
                        valid, 100 * joined.value.to_numpy() / joined.value_den.where(valid, 1).to_numpy(), np.nan
                    ),
                    "status": np.where(former.to_numpy(), FORMER_TERRITORY, np.where(valid, "derived", "na")),
                    "source": frame.source,
                }
            )
        )
    return out


def derive(release: Release) -> Release:
    observations = release.observations
    summed = _summed(observations, release.territories)
    with_sums = pd.concat(
        [observations, *[f.assign(breakdown="total", breakdown_value="total") for f in summed]], ignore_index=True
    )
    ratios = [f.assign(breakdown="total", breakdown_value="total") for f in _ratios(with_sums)]
    ratio_ids = {i.id for i in CATALOGUE.values() if i.aggregate.startswith("ratio:")}
    kept = with_sums[~with_sums.indicator.isin(ratio_ids)]
    merged = pd.concat([kept, *ratios], ignore_index=True)[OBSERVATION_COLUMNS]
    return release.with_(observations=publication.apply(merged, release.territories))
