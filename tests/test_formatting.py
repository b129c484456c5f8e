import math

import pytest

from dashboard.formatting import NBSP, NNBSP, format_number, format_percent, format_period, format_value
from dashboard.periods import is_period, quarters, shift_quarter, sort_key


@pytest.mark.parametrize(
    "value, decimals, expected",
    [
        (29190, 0, f"29{NNBSP}190"),
        (5400074.4, 0, f"5{NNBSP}400{NNBSP}074"),
        (6.43, 1, "6,4"),
        (999, 0, "999"),
        (0, 0, "0"),
        (-1234.5, 1, f"\u22121{NNBSP}234,5"),
        (-0.04, 1, "0,0"),
    ],
)
def test_format_number_french(value, decimals, expected):
    assert format_number(value, decimals) == expected


def test_format_number_signed_and_english():
    assert format_number(1721, signed=True) == f"+1{NNBSP}721"
    assert format_number(1234567.891, 2, lang="en") == "1,234,567.89"
    assert format_number(None) == "n.d."
    assert format_number(math.nan, lang="en") == "n/a"


def test_format_percent():
    assert format_percent(6.4) == f"6,4{NBSP}%"
    assert format_percent(86.0) == f"86,0{NBSP}%"
    assert format_percent(-2.14, signed=True) == f"\u22122,1{NBSP}%"
    assert format_percent(5.2, lang="en") == "5.2%"
    assert format_value(12.345, "%", 1) == f"12,3{NBSP}%"
    assert format_value(4095931, "personnes", 0) == f"4{NNBSP}095{NNBSP}931"


def test_format_period():
    assert format_period("2023-T3") == "T3 2023"
    assert format_period("2023-T3", "en") == "Q3 2023"
    assert format_period("2024-06") == "juin 2024"
    assert format_period("2024") == "2024"
    assert format_period(None) == "période non précisée"


def test_periods():
    assert is_period("2024-T4") and is_period("2024") and is_period("2024-12")
    assert not is_period("2024-T5") and not is_period("2024-13") and not is_period("T4 2024")
    assert quarters("2024-T3", "2025-T2") == ["2024-T3", "2024-T4", "2025-T1", "2025-T2"]
    assert shift_quarter("2025-T1", -4) == "2024-T1"
    assert shift_quarter("2025-T4", -40) == "2015-T4"
    assert sorted(["2024", "2024-T2", "2023-T4", "2024-03"], key=sort_key) == ["2023-T4", "2024-03", "2024-T2", "2024"]


def test_series_break_is_drawn_and_gaps_are_not_joined():
    from dashboard.figures.series import time_series, with_gaps

    line = {"name": "A à E", "periods": ["2016-05", "2016-06", "2020-01", "2020-02"], "values": [1, 2, 3, 4]}
    fig = time_series([line], "t", "s", breaks=["2020-01"])
    trace = fig["data"][0]
    assert len(trace["x"]) == 46 and trace["y"][2] is None and trace["connectgaps"] is False  # 43 empty months
    assert [s["x0"] for s in fig["layout"]["shapes"]] == ["2020-01-15"]
    assert any(a["text"] == "rupture de série" for a in fig["layout"]["annotations"])
    assert with_gaps(["2021-T3", "2022-T2"], [1.0, 2.0]) == (
        ["2021-T3", "2021-T4", "2022-T1", "2022-T2"],
        [1.0, None, None, 2.0],
    )


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [(6.25, 1, "6,3"), (0.125, 2, "0,13"), (2.675, 2, "2,68"), (-6.25, 1, "\u22126,3"), (1_234_567.5, 0, "1 234 568")],
)
def test_published_decimals_round_half_up_as_the_publisher_does(value, decimals, expected):
    assert format_number(value, decimals).replace(NNBSP, " ") == expected


def test_a_signed_zero_has_no_sign():
    assert format_number(0.04, 1, signed=True) == "0,0" and format_number(-0.04, 1, signed=True) == "0,0"
    assert format_percent(0.0, signed=True) == f"0,0{NBSP}%"


@pytest.mark.parametrize(
    ("ref", "name", "of"),
    [
        ({"level": "departement", "name": "Aisne", "article": 5}, "Aisne", "de l'Aisne"),
        ({"level": "departement", "name": "Nord", "article": 2}, "Nord", "du Nord"),
        ({"level": "departement", "name": "Landes", "article": 4}, "Landes", "des Landes"),
        ({"level": "commune", "name": "Le Mans", "article": 2}, "Le Mans", "du Mans"),
        ({"level": "commune", "name": "Bordeaux", "article": 0}, "Bordeaux", "de Bordeaux"),
        ({"level": "zone_emploi", "name": "Bordeaux"}, "zone d'emploi de Bordeaux", "de la zone d'emploi de Bordeaux"),
        ({"level": "zone_emploi", "name": "Le Havre"}, "zone d'emploi du Havre", "de la zone d'emploi du Havre"),
        ({"level": "bassin", "name": "T1 Paris"}, "bassin BMO de Paris", "du bassin BMO de Paris"),
        (
            {"level": "bassin", "name": "Bassin Basse-Terre"},
            "bassin BMO de Basse-Terre",
            "du bassin BMO de Basse-Terre",
        ),
    ],
)
def test_places_are_named_with_their_kind_and_article(ref, name, of):
    from dashboard.domain.levels import of_place, place_name
    from dashboard.i18n import translator

    tr = translator("fr")
    assert place_name(ref, tr) == name and of_place(ref, tr) == of
    assert place_name(ref, translator("en")) != ref["name"] or ref["level"] not in ("zone_emploi", "bassin")
