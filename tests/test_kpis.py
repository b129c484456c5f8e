"""National indicators: loading, validation, summaries, page and API."""

import shutil

import pytest

from dashboard.ingest.kpis import KpiFileError, load, parse_period, read_catalogue, read_values
from dashboard.payloads.kpis import all_summaries, status, summarise
from tests.conftest import SHARED, page_text

KPI = SHARED.parent / "kpi"


@pytest.fixture(scope="module")
def loaded(dataset):
    return dataset.kpi_catalogue, dataset.kpis


@pytest.mark.parametrize(
    "text, period, granularity, note",
    [
        ("2017", "2017", "year", ""),
        ("2016-06 (fin juin 2016)", "2016-06", "month", "fin juin 2016"),
        (
            "2024-Q4 (cohorte d'entrants; mesuré au T2 2025)",
            "2024-T4",
            "quarter",
            "cohorte d'entrants; mesuré au T2 2025",
        ),
        (
            "2019/2020 (dernière valeur citée le 11/06/2020, période non précisée)",
            "",
            "range",
            "2019/2020 (dernière valeur citée le 11/06/2020, période non précisée)",
        ),
        (
            "non précisée (chiffre-clé affiché sur le site de France Travail, consulté en 2026)",
            "",
            "unstated",
            "chiffre-clé affiché sur le site de France Travail, consulté en 2026",
        ),
    ],
)
def test_parse_period_keeps_the_note(text, period, granularity, note):
    parsed = parse_period(text)
    assert (parsed.period, parsed.granularity, parsed.note) == (period, granularity, note)


def test_parse_period_refuses_nonsense():
    with pytest.raises(ValueError):
        parse_period("l'an dernier")


def test_project_copy_matches_the_shared_file():
    if not KPI.exists():
        pytest.skip("../shared/data/kpi is not present on this machine")
    from dashboard.ingest.build import KPI_FOLDER

    assert (KPI_FOLDER / "national_kpis.csv").read_bytes() == (KPI / "national_kpis.csv").read_bytes()


def test_every_value_shown_equals_the_file(loaded):
    catalogue, values = loaded
    assert len(values) == 81
    summaries = all_summaries(values, catalogue)
    shown = {
        (s["id"], p["period_raw"], p["value"], kind)
        for s in summaries
        for kind, points in (("actual", s["actuals"]), ("target", s["targets"]))
        for p in points
    }
    in_file = set(zip(values.indicator_id, values.period_raw, values.value, values.kind))
    assert shown == in_file


def test_targets_and_actuals_are_never_mixed(loaded):
    catalogue, values = loaded
    for s in all_summaries(values, catalogue):
        assert all(p["line"] in set(values[values.kind == "actual"].line) for p in s["actuals"])
        assert all(p["line"] in set(values[values.kind == "target"].line) for p in s["targets"])
        if s["latest"]:
            assert s["latest"] in s["actuals"]
        if s["target"]:
            assert s["target"] in s["targets"]


def test_returns_to_employment_2023(loaded):
    catalogue, values = loaded
    row = catalogue.set_index("indicator_id").loc["RETOURS_EMPLOI"].to_dict()
    s = summarise("RETOURS_EMPLOI", values, {**row, "indicator_id": "RETOURS_EMPLOI"})
    assert s["latest"]["value"] == 4_095_931 and s["latest"]["period"] == "2023"
    assert s["target"]["value"] == 4_013_000 and s["status"] == "reached"
    assert s["change"] == 4_095_931 - 4_356_937


def test_single_value_indicator_and_target_only_indicator(loaded):
    catalogue, values = loaded
    by_id = {s["id"]: s for s in all_summaries(values, catalogue)}
    single = by_id["SAT_DE_NUMERIQUE"]
    assert single["latest"]["value"] == 91 and single["change"] is None and single["status"] is None
    target_only = by_id["ENT3_DELAI_RECRUTEMENT"]
    assert target_only["latest"] is None and target_only["latest_target"]["value"] == 40


def test_change_only_compares_the_same_kind_of_period(loaded):
    catalogue, values = loaded
    by_id = {s["id"]: s for s in all_summaries(values, catalogue)}
    assert by_id["ENTREES_FORMATION"]["change"] is None  # 2021 (year) vs 2020-T1 (quarter)


def test_status_direction():
    assert status({"value": 40}, {"value": 45}, "down") == "reached"
    assert status({"value": 50}, {"value": 45}, "down") == "missed"
    assert status({"value": 50}, None, "up") is None


def _copy_with(tmp_path, line: str):
    folder = tmp_path / "kpi"
    shutil.copytree(__import__("dashboard.ingest.build", fromlist=["KPI_FOLDER"]).KPI_FOLDER, folder)
    with (folder / "national_kpis.csv").open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    return folder


