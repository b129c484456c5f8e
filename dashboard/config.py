"""Settings read from the environment, in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    cache_type: str
    redis_url: str | None
    cache_timeout: int
    public_url: str
    cache_max_mb: float = 128.0
    sources_dir: Path = REPO_ROOT / "data" / "sources"  # the carried tables the build reads and ingest writes


def default_public_url(environ=os.environ) -> str:
    """What this server answers on, from HOST and PORT (a wildcard host is reached on the loopback address)."""
    host = environ.get("HOST", "127.0.0.1")
    host = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host  # nosec B104 - a comparison, not a bind
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{environ.get('PORT', '8050')}"


def behind_a_proxy(environ=os.environ) -> bool:
    """Served on every interface, or trusting forwarded headers from somewhere else than this machine."""
    trusted = {t.strip() for t in environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1").split(",") if t.strip()}
    return environ.get("HOST", "127.0.0.1") in ("0.0.0.0", "::") or bool(trusted - {"127.0.0.1", "::1"})  # nosec B104


def load_settings() -> Settings:
    redis_url = os.environ.get("REDIS_URL") or None
    cache_type = os.environ.get("CACHE_TYPE") or ("RedisCache" if redis_url else "dashboard.cache.BoundedMemoryCache")
    return Settings(
        data_dir=Path(os.environ.get("DATA_DIR", REPO_ROOT / "data")).resolve(),
        cache_type=cache_type,
        redis_url=redis_url,
        cache_timeout=int(os.environ.get("CACHE_TIMEOUT", "86400")),
        public_url=(os.environ.get("PUBLIC_URL") or default_public_url()).rstrip("/"),
        cache_max_mb=float(os.environ.get("CACHE_MAX_MB", "128")),
        sources_dir=Path(os.environ.get("SOURCES_DIR", REPO_ROOT / "data" / "sources")).resolve(),
    )
