"""Jobs that recruit: payloads, pages, exports and API from the real BMO, tension and shortage tables."""

from __future__ import annotations

import re

import pytest

from dashboard.payloads import jobs as J


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\u202f", " ").replace("\xa0", " ")


def test_gironde_2025_ranks_viticulteurs_with_count_and_shares(dataset):
    frame = J.area_jobs(dataset, "departement", "33", 2025)
    top = frame.head(5)
    row = frame[frame.label == "Viticulteurs, arboriculteurs"].iloc[0]
    assert row.code in set(top.code)
    assert row.projects == 7125 and round(row.difficult) == 75 and round(row.seasonal) == 94
    assert list(frame.projects.dropna()) == sorted(frame.projects.dropna(), reverse=True)


def test_secret_cells_have_no_value_and_are_never_ranked_as_zero(dataset):
    frame = J.area_jobs(dataset, "departement", "33", 2025)
    secret = frame[frame.projects_status == "secret"]
    assert len(secret) > 0 and secret.projects.isna().all()
    ranked = J.sort_jobs(frame, "projets", descending=False)  # ascending: a secret as 0 would come first
    assert ranked.projects.iloc[0] > 0 and ranked.projects.tail(len(secret)).isna().all()


def test_change_only_between_years_of_the_same_nomenclature(dataset):
    assert J.nomenclature_of(dataset, 2023) != J.nomenclature_of(dataset, 2024)
    assert J.previous_comparable_year(dataset, 2024) is None
    assert J.previous_comparable_year(dataset, 2025) == 2024
    assert J.area_jobs(dataset, "departement", "33", 2024).change.isna().all()
    assert J.area_jobs(dataset, "departement", "33", 2025).change.notna().sum() > 50  # partial sums have none


def test_tension_reaches_fap_2021_jobs_through_rome_and_the_shortage_list_stays_fap_2009(dataset):
    old = J.area_jobs(dataset, "departement", "33", 2023)
    new = J.area_jobs(dataset, "departement", "33", 2025)
    assert old.tension.notna().sum() > 100 and old.shortage.notna().all()
    viti = old[old.code == "A1Z42"].iloc[0]
    assert viti.tension == 4 and viti.shortage  # Nouvelle-Aquitaine lists it
    assert new.shortage.isna().all()  # no official FAP 2009 ↔ FAP 2021 table: never mapped
    assert new.tension.notna().sum() > 150  # was "non couvert" for all 207 jobs of Gironde
    # Aides-soignants (V0X60) ← ROME A1501, J1303, J1501 (DARES's table); Gironde's bassins in France Travail's
    # 2021 file: eight rows, classes 5 except J1501 in bassin 7530 (4, 78 offers); weighted mean 4.98 → 5.
    assert J.fap2021_romes(dataset, "V0X60") == ["A1501", "J1303", "J1501"]
    assert new[new.code == "V0X60"].iloc[0].tension == 5


def test_a_family_tension_is_its_rome_jobs_classes_weighted_by_offers():
    import pandas as pd

    assert J.tension_by_offers(pd.Series([4.0, 5.0]), pd.Series([10.0, 10.0])) == 5  # 4.5, half up
    assert J.tension_by_offers(pd.Series([2.0, 5.0]), pd.Series([300.0, 100.0])) == 3  # 2.75
    assert J.tension_by_offers(pd.Series([1.0, 2.0]), pd.Series([None, None])) == 2  # no offers: plain mean 1.5
    assert J.tension_by_offers(pd.Series([None]), pd.Series([5.0])) is None


@pytest.mark.parametrize(
    "query, label",
    [
        ("aide soignant", "Aides-soignants"),
        ("AIDES-SOIGN", "Aides-soignants"),
        ("viti", "Viticulteurs, arboriculteurs"),
        ("electriciens batiment", "Électriciens du bâtiment"),
    ],
)
def test_job_search_is_accent_and_case_insensitive_on_word_prefixes(dataset, query, label):
    labels = [j.label for j in J.search_jobs(dataset, query)]
    assert any(lbl.startswith(label) for lbl in labels), labels


