"""Official connectors on the real files, the carried tables, the ingest pipeline, and its safety."""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from dashboard.ingest import committed
from dashboard.ingest.build import SOURCES_DIR
from dashboard.ingest.connectors import (
    ParseContext,
    SourceFileError,
    bassins,
    bmo,
    dares_defm_mensuel,
    dares_tensions,
    ft_tensions,
    insee_chomage_dep_reg,
    insee_chomage_ze,
    insee_recensement,
    insee_ze_composition,
    metiers_penurie,
    stmt,
)
from dashboard.ingest.pipeline import import_sources, ingest, status
from dashboard.ingest.release import read_release
from tests.conftest import SHARED
from tests.official_fixtures import dares_csv

INSEE = SHARED / "insee"
FT = SHARED / "france_travail"
DARES = SHARED / "dares"
RATES = INSEE / "chomage-zone-t1-2003-t3-2023.xlsx"
COMPOSITION = INSEE / "ZE2020_au_01-01-2023.xlsx"
STMT = FT / "stmt_demandeurs_fin_de_mois_2020-2024.csv"
CENSUS = INSEE / "base_cc_comparateur_csv.zip"
ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "data" / ".cache" / "packages"

needs_shared = pytest.mark.skipif(
    not RATES.exists(),
    reason="../shared/data/official is absent on this machine: the carried tables cannot be checked against the files",
)


def clone_dataset(dataset, folder: Path) -> Path:
    """A private copy of the published dataset and of the carried tables it was built from (hard links: both are
    only ever replaced, never written in place), to ingest into. The tables are in ``folder / "sources"``."""
    release = folder / "releases" / dataset.release.name
    shutil.copytree(dataset.release, release, copy_function=os.link)
    os.symlink(Path("releases") / dataset.release.name, folder / "current")
    shutil.copytree(SOURCES_DIR, folder / "sources", copy_function=os.link)
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
    return ParseContext(
        territories=release.territories, former_codes=dict(zip(release.former_codes.code, release.former_codes.current))
    )


@needs_shared
def test_carried_tables_are_exactly_what_the_connectors_give(tmp_path):
    """Re-runs every connector on ../shared/data/official and compares the tables byte for byte."""
    written, _notes = import_sources([SHARED], tmp_path, CACHE)
    assert {p.name for p in written} == {p.name for p in SOURCES_DIR.iterdir() if (p / "provenance.json").exists()}
    different = []
    for path in sorted(tmp_path.rglob("*")):
        if path.is_file():
            carried = SOURCES_DIR / path.relative_to(tmp_path)
            if not carried.exists() or not filecmp.cmp(path, carried, shallow=False):
                different.append(str(path.relative_to(tmp_path)))
    assert not different, f"carried tables differ from the connectors' output: {different}"
    record = json.loads((SOURCES_DIR / "stmt" / "provenance.json").read_text())
    checksums = {
        line.split()[1].split("/")[-1]: line.split()[0] for line in (SHARED / "SHA256SUMS").read_text().splitlines()
    }
    assert record["original_files"][0]["sha256"] == checksums[STMT.name]


def test_carried_tables_build_a_source_without_the_files():
    result, record = committed.load(SOURCES_DIR / "stmt")
    assert record["source"]["id"] == "stmt" and record["public_copy"] and record["source"]["url"]
    assert len(result.observations) > 100_000 and result.covers
    entry = committed.manifest_entry(record, SOURCES_DIR / "stmt")
    assert entry["demo"] is False and entry["carried_in"] == "data/sources/stmt"


@needs_shared
def test_recognise_by_layout():
    assert insee_chomage_ze.recognise(RATES) and not insee_chomage_ze.recognise(COMPOSITION)
    assert insee_ze_composition.recognise(COMPOSITION) and not insee_ze_composition.recognise(RATES)
    assert stmt.recognise(STMT) and not bassins.recognise(STMT)
    assert insee_recensement.recognise(CENSUS) and insee_chomage_dep_reg.recognise(INSEE / "sl_etc_2021T4.xls")
    assert not insee_chomage_ze.recognise(ROOT / "README.md")


