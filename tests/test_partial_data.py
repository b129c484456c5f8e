"""Pages, maps, exports and API routes render for any subset of sources, periods and territories.

Each example publishes a copy of the real release with some sources, periods and
levels removed, installs it in the running app as a live reload would, and asks
for every kind of page, export and API answer: none may fail or show the error page.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.store import runtime
from dashboard.store.dataset import Dataset
from dashboard.store.search import SearchIndex
from tests.conftest import page_text

SOURCES = ["stmt", "dares_defm_mensuel", "insee_chomage_ze", "insee_chomage_dep_reg", "insee_recensement", "bmo"]
LEVELS = ["commune", "arrondissement", "departement", "region", "pays", "bassin", "epci", "zone_emploi"]
PAGES = [
    "/commune/33063",
    "/commune/01001",
    "/commune/75101",
    "/territoire/departement/33",
    "/territoire/region/93",
    "/territoire/pays/FR",
    "/territoire/bassin/7532",
    "/carte",
    ("/carte", "?niveau=commune&dep=33&indicateur=taux_chomage_rp"),
    ("/carte", "?indicateur=evolution_demandeurs&niveau=region"),
]
EXPORTS = [
    "/export/demandeurs.csv?code=33063",
    "/export/demandeurs.xlsx?code=33&niveau=departement&mode=indice",
    "/export/chomage.csv?code=33063",
    "/export/recensement.csv?code=01001",
    "/export/recrutement.csv?code=33063",
    "/export/carte.csv?niveau=departement",
    "/embed/demandeurs?code=33063",
    "/api/v1/observations?indicator=demandeurs_ae&level=departement&codes=33",
    "/api/v1/territories/commune/33063",
    "/api/v1/indicators",
    "/healthz",
]


@pytest.fixture(scope="module")
def observations(dataset):
    return pd.read_parquet(dataset.release / "observations.parquet")


def _publish_subset(dataset, observations, folder, sources, levels, keep_period) -> Dataset:
    release = folder / uuid.uuid4().hex[:12]
    shutil.copytree(
        dataset.release,
        release,
        copy_function=os.link,
        ignore=lambda _, names: [n for n in names if n in ("observations.parquet", "manifest.json")],
    )
    rows = observations[
        observations.source.isin(sources)
        & observations.level.isin(levels)
        & observations.period.astype(str).map(keep_period)
    ]
    rows.to_parquet(release / "observations.parquet", index=False)
    manifest = json.loads((dataset.release / "manifest.json").read_text())
    manifest["version"] = release.name
    manifest["sources"] = [s for s in manifest["sources"] if s["id"] in sources or not s.get("carried_in")]
    (release / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return Dataset(release)


PERIODS = st.sampled_from(
    [
        ("all", lambda p: True),
        ("before 2017", lambda p: p < "2017"),
        ("2020 and after", lambda p: p >= "2020"),
        ("one period per year", lambda p: p.endswith(("-12", "-T4")) or len(p) == 4),
        ("odd years", lambda p: int(p[:4]) % 2 == 1),
        ("nothing recent", lambda p: p < "2019"),
    ]
)


@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sources=st.sets(st.sampled_from(SOURCES)), levels=st.sets(st.sampled_from(LEVELS), min_size=1), periods=PERIODS)
def test_every_route_renders_for_any_subset(client, dataset, observations, tmp_path_factory, sources, levels, periods):
    folder = tmp_path_factory.mktemp("subset")
    subset = _publish_subset(dataset, observations, folder, sources, levels | {"pays"}, periods[1])
    try:
        runtime.install(subset, SearchIndex(subset.territories.reset_index(drop=True)))
        for page in PAGES:
            path, query = page if isinstance(page, tuple) else (page, "")
            text = page_text(client, path, query)
            assert "Un problème est survenu" not in text and "Something went wrong" not in text, (path, query)
        for url in EXPORTS:
            response = client.get(url)
            assert response.status_code in (200, 404), (url, response.status_code, response.data[:300])
            if response.status_code == 404:
                assert response.get_json()["error"]["message"]
    finally:
        runtime.install(dataset, SearchIndex(dataset.territories.reset_index(drop=True)))
        shutil.rmtree(folder, ignore_errors=True)