def test_area_jobs_page_shows_the_ranking_summary_and_honest_notes(client):
    response = client.get("/metiers/departement/33")
    assert response.status_code == 200
    text = text_of(response.get_data(as_text=True))
    assert (
        "Gironde : en 2025, les employeurs prévoient 72 884 recrutements (cellules publiées) ; 61 % sont jugés"
        " difficiles." in text
    )
    assert re.search(r"Viticulteurs, arboriculteurs 7 125 75 % 94 % −35,8 %", text), text[:2000]
    assert "secret statistique" in text and "somme des cellules publiées" in text
    assert 'href="/metier/A1X42"' in response.get_data(as_text=True)


def test_2023_page_labels_tension_with_its_year_and_has_no_change(client):
    text = text_of(client.get("/metiers/departement/33?annee=2023").get_data(as_text=True))
    assert "Tension (DARES 2019)" in text and "ne dit rien de la situation actuelle" in text
    assert "non comparable" in text and "4 — forte" in text


def test_sorting_and_family_filter_are_links_and_a_form(client):
    page = client.get("/metiers/region/75?tri=difficiles&ordre=desc&famille=V").get_data(as_text=True)
    assert 'aria-sort="descending"' in page
    assert "Aides à domicile" in text_of(page) and "Viticulteurs" not in text_of(page)


@pytest.mark.parametrize("path", ["/metiers/commune/33063", "/metiers/departement/999", "/metier/NOPE"])
def test_unknown_jobs_pages_are_404(client, path):
    assert client.get(path).status_code == 404


def test_job_page_map_colours_every_bassin_with_a_published_share(client, dataset):
    from dashboard.charts import chart_spec

    job = J.find_job(dataset, "A1X42")
    frame = J.job_by_bassin(dataset, job)
    spec = chart_spec("metier-carte", {"code": "A1X42"})
    published = set(frame.code[frame.difficult.notna()])
    table = spec.table
    coloured = set(table[table.columns[1]][table[table.columns[2]].notna()])
    assert published and coloured == published and spec.extra["mapped"] == len(published)
    page = client.get("/metier/A1X42").get_data(as_text=True)
    assert 'src="/export/metier-carte.svg?code=A1X42"' in page
    image = client.get("/export/metier-carte.svg?code=A1X42")
    assert image.status_code == 200 and image.mimetype == "image/svg+xml"
    assert "Viticulteurs" in text_of(page) and "Epernay" in text_of(page)


def test_fap_2021_job_page_gives_bassin_tension_through_rome_and_links_the_older_code(client):
    text = text_of(client.get("/metier/A1X42").get_data(as_text=True))
    assert "ne couvrent pas ce code" in text and "table de passage ROME → FAP 2021" in text
    assert "Les bassins où ce métier est le plus en tension en 2021 (France Travail)" in text
    assert "pondérée par leurs offres" in text
    page = client.get("/metier/A1X42").get_data(as_text=True)
    assert 'href="/metier/A1Z42"' in page
    older = text_of(client.get("/metier/A1Z42").get_data(as_text=True))
    assert "Tension par département en 2019 (DARES)" in older and "ne décrivent pas la situation actuelle" in older


@pytest.mark.parametrize(
    "url",
    [
        "/export/metiers.csv?niveau=departement&code=33",
        "/export/metiers.png?niveau=france&code=FR&lang=en",
        "/export/metiers.xlsx?niveau=region&code=75&annee=2023",
        "/export/metier.svg?code=A1X42",
        "/export/metier-carte.png?code=A1X42",
        "/embed/metiers?niveau=departement&code=33",
        "/embed/metier?code=V0X60&lang=en",
    ],
)
def test_jobs_charts_export_and_embed(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.data[:200])


def test_jobs_csv_carries_source_and_secret_wording(client):
    body = client.get("/export/metiers.csv?niveau=departement&code=33").get_data(as_text=True)
    assert "Besoins en main-d'œuvre" in body and "secret statistique" in body
    assert client.get("/export/metiers.csv?niveau=departement&code=33&tri=x").status_code == 400


