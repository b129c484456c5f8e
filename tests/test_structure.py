"""The layers hold: a web worker loads none of the build's modules or geometry libraries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD_ONLY = ("geopandas", "shapely", "pyproj", "pyogrio", "pandera", "xlrd", "dashboard.ingest", "dashboard.sources")


def test_a_worker_imports_nothing_of_the_build(data_dir):
    """What gunicorn loads (dashboard.wsgi), then a page, a map layer and an export, in a fresh interpreter."""
    script = """
import json, sys
from dashboard.wsgi import server
client = server.test_client()
statuses = [client.get(path).status_code for path in
            ("/commune/33063", "/carte?niveau=commune&dep=33", "/export/carte.svg?niveau=departement",
             "/api/v1/observations?indicator=demandeurs_a&level=region")]
print(json.dumps({"statuses": statuses, "modules": sorted(sys.modules)}))
"""
    env = {"DATA_DIR": str(data_dir), "DATASET_WATCH": "0", "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["statuses"] == [200, 200, 200, 200]
    loaded = [m for m in report["modules"] if m.split(".")[0] in BUILD_ONLY or m.startswith(BUILD_ONLY)]
    assert loaded == []
    assert "dashboard.pages" in report["modules"] and "pandas" in report["modules"]  # the probe did load the app


def _pins(path: Path) -> dict[str, str]:
    """Name → version of every `name==version` line of a requirements or lock file (names normalised)."""
    pins = {}
    for line in path.read_text().splitlines():
        spec = line.split("#")[0].split(";")[0].strip().rstrip("\\").strip()
        if "==" in spec and not spec.startswith("-"):
            name, version = spec.split("==", 1)
            pins[name.split("[")[0].strip().lower().replace("_", "-").replace(".", "-")] = version.strip()
    return pins


def test_every_direct_requirement_is_pinned_in_its_lock():
    """`make` installs from the locks only: a requirement missing from its lock is never installed on a fresh machine."""
    for name in ("requirements", "requirements-build", "requirements-dev"):
        direct, locked = _pins(ROOT / f"{name}.txt"), _pins(ROOT / f"{name}.lock")
        assert direct, name
        drift = {pkg: (version, locked.get(pkg)) for pkg, version in direct.items() if locked.get(pkg) != version}
        assert drift == {}, f"{name}.lock is stale (run `make lock`): {drift}"


def test_the_audit_says_when_nothing_was_audited():
    import importlib.util

    spec = importlib.util.spec_from_file_location("audit", Path(__file__).resolve().parents[1] / "scripts" / "audit.py")
    audit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(audit)
    offline = {"dependencies": [{"name": "dash", "skip_reason": "not found"}, {"name": "x", "skip_reason": "n"}]}
    text, code = audit.summary(offline, "r.lock")
    assert code == 0 and "RIEN N'A ÉTÉ AUDITÉ" in text and "2 paquets" in text and "No known" not in text
    online = {"dependencies": [{"name": "dash", "version": "4", "vulns": []}, {"name": "x", "skip_reason": "n"}]}
    assert audit.summary(online, "r.lock") == (
        "pip-audit : 1 paquets sur 2 audités, aucune vulnérabilité connue ; 1 non vérifiés : x",
        0,
    )
    bad = {"dependencies": [{"name": "dash", "version": "4", "vulns": [{"id": "GHSA-1"}]}]}
    assert audit.summary(bad, "r.lock")[1] == 1
