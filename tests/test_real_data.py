"""The embedded dataset is real: spot checks against the official files, sums, statuses and the demo on request."""

from __future__ import annotations

import numpy as np
import pytest

from dashboard.domain.indicators import CATALOGUE
from dashboard.ingest.demo import DEMO_SOURCE, demonstrate
from dashboard.ingest.release import read_release


def test_no_demo_source_and_every_source_has_its_provenance(dataset):
    assert not any(s.get("demo") for s in dataset.manifest["sources"])
    assert DEMO_SOURCE not in set(dataset.observations.source.astype(str))
    carried = [s for s in dataset.manifest["sources"] if s.get("carried_in")]
    assert len(carried) >= 10
    for source in carried:
        assert source["url"].startswith("https://") and source["licence"] and source["vintage"]
        assert all(len(f["sha256"]) == 64 and f["name"] for f in source["original_files"])
        assert source["checksum"].startswith("sha256")


def test_spot_checks_from_the_official_files(dataset):
    assert dataset.point("demandeurs_ae", "commune", "33063", "2024-12").value == 33_710  # STMT, A to E
    rate = dataset.point("taux_chomage_rp", "commune", "33063", "2018").value
    assert round(rate, 1) == 14.5  # census 2018
    zone = dataset.territory("commune", "33063")["zone_emploi"]
    assert dataset.point("taux_chomage", "zone_emploi", zone, "2023-T3").value == 6.4
    assert dataset.point("projets_recrutement", "pays", "FR", "2025").value == 2_401_105
    assert dataset.point("projets_recrutement", "departement", "33", "2025").value == 72_884


def test_job_seekers_are_categories_a_to_e_never_abc(dataset):
    indicator = dataset.indicators["demandeurs_ae"]
    assert "A à E" in indicator["label_fr"] and "A to E" in indicator["label_en"]
    assert "ABC" not in indicator["label_fr"] and "A, B, C" not in indicator["label_fr"]
    stmt_rows = dataset.observations[dataset.observations.source == "stmt"]
    assert set(stmt_rows.indicator.astype(str)) == {"demandeurs_ae"}


def test_derived_totals_are_sums_and_say_so(dataset):
    period = "2024-12"
    paca = dataset.point("demandeurs_ae", "region", "93", period)
    deps = dataset.level_table("departement")
    members = deps[deps.region == "93"].code
    assert paca.status == "derived"
    assert paca.value == sum(dataset.point("demandeurs_ae", "departement", d, period).value for d in members)
    regions = dataset.level_values("demandeurs_ae", "region", period)
    france = dataset.point("demandeurs_ae", "pays", "FR", period)
    assert france.status == "derived" and france.value == regions.value.sum()
    assert dataset.point("demandeurs_ae", "departement", "78", period) is None  # absent from the file: absent here


def test_conflicting_cells_have_no_value(dataset):
    nancy = dataset.series("demandeurs_ae", "commune", "54395")
    assert len(nancy) == 60 and set(nancy.status) == {"conflict"} and nancy.value.isna().all()


def test_long_series_joins_dares_and_stmt_with_a_gap(dataset):
    series = dataset.series("demandeurs_ae", "departement", "33")
    periods = list(series.period)
    assert periods[0] == "1996-01" and periods[-1] == "2024-12"
    assert "2016-06" in periods and "2016-07" not in periods and "2019-12" not in periods and "2020-01" in periods
    assert set(series[series.period < "2017"].source) == {"dares_defm_mensuel"}
    parts = [dataset.point(f"demandeurs_{c}", "departement", "33", "2010-06").value for c in "abcde"]
    assert dataset.point("demandeurs_ae", "departement", "33", "2010-06").value == sum(parts)
    assert dataset.point("demandeurs_abc", "departement", "33", "2010-06").value == sum(parts[:3])


def test_census_aggregates_are_ratios_of_sums(dataset):
    epci = dataset.territory("commune", "33063")["epci"]
    communes = dataset.level_table("commune")
    members = communes[communes.epci == epci].code
    active = sum(dataset.point("actifs_1564", "commune", c, "2018").value for c in members)
    unemployed = sum(dataset.point("chomeurs_1564", "commune", c, "2018").value for c in members)
    rate = dataset.point("taux_chomage_rp", "epci", epci, "2018")
    assert rate.status == "derived" and rate.value == pytest.approx(100 * unemployed / active)
    mean_of_rates = np.mean([dataset.point("taux_chomage_rp", "commune", c, "2018").value for c in members])
    assert rate.value != pytest.approx(mean_of_rates, abs=1e-6)  # never an average of rates


def test_medians_are_never_aggregated_and_secrets_are_not_zero(dataset):
    assert dataset.point("revenu_median", "departement", "33", "2019") is None
    secret = dataset.observations[
        (dataset.observations.indicator == "taux_pauvrete") & (dataset.observations.status == "secret")
    ]
    assert len(secret) > 20_000 and secret.value.isna().all()


def test_bmo_shares_and_secrets(dataset):
    share = dataset.point("part_projets_difficiles", "departement", "33", "2025")
    assert share.status == "derived" and 0 < share.value < 100
    secret = dataset.observations[
        (dataset.observations.indicator == "projets_recrutement") & (dataset.observations.status == "secret")
    ]
    assert len(secret) > 1000 and secret.value.isna().all()
    assert dataset.job_nomenclature == {"2023": "FAP 2009", "2024": "FAP 2021", "2025": "FAP 2021"}


def test_every_indicator_of_the_release_is_in_the_catalogue(dataset):
    assert set(dataset.observations.indicator.astype(str)) <= set(CATALOGUE)
    for entry in dataset.indicators.values():
        assert entry["definition_fr"] and entry["definition_en"] and entry["source"]


def test_commune_coverage(dataset):
    """How many communes have each indicator (printed for the closing note, asserted loosely)."""
    obs = dataset.observations
    communes = obs[(obs.level == "commune") & obs.value.notna()]
    counts = communes.groupby(communes.indicator.astype(str), observed=True).code.nunique()
    print(counts.to_dict())
    assert counts["taux_chomage_rp"] > 34_800 and 2_200 < counts["demandeurs_ae"] < 2_400


def test_demo_release_has_the_real_shape_and_only_demo_values(dataset):
    real = read_release(dataset.release)
    demo = demonstrate(real)
    assert len(demo.observations) == len(real.observations)
    assert set(demo.observations.source) == {DEMO_SOURCE}
    assert [s["id"] for s in demo.sources if s.get("demo")] == [DEMO_SOURCE]
    assert (demo.observations.status.to_numpy() == real.observations.status.to_numpy()).all()
    bordeaux = demo.observations[(demo.observations.code == "33063") & (demo.observations.period == "2024-12")]
    assert bordeaux.value.item() != 33_710
    assert demonstrate(real).observations.value.equals(demo.observations.value)  # deterministic
