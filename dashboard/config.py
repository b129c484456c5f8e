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


def load_settings() -> Settings:
    redis_url = os.environ.get("REDIS_URL") or None
    cache_type = os.environ.get("CACHE_TYPE") or ("RedisCache" if redis_url else "SimpleCache")
    return Settings(
        data_dir=Path(os.environ.get("DATA_DIR", REPO_ROOT / "data")).resolve(),
        cache_type=cache_type,
        redis_url=redis_url,
        cache_timeout=int(os.environ.get("CACHE_TIMEOUT", "86400")),
        public_url=os.environ.get("PUBLIC_URL", "http://127.0.0.1:8050").rstrip("/"),
    )