@needs_shared
def test_zone_rates_on_the_real_file(context):
    obs = insee_chomage_ze.parse(RATES, context).observations
    zones = obs[obs.level == "zone_emploi"]
    assert zones.code.nunique() == 302 and obs[obs.level == "zone_emploi_partie"].code.nunique() == 28
    assert zones[(zones.code == "7505") & (zones.period == "2023-T3")].value.item() == 6.4


@needs_shared
def test_stmt_on_the_real_file(context):
    result = stmt.parse(STMT, context)
    obs = result.observations.set_index(["level", "code", "period"])
    assert obs.loc[("commune", "33063", "2024-12"), "value"] == 33_710
    assert obs.loc[("departement", "33", "2024-12"), "status"] == "ok"
    assert obs.loc[("region", "93", "2024-12"), "status"] == "derived"  # absent from the file: summed
    assert (obs.loc[("commune", "54395")].status == "conflict").all()
    assert any("2647 lignes en double" in n for n in result.notes)
    assert any("78, 976" in n for n in result.notes)
    # Orée d'Anjou's series is filed under its chef-lieu's former code, 49069.
    assert obs.loc[("commune", "49126", "2024-12"), "value"] > 0


@needs_shared
def test_dares_monthly_on_the_real_files(context):
    folder = DARES / "defm_mensuel_1996-2016"
    deps = dares_defm_mensuel.parse(folder / "table_defm_departement_categorie.csv", context).observations
    row = deps[(deps.code == "13") & (deps.period == "1996-02") & (deps.indicator == "demandeurs_b")]
    assert row.value.item() % 100 == 0  # '13  -Bouches-du-Rhône' read as 13, '39e3'-style numbers read
    assert set(deps[deps.indicator == "demandeurs_ae"].status) == {"derived"}
    regions = dares_defm_mensuel.parse(folder / "table_defm_region2016_categorie.csv", context)
    assert regions.observations.code.nunique() == 13 and any("« NA »" in n for n in regions.notes)
    france = dares_defm_mensuel.parse(folder / "table_defm_france_categorie.csv", context).observations
    assert set(france.code) == {"FRM"}
    june = france[(france.period == "2016-06") & (france.indicator == "demandeurs_a")].value.item()
    assert june == 3_308_000


@needs_shared
def test_departement_and_region_rates_on_the_real_file(context):
    obs = insee_chomage_dep_reg.parse(INSEE / "sl_etc_2021T4.xls", context).observations.set_index(
        ["level", "code", "period"]
    )
    assert obs.loc[("departement", "33", "2021-T4"), "value"] == 6.7
    assert obs.loc[("departement", "10", "1982-T1"), "value"] == 6.2  # code stored as the number 10.0
    assert obs.loc[("pays", "FRM", "1982-T1"), "value"] == 6.7
    assert ("pays", "FR", "1982-T1") not in obs.index and obs.loc[("pays", "FR", "2021-T4"), "value"] == 7.4


@needs_shared
def test_newer_rate_editions_replace_the_older_one_series_by_series(context):
    from dashboard.ingest.connectors import insee_chomage_bdm
    from dashboard.ingest.merge import combine

    editions = [
        insee_chomage_dep_reg.parse(INSEE / "sl_etc_2021T4.xls", context),
        insee_chomage_dep_reg.parse(INSEE / "sl_etc_2025T3.xls", context),
        insee_chomage_bdm.parse(INSEE / "famille_TAUX-CHOMAGE_19122024.xlsx", context),
    ]
    obs = combine(editions).observations
    assert not obs.duplicated(["indicator", "level", "code", "period"]).any()
    indexed = obs.set_index(["level", "code", "period"]).value
    assert indexed[("departement", "66", "2025-T3")] == 12.2 and indexed[("departement", "48", "2025-T3")] == 4.8
    assert indexed[("pays", "FR", "2024-T3")] == 7.4  # from the BDM export
    assert indexed[("region", "32", "2024-T3")] > 0 and ("region", "32", "2024-T4") not in indexed.index
    # An overseas région is its département: the same series, to the same quarter.
    guadeloupe = obs[(obs.level == "region") & (obs.code == "01")]
    assert guadeloupe.period.max() == "2025-T3"
    assert indexed[("region", "01", "2025-T3")] == indexed[("departement", "971", "2025-T3")]
    # Nothing of the 2021T4 edition is kept beside a newer one: no series mixes editions.
    assert obs[(obs.level == "departement") & (obs.code == "33")].period.max() == "2025-T3"
    assert "remplacée" in " ".join(editions[0].notes + combine(editions).notes)


