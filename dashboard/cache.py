"""One flask-caching instance, configured from the environment, that never breaks a request.

BoundedMemoryCache (per process, at most CACHE_MAX_MB) by default; RedisCache shared by every worker and
every machine when REDIS_URL is set. Keys carry the dataset version, so a new
release never serves stale answers. When the cache fails (Redis down or gone
mid-run), requests are computed instead; a short circuit breaker avoids
hammering a dead server, and the client reconnects by itself afterwards.
"""

from __future__ import annotations

import functools
import logging
import threading
import time

from flask import g, has_request_context
from flask_caching import Cache
from flask_caching.backends.simplecache import SimpleCache

from .config import Settings

cache = Cache()
log = logging.getLogger(__name__)
BREAKER_SECONDS = 5.0


class _Breaker:
    def __init__(self):
        self._until = 0.0
        self._lock = threading.Lock()

    def open(self) -> bool:
        return time.monotonic() < self._until

    def trip(self, exc: Exception) -> None:
        with self._lock:
            if not self.open():
                log.warning("cache unavailable (%s); computing without it for %.0f s", exc, BREAKER_SECONDS)
            self._until = time.monotonic() + BREAKER_SECONDS


breaker = _Breaker()


class BoundedMemoryCache(SimpleCache):
    """flask-caching's SimpleCache bounded by the bytes of its pickled values (CACHE_MAX_MB), least recently
    used first out: its own bound, 500 entries, lets a crawler fill a worker with pages and images."""

    def __init__(self, max_bytes: int = 128 * 1024 * 1024, default_timeout: int = 300):
        super().__init__(threshold=1 << 30, default_timeout=default_timeout)
        self.max_bytes = max_bytes
        self.bytes = 0

    @classmethod
    def factory(cls, app, config, args, kwargs):
        return cls(
            max_bytes=int(float(config.get("CACHE_MAX_MB", 128)) * 1024 * 1024),
            default_timeout=config["CACHE_DEFAULT_TIMEOUT"],
        )

    def get(self, key: str):
        with self._lock:
            value = super().get(key)
            if value is not None:  # most recently used last: dicts keep insertion order
                self._cache[key] = self._cache.pop(key)
            return value

    def set(self, key: str, value, timeout=None) -> bool:
        with self._lock:
            self.delete(key)
            super().set(key, value, timeout)
            size = len(self._cache[key][1])
            if size > self.max_bytes:
                self.delete(key)
                return False
            self.bytes += size
            while self.bytes > self.max_bytes:
                self.delete(next(iter(self._cache)))
            return True

    def add(self, key: str, value, timeout=None) -> bool:
        with self._lock:
            return False if self.has(key) else self.set(key, value, timeout)

    def delete(self, key: str) -> bool:
        with self._lock:
            item = self._cache.pop(key, None)
            if item is not None:
                self.bytes -= len(item[1])
            return item is not None

    def clear(self) -> bool:
        with self._lock:
            self.bytes = 0
            return super().clear()


def init_cache(server, settings: Settings) -> None:
    config = {
        "CACHE_TYPE": settings.cache_type,
        "CACHE_DEFAULT_TIMEOUT": settings.cache_timeout,
        "CACHE_KEY_PREFIX": "emploi:",
        "CACHE_MAX_MB": settings.cache_max_mb,
    }
    if settings.redis_url:
        config["CACHE_REDIS_URL"] = settings.redis_url
        config["CACHE_OPTIONS"] = {"socket_timeout": 0.25, "socket_connect_timeout": 0.25, "health_check_interval": 10}
    cache.init_app(server, config=config)


_RANK = {"hit": 0, "miss": 1, "bypass": 2}


def _mark(state: str) -> None:
    """The request's cache state is its worst lookup: a request with one miss was computed."""
    if has_request_context():
        current = g.get("cache_state")
        if current is None or _RANK[state] > _RANK[current]:
            g.cache_state = state


def get(key: str):
    if breaker.open():
        _mark("bypass")
        return None
    try:
        value = cache.get(key)
    except Exception as exc:  # noqa: BLE001 - a broken cache must never break a request
        breaker.trip(exc)
        _mark("bypass")
        return None
    _mark("hit" if value is not None else "miss")
    return value


def put(key: str, value) -> None:
    if breaker.open():
        return
    try:
        cache.set(key, value)
    except Exception as exc:  # noqa: BLE001 - same: the answer is served uncached
        breaker.trip(exc)


def cached(name: str):
    """Memoizes fn(version, *args) under a readable key; cache failures fall back to computing."""

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(version: str, *args):
            key = f"{name}:{version}:" + ":".join(str(a) for a in args)
            hit = get(key)
            if hit is not None:
                return hit
            value = fn(version, *args)
            put(key, value)
            return value

        return wrapper

    return decorate
