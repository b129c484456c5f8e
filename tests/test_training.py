"""Training outcomes (InserJeunes): connector, payloads, pages, exports and API from the real file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from dashboard.ingest.connectors import ParseContext, SourceFileError, inserjeunes
from dashboard.payloads import training as T
from tests.conftest import SHARED

FILE = SHARED / "education" / "fr-en-inserjeunes-cfa.csv"


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\u202f", " ").replace("\xa0", " ")


def context(dataset) -> ParseContext:
    return ParseContext(dataset.territories.reset_index(drop=True), {})


def test_departement_from_uai():
    assert inserjeunes.departement_of("0332197J") == "33"
    assert inserjeunes.departement_of("9740001A") == "974"
    assert inserjeunes.departement_of("6200001A") == "2A" and inserjeunes.departement_of("7200001A") == "2B"


@pytest.mark.skipif(not FILE.exists(), reason="../shared is not here")
def test_connector_reads_the_real_file(dataset):
    result = inserjeunes.parse(FILE, context(dataset))
    table = result.tables["inserjeunes"]
    assert len(table) == 11_314 and table.vintage.nunique() == 6
    row = table[(table.uai == "0332197J") & (table.vintage == "2023-2024")].iloc[0]
    assert (row.employment_6m, row.expected_6m, row.value_added_6m, row.departement) == (61, 63, -2, "33")
    assert table.employment_24m.isna().any()  # blanks stay missing


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = FILE.read_text(encoding="utf-8-sig").replace(old, new, 1)
    path = tmp_path / FILE.name
    path.write_text("\ufeff" + text, encoding="utf-8")
    return path


@pytest.mark.skipif(not FILE.exists(), reason="../shared is not here")
@pytest.mark.parametrize(
    "old, new, where",
    [
        ("0332197J", "033219XJ", "colonne « UAI »"),
        (";61.0;63.0;-2.0;", ";61.0;163.0;-2.0;", "colonne « Taux emploi 6 mois attendu »"),
        ("cumul 2023-2024;0332197J", "cumul 2023-2026;0332197J", "colonne « Année »"),
    ],
)
def test_connector_refuses_a_malformed_file_saying_where(dataset, tmp_path, old, new, where):
    with pytest.raises(SourceFileError) as error:
        inserjeunes.parse(_broken(tmp_path, old, new), context(dataset))
    assert where in str(error.value) and "ligne" in str(error.value)


def test_the_bordeaux_btp_centre_over_its_vintages(client):
    response = client.get("/formation/0332197J")
    assert response.status_code == 200
    text = text_of(response.get_data(as_text=True))
    assert "2023-2024 : 61 % en emploi 6 mois après la sortie, pour 63 % attendus ; valeur ajoutée −2 points" in text
    assert (
        "Noms successifs" in text
        and "Centre de formation d'apprentis du bâtiment et des travaux publics de la Gironde" in text
    )
    assert "Sa place parmi les centres de la région" in text and "<circle" in response.get_data(as_text=True)


def test_gironde_list_shows_published_centres_and_never_ranks_blanks(client, dataset):
    page = client.get("/formations?departement=33").get_data(as_text=True)
    text = text_of(page)
    latest = T.search(dataset, departement="33")
    published = latest[latest.employment_6m.notna()]
    assert len(published) > 10
    for name in published.name.head(5):
        assert name.replace("'", "&#x27;") in page or name in text
    assert "taux d'emploi à 6 mois médian" in text and "Sans moyenne pondérée" in text
    ranked = T.sort_centres(latest, "emploi6", descending=False)
    assert ranked.employment_6m.iloc[0] == latest.employment_6m.min()  # ascending: a blank as 0 would come first
    assert ranked.employment_6m.tail(int(latest.employment_6m.isna().sum())).isna().all()


def test_reading_in_plain_words():
    from dashboard.i18n import translator

    tr = translator("fr")
    assert T.reading(6, tr) == "6 points au-dessus de ce qu'on attendrait"
    assert T.reading(-1, tr) == "dans la moyenne"
    assert T.reading(None, tr) == "trop peu de sortants pour être publié"


def test_search_by_a_word_of_the_name(client, dataset):
    rows = T.search(dataset, "btp gironde")
    assert "0332197J" in set(rows.uai)
    assert 'href="/formation/0332197J"' in client.get("/formations?q=BTP+Gironde").get_data(as_text=True)


def test_area_spread_has_no_weighted_average(dataset):
    summary = T.area_summary(dataset, "departement", "33")
    values = T.search(dataset, departement="33").employment_6m.dropna()
    assert summary["median"] == values.median() and summary["q1"] <= summary["median"] <= summary["q3"]


def test_commune_and_departement_pages_show_nearby_centres(client):
    for path in ("/commune/33063", "/territoire/departement/33"):
        page = client.get(path).get_data(as_text=True)
        assert "Formations en apprentissage près d&#x27;ici" in page or "Formations en apprentissage près d'ici" in page
        assert 'href="/formations?departement=33"' in page
    assert 'href="/formations"' in client.get("/indicateurs").get_data(as_text=True)


@pytest.mark.parametrize(
    "url",
    [
        "/export/formation.csv?uai=0332197J",
        "/export/formation.png?uai=0332197J&lang=en",
        "/export/formation.xlsx?uai=0332197J",
        "/export/formations-carte.svg",
        "/embed/formation?uai=0332197J",
        "/og/formation/0332197J.png",
    ],
)
def test_training_exports(client, url):
    assert client.get(url).status_code == 200


def test_training_api(client):
    body = client.get("/api/v1/training/centres/0332197J").get_json()
    last = body["millesimes"][-1]
    assert last["taux_emploi_6_mois"] == 61 and last["valeur_ajoutee_6_mois_points"] == -2 and body["source"]
    listed = client.get("/api/v1/training/centres?departement=33").get_json()
    assert listed["total"] > 10 and any(c["taux_emploi_6_mois"] is None for c in listed["centres"])
    assert client.get("/api/v1/training/centres").status_code == 400
    assert client.get("/api/v1/training/centres?departement=999").status_code == 422
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    assert "/api/v1/training/centres/{uai}" in paths


def test_english_centre_page(client):
    text = text_of(client.get("/en/formation/0332197J").get_data(as_text=True))
    assert "61% in employment 6 months after leaving" in text and "Names over time" in text


def test_unknown_centre_is_404(client):
    assert client.get("/formation/0000000A").status_code == 404


def test_table_is_carried_with_provenance():
    folder = Path(__file__).resolve().parents[1] / "data" / "sources" / "inserjeunes"
    record = json.loads((folder / "provenance.json").read_text())
    assert record["original_files"][0]["sha256"] and record["source"]["licence"]
    assert len(pd.read_parquet(folder / "inserjeunes.parquet")) == 11_314


def test_a_centre_with_no_published_figure_says_so(client):
    page = client.get("/formation/0642020Y").get_data(as_text=True)
    assert "Un problème est survenu" not in page and "Non publié (trop peu de sortants)" in page


def test_names_written_in_lower_case_are_written_as_names():
    from dashboard.ingest.connectors.inserjeunes import proper_case

    assert proper_case("école supérieure des pays de la loire") == "École Supérieure des Pays de la Loire"
    assert proper_case("organisme de formation-centre d'apprentis 3ie bordeaux").startswith("Organisme de Formation-")
    assert proper_case("CFA du Bâtiment") == "CFA du Bâtiment"


def test_early_vintages_show_the_share_still_studying(dataset):
    table = dataset.tables["inserjeunes"]
    early = table[table.vintage.isin(["2018-2019", "2019-2020"])]
    assert early.share_studying.notna().sum() > 1500


def test_centres_tied_at_the_files_cap_are_not_ranked_among_themselves(client, dataset):
    import re

    everyone = T.latest(dataset)
    capped = everyone[everyone.value_added_6m >= T.VALUE_ADDED_CAP]
    region = capped.region.value_counts().index[0]  # the région with most centres at +12
    at_cap = int((T.search(dataset, region=region).value_added_6m.abs() >= T.VALUE_ADDED_CAP).sum())
    page = client.get(f"/formations?region={region}&tri=va&ordre=desc").get_data(as_text=True)
    cells = re.findall(r"<tr><td>([^<]*)</td>", page)
    tied_at_top = int((T.search(dataset, region=region).value_added_6m == T.VALUE_ADDED_CAP).sum())
    assert tied_at_top > 1 and cells[:tied_at_top] == ["1 ex æquo"] * tied_at_top  # one shared rank, not 1, 2, 3…
    assert cells[tied_at_top] == f"{tied_at_top + 1} ex æquo" or cells[tied_at_top] == str(tied_at_top + 1)
    assert "+12 ou plus" in page and "sans classement entre eux" in page
    assert f"{at_cap} centres y sont" in text_of(page)
