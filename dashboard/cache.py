"""One flask-caching instance, configured from the environment, that never breaks a request.

SimpleCache (per process) by default; RedisCache shared by every worker and
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


def init_cache(server, settings: Settings) -> None:
    config = {"CACHE_TYPE": settings.cache_type, "CACHE_DEFAULT_TIMEOUT": settings.cache_timeout,
              "CACHE_KEY_PREFIX": "emploi:"}
    if settings.redis_url:
        config["CACHE_REDIS_URL"] = settings.redis_url
        config["CACHE_OPTIONS"] = {"socket_timeout": 0.25, "socket_connect_timeout": 0.25,
                                   "health_check_interval": 10}
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
    except Exception as exc:  # a broken cache must never break a request
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
    except Exception as exc:
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
