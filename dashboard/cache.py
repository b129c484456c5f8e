"""One flask-caching instance, configured from the environment.

SimpleCache (per process) by default; RedisCache shared by every worker and
every machine when REDIS_URL is set. Keys carry the dataset version, so a new
release never serves stale answers.
"""

from __future__ import annotations

import functools
import logging

from flask_caching import Cache

from .config import Settings

cache = Cache()
log = logging.getLogger(__name__)


def init_cache(server, settings: Settings) -> None:
    config = {"CACHE_TYPE": settings.cache_type, "CACHE_DEFAULT_TIMEOUT": settings.cache_timeout,
              "CACHE_KEY_PREFIX": "emploi:"}
    if settings.redis_url:
        config["CACHE_REDIS_URL"] = settings.redis_url
    cache.init_app(server, config=config)


def cached(name: str):
    """Memoizes fn(version, *args) under a readable key; cache failures fall back to computing."""
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(version: str, *args):
            key = f"{name}:{version}:" + ":".join(str(a) for a in args)
            try:
                hit = cache.get(key)
            except Exception as exc:  # a broken cache must never break a request
                log.warning("cache read failed for %s: %s", key, exc)
                hit = None
            if hit is not None:
                return hit
            value = fn(version, *args)
            try:
                cache.set(key, value)
            except Exception as exc:
                log.warning("cache write failed for %s: %s", key, exc)
            return value
        return wrapper
    return decorate
