"""The demo figures: plausible magnitudes, exact sums across levels, flagged as demo."""

import numpy as np


def _level_sum(dataset, indicator, level, period, key=None):
    table = dataset.level_values(indicator, level, period)
    if key is None:
        return table.value.sum()
    return table.assign(group=table.code.map(key)).groupby("group").value.sum()


def test_national_magnitudes(dataset):
    abc = dataset.point("demandeurs_abc", "pays", "FR", "2025-T4").value
    a = dataset.point("demandeurs_a", "pays", "FR", "2025-T4").value
    assert 5.0e6 < abc < 5.8e6
    assert 2.7e6 < a < 3.3e6


def test_categories_add_up(dataset):
    for level, code in (("pays", "FR"), ("commune", "33063"), ("departement", "2A")):
        parts = [dataset.point(f"demandeurs_{c}", level, code, "2024-T2").value for c in "abc"]
        assert sum(parts) == dataset.point("demandeurs_abc", level, code, "2024-T2").value


def test_communes_add_up_to_departments_regions_and_france(dataset):
    period = "2025-T4"
    communes = dataset.level_table("commune")
    by_dep = _level_sum(dataset, "demandeurs_abc", "commune", period, communes.set_index("code").departement)
    deps = dataset.level_values("demandeurs_abc", "departement", period).set_index("code").value
    assert np.array_equal(by_dep.sort_index().to_numpy(), deps.sort_index().to_numpy())
    regions = dataset.level_values("demandeurs_abc", "region", period).value.sum()
    france = dataset.point("demandeurs_abc", "pays", "FR", period).value
    assert deps.sum() == regions == france


def test_plm_arrondissements_are_not_double_counted(dataset):
    period = "2025-T4"
    arr = dataset.level_values("demandeurs_abc", "arrondissement", period)
    paris_arr = arr[arr.code.str.startswith("751")].value.sum()
    assert paris_arr == dataset.point("demandeurs_abc", "commune", "75056", period).value
    assert paris_arr == dataset.point("demandeurs_abc", "departement", "75", period).value


def test_breakdowns_add_up(dataset):
    for dimension in ("sexe", "age", "anciennete"):
        parts = dataset.breakdown("demandeurs_abc", "commune", "33063", "2025-T4", dimension)
        assert parts.value.sum() == dataset.point("demandeurs_abc", "commune", "33063", "2025-T4").value


def test_small_communes_have_no_breakdowns(dataset):
    assert dataset.breakdown("demandeurs_abc", "commune", "01001", "2025-T4", "sexe").empty
    assert dataset.point("demandeurs_abc", "commune", "01001", "2025-T4") is not None


def test_every_demo_row_points_to_the_demo_source(dataset):
    sources = set(dataset.observations.source.astype(str).unique())
    assert sources == {"demo"}
    assert dataset.is_demo("demo")
