"""Atomic publication: a failed build leaves the published dataset exactly as it was."""

import hashlib
import json

import pandas as pd
import pytest

from dashboard.ingest import build, schemas
from dashboard.ingest.demo import demo_source
from dashboard.ingest.publish import publish, read_manifest
from dashboard.ingest.release import Release, as_categories, write_release


def _tree_digest(folder):
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def _write_ok(folder):
    (folder / "a.txt").write_text("first")
    return {"sources": []}


def test_publish_then_failed_publish_keeps_previous(tmp_path):
    first = publish(tmp_path, _write_ok)
    before = _tree_digest(tmp_path / "current")
    assert (tmp_path / "current").resolve() == first
    assert read_manifest(first)["files"]["a.txt"].startswith("sha256:")

    def write_broken(folder):
        (folder / "a.txt").write_text("half-written")
        raise ValueError("malformed source")

    with pytest.raises(ValueError, match="malformed source"):
        publish(tmp_path, write_broken)
    assert (tmp_path / "current").resolve() == first
    assert _tree_digest(tmp_path / "current") == before
    assert not list(tmp_path.glob(".staging-*"))


def test_invalid_observations_are_refused_before_publishing(tmp_path, dataset):
    publish(tmp_path, _write_ok)
    before = _tree_digest(tmp_path / "current")
    territories = dataset.territories.reset_index(drop=True)
    bad = pd.DataFrame(
        [
            {
                "indicator": "demandeurs_ae",
                "level": "commune",
                "code": "33063",
                "period": "2024-13",
                "breakdown": "total",
                "breakdown_value": "total",
                "value": -3.0,
                "status": "ok",
                "source": "demo",
            }
        ]
    )
    release = Release(
        territories=territories,
        indicators=build.indicators_frame(),
        observations=bad,
        sources=[demo_source()],
        former_codes=pd.DataFrame({"code": [], "current": []}),
    )
    with pytest.raises(schemas.ValidationError) as error:
        publish(tmp_path, lambda folder: write_release(folder, release))
    message = str(error.value)
    assert "observations" in message and "period" in message
    assert _tree_digest(tmp_path / "current") == before


def test_observation_pointing_to_unknown_territory_is_refused(dataset):
    territories = dataset.territories.reset_index(drop=True)
    obs = as_categories(
        pd.DataFrame(
            [
                {
                    "indicator": "demandeurs_abc",
                    "level": "commune",
                    "code": "99999",
                    "period": "2024-T4",
                    "breakdown": "total",
                    "breakdown_value": "total",
                    "value": 3.0,
                    "status": "ok",
                    "source": "demo",
                }
            ]
        )
    )
    with pytest.raises(schemas.ValidationError, match="unknown territories"):
        schemas.check_references(territories, obs, build.indicators_frame(), {"demo"})


def test_a_value_for_a_secret_cell_is_refused(dataset):
    frame = as_categories(
        pd.DataFrame(
            [
                {
                    "indicator": "revenu_median",
                    "level": "commune",
                    "code": "01001",
                    "period": "2019",
                    "breakdown": "total",
                    "breakdown_value": "total",
                    "value": 0.0,
                    "status": "secret",
                    "source": "insee_recensement",
                }
            ]
        )
    )
    with pytest.raises(schemas.ValidationError, match="secret or missing"):
        schemas.validate("observations", schemas.observations, frame)


def test_two_values_for_one_cell_are_refused():
    row = {
        "indicator": "demandeurs_ae",
        "level": "commune",
        "code": "33063",
        "period": "2024-12",
        "breakdown": "total",
        "breakdown_value": "total",
        "value": 1.0,
        "status": "ok",
        "source": "stmt",
    }
    with pytest.raises(schemas.ValidationError, match="observations"):
        schemas.validate(
            "observations", schemas.observations, as_categories(pd.DataFrame([row, {**row, "value": 2.0}]))
        )


def test_published_release_matches_its_manifest(dataset):
    from dashboard.ingest.publish import file_checksum

    manifest = json.loads((dataset.release / "manifest.json").read_text())
    for name, checksum in list(manifest["files"].items())[:5]:
        assert file_checksum(dataset.release / name) == checksum