def test_territory_pages_link_their_jobs(client):
    assert 'href="/metiers/bassin/' in client.get("/commune/33063").get_data(as_text=True)
    assert 'href="/metiers/departement/33"' in client.get("/territoire/departement/33").get_data(as_text=True)
    assert 'href="/en/metiers/departement/33"' in client.get("/en/territoire/departement/33").get_data(as_text=True)


def test_jobs_api(client):
    found = client.get("/api/v1/jobs?q=aide+soignant").get_json()
    assert found[0]["libelle"] == "Aides-soignants"
    area = client.get("/api/v1/jobs/areas/departement/33").get_json()
    viti = next(m for m in area["metiers"] if m["code"] == "A1X42")
    assert area["annee"] == 2025 and area["total"]["projets"] == 72884 and "publiées" in area["total"]["note"]
    assert (
        viti["projets"] == 7125
        and viti["tension"] == 4
        and "pondérée par leurs offres" in area["note"]
        and area["source"]
        and area["millesime"]
    )
    secret = [m for m in area["metiers"] if m["statut"] == "secret"]
    assert secret and all(m["projets"] is None for m in secret)
    job = client.get("/api/v1/jobs/A1X42").get_json()
    assert job["metier"]["nomenclature"] == "FAP 2021" and len(job["bassins"]) > 200
    assert [h["year"] for h in job["historique_france"]] == [2024, 2025]
    assert client.get("/api/v1/jobs/areas/departement/33?annee=1999").status_code == 422
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    assert {"/api/v1/jobs", "/api/v1/jobs/areas/{level}/{code}", "/api/v1/jobs/{code}"} <= set(paths)


def test_english_jobs_pages(client):
    text = text_of(client.get("/en/metiers/departement/33").get_data(as_text=True))
    assert "Jobs that are hiring — Gironde" in text and "72,884" in text
    assert "Hiring projects" in text_of(client.get("/en/metier/A1X42").get_data(as_text=True))


def test_sitemap_lists_jobs_pages(client):
    index = client.get("/sitemap.xml").get_data(as_text=True)
    sitemaps = re.findall(r"<loc>[^<]*(/sitemap-\d+\.xml)</loc>", index)
    body = "".join(client.get(s).get_data(as_text=True) for s in sitemaps)
    assert "/metiers/departement/33" in body and "/metier/A1X42" in body


def test_jobs_pages_share_their_chart_as_link_preview(client):
    head = client.get("/metiers/departement/33").get_data(as_text=True)
    assert 'property="og:image"' in head and "/og/metiers/departement/33.png" in head
    image = client.get("/og/metiers/departement/33.png")
    assert image.status_code == 200 and image.mimetype == "image/png" and len(image.data) > 10_000
    assert client.get("/og/metier/A1X42.png?lang=en").status_code == 200


def test_a_split_cell_with_a_secret_part_is_a_partial_sum_in_every_view_and_has_no_change(client, dataset):
    import io

    import openpyxl

    frame = J.area_jobs(dataset, "departement", "33", 2025)
    partial = frame[frame.projects_status == "partial"]
    assert len(partial) and partial.change.isna().all()  # a lower bound is never compared over time
    job = partial.iloc[0]
    count = f"{int(job.projects):,}".replace(",", "\u202f")
    page = text_of(client.get("/metiers/departement/33").get_data(as_text=True))
    assert f"{count} au moins (somme partielle : une partie est secrète)" in page
    csv = client.get("/export/metiers.csv?niveau=departement&code=33").get_data(as_text=True)
    row = next(line for line in csv.splitlines() if f";{job.code};" in line)
    assert "somme partielle" in row and "publié" not in row
    assert "une somme partielle ne compte pas sa partie secrète" in csv  # the source line says what it means
    book = openpyxl.load_workbook(io.BytesIO(client.get("/export/metiers.xlsx?niveau=departement&code=33").data))
    cells = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    assert any(job.code in r and "somme partielle : une partie est secrète" in r for r in cells)
    area = client.get("/api/v1/jobs/areas/departement/33").get_json()
    listed = next(m for m in area["metiers"] if m["code"] == job.code)
    assert listed["statut"] == "partial" and listed["projets"] == job.projects
