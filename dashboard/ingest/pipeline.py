"""`data import`, `data ingest` and `data status`: official files into carried tables or into the release, safely.

Every file is parsed and validated before anything is written. ``import``
writes each source's tables under ``data/sources/`` (what the project carries
and builds from); ``ingest`` merges files straight into the published release
(for a newer file fetched online). On any error nothing changes: the carried
tables and the published dataset stay byte for byte as they were.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pandas as pd

from ..domain.manifest import read_manifest
from ..sources import registry as packages
from ..sources.registry import checksum_of
from . import committed
from .connectors import ConnectorResult, ParseContext, SourceFileError, by_id, recognise, registry
from .derive import derive
from .merge import combine, combined_checksum, merge
from .publish import publish
from .referential import build_territories, former_code_map
from .release import read_release, write_release

log = logging.getLogger(__name__)


class NoDataset(RuntimeError):
    pass


def _files(paths: list[Path], recursive: bool = False) -> list[Path]:
    out = []
    for path in paths:
        if path.is_dir():
            found = path.rglob("*") if recursive else path.iterdir()
            out += sorted(p for p in found if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            out.append(path)
        else:
            raise SourceFileError(path, "fichier introuvable")
    if not out:
        raise SourceFileError(paths[0] if paths else "?", "aucun fichier à charger")
    return out


def _group(files: list[Path], source_id: str | None, skip_unknown: bool, progress=None):
    grouped: dict[str, list[tuple]] = {}
    skipped = []
    for i, path in enumerate(files, start=1):
        try:
            connector = by_id(source_id) if source_id else recognise(path)
        except SourceFileError:
            if not skip_unknown:
                raise
            skipped.append(path)
            continue
        if progress:
            progress(i, len(files), f"{path.name} → {connector.ID}")
        grouped.setdefault(connector.ID, []).append((connector, path))
    return grouped, skipped


def _parse(grouped, context: ParseContext) -> dict[str, tuple[ConnectorResult, list[Path], object]]:
    """Parses every file first: nothing is written unless every file passes."""
    out = {}
    for source in sorted(grouped, key=lambda sid: sid not in ("insee_ze2020", "ft_bassins")):
        parsed = [
            (path, connector.parse(path, context))
            for connector, path in sorted(grouped[source], key=lambda cp: cp[1].name)
        ]
        # The module that describes the source (provenance), whichever of its layouts came first.
        out[source] = (combine([r for _, r in parsed]), [p for p, _ in parsed], by_id(source))
    return out


def import_context(cache_dir: Path) -> ParseContext:
    """The territories connectors resolve codes against: the pinned COG, whatever release is published."""
    cog = packages.fetch(packages.DECOUPAGE_ADMINISTRATIF, cache_dir)
    return ParseContext(territories=build_territories(cog), former_codes=former_code_map(cog))


def import_sources(
    paths: list[Path], sources_dir: Path, cache_dir: Path, source_id: str | None = None, progress=None
) -> tuple[list[Path], list[str]]:
    """Official files (or folders of them, searched recursively) -> carried tables under sources_dir."""
    grouped, skipped = _group(
        _files(paths, recursive=True), source_id, skip_unknown=source_id is None, progress=progress
    )
    if not grouped:
        raise SourceFileError(paths[0], "aucun fichier officiel reconnu")
    parsed = _parse(grouped, import_context(cache_dir))
    written = [committed.save(result, files, module, sources_dir) for result, files, module in parsed.values()]
    notes = [f"{sid} : {n}" for sid, (result, _, _) in parsed.items() for n in result.notes[:20]]
    notes += [f"ignoré (format non reconnu) : {p}" for p in skipped]
    return written, notes


def ingest(data_dir: Path, paths: list[Path], source_id: str | None = None, progress=None) -> tuple[Path, list[str]]:
    current = data_dir / "current"
    if not current.exists():
        raise NoDataset("aucun jeu de données publié : lancez d'abord « python -m dashboard data build »")
    release = read_release(current.resolve())
    context = ParseContext(
        territories=release.territories,
        former_codes=dict(zip(release.former_codes.get("code", []), release.former_codes.get("current", []))),
    )
    grouped, _ = _group(_files(paths), source_id, skip_unknown=False, progress=progress)
    notes = []
    for source, (result, files, _module) in _parse(grouped, context).items():
        entry = {
            **result.source,
            "retrieved": date.today().isoformat(),
            "demo": False,
            "checksum": combined_checksum([checksum_of(p, "sha256") for p in files]),
            "package": ", ".join(p.name for p in files)[:300],
        }
        release = merge(release, result, entry)
        notes += [f"{source} : {n}" for n in result.notes[:20]]
    release = derive(release)
    published = publish(data_dir, lambda folder: write_release(folder, release))
    return published, notes


def status(data_dir: Path) -> dict:
    current = data_dir / "current"
    if not current.exists():
        raise NoDataset("aucun jeu de données publié : lancez « python -m dashboard data build »")
    manifest = read_manifest(current.resolve())
    observations = pd.read_parquet(current / "observations.parquet", columns=["indicator", "level", "source"])
    pairs = observations.drop_duplicates().astype(str)
    demo_ids = {s["id"] for s in manifest["sources"] if s.get("demo")}
    still_demo = sorted(
        {f"{i} ({lvl})" for i, lvl, s in zip(pairs.indicator, pairs.level, pairs.source) if s in demo_ids}
    )
    return {
        "version": manifest["version"],
        "published_at": manifest["published_at"],
        "release": str(current.resolve()),
        "sources": manifest["sources"],
        "counts": manifest["counts"],
        "still_demo": still_demo,
    }


def known_sources() -> list[str]:
    return [c.ID for c in registry()]
