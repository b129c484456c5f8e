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
from . import committed
from .build import inputs_digest
from .connectors import ConnectorResult, ParseContext, SourceFileError, by_id, recognise, registry
from .derive import derive
from .merge import SERIES, carry_forward, combine, merge, replaced_rows
from .publish import publish
from .referential import build_territories, former_code_map
from .release import read_release, write_release
from .validate import check_bounds, refuse_shrink, shrinkage

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


def _checked(result, files: list[Path], territories, replaced: pd.DataFrame | None, allow_shrink: bool) -> list[dict]:
    """Refuses an edition with impossible values, or one that drops what it replaces unless allowed; returns the
    record of an allowed shrink (empty when nothing was dropped)."""
    check_bounds(result, files, territories)
    lost = shrinkage(replaced, result.observations) if replaced is not None and not replaced.empty else []
    if lost and not allow_shrink:
        refuse_shrink(files, lost)
    return [{"date": date.today().isoformat(), "files": [p.name for p in files], "dropped": lost}] if lost else []


def import_sources(
    paths: list[Path],
    sources_dir: Path,
    cache_dir: Path,
    source_id: str | None = None,
    progress=None,
    allow_shrink: bool = False,
) -> tuple[list[Path], list[str]]:
    """Official files (or folders of them, searched recursively) -> carried tables under sources_dir, each source
    replaced whole by what its files give."""
    grouped, skipped = _group(
        _files(paths, recursive=True), source_id, skip_unknown=source_id is None, progress=progress
    )
    if not grouped:
        raise SourceFileError(paths[0], "aucun fichier officiel reconnu")
    context = import_context(cache_dir)
    parsed = _parse(grouped, context)
    shrinks = {}
    for source, (result, files, _module) in parsed.items():
        folder = sources_dir / source
        old = committed.load(folder)[0].observations if (folder / committed.PROVENANCE).exists() else None
        shrinks[source] = _checked(result, files, context.territories, old, allow_shrink)
    written = [
        committed.save(result, files, module, sources_dir, shrinks=shrinks[sid])
        for sid, (result, files, module) in parsed.items()
    ]
    notes = [f"{sid} : {n}" for sid, (result, _, _) in parsed.items() for n in result.notes[:20]]
    notes += [f"ignoré (format non reconnu) : {p}" for p in skipped]
    return written, notes


def ingest(
    data_dir: Path,
    paths: list[Path],
    sources_dir: Path,
    source_id: str | None = None,
    progress=None,
    allow_shrink: bool = False,
) -> tuple[Path, list[str]]:
    """Files taken into the carried tables (so that every later build keeps them), then into the published release
    without a full rebuild. A source's new file replaces what it covers; everything else it carried stays."""
    current = data_dir / "current"
    if not current.exists():
        raise NoDataset("aucun jeu de données publié : lancez d'abord « python -m dashboard data build »")
    release = read_release(current.resolve())
    context = ParseContext(
        territories=release.territories,
        former_codes=dict(zip(release.former_codes.get("code", []), release.former_codes.get("current", []))),
    )
    grouped, _ = _group(_files(paths), source_id, skip_unknown=False, progress=progress)
    staged = []
    for source, (result, files, module) in _parse(grouped, context).items():
        folder = sources_dir / source
        old, record = (
            committed.load(folder)
            if (folder / committed.PROVENANCE).exists()
            else (ConnectorResult(source=result.source), None)
        )
        holds = getattr(module, "FILE_HOLDS", SERIES)
        replaced = old.observations[replaced_rows(old.observations, result, holds)] if record else None
        shrinks = _checked(result, files, context.territories, replaced, allow_shrink)
        carried = carry_forward(old, result, holds) if record else result
        staged.append((carried, files, module, record, shrinks))
    notes = []
    for carried, files, module, record, shrinks in staged:
        folder = committed.save(carried, files, module, sources_dir, record, shrinks, ingested_on=date.today())
        _, saved = committed.load(folder)
        release = merge(release, carried, committed.manifest_entry(saved, folder))
        notes += [f"{folder.name} : {n}" for n in carried.notes[:20]]
        notes += [
            f"{folder.name} : retrait accepté (--allow-shrink) : {lost}" for s in shrinks for lost in s["dropped"]
        ]
    release = derive(release)
    digest = inputs_digest(sources_dir, demo_build=False)
    published = publish(data_dir, lambda folder: {**write_release(folder, release), "inputs": digest})
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