@needs_shared
def test_census_on_the_real_file(context):
    result = insee_recensement.parse(CENSUS, context)
    obs = result.observations.set_index(["indicator", "level", "code"])
    active = obs.loc[("actifs_1564", "commune", "33063"), "value"]
    unemployed = obs.loc[("chomeurs_1564", "commune", "33063"), "value"]
    assert round(100 * unemployed / active, 1) == 14.5
    assert obs.loc[("actifs_1564", "arrondissement", "75101"), "value"] > 0  # arrondissements on their own level
    assert obs.loc[("revenu_median", "commune", "97611"), "status"] == "na"  # Mayotte: nothing in the file
    assert not any("sans correspondance" in n for n in result.notes)  # every former code is in the COG's history


def _census_rows() -> list[dict]:
    import csv
    import io

    with zipfile.ZipFile(CENSUS) as archive:
        text = archive.read(insee_recensement.DATA).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


@needs_shared
def test_census_rows_land_in_todays_communes_and_nothing_is_lost(context):
    """Every commune row of the 2021 file lands in exactly one current commune, and the national sums are kept."""
    result = insee_recensement.parse(CENSUS, context)
    obs = result.observations
    communes = obs[(obs.level == "commune") & (obs.indicator == "actifs_1564")]
    file_rows = [r for r in _census_rows() if r["CODGEO"] not in set(obs.loc[obs.level == "arrondissement", "code"])]
    in_file = sum(float(r["P18_ACT1564"] or 0) for r in file_rows)
    assert communes.value.sum() == pytest.approx(in_file, rel=1e-12)
    current = set(context.territories.loc[context.territories.level == "commune", "code"])
    for row in file_rows:
        code = row["CODGEO"]
        target = code if code in current else context.former_codes.get(code)
        assert target in current, f"{code} lands in no current commune"
    by_code = obs.set_index(["indicator", "level", "code"])
    # Val-d'Usiers (25060) took in 25282 and 25549, known only by the referential's former codes.
    assert by_code.loc[("actifs_1564", "commune", "25060"), "value"] == pytest.approx(1016.6, abs=0.1)
    assert by_code.loc[("actifs_1564", "commune", "25060"), "status"] == "derived"
    assert by_code.loc[("revenu_median", "commune", "25060"), "status"] == "na"  # a median does not add up
    # Conques-en-Rouergue was filed under 12076 in 2021.
    assert by_code.loc[("actifs_1564", "commune", "12218"), "value"] > 600
    # Celles (15031) was re-created from Neussargues en Pinatelle (15141): neither carries the 2021 figure as its own.
    assert by_code.loc[("actifs_1564", "commune", "15031"), "status"] == "former_territory"
    assert by_code.loc[("actifs_1564", "commune", "15141"), "status"] == "former_territory"
    assert by_code.loc[("revenu_median", "commune", "15141"), "status"] == "former_territory"


def test_former_territories_count_in_areas_but_are_not_shown(dataset):
    """A re-created commune and its former commune: no figure on their own pages, counted in their département."""
    for code in ("15031", "15141"):
        point = dataset.point("actifs_1564", "commune", code, "2018")
        assert point is not None and point.status == "former_territory" and point.value is None
    assert dataset.point("actifs_1564", "departement", "15", "2018").status == "derived"
    epci = dataset.territory("commune", "15141")["epci"]
    assert dataset.point("actifs_1564", "epci", epci, "2018").value > 0


