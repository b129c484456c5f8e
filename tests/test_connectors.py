"""Official connectors on the real INSEE files, the ingest pipeline, and its safety."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from dashboard.ingest.connectors import ParseContext, SourceFileError, insee_chomage_ze, insee_ze_composition
from dashboard.ingest.pipeline import ingest, read_release, status
from tests.conftest import SHARED

INSEE = SHARED / "insee"
RATES = INSEE / "chomage-zone-t1-2003-t3-2023.xlsx"
COMPOSITION = INSEE / "ZE2020_au_01-01-2023.xlsx"
ROOT = Path(__file__).resolve().parents[1]

needs_shared = pytest.mark.skipif(not RATES.exists(), reason="../shared/data/official/insee is absent on this machine")


def clone_dataset(dataset, folder: Path) -> Path:
    """A private copy of the published dataset (hard links), to ingest into."""
    release = folder / "releases" / dataset.release.name
    shutil.copytree(dataset.release, release, copy_function=os.link)
    os.symlink(Path("releases") / dataset.release.name, folder / "current")
    return folder


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.resolve().rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder.resolve())).encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def context(dataset):
    release = read_release(dataset.release)
    return ParseContext(territories=release.territories,
                        former_codes=dict(zip(release.former_codes.code, release.former_codes.current)))


@pytest.fixture(scope="module")
def ingested(dataset, tmp_path_factory):
    if not RATES.exists():
        pytest.skip("../shared/data/official/insee is absent on this machine")
    folder = clone_dataset(dataset, tmp_path_factory.mktemp("ingested"))
    release, notes = ingest(folder, [INSEE])
    return folder, release, notes


@needs_shared
def test_recognise_by_layout():
    assert insee_chomage_ze.recognise(RATES) and not insee_chomage_ze.recognise(COMPOSITION)
    assert insee_ze_composition.recognise(COMPOSITION) and not insee_ze_composition.recognise(RATES)
    assert not insee_chomage_ze.recognise(ROOT / "README.md")


@needs_shared
def test_rates_connector_on_the_real_file(context):
    result = insee_chomage_ze.parse(RATES, context)
    obs = result.observations
    zones = obs[obs.level == "zone_emploi"]
    assert zones.code.nunique() == 302
    assert obs[obs.level == "zone_emploi_partie"].code.nunique() == 28
    bordeaux = zones[(zones.code == "7505") & (zones.period == "2023-T3")].value.item()
    assert bordeaux == 6.4
    assert set(obs.source) == {"insee_chomage_ze"} and zones.period.min() == "2003-T1"


@needs_shared
def test_composition_connector_maps_current_communes(context):
    result = insee_ze_composition.parse(COMPOSITION, context)
    links = result.links["zone_emploi"]
    assert links["33063"] == "7505" and links["75101"] == "1109" and links["2A004"].startswith("94")
    assert len(links) > 34_800
    assert result.territories.code.nunique() >= 300


@needs_shared
def test_ingest_attaches_communes_and_replaces_demo(ingested):
    folder, release, notes = ingested
    info = status(folder)
    sources = {s["id"]: s for s in info["sources"]}
    for sid in ("insee_chomage_ze", "insee_ze2020"):
        assert sources[sid]["demo"] is False and sources[sid]["checksum"].startswith("sha256:")
        assert sources[sid]["retrieved"] and sources[sid]["vintage"]
    assert "taux_chomage (zone_emploi)" not in info["still_demo"]
    territories = read_release(release).territories
    bordeaux = territories[(territories.level == "commune") & (territories.code == "33063")].iloc[0]
    assert bordeaux.zone_emploi == "7505"
    assert (release / "geo" / "zone_emploi.geojson").exists()


@needs_shared
def test_bordeaux_page_shows_the_insee_zone_rate(ingested):
    folder, _, _ = ingested
    script = (
        "import json; from dashboard.app import create_app; from tests.conftest import page_text\n"
        "c = create_app().server.test_client()\n"
        "print(json.dumps({'page': page_text(c, '/commune/33063'), 'status': c.get('/territoire/zone_emploi/7505').status_code}))"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "DATA_DIR": str(folder)},
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    page = result["page"]
    assert "Bordeaux : " in page and "6,4\u00a0%" in page and "T3 2023" in page
    assert "Taux de chômage localisés par zone d'emploi" in page
    assert result["status"] == 200


def _corrupt_copy(tmp_path: Path) -> Path:
    workbook = openpyxl.load_workbook(RATES)
    sheet = workbook["txcho_ze"]
    sheet.cell(row=50, column=10).value = "n/c"
    target = tmp_path / RATES.name
    workbook.save(target)
    return target


@needs_shared
def test_corrupt_file_is_refused_and_dataset_unchanged(dataset, tmp_path):
    folder = clone_dataset(dataset, tmp_path / "data")
    before = tree_digest(folder / "current")
    corrupt = _corrupt_copy(tmp_path)
    with pytest.raises(SourceFileError) as error:
        ingest(folder, [corrupt])
    message = str(error.value)
    assert "txcho_ze" in message and "ligne 50" in message and "2004-T2" in message and "n/c" in message
    assert tree_digest(folder / "current") == before
    assert not list(folder.glob(".staging-*"))


def test_cli_reports_errors_with_non_zero_exit(tmp_path):
    bad = tmp_path / "inconnu.csv"
    bad.write_text("a;b\n1;2\n")
    out = subprocess.run([sys.executable, "-m", "dashboard", "data", "ingest", "--from", str(bad)], cwd=ROOT,
                         env={**os.environ, "DATA_DIR": str(tmp_path / "vide")}, capture_output=True, text=True)
    assert out.returncode != 0 and "Erreur" in out.stderr and "data build" in out.stderr


def test_cli_fetch_fails_clearly_offline(tmp_path):
    from dashboard.sources.download import Download, DownloadError, download
    with pytest.raises(DownloadError, match="après 2 essais"):
        download(Download("http://127.0.0.1:9/absent.xlsx", "absent.xlsx"), tmp_path, retries=2, timeout=2, backoff=0)
    assert not list(tmp_path.iterdir())


def test_cli_help_lists_commands():
    out = subprocess.run([sys.executable, "-m", "dashboard", "data", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0
    for command in ("build", "fetch", "ingest", "status"):
        assert command in out.stdout
