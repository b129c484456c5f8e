"""Atomic publication of a dataset release.

A release is written into a staging folder, checksummed, then renamed into
``data/releases/<version>``; ``data/current`` is a symlink swapped with one
``os.replace`` call. Readers see the old release or the new one, never a
half-written one, and a failure before the swap leaves ``current`` untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from ..domain.manifest import MANIFEST, read_manifest  # noqa: F401  (read_manifest: re-exported for callers)

KEEP_RELEASES = 3


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return "sha256:" + digest.hexdigest()


def publish(data_dir: Path, write: Callable[[Path], dict]) -> Path:
    """Calls write(staging_dir) -> manifest dict, then publishes atomically.

    Any exception raised by write (or while finishing) removes the staging
    folder and propagates; the current release is left as it was.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    staging = data_dir / f".staging-{uuid.uuid4().hex[:12]}"
    staging.mkdir()
    try:
        manifest = write(staging)
        files = {p.relative_to(staging).as_posix(): file_checksum(p) for p in sorted(staging.rglob("*")) if p.is_file()}
        version = release_version(files, manifest)
        manifest = {
            **manifest,
            "version": version,
            "files": files,
            "published_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        releases = data_dir / "releases"
        releases.mkdir(exist_ok=True)
        target = releases / version
        if target.exists():
            shutil.rmtree(staging)
        else:
            os.replace(staging, target)
        link = data_dir / f".current-{uuid.uuid4().hex[:8]}"
        os.symlink(Path("releases") / version, link)
        os.replace(link, data_dir / "current")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _prune(data_dir, keep=version)
    return target


def release_version(files: dict, manifest: dict) -> str:
    """Same data and same metadata (retrieval dates aside) give the same version; any change, a new one."""
    described = {k: v for k, v in manifest.items() if k not in ("published_at", "version", "files")}
    described["sources"] = [{k: v for k, v in s.items() if k != "retrieved"} for s in manifest.get("sources", [])]
    identity = json.dumps({"files": files, "manifest": described}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(identity.encode()).hexdigest()[:16]


def _prune(data_dir: Path, keep: str) -> None:
    releases = sorted((data_dir / "releases").iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in releases[KEEP_RELEASES:]:
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)