@needs_shared
def test_bmo_and_bassins_on_the_real_files(context):
    links = bassins.parse(FT / "France_Travail_Bassin_Emploi_2021.csv", context).links["bassin"]
    assert links["33063"] == "7532" and links["03130"]  # a code written without its leading zero
    result = bmo.parse(FT / "Base_open_data_BMO_2024.xlsx", context)
    assert any("Saint-Martin" in n for n in result.notes)
    # Saint-Martin, coded 978 in 2024 only, stays under 971 as in 2023 and 2025: every published cell is summed.
    national = result.observations[
        (result.observations.level == "pays")
        & (result.observations.breakdown == "total")
        & (result.observations.indicator == "projets_recrutement")
    ]
    assert national.value.item() == 2_751_069
    assert set(result.tables["bmo_metiers"].nomenclature) == {"FAP 2021"}
    old = bmo.parse(FT / "Base_open_data_23.xlsx", context)  # columns in another order, FAP 2009
    assert set(old.tables["bmo_metiers"].nomenclature) == {"FAP 2009"}
    total = old.observations[
        (old.observations.level == "pays")
        & (old.observations.breakdown == "total")
        & (old.observations.indicator == "projets_recrutement")
    ]
    assert total.value.item() == 3_013_134


@needs_shared
def test_tension_and_shortage_files(context):
    dares = dares_tensions.parse(DARES / "tensions_2019" / "tensions.csv", context).tables["tensions_dares"]
    assert set(dares.level) == {"pays", "region", "departement"} and dares.classe.dropna().isin([1, 2, 3, 4, 5]).all()
    ft = ft_tensions.parse(FT / "tension_rome_bassin" / "cities-tension-utf8_2021.csv", context).tables
    assert ft["tensions_ft"].year.unique().tolist() == [2021] and "rome_labels" not in ft
    shortage = metiers_penurie.parse(FT / "metiers_en_tension_mars_2024.csv", context).tables["metiers_penurie"]
    assert {"FR", "75", "93"} <= set(shortage.code)


def _corrupt_rates(tmp_path: Path) -> Path:
    workbook = openpyxl.load_workbook(RATES)
    workbook["txcho_ze"].cell(row=50, column=10).value = "n/c"
    target = tmp_path / RATES.name
    workbook.save(target)
    return target


@needs_shared
def test_corrupt_file_is_refused_and_dataset_unchanged(dataset, tmp_path):
    folder = clone_dataset(dataset, tmp_path / "data")
    before = tree_digest(folder / "current")
    with pytest.raises(SourceFileError) as error:
        ingest(folder, [_corrupt_rates(tmp_path)], folder / "sources")
    message = str(error.value)
    assert "txcho_ze" in message and "ligne 50" in message and "2004-T2" in message and "n/c" in message
    assert tree_digest(folder / "current") == before
    assert not list(folder.glob(".staging-*"))