@pytest.mark.parametrize(
    "line, column",
    [
        ('SAT_ENT,"Libellé",%,2025,beaucoup,actual,official,https://example.org,Titre', "value"),
        ('INCONNU,"Libellé",%,2025,12,actual,official,https://example.org,Titre', "indicator_id"),
        ('SAT_ENT,"Libellé",%,courant 2025,12,actual,official,https://example.org,Titre', "period"),
        ('SAT_ENT,"Libellé",%,2025,12,prévision,official,https://example.org,Titre', "kind"),
    ],
)
def test_bad_row_is_refused_with_its_line(tmp_path, line, column):
    folder = _copy_with(tmp_path, line)
    with pytest.raises(KpiFileError) as error:
        load(folder)
    message = str(error.value)
    assert "ligne 83" in message and column in message


def test_newer_file_in_the_same_layout_is_accepted(tmp_path):
    folder = _copy_with(
        tmp_path,
        'SAT_ENT,"Taux de satisfaction des entreprises",%,2025,88.1,actual,official,'
        "https://example.org/rapport-2025,Rapport 2025",
    )
    catalogue, values = load(folder)
    s = {x["id"]: x for x in all_summaries(values, catalogue)}["SAT_ENT"]
    assert s["latest"]["value"] == 88.1 and s["latest"]["period"] == "2025"


def test_missing_column_is_named(tmp_path):
    folder = _copy_with(tmp_path, "")
    text = (folder / "national_kpis.csv").read_text().replace("source_kind,", "", 1)
    (folder / "national_kpis.csv").write_text(text)
    with pytest.raises(KpiFileError, match="source_kind"):
        read_values(folder / "national_kpis.csv", read_catalogue(folder / "catalogue.csv"))


def test_key_figure_says_where_and_when_it_was_seen_and_comes_after_sourced_values(client):
    page = client.get("/indicateurs").get_data(as_text=True)
    key = page[page.index('id="key-figure"') :]
    key = key[: key.index("</section>")]
    assert "86,0\u00a0%" in key and "période non précisée par France Travail" in key
    assert 'href="https://www.francetravail.org/"' in key and "relevé le 25/11/2026" in key
    assert "Aucun document budgétaire" in key and "87,2\u00a0%" in key and "2024" in key  # the nearest dated value
    assert page.index('id="kpi-RETOURS_EMPLOI"') < page.index('id="key-figure"')  # fully sourced values first
    assert 'id="kpi-SAT_ENT_PERTINENCE_CANDIDATS"' not in page  # shown once, as the key figure


def test_indicators_page(client):
    text = page_text(client, "/indicateurs")
    assert "86,0\u00a0%" in text and "pertinence des candidats présélectionnés" in text
    assert "4\u202f095\u202f931" in text and "Cible 2023 : 4\u202f013\u202f000" in text
    assert "Cible atteinte" in text and "source presse" in text and "source officielle" in text
    for theme in (
        "Retour à l'emploi",
        "Satisfaction des demandeurs d'emploi",
        "Satisfaction des entreprises",
        "Formation",
        "Indemnisation",
    ):
        assert theme in text


def test_indicator_detail_page_and_gaps(client):
    text = page_text(client, "/indicateurs/SAT_ENT")
    assert "non publié" in text  # 2018 has no published value
    assert "Une hausse est une amélioration" in text and "europe1.fr" in text
    assert client.get("/indicateurs/INCONNU").status_code == 404


def test_kpi_api(client):
    body = client.get("/api/v1/kpis").get_json()
    ids = {i["id"]: i for i in body["indicators"]}
    assert ids["RETOURS_EMPLOI"]["latest"]["value"] == 4_095_931
    assert all(p["source_title"] for i in body["indicators"] for p in i["actuals"] + i["targets"])
    assert body["source"]["demo"] is False


def test_cards_show_units_years_and_old_values(client):
    text = page_text(client, "/indicateurs")
    assert "Cible 2020 : +1\u00a0%\u00a0par an" in text  # a target of an annual change, with its unit
    assert "\u22122,1\u00a0points" in text and '\u22122,1\u00a0point"' not in text  # French plural from 2
    assert "sparkline-years" in text and "valeur ancienne" in text  # a 2017 value stands out beside 2024 ones
    assert "Unité : nombre, cumulé sur douze mois d'octobre à septembre" in text
    english = page_text(client, "/en/indicateurs")
    assert "Unit: number, summed over twelve months" in english and "Unité" not in english


def test_points_follow_the_plural_of_each_language():
    from dashboard.i18n import translator
    from dashboard.pages.kpi_format import points

    fr, en = translator("fr"), translator("en")
    assert points(-2.1, 1, fr).endswith("points") and points(1.5, 1, fr).endswith("\u00a0point")
    assert points(1.5, 1, en).endswith("points") and points(1.0, 1, en).endswith("\u00a0point")


def test_detail_page_without_an_actual_says_so(client):
    text = page_text(client, "/indicateurs/RETOURS_EMPLOI_EVOL_CIBLE")
    assert "Aucune valeur réalisée publiée" in text and 'Dernière valeur publiée : "' not in text
