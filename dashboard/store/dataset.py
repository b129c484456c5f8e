"""Read-only access to one published release, with fast lookups.

Observations are stored sorted by (indicator, level, code, breakdown,
breakdown_value, period); at load time we record where each
(indicator, level, code) block starts and ends, so a territory's series is a
slice, not a scan.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..domain.manifest import read_manifest
from ..domain.statuses import WITH_VALUE
from ..memo import memoize
from ..periods import sort_key


class DatasetMissing(RuntimeError):
    """No dataset has been published yet."""


@dataclass(frozen=True)
class Point:
    value: float | None
    status: str
    source: str


class Dataset:
    def __init__(self, release: Path):
        self.release = release
        self.manifest = read_manifest(release)
        self.version: str = self.manifest["version"]
        self.sources: dict[str, dict] = {s["id"]: s for s in self.manifest["sources"]}
        territories = pd.read_parquet(release / "territories.parquet")
        self.territories = territories.set_index(["level", "code"], drop=False).sort_index()
        indicators = pd.read_parquet(release / "indicators.parquet")
        self.indicators: dict[str, dict] = {r["id"]: r for r in indicators.to_dict("records")}
        self.observations = _read_observations(release / "observations.parquet")
        self._blocks = self._index_blocks(self.observations)
        self._level_spans = self._index_level_spans(self._blocks)
        self._columns = _CategoryColumns(self.observations)
        former = _read_optional(release / "former_codes.parquet")
        self.successors: dict[str, str] = dict(zip(former.code, former.current)) if not former.empty else {}
        self.kpi_catalogue = _read_optional(release / "kpi_catalogue.parquet")
        self.kpis = _read_optional(release / "kpis.parquet")
        self.tables: dict[str, pd.DataFrame] = {
            p.stem: pd.read_parquet(p) for p in sorted((release / "tables").glob("*.parquet"))
        }
        jobs = self.tables.get("bmo_metiers", pd.DataFrame(columns=["year", "code", "label", "nomenclature"]))
        self.job_labels: dict[tuple[str, str], str] = {
            (str(y), c): lbl for y, c, lbl in zip(jobs.year, jobs.code, jobs.label)
        }
        self.job_nomenclature: dict[str, str] = dict(zip(jobs.year.astype(str), jobs.nomenclature))

    @property
    def published_at(self) -> datetime:
        """When this release was published (its ``Last-Modified``); the release's own time if unrecorded."""
        stamp = self.manifest.get("published_at")
        if stamp:
            return datetime.fromisoformat(stamp).astimezone(UTC)
        return datetime.fromtimestamp(self.release.stat().st_mtime, UTC)

    @property
    def published_on(self) -> date:
        return self.published_at.date()

    @staticmethod
    def _index_blocks(obs: pd.DataFrame) -> dict[tuple[str, str, str], tuple[int, int]]:
        if obs.empty:
            return {}
        keys = [obs[c].cat.codes.to_numpy(np.int64) for c in ("indicator", "level", "code")]
        combined = keys[0] * 10**12 + keys[1] * 10**9 + keys[2]
        if len(combined) and np.any(np.diff(combined) < 0):
            raise ValueError("observations.parquet is not sorted by indicator, level, code")
        starts = np.flatnonzero(np.r_[True, np.diff(combined) != 0])
        ends = np.r_[starts[1:], len(combined)]
        names = [obs[c].cat.categories.to_numpy() for c in ("indicator", "level", "code")]
        return {
            (names[0][keys[0][s]], names[1][keys[1][s]], names[2][keys[2][s]]): (int(s), int(e))
            for s, e in zip(starts, ends)
        }

    @staticmethod
    def _index_level_spans(blocks: dict) -> dict[tuple[str, str], tuple[int, int]]:
        """Rows are sorted by indicator, level, code: the rows of one indicator at one level are contiguous."""
        spans: dict[tuple[str, str], tuple[int, int]] = {}
        for (indicator, level, _), (start, end) in blocks.items():
            low, high = spans.get((indicator, level), (start, end))
            spans[(indicator, level)] = (min(low, start), max(high, end))
        return spans

    # Territories -------------------------------------------------------------
    def territory(self, level: str, code: str) -> dict | None:
        # A membership test first: .loc[("departement", "commune")] would read the code as a column name.
        if not isinstance(level, str) or not isinstance(code, str) or (level, code) not in self.territories.index:
            return None
        row = self.territories.loc[(level, code)]
        return {k: (None if pd.isna(v) else v.item() if hasattr(v, "item") else v) for k, v in row.items()}

    def find_territory(self, code: str) -> dict | None:
        """A commune or arrondissement by INSEE code."""
        return self.territory("commune", code) or self.territory("arrondissement", code)

    def level_table(self, level: str) -> pd.DataFrame:
        if level not in self.territories.index.get_level_values(0):
            return self.territories.iloc[0:0].reset_index(drop=True)
        return self.territories.loc[level].reset_index(drop=True)

    # Observations ------------------------------------------------------------
    def block(self, indicator: str, level: str, code: str) -> pd.DataFrame:
        span = self._blocks.get((indicator, level, code))
        if span is None:
            return self.observations.iloc[0:0]
        return self.observations.iloc[span[0] : span[1]]

    def level_block(self, indicator: str, level: str) -> pd.DataFrame:
        """Every row of one indicator at one level, without scanning the others."""
        span = self._level_spans.get((indicator, level))
        if span is None:
            return self.observations.iloc[0:0]
        return self.observations.iloc[span[0] : span[1]]

    def series(
        self, indicator: str, level: str, code: str, breakdown: str = "total", value: str = "total"
    ) -> pd.DataFrame:
        """Rows of one series, sorted by period: period, value, status, source."""
        periods, values, statuses, sources = self._series_arrays(indicator, level, code, breakdown, value)
        return pd.DataFrame({"period": periods, "value": values, "status": statuses, "source": sources})

    def _series_arrays(
        self, indicator: str, level: str, code: str, breakdown: str, value: str
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """One series as plain arrays sorted by period: views on the columns' category codes, not pandas
        selections (a territory page reads hundreds of series)."""
        span = self._blocks.get((indicator, level, code))
        if span is None:
            empty = np.array([], dtype=object)
            return empty, np.array([], dtype=float), empty, empty
        return self._columns.series(span, breakdown, value)

    def point(
        self, indicator: str, level: str, code: str, period: str, breakdown: str = "total", value: str = "total"
    ) -> Point | None:
        span = self._blocks.get((indicator, level, code))
        return None if span is None else self._columns.point(span, period, breakdown, value)

    def breakdown(self, indicator: str, level: str, code: str, period: str, dimension: str) -> pd.DataFrame:
        block = self.block(indicator, level, code)
        rows = block[(block.breakdown == dimension) & (block.period == period)]
        return (
            rows[["breakdown_value", "value", "status", "source"]]
            .astype({"breakdown_value": str, "status": str, "source": str})
            .reset_index(drop=True)
        )

    def periods(self, indicator: str, level: str = "pays", code: str = "FR") -> list[str]:
        return list(self.series(indicator, level, code).period)

    def latest_period(self, indicator: str, level: str = "pays", code: str = "FR") -> str | None:
        periods = self.periods(indicator, level, code)
        return periods[-1] if periods else None

    def latest(
        self, indicator: str, level: str, code: str, breakdown: str = "total", value: str = "total"
    ) -> tuple[str, Point] | None:
        """The last period of a series and its point (whatever its status), or None when there is no series."""
        periods, values, statuses, sources = self._series_arrays(indicator, level, code, breakdown, value)
        if not len(periods):
            return None
        raw = values[-1]
        return str(periods[-1]), Point(None if pd.isna(raw) else float(raw), str(statuses[-1]), str(sources[-1]))

    def has_series(self, indicator: str, level: str, code: str) -> bool:
        block = self.block(indicator, level, code)
        return bool(len(block)) and bool(block.status.isin(WITH_VALUE).any())

    def level_values(
        self, indicator: str, level: str, period: str, breakdown: str = "total", value: str = "total"
    ) -> pd.DataFrame:
        return _level_values(self, indicator, level, period, breakdown, value)

    def available_periods(self, indicator: str, level: str) -> list[str]:
        return _available_periods(self, indicator, level)

    def coverage(self, indicator: str, level: str) -> dict[str, int]:
        """How many territories of a level have a value, period by period."""
        return _coverage(self, indicator, level)

    def is_demo(self, source_id: str) -> bool:
        return bool(self.sources.get(source_id, {}).get("demo", True))

    def summary(self) -> dict:
        return {
            "version": self.version,
            "published_at": self.manifest.get("published_at"),
            "counts": self.manifest.get("counts"),
            "observations": len(self.observations),
            "sources": [
                {k: s.get(k) for k in ("id", "name", "vintage", "licence", "demo", "retrieved")}
                for s in self.manifest["sources"]
            ],
        }


def _read_optional(path: Path) -> pd.DataFrame:
    return pd.read_parquet(path) if path.exists() else pd.DataFrame()


class _CategoryColumns:
    """The observation table's categorical columns as their codes (numpy views, no copy) and categories."""

    def __init__(self, obs: pd.DataFrame):
        names = ("period", "breakdown", "breakdown_value", "status", "source")
        self.codes = {c: obs[c].cat.codes.to_numpy() for c in names} if len(obs) else {}
        self.categories = {c: np.asarray(obs[c].cat.categories, dtype=object) for c in names} if len(obs) else {}
        self.values = obs["value"].to_numpy()
        periods = self.categories.get("period", np.array([], dtype=object))
        # Each period's place in time (quarters, months and years sort apart from their text).
        self.period_rank = np.argsort(np.argsort([sort_key(p) for p in periods], kind="stable"))
        self.lookup = {c: {v: i for i, v in enumerate(cats)} for c, cats in self.categories.items()}

    def _code(self, column: str, text: str) -> int:
        """A text's category code; -2 for a text the column never holds (-1 is a missing cell's code)."""
        return self.lookup[column].get(text, -2)

    def point(self, span: tuple[int, int], period: str, breakdown: str, value: str) -> Point | None:
        start, end = span
        hit = np.flatnonzero(
            (self.codes["period"][start:end] == self._code("period", period))
            & (self.codes["breakdown"][start:end] == self._code("breakdown", breakdown))
            & (self.codes["breakdown_value"][start:end] == self._code("breakdown_value", value))
        )
        if not len(hit):
            return None
        i = hit[0] + start
        raw = self.values[i]
        status = self.categories["status"][self.codes["status"][i]]
        return Point(
            None if pd.isna(raw) else float(raw), str(status), str(self.categories["source"][self.codes["source"][i]])
        )

    def series(self, span: tuple[int, int], breakdown: str, value: str):
        start, end = span
        keep = (self.codes["breakdown"][start:end] == self._code("breakdown", breakdown)) & (
            self.codes["breakdown_value"][start:end] == self._code("breakdown_value", value)
        )
        rows = np.flatnonzero(keep) + start
        period_codes = self.codes["period"][rows]
        rows = rows[np.argsort(self.period_rank[period_codes], kind="stable")]
        return (
            self.categories["period"][self.codes["period"][rows]],
            self.values[rows],
            self.categories["status"][self.codes["status"][rows]],
            self.categories["source"][self.codes["source"][rows]],
        )


def _read_observations(path: Path) -> pd.DataFrame:
    # Converting block by block and handing memory back to the OS keeps the RSS of
    # each worker close to the size of the data itself.
    table = pq.read_table(path)
    frame = table.to_pandas(split_blocks=True, self_destruct=True)
    del table
    pa.default_memory_pool().release_unused()
    return frame


@memoize("level_values", 32)
def _level_values(dataset: Dataset, indicator, level, period, breakdown, value) -> pd.DataFrame:
    obs = dataset.observations
    mask = (
        (obs.indicator == indicator)
        & (obs.level == level)
        & (obs.period == period)
        & (obs.breakdown == breakdown)
        & (obs.breakdown_value == value)
    )
    rows = obs.loc[mask, ["code", "value", "status", "source"]]
    return rows.astype({"code": str, "status": str, "source": str}).reset_index(drop=True)


@lru_cache(maxsize=512)
def _available_periods(dataset: Dataset, indicator: str, level: str) -> list[str]:
    obs = dataset.observations
    mask = (obs.indicator == indicator) & (obs.level == level) & (obs.breakdown == "total")
    return sorted(set(obs.loc[mask, "period"].astype(str)), key=sort_key)


@lru_cache(maxsize=512)
def _coverage(dataset: Dataset, indicator: str, level: str) -> dict[str, int]:
    obs = dataset.observations
    mask = (
        (obs.indicator == indicator)
        & (obs.level == level)
        & (obs.breakdown == "total")
        & (obs.breakdown_value == "total")
        & obs.status.isin(WITH_VALUE)
        & obs.value.notna()
    )
    counts = obs.loc[mask, "period"].astype(str).value_counts()
    return {str(p): int(n) for p, n in counts.items()}


_current: Dataset | None = None
_current_lock = threading.Lock()


def load(data_dir: Path) -> Dataset:
    """The dataset of data_dir/current, loaded once per process."""
    global _current
    with _current_lock:
        link = data_dir / "current"
        if not link.exists():
            raise DatasetMissing(f"no published dataset in {data_dir} (run: python -m dashboard data build)")
        release = link.resolve()
        if _current is None or _current.release != release:
            _current = Dataset(release)
        return _current