@needs_shared
@pytest.mark.parametrize(
    "name, edit, where",
    [
        (
            "stmt.csv",
            lambda text: text.replace("33063,decembre_2024,33710", "33063,decembre_2024,-4"),
            ("ligne", "Demandeurs_Emploi"),
        ),
        ("stmt.csv", lambda text: text.replace("33063,decembre_2024", "33063,brumaire_2024"), ("ligne", "YEAR")),
    ],
)
def test_bad_cells_are_refused_with_their_place(tmp_path, context, name, edit, where):
    path = tmp_path / STMT.name
    path.write_text(edit(STMT.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(SourceFileError) as error:
        stmt.parse(path, context)
    assert all(word in str(error.value) for word in where) and STMT.name in str(error.value)


@needs_shared
def test_bad_census_cell_is_refused(tmp_path, context):
    with zipfile.ZipFile(CENSUS) as archive:
        text = archive.read(insee_recensement.DATA).decode("utf-8-sig")
    lines = text.splitlines()
    cells = lines[5].split(";")
    cells[lines[0].split(";").index("P18_CHOM1564")] = "beaucoup"
    lines[5] = ";".join(cells)
    target = tmp_path / CENSUS.name
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(insee_recensement.DATA, "\n".join(lines))
    with pytest.raises(SourceFileError) as error:
        insee_recensement.parse(target, context)
    assert "ligne 6" in str(error.value) and "P18_CHOM1564" in str(error.value)


def test_unreadable_old_excel_file_is_refused(tmp_path, context):
    path = tmp_path / "sl_etc_2021T4.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 not really a workbook")
    assert not insee_chomage_dep_reg.recognise(path)
    with pytest.raises(SourceFileError, match="illisible"):
        insee_chomage_dep_reg.parse(path, context)


@needs_shared
def test_a_refused_file_leaves_the_carried_tables_unchanged(tmp_path):
    carried = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, carried)
    before = tree_digest(carried)
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(RATES, inputs / RATES.name)
    shutil.copy(_corrupt_rates(tmp_path), inputs / "chomage-zone-copie.xlsx")
    with pytest.raises(SourceFileError):
        import_sources([inputs], carried, CACHE)
    assert tree_digest(carried) == before and not list(carried.glob(".staging-*"))


@needs_shared
def test_bordeaux_page_after_ingesting_official_layouts(dataset, tmp_path):
    """Regression: the Bordeaux page failed after ingesting real INSEE files and a DARES commune file."""
    folder = clone_dataset(dataset, tmp_path / "data")
    ingest(folder, [RATES, INSEE / "sl_etc_2021T4.xls", CENSUS], folder / "sources", allow_shrink=True)
    ingest(folder, [dares_csv(tmp_path / "dares.csv", years=(2024, 2025))], folder / "sources")
    info = status(folder)
    assert any(s["id"] == "dares_defm_communes" and not s["demo"] for s in info["sources"])
    script = (
        "import json; from dashboard.app import create_app; from tests.conftest import page_text\n"
        "c = create_app().server.test_client()\n"
        "page = page_text(c, '/commune/33063')\n"
        "codes = [c.get(f'/export/{chart}.{fmt}?code=33063').status_code for chart in "
        "('demandeurs', 'chomage', 'recensement', 'recrutement') for fmt in ('csv', 'xlsx')]\n"
        "print(json.dumps({'page': page, 'codes': codes}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "DATA_DIR": str(folder)},
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert "Un problème est survenu" not in result["page"]
    assert "33\u202f710" in result["page"] and "6,4\u00a0%" in result["page"]
    assert result["codes"] == [200] * 8


def test_cli_reports_errors_with_non_zero_exit(tmp_path):
    bad = tmp_path / "inconnu.csv"
    bad.write_text("a;b\n1;2\n")
    out = subprocess.run(
        [sys.executable, "-m", "dashboard", "data", "ingest", "--from", str(bad)],
        cwd=ROOT,
        env={**os.environ, "DATA_DIR": str(tmp_path / "vide")},
        capture_output=True,
        text=True,
    )
    assert out.returncode != 0 and "Erreur" in out.stderr and "data build" in out.stderr


def test_cli_fetch_fails_clearly_offline(tmp_path):
    from dashboard.sources.download import Download, DownloadError, download

    with pytest.raises(DownloadError, match="après 2 essais"):
        download(Download("http://127.0.0.1:9/absent.xlsx", "absent.xlsx"), tmp_path, retries=2, timeout=2, backoff=0)
    assert not list(tmp_path.iterdir())


def test_cli_help_lists_commands():
    out = subprocess.run(
        [sys.executable, "-m", "dashboard", "data", "--help"], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0
    for command in ("build", "import", "fetch", "ingest", "status"):
        assert command in out.stdout


def test_build_is_fresh_for_the_carried_tables():
    from dashboard.config import load_settings
    from dashboard.ingest.build import is_stale

    assert not is_stale(load_settings().data_dir)
    assert is_stale(load_settings().data_dir, demo_build=True)
