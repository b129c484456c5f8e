"""Atomic publication: a failed build leaves the published dataset exactly as it was."""

import hashlib
import json

import pandas as pd
import pytest

from dashboard.ingest import build, catalogue, schemas
from dashboard.ingest.publish import publish, read_manifest


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
    bad = pd.DataFrame([{"indicator": "demandeurs_abc", "level": "commune", "code": "33063", "period": "2024-T5",
                         "breakdown": "total", "breakdown_value": "total", "value": -3.0, "status": "ok",
                         "source": "demo"}])
    release = build.Release(territories=territories, indicators=catalogue.indicators_frame(), observations=bad,
                            sources=[build.demo_source()], former_codes=pd.DataFrame({"code": [], "current": []}))
    with pytest.raises(schemas.ValidationError) as error:
        publish(tmp_path, lambda folder: build.write_release(folder, release))
    message = str(error.value)
    assert "observations" in message and "period" in message
    assert _tree_digest(tmp_path / "current") == before


def test_observation_pointing_to_unknown_territory_is_refused(dataset):
    territories = dataset.territories.reset_index(drop=True)
    obs = build.as_categories(pd.DataFrame([{
        "indicator": "demandeurs_abc", "level": "commune", "code": "99999", "period": "2024-T4",
        "breakdown": "total", "breakdown_value": "total", "value": 3.0, "status": "ok", "source": "demo"}]))
    with pytest.raises(schemas.ValidationError, match="unknown territories"):
        schemas.check_references(territories, obs, catalogue.indicators_frame(), {"demo"})


def test_published_release_matches_its_manifest(dataset):
    from dashboard.ingest.publish import file_checksum
    manifest = json.loads((dataset.release / "manifest.json").read_text())
    for name, checksum in list(manifest["files"].items())[:5]:
        assert file_checksum(dataset.release / name) == checksum
