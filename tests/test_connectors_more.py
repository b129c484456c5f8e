"""DARES, BMO and France Travail API connectors, on files and a stub server in the official layouts."""

from __future__ import annotations

import pytest

from dashboard.ingest.connectors import ParseContext, SourceFileError, bmo, dares_communes, france_travail_api
from dashboard.ingest.pipeline import ingest, status
from dashboard.ingest.release import read_release
from dashboard.sources.france_travail import ApiError, FranceTravailClient
from dashboard.store.dataset import Dataset
from tests.official_fixtures import StubApi, bmo_xlsx, dares_csv
from tests.test_connectors import clone_dataset, tree_digest


@pytest.fixture(scope="module")
def context(dataset):
    release = read_release(dataset.release)
    return ParseContext(
        territories=release.territories, former_codes=dict(zip(release.former_codes.code, release.former_codes.current))
    )


@pytest.mark.parametrize("labels", [False, True])
def test_dares_accepts_field_names_and_french_labels(tmp_path, context, labels):
    path = dares_csv(tmp_path / "dares.csv", labels=labels)
    assert dares_communes.recognise(path)
    obs = dares_communes.parse(path, context).observations.set_index(
        ["level", "code", "period", "breakdown", "breakdown_value"]
    )
    assert obs.loc[("commune", "33063", "2024-T4", "total", "total"), "value"] == 30_300
    assert obs.loc[("pays", "FR", "2024-T4", "total", "total"), "value"] == 5_454_000


def test_dares_traps(tmp_path, context):
    result = dares_communes.parse(dares_csv(tmp_path / "d.csv"), context)
    obs = result.observations
    paris = obs[(obs.code == "75056") & (obs.period == "2024-T4") & (obs.breakdown == "total")]
    assert paris.level.tolist() == ["commune"] and paris.value.item() == 151_500  # never summed with arrondissements
    assert set(obs[obs.code.isin(["75101", "75102"])].level) == {"arrondissement"}
    secret = obs[(obs.code == "01001") & (obs.breakdown == "sexe")]
    assert set(secret.status) == {"secret"} and secret.value.isna().all()  # secret, not zero
    assert (obs.value.dropna() % 5 == 0).all()  # rounded source stays rounded
    assert set(obs.breakdown) == {"total", "sexe", "age"}
    assert any("rupture de série en 2025" in n for n in result.notes)
    assert result.source["breaks"] == ["2025-T1"]


@pytest.mark.parametrize(
    "row, column",
    [
        ("2024-12-31;75;;33;;33063;Bordeaux;Données brutes;A;Total;Total;100", "categorie"),
        ("2024-06-30;75;;33;;33063;Bordeaux;Données brutes;ABC;Total;Total;100", "date"),
        ("2024-12-31;75;;33;;33063;Bordeaux;Données brutes;ABC;Total;Total;beaucoup", "nombre_de_demandeurs_d_emploi"),
        ("2024-12-31;75;;33;;33O63;Bordeaux;Données brutes;ABC;Total;Total;100", "code_commune"),
    ],
)
def test_dares_bad_row_is_named(tmp_path, context, row, column):
    path = dares_csv(tmp_path / "bad.csv", extra_rows=[row])
    with pytest.raises(SourceFileError) as error:
        dares_communes.parse(path, context)
    assert column in str(error.value) and "ligne" in str(error.value)


def test_dares_ingest_adds_a_source_and_keeps_the_rest(dataset, tmp_path):
    folder = clone_dataset(dataset, tmp_path / "data")
    release, _ = ingest(folder, [dares_csv(tmp_path / "dares.csv")], folder / "sources")
    info = status(folder)
    source = next(s for s in info["sources"] if s["id"] == "dares_defm_communes")
    assert source["demo"] is False and source["checksum"].startswith("sha256:") and not info["still_demo"]
    ds = Dataset(release)
    point = ds.point("demandeurs_abc", "commune", "33063", "2024-T4")
    assert point.value == 30_300 and point.source == "dares_defm_communes" and not ds.is_demo(point.source)
    small = ds.point("demandeurs_abc", "commune", "01001", "2024-T4")  # given by the file, not published here
    assert small.status == "withheld" and small.value is None
    long_series = ds.series("demandeurs_abc", "departement", "33")  # DARES 1996–2016 rows are kept
    assert long_series.period.iloc[0] == "1996-01"
    assert ds.point("demandeurs_ae", "commune", "33063", "2024-12").value == 33_710


