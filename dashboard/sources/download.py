"""Downloads official files from their official URLs: retries, timeouts, checksums.

Archives (.zip) are unpacked next to the download, keeping only the data
files (xlsx, csv), so that `data ingest --from DIR` can read them directly.
"""

from __future__ import annotations

import hashlib
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

USER_AGENT = "emploi-territoires/0.1 (+https://github.com/; data fetcher)"


class DownloadError(RuntimeError):
    """The file could not be downloaded; the message says why, in words."""


@dataclass(frozen=True)
class Download:
    url: str
    filename: str


def download(
    item: Download, folder: Path, retries: int = 3, timeout: float = 30.0, backoff: float = 2.0
) -> tuple[Path, str]:
    """Returns (path, sha256 checksum). Raises DownloadError after the last retry."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / item.filename
    partial = target.with_suffix(target.suffix + ".part")
    last_error: object = "?"
    for attempt in range(1, retries + 1):
        try:
            request = urllib.request.Request(item.url, headers={"User-Agent": USER_AGENT})
            digest = hashlib.sha256()
            with urllib.request.urlopen(request, timeout=timeout) as response, partial.open("wb") as out:  # nosec B310
                for block in iter(lambda: response.read(1 << 16), b""):
                    digest.update(block)
                    out.write(block)
            partial.replace(target)
            return target, "sha256:" + digest.hexdigest()
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            last_error = getattr(exc, "reason", exc)
            partial.unlink(missing_ok=True)
            if attempt < retries:
                time.sleep(backoff * attempt)
    raise DownloadError(
        f"téléchargement impossible de {item.url} après {retries} essais "
        f"({last_error}) — la machine est-elle connectée à Internet ?"
    )


def unpack(path: Path) -> list[Path]:
    if path.suffix.lower() != ".zip":
        return [path]
    out = []
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            name = Path(member).name
            if name and Path(name).suffix.lower() in (".xlsx", ".csv") and not member.startswith("__MACOSX"):
                (path.parent / name).write_bytes(archive.read(member))
                out.append(path.parent / name)
    return out
