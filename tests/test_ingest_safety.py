"""What `data ingest` takes in is carried like every source, survives later builds, and a corrupted or shrunken
edition is refused before anything is written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.ingest import committed
from dashboard.ingest.build import is_stale
from dashboard.ingest.connectors import SourceFileError
from dashboard.ingest.pipeline import import_sources, ingest, status
from dashboard.ingest.release import read_release
from dashboard.store.dataset import Dataset
from tests.official_fixtures import bmo_xlsx
from tests.test_connectors import CACHE, ROOT, STMT, clone_dataset, needs_shared, tree_digest

BORDEAUX_DEC_2024 = "33063,decembre_2024,33710"


def _stmt(tmp_path: Path, edit) -> Path:
    """The official STMT file, edited; saved under its own name, as a newer download would be."""
    path = tmp_path / "in" / STMT.name
    path.parent.mkdir(exist_ok=True)
    text = STMT.read_text(encoding="utf-8")
    path.write_text(edit(text), encoding="utf-8")
    return path


def _cut_before(year: str):
    def edit(text: str) -> str:
        lines = text.splitlines(keepends=True)
        end = next(i for i, line in enumerate(lines) if f"_{year}," in line)
        return "".join(lines[:end])

    return edit


def _run(args: list[str], folder: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATA_DIR": str(folder), "SOURCES_DIR": str(folder / "sources")}
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


@needs_shared
def test_an_ingested_figure_is_carried_and_still_served_after_make_run(dataset, tmp_path):
    folder = clone_dataset(dataset, tmp_path / "data")
    newer = _stmt(tmp_path, lambda t: t.replace(BORDEAUX_DEC_2024, "33063,decembre_2024,33720"))
    done = _run(["data", "ingest", "--from", str(newer)], folder)
    assert done.returncode == 0, done.stderr
    carried, record = committed.load(folder / "sources" / "stmt")
    row = carried.observations.set_index(["level", "code", "period"]).loc[("commune", "33063", "2024-12")]
    assert row.value == 33_720 and record["ingested_on"] and record["original_files"][0]["name"] == STMT.name
    # `make run` runs `data build --if-stale`: the carried tables now hold the ingested file, nothing is stale.
    assert not is_stale(folder, folder / "sources")
    rebuilt = _run(["data", "build", "--if-stale"], folder)
    assert rebuilt.returncode == 0 and "à jour" in rebuilt.stdout, rebuilt.stdout + rebuilt.stderr
    served = Dataset((folder / "current").resolve()).point("demandeurs_ae", "commune", "33063", "2024-12")
    assert served.value == 33_720 and served.source == "stmt"
    info = status(folder)
    assert next(s for s in info["sources"] if s["id"] == "stmt")["retrieved"] == record["ingested_on"]


@needs_shared
@pytest.mark.parametrize(
    "edit, words",
    [
        (
            lambda t: t.replace(BORDEAUX_DEC_2024, "33063,decembre_2024,99999999999"),
            ["ligne", "Bordeaux", "99\u202f999\u202f999\u202f999", "plus que la population"],
        ),
        (_cut_before("2023"), ["périodes", "2023-01", "2024-12", "--allow-shrink", "s'arrête à la ligne"]),
        (lambda t: t.replace(BORDEAUX_DEC_2024, BORDEAUX_DEC_2024 + ",12"), ["ligne", "4 champs au lieu de 3"]),
    ],
    ids=["count-above-population", "cut-on-a-line", "extra-field"],
)
def test_a_corrupted_edition_is_refused_and_nothing_changes(dataset, tmp_path, edit, words):
    folder = clone_dataset(dataset, tmp_path / "data")
    before = tree_digest(folder / "current"), tree_digest(folder / "sources")
    with pytest.raises(SourceFileError) as error:
        ingest(folder, [_stmt(tmp_path, edit)], folder / "sources")
    message = str(error.value)
    assert STMT.name in message and all(w in message for w in words), message
    assert (tree_digest(folder / "current"), tree_digest(folder / "sources")) == before
    if "ligne" in words:
        line = int(message.split("ligne ")[1].split(" ")[0].rstrip(":,"))
        assert "33063,decembre_2024" in _stmt(tmp_path, edit).read_text(encoding="utf-8").splitlines()[line - 1]


@needs_shared
def test_import_refuses_a_shrunken_edition_too(tmp_path):
    import shutil

    carried = tmp_path / "sources"
    shutil.copytree(ROOT / "data" / "sources", carried)
    before = tree_digest(carried)
    with pytest.raises(SourceFileError, match="--allow-shrink"):
        import_sources([_stmt(tmp_path, _cut_before("2023"))], carried, CACHE)
    assert tree_digest(carried) == before


@needs_shared
def test_an_allowed_shrink_is_published_and_recorded(dataset, tmp_path):
    folder = clone_dataset(dataset, tmp_path / "data")
    ingest(folder, [_stmt(tmp_path, _cut_before("2023"))], folder / "sources", allow_shrink=True)
    entry = next(s for s in read_release((folder / "current").resolve()).sources if s["id"] == "stmt")
    (record,) = entry["shrink_allowed"]
    assert record["files"] == [STMT.name] and any("2024-12" in d for d in record["dropped"])
    provenance = json.loads((folder / "sources" / "stmt" / committed.PROVENANCE).read_text(encoding="utf-8"))
    assert provenance["shrink_allowed"] == [record]
    assert Dataset((folder / "current").resolve()).point("demandeurs_ae", "commune", "33063", "2024-12") is None


def test_a_new_bmo_year_is_added_to_the_years_carried(dataset, tmp_path):
    folder = clone_dataset(dataset, tmp_path / "data")
    old_years = set(committed.load(folder / "sources" / "bmo")[0].observations.period)
    ingest(folder, [bmo_xlsx(tmp_path / "bmo_2026.xlsx", year=2026)], folder / "sources")
    carried, record = committed.load(folder / "sources" / "bmo")
    assert set(carried.observations.period) == old_years | {"2026"}
    assert set(carried.tables["bmo_metiers"].year) >= {2023, 2024, 2025, 2026}
    assert "BMO 2024" in record["source"]["vintage"] and "BMO 2026" in record["source"]["vintage"]
    names = {f["name"] for f in record["original_files"]}
    assert "bmo_2026.xlsx" in names and len(names) > 1


def test_a_rate_outside_0_100_is_refused_whatever_the_connector(dataset, tmp_path):
    from dashboard.ingest.connectors import ConnectorResult, observations_frame
    from dashboard.ingest.validate import check_bounds

    path = tmp_path / "taux.csv"
    path.write_text("code;periode;taux\n33;2024-T4;6,1\n40;2024-T4;130,5\n", encoding="utf-8")
    rows = [
        ("taux_chomage", "departement", c, "2024-T4", "total", "total", v, "ok")
        for c, v in (("33", 6.1), ("40", 130.5))
    ]
    result = ConnectorResult(source={"id": "x"}, observations=observations_frame(rows, "x"))
    territories = read_release(dataset.release).territories
    with pytest.raises(SourceFileError, match="compris entre 0 et 100") as error:
        check_bounds(result, [path], territories)
    assert "ligne 3" in str(error.value) and "130,5" in str(error.value)
    check_bounds(
        ConnectorResult(source={"id": "x"}, observations=observations_frame(rows[:1], "x")), [path], territories
    )


@needs_shared
def test_a_series_copied_onto_two_communes_is_shown_for_neither(dataset):
    """Mousson (101 inhabitants) is given Pont-à-Mousson's 1,540 job seekers every month in the public copy."""
    ds = dataset
    for code in ("54390", "54431", "59332", "59367"):
        point = ds.point("demandeurs_ae", "commune", code, "2024-12")
        assert point is not None and point.status == "conflict" and point.value is None, code
    assert ds.point("demandeurs_ae", "commune", "33063", "2024-12").value == 33_710