def test_one_publication_rule_for_page_map_table_csv_and_api(dataset, tmp_path):
    """A figure a page withholds (a commune under 5,000 inhabitants) is withheld everywhere else too."""
    import json
    import subprocess
    import sys

    folder = clone_dataset(dataset, tmp_path / "data")
    ingest(folder, [dares_csv(tmp_path / "dares.csv")], folder / "sources")
    script = (
        "import json; from dashboard.app import create_app; from tests.conftest import page_text\n"
        "from dashboard.store.runtime import dataset\n"
        "from dashboard.payloads.map import map_table\n"
        "c = create_app().server.test_client()\n"
        "api = c.get('/api/v1/observations?indicator=demandeurs_abc&level=commune&codes=01001,33063').get_json()\n"
        "page = page_text(c, '/commune/01001')\n"
        "print(json.dumps({'api': api['observations'], 'page': page}))"
    )
    import os

    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=repo_root(),
        env={**os.environ, "DATA_DIR": str(folder)},
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    rows = {(r["code"], r["periode"]): r for r in result["api"]}
    assert rows[("01001", "2024-T4")]["statut"] == "withheld" and rows[("01001", "2024-T4")]["valeur"] is None
    assert rows[("33063", "2024-T4")]["valeur"] == 30_300
    assert "5\u202f000 habitants ou plus" in result["page"]


def repo_root():
    from pathlib import Path

    return Path(__file__).resolve().parents[1]


def test_bmo_sums_published_cells_and_keeps_secrets(tmp_path, context):
    path = bmo_xlsx(tmp_path / "Base_open_data_BMO_2025.xlsx")
    assert bmo.recognise(path) and not dares_communes.recognise(path)
    result = bmo.parse(path, context)
    every = result.observations.set_index(["level", "code", "breakdown", "breakdown_value"])
    obs = every[every.indicator == "projets_recrutement"]
    assert obs.loc[("departement", "33", "total", "total"), "value"] == 420  # 120 + 300, the '*' cell excluded
    assert obs.loc[("pays", "FR", "total", "total"), "value"] == 470
    assert obs.loc[("departement", "2A", "metier", "A1Z40"), "value"] == 50
    assert obs.loc[("departement", "33", "total", "total"), "status"] == "derived"  # a sum, and it says so
    assert set(result.observations.period) == {"2025"} and "1 secrètes" in result.notes[0]
    assert result.tables["bmo_metiers"].set_index("code").label["T2A60"] == "Aides à domicile"
    difficult = every[every.indicator == "part_projets_difficiles"].loc[("departement", "33", "total", "total")]
    assert difficult.value == pytest.approx(100 * 240 / 420)  # both cells published: (40 + 200) / (120 + 300)


def test_bmo_bad_cell_is_named(tmp_path, context):
    path = bmo_xlsx(
        tmp_path / "Base_open_data_BMO_2024.xlsx",
        year=2024,
        rows=[("A1Z40", "Aides agricoles", "33", "75", "7501", "Bordeaux", "douze", 0, 0)],
    )
    with pytest.raises(SourceFileError) as error:
        bmo.parse(path, context)
    message = str(error.value)
    assert "BMO_2024_open_data" in message and "ligne 2" in message and "met" in message


def _client(stub, **kwargs):
    return FranceTravailClient(
        "id", "secret", base_url=stub.base, token_url=stub.base + "/token", sleep=lambda s: None, **kwargs
    )


