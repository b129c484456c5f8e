"""Return to work after a training course (France Travail's "Sortants de formation et accès à l'emploi" API): the
client and fetch against a local stub server, the connector's checks, then the page and the API with and without
the API's answers in the release."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.ingest.connectors import ParseContext, SourceFileError, ft_sortants_formation, recognise
from dashboard.ingest.pipeline import ingest
from dashboard.sources.france_travail import TRAINING_OUTCOMES, FranceTravailClient
from dashboard.store.dataset import Dataset
from tests.official_fixtures import StubApi
from tests.test_connectors import clone_dataset, tree_digest

ROOT = Path(__file__).resolve().parents[1]
RATES = {
    "libActivite": "Toutes formations",
    "listeValeursParPeriode": [
        {"codePeriode": "2024T4", "valeurPrincipaleTaux": 51.2},
        {"codePeriode": "2025T1", "valeurPrincipaleTaux": 54.7},
        {"codePeriode": "2025T2", "valeurPrincipaleTaux": None, "estMasque": True},
    ],
}
LEAVERS = {
    "listeValeursParPeriode": [
        {"codePeriode": "2024T4", "valeurPrincipaleNombre": 8120},
        {"codePeriode": "2025T1", "valeurPrincipaleNombre": 9340},
        {"codePeriode": "2025T2", "valeurPrincipaleNombre": 15},
    ]
}
ANSWERS = {ft_sortants_formation.ACCESS: RATES, ft_sortants_formation.LEAVERS: LEAVERS}


@pytest.fixture(scope="module")
def context(dataset) -> ParseContext:
    return ParseContext(dataset.territories.reset_index(drop=True), {})


def _answer(folder: Path, endpoint: str, response, kind="DEP", code="33", name="answer.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    request = {"codeTypeTerritoire": kind, "codeTerritoire": code, "codeTypeActivite": "CUMUL", "codeActivite": "CUMUL"}
    path = folder / name
    path.write_text(json.dumps({"endpoint": endpoint, "request": request, "response": response}), encoding="utf-8")
    return path


def test_fetch_uses_the_training_api_its_scope_and_both_indicators(dataset, tmp_path, monkeypatch):
    with StubApi([], ANSWERS) as stub:
        monkeypatch.setenv("FT_CLIENT_ID", "id")
        monkeypatch.setenv("FT_CLIENT_SECRET", "secret")
        monkeypatch.setenv("FT_TOKEN_URL", stub.base + "/token")
        monkeypatch.setenv("FT_TRAINING_API_BASE", stub.base + "/training/v1")
        client = FranceTravailClient.from_env(TRAINING_OUTCOMES, sleep=lambda s: None)
        territories = dataset.territories[dataset.territories.level.isin(["pays", "region"])]
        files = ft_sortants_formation.fetch_all(client, tmp_path / "ft", territories)
    regions = int((territories.level == "region").sum())
    assert len(files) == 2 * (1 + regions) and all(recognise(f) is ft_sortants_formation for f in files)
    assert stub.token_requests[0]["scope"] == [TRAINING_OUTCOMES.scope]
    paths = {path for path, _ in stub.calls}
    assert paths == {
        "/training/v1/indicateur/stat-acces-emploi-sorties-formation",
        "/training/v1/indicateur/stat-demandeurs-sorties-formation",
    }
    for path, body in stub.calls:  # the access rate names its nomenclature, the leavers' count has none
        assert ("codeTypeNomenclature" in body) == path.endswith("acces-emploi-sorties-formation")
        assert body["codeTypePeriode"] == "TRIMESTRE" and body["codeActivite"] == "CUMUL"


def test_connector_keeps_rates_counts_and_withheld_values(tmp_path, context):
    rates = ft_sortants_formation.parse(_answer(tmp_path, ft_sortants_formation.ACCESS, RATES), context)
    table = rates.tables["ft_sortants_formation"].set_index("period")
    assert table.loc["2025-T1", "value"] == 54.7 and table.loc["2025-T1", "measure"] == "acces_emploi_6_mois"
    assert table.loc["2025-T1", "activity_label"] == "Toutes formations"
    withheld = table.loc["2025-T2"]
    assert withheld.status == "secret" and withheld.value != withheld.value  # NaN: missing, never 0
    assert rates.source["publisher"] == "France Travail" and rates.source["licence"] == "Licence Ouverte 2.0"
    counts = ft_sortants_formation.parse(_answer(tmp_path, ft_sortants_formation.LEAVERS, LEAVERS, "NAT", ""), context)
    assert counts.tables["ft_sortants_formation"].set_index("period").loc["2025-T1", "value"] == 9340
    empty = ft_sortants_formation.parse(_answer(tmp_path, ft_sortants_formation.ACCESS, None), context)
    assert empty.tables["ft_sortants_formation"].empty and "pas de données" in empty.notes[0]


@pytest.mark.parametrize(
    ("endpoint", "response", "kind", "code", "where"),
    [
        ("stat-acces-emploi-sorties-formation", {"listeValeursParPeriode": [{"codePeriode": "2025T1", "valeurPrincipaleTaux": 140}]}, "DEP", "33", "ligne 1, colonne « valeurPrincipaleTaux » : taux hors de 0–100"),
        ("stat-acces-emploi-sorties-formation", {"listeValeursParPeriode": [{"codePeriode": "2025T1", "valeurPrincipaleTaux": "52,1"}]}, "DEP", "33", "ligne 1, colonne « valeurPrincipaleTaux » : nombre attendu"),
        ("stat-acces-emploi-sorties-formation", {"listeValeursParPeriode": [{"codePeriode": "2025T1", "valeurPrincipaleTaux": 0.52}, {"codePeriode": "2025T2", "valeurPrincipaleTaux": 0.55}]}, "DEP", "33", "pourcentages attendus"),
        ("stat-demandeurs-sorties-formation", {"listeValeursParPeriode": [{"codePeriode": "2025T1", "valeurPrincipaleNombre": 12.5}]}, "DEP", "33", "ligne 1, colonne « valeurPrincipaleNombre » : effectif invalide"),
        ("stat-demandeurs-sorties-formation", {"listeValeursParPeriode": [{"codePeriode": "2025-06", "valeurPrincipaleNombre": 12}]}, "DEP", "33", "ligne 1, colonne « codePeriode » : trimestre illisible"),
        ("stat-demandeurs-sorties-formation", {"listeValeursParPeriode": [{"codePeriode": "2025T1", "valeurPrincipaleNombre": 1}, {"codePeriode": "2025T1", "valeurPrincipaleNombre": 2}]}, "DEP", "33", "ligne 2, colonne « codePeriode » : trimestre en double"),
        ("stat-demandeurs-sorties-formation", {"listeValeursParPeriode": []}, "DEP", "99", "colonne « codeTerritoire » : département inconnu « 99 »"),
        ("stat-demandeurs-sorties-formation", {"valeurs": []}, "DEP", "33", "colonne « listeValeursParPeriode »"),
    ],
)  # fmt: skip
def test_connector_refuses_what_it_cannot_read_saying_where(tmp_path, context, endpoint, response, kind, code, where):
    path = _answer(tmp_path, endpoint, response, kind, code, name="bad.json")
    with pytest.raises(SourceFileError) as error:
        ft_sortants_formation.parse(path, context)
    assert str(error.value).startswith("fichier bad.json") and where in str(error.value)


def test_a_refused_answer_leaves_the_published_dataset_as_it_was(dataset, tmp_path):
    folder = clone_dataset(dataset, tmp_path / "data")
    before = tree_digest(folder / "current")
    inputs = tmp_path / "in"
    _answer(inputs, ft_sortants_formation.ACCESS, RATES, name="good.json")
    _answer(inputs, ft_sortants_formation.ACCESS, {"listeValeursParPeriode": [{"codePeriode": "x"}]}, name="z.json")
    with pytest.raises(SourceFileError, match=r"z\.json"):
        ingest(folder, [inputs], folder / "sources")
    assert tree_digest(folder / "current") == before


def render_with(folder: Path, paths: list[str]) -> list:
    """Each path served by an app on that data folder, in a fresh interpreter: the page's HTML or the API's JSON,
    or the status code when it is not 200."""
    script = (
        "import json, sys; from dashboard.app import create_app\n"
        "c = create_app().server.test_client()\n"
        "out = []\n"
        "for path in sys.argv[1:]:\n"
        "    r = c.get(path)\n"
        "    out.append(r.status_code if r.status_code != 200 else r.get_json() if r.is_json else r.get_data(as_text=True))\n"
        "print(json.dumps(out))"
    )
    env = {**os.environ, "DATA_DIR": str(folder), "DATASET_WATCH": "0"}
    command = [sys.executable, "-c", script, *paths]
    out = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_without_the_api_answers_the_page_says_what_is_missing_and_shows_no_figure(client):
    page = client.get("/formations?departement=33").get_data(as_text=True)
    assert 'id="missing-sources"' in page and "ft_sortants_formation" in page
    assert "En emploi dans les 6 mois" not in page
    body = client.get("/api/v1/training/outcomes?departement=33").get_json()
    assert body["disponible"] is False and body["territoires"] == [] and "data fetch" in body["message"]
    assert "/api/v1/training/outcomes" in client.get("/api/v1/openapi.json").get_json()["paths"]


def test_fetched_answers_reach_the_page_and_the_api_with_their_source(dataset, tmp_path):
    with StubApi([], ANSWERS) as stub:
        client = FranceTravailClient("id", "secret", base_url=stub.base, token_url=stub.base + "/token")
        territories = dataset.territories[dataset.territories.code.isin(["FR", "75", "33"])]
        files = ft_sortants_formation.fetch_all(client, tmp_path / "ft", territories)
    folder = clone_dataset(dataset, tmp_path / "data")
    release, notes = ingest(folder, files, folder / "sources")
    ds = Dataset(release)
    assert ds.sources["ft_sortants_formation"]["demo"] is False and ds.sources["ft_sortants_formation"]["checksum"]
    assert any("non publiés" in n for n in notes)
    paths = ["/formations?departement=33", "/en/formations?departement=33", "/api/v1/training/outcomes?departement=33"]
    html, english, api, bad = render_with(folder, [*paths, "/api/v1/training/outcomes?departement=999"])
    page = html.replace("\u202f", " ").replace("\xa0", " ")
    # The latest quarter with a published rate (2025-T1; 2025-T2 is withheld), for Gironde, its région and France.
    assert 'id="missing-sources"' not in page and "Nouvelle-Aquitaine" in page
    assert page.count("54,7 %") == 3 and "9 340" in page and "T1 2025" in page
    assert "Sortants de formation et accès à l'emploi (API)" in page and "France Travail" in page
    assert "Return to work after a training course" in english and "54.7%" in english
    assert api["disponible"] is True and [t["code"] for t in api["territoires"]] == ["33", "75", "FR"]
    assert api["territoires"][0] == {
        "niveau": "departement",
        "code": "33",
        "periode": "2025-T1",
        "taux_acces_emploi_6_mois": 54.7,
        "sortants": 9340.0,
    }
    assert bad == 422
