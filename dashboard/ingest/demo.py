"""The demonstration dataset: the real release's shape with made-up values, built only on request.

``data build --demo`` keeps every territory, series, period and status of the
real release and replaces each value by a deterministic perturbation of it
(seed ``SEED``): the pages, maps and API behave as on real data, for load tests
and development. Every value of such a release points to the source
``DEMO_SOURCE`` (``demo: true`` in the manifest), so the interface shows
"données de démonstration" wherever one of them appears; no demo value ever
sits in a real series, since a demo release has no real series.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from ..domain.indicators import CATALOGUE
from .release import Release

DEMO_SOURCE = "demo"
SEED = 20260101


def demo_source() -> dict:
    return dict(
        id=DEMO_SOURCE,
        name="Données de démonstration",
        name_en="Demonstration data",
        publisher="Emploi-Territoires (valeurs générées, aucune valeur officielle)",
        publisher_en="Emploi-Territoires (generated values, no official value)",
        url=None,
        licence="Licence Ouverte 2.0",
        vintage=f"générées de façon déterministe (graine {SEED})",
        vintage_en=f"generated deterministically (seed {SEED})",
        package=None,
        retrieved=date.today().isoformat(),
        checksum=None,
        demo=True,
        covers=sorted(CATALOGUE),
    )


def demonstrate(release: Release) -> Release:
    """Same shape, made-up values: a smooth factor per series times a small noise per value."""
    obs = release.observations.reset_index(drop=True)
    rng = np.random.default_rng(SEED)
    series = obs.groupby(["indicator", "level", "code"], sort=True).ngroup().to_numpy()
    per_series = np.exp(rng.normal(0, 0.18, series.max() + 1 if len(series) else 1))
    factor = per_series[series] * np.exp(rng.normal(0, 0.03, len(obs)))
    shares = {i for i, entry in CATALOGUE.items() if entry.kind in ("rate", "share")}
    is_share = obs.indicator.astype(str).isin(shares).to_numpy()
    raw = obs.value.to_numpy(dtype=float) * factor
    values = np.where(is_share, np.clip(np.round(raw, 1), 0, 100), np.round(raw))
    demo = obs.assign(value=values, source=DEMO_SOURCE)
    kept = [s for s in release.sources if s["id"] in ("cog", "geometry", "kpi")]
    # Extra tables (jobs, tensions) are real and keep their sources; only the series are made up.
    feeding = set(obs.source.unique())
    table_sources = [s for s in release.sources if s["id"] not in feeding and s not in kept]
    return release.with_(observations=demo, sources=kept + table_sources + [demo_source()])


def is_demo(observations: pd.DataFrame) -> bool:
    return bool((observations.source == DEMO_SOURCE).any())