def test_api_client_handles_401_429_timeouts_and_no_data():
    with StubApi(["401", "ok", "429", "ok", "slow", "ok", "nodata"]) as stub:
        client = _client(stub, timeout=0.5)
        assert client.indicator("stat-demandeurs", {"codeTypeTerritoire": "NAT"})["listeValeursParPeriode"]
        assert stub.tokens == 2  # refreshed once after the 401
        assert client.indicator("stat-demandeurs", {"codeTypeTerritoire": "NAT"}) is not None  # after 429
        assert client.indicator("stat-demandeurs", {"codeTypeTerritoire": "NAT"}) is not None  # after a timeout
        assert client.indicator("stat-demandeurs", {"codeTypeTerritoire": "DEP", "codeTerritoire": "976"}) is None


def test_api_client_gives_up_clearly():
    with StubApi(["401", "401"]) as stub:
        with pytest.raises(ApiError, match="401"):
            _client(stub).indicator("stat-offres", {})
    with StubApi(["500", "500", "500"]) as stub:
        with pytest.raises(ApiError, match="HTTP 500"):
            _client(stub).indicator("stat-offres", {})


def test_api_credentials_come_from_the_environment(monkeypatch):
    monkeypatch.delenv("FT_CLIENT_ID", raising=False)
    with pytest.raises(ApiError, match="FT_CLIENT_ID"):
        FranceTravailClient.from_env()


def test_api_fetch_then_ingest(dataset, tmp_path, context):
    with StubApi(["nodata"]) as stub:
        territories = context.territories[context.territories.level.isin(["pays", "region"])]
        files = france_travail_api.fetch_all(_client(stub), tmp_path / "ft", territories, endpoints=("stat-offres",))
    assert len(files) == 19 and all(france_travail_api.recognise(f) for f in files)
    folder = clone_dataset(dataset, tmp_path / "data")
    release, notes = ingest(folder, [tmp_path / "ft"], folder / "sources")
    ds = Dataset(release)
    point = ds.point("offres_emploi", "region", "84", "2025-T1")
    assert point.value == 1250 and point.source == "france_travail_api"
    assert any("pas de données" in n for n in notes)


def test_failed_ingest_of_a_mixed_folder_changes_nothing(dataset, tmp_path):
    folder = clone_dataset(dataset, tmp_path / "data")
    before = tree_digest(folder / "current")
    inputs = tmp_path / "in"
    inputs.mkdir()
    dares_csv(inputs / "dares.csv")
    bmo_xlsx(inputs / "Base_open_data_BMO_2025.xlsx", rows=[("A", "B", "99", "75", "1", "X", 1, 0, 0)])
    with pytest.raises(SourceFileError, match="département inconnu"):
        ingest(folder, [inputs], folder / "sources")
    assert tree_digest(folder / "current") == before


def test_fap2021_table_reads_rome_to_family_and_names_a_bad_row(tmp_path, context):
    from dashboard.ingest.connectors import dares_fap2021

    path = tmp_path / "Dares_Table_passage_ROME_Qualif_to_FAP2021_pour_programme.csv"
    lines = [
        "ROME;Intitule_ROME;Qualif;FAP341;Intitule_FAP341",
        "J1501;Soins d'hygiène, de confort du patient;5;V0X60c;Aides-soignants",
        "K2204;Nettoyage de locaux;1;T4X60a;Agents d'entretien",
        "K2204;Nettoyage de locaux;2;QAX03;Autre famille",
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    assert dares_fap2021.recognise(path)
    table = dares_fap2021.parse(path, context).tables["fap2021_rome"]
    assert list(table.fap) == ["QAX03", "T4X60", "V0X60"] and set(table[table.rome == "K2204"].qualif) == {1, 2}
    path.write_bytes(("\r\n".join([*lines, "K2204;Nettoyage de locaux;12;T4X60a;Agents"]) + "\r\n").encode("cp1252"))
    with pytest.raises(SourceFileError, match=r"ligne 5.*Qualif.*qualification hors de 0 à 9"):
        dares_fap2021.parse(path, context)
