"""The figures the project carries: each source's connector output, as compact tables under ``data/sources/``.

``data import`` runs the connectors on the official files and writes, for each
source, ``data/sources/<id>/``: ``observations.parquet``, ``territories.parquet``,
``links.parquet`` and any extra table, plus ``provenance.json`` (producer,
original file names, official address, SHA-256 of each original file, vintage,
licence, the public copy it was taken from). ``data build`` reads them back, so a
fresh clone builds real figures without the original files.

The files are written deterministically (sorted rows, fixed Parquet options):
running the connectors again on the same files gives the same bytes, which a
test checks. A source is replaced atomically: a refused file leaves it as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..sources.registry import checksum_of
from .connectors import ConnectorResult

PROVENANCE = "provenance.json"
_RESERVED = {"observations", "territories", "links"}


def _write_table(frame: pd.DataFrame, path: Path) -> None:
    table = pa.Table.from_pandas(frame.reset_index(drop=True), preserve_index=False)
    pq.write_table(
        table,
        path,
        compression="zstd",
        compression_level=9,
        use_dictionary=True,
        write_statistics=False,
        store_schema=True,
    )


def _links_frame(links: dict[str, pd.Series]) -> pd.DataFrame:
    parts = [
        pd.DataFrame({"column": column, "code": series.index.astype(str), "value": series.astype(str).values})
        for column, series in sorted(links.items())
    ]
    return pd.concat(parts, ignore_index=True).sort_values(["column", "code"]).reset_index(drop=True)


def provenance(
    result: ConnectorResult, files: list[Path], module, previous: dict | None = None, shrinks: list[dict] | None = None
) -> dict:
    """The source's record; ``previous`` is the record of the tables a file was taken into (``data ingest``):
    the original files still carried stay listed, and so does every shrink a maintainer allowed."""
    extra = getattr(module, "PROVENANCE", {})
    new_files = [
        {"name": p.name, "sha256": checksum_of(p, "sha256").split(":", 1)[1], "bytes": p.stat().st_size}
        for p in sorted(files)
    ]
    names = {f["name"] for f in new_files}
    still = [f for f in (previous or {}).get("original_files", []) if f["name"] not in names]
    record = {
        "source": {k: v for k, v in result.source.items() if k not in ("retrieved", "checksum", "package")},
        "original_files": sorted(still + new_files, key=lambda f: f["name"]),
        "public_copy": extra.get("public_copy"),
        "public_copy_en": extra.get("public_copy_en"),
        "connector": module.__name__.rsplit(".", 1)[-1],
        "notes": result.notes,
        "covers": sorted([list(c) for c in result.covers]),
    }
    allowed = (previous or {}).get("shrink_allowed", []) + (shrinks or [])
    if allowed:
        record["shrink_allowed"] = allowed
    return record


def save(
    result: ConnectorResult,
    files: list[Path],
    module,
    sources_dir: Path,
    previous: dict | None = None,
    shrinks: list[dict] | None = None,
    ingested_on: date | None = None,
) -> Path:
    """Writes one source's tables into a staging folder, then swaps it in place of the old one."""
    sources_dir.mkdir(parents=True, exist_ok=True)
    target = sources_dir / result.source["id"]
    staging = sources_dir / f".staging-{result.source['id']}-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    try:
        if not result.observations.empty:
            _write_table(result.observations, staging / "observations.parquet")
        if not result.territories.empty:
            columns = sorted(result.territories.columns, key=lambda c: (c not in ("level", "code"), c))
            _write_table(result.territories[columns].sort_values(["level", "code"]), staging / "territories.parquet")
        if result.links:
            _write_table(_links_frame(result.links), staging / "links.parquet")
        for name, table in sorted(result.tables.items()):
            if name in _RESERVED:
                raise ValueError(f"table name {name!r} is reserved")
            _write_table(table, staging / f"{name}.parquet")
        record = provenance(result, files, module, previous, shrinks)
        if ingested_on:
            record["ingested_on"] = ingested_on.isoformat()
        text = json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True)
        (staging / PROVENANCE).write_text(text + "\n", encoding="utf-8")
        old = sources_dir / f".old-{result.source['id']}-{uuid.uuid4().hex[:8]}"
        if target.exists():
            os.replace(target, old)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def load(folder: Path) -> tuple[ConnectorResult, dict]:
    """A committed source back as a connector result, with its provenance record."""
    record = json.loads((folder / PROVENANCE).read_text(encoding="utf-8"))

    def table(name: str) -> pd.DataFrame:
        path = folder / f"{name}.parquet"
        return pd.read_parquet(path) if path.exists() else pd.DataFrame()

    links_frame = table("links")
    links = (
        {column: group.set_index("code").value for column, group in links_frame.groupby("column")}
        if not links_frame.empty
        else {}
    )
    tables = {p.stem: pd.read_parquet(p) for p in sorted(folder.glob("*.parquet")) if p.stem not in _RESERVED}
    result = ConnectorResult(
        source=record["source"],
        observations=table("observations"),
        covers={tuple(c) for c in record.get("covers", [])},
        territories=table("territories"),
        links=links,
        notes=record.get("notes", []),
        tables=tables,
    )
    return result, record


def manifest_entry(record: dict, folder: Path) -> dict:
    """The release manifest's record of a committed source (what every page, export and API answer cites)."""
    files = record["original_files"]
    checksum = (
        ("sha256:" + files[0]["sha256"])
        if len(files) == 1
        else "sha256 : " + ", ".join(f"{f['name']} {f['sha256'][:16]}…" for f in files)
    )
    return {
        **record["source"],
        "demo": False,
        "checksum": checksum,
        "package": ", ".join(f["name"] for f in files)[:300],
        "original_files": files,
        "public_copy": record.get("public_copy"),
        "public_copy_en": record.get("public_copy_en"),
        "carried_in": f"data/sources/{folder.name}",
        **({"retrieved": record["ingested_on"]} if record.get("ingested_on") else {}),
        **({"shrink_allowed": record["shrink_allowed"]} if record.get("shrink_allowed") else {}),
    }
