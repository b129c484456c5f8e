"""The process-wide dataset and search index, swapped atomically when a new release is published.

Each request works on one snapshot taken when it starts, so an answer is never
mixed from two releases. A watcher thread per process notices a new
``data/current`` and loads it in the background before swapping.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from flask import g, has_request_context

from .dataset import Dataset
from .search import SearchIndex

log = logging.getLogger(__name__)
_state: dict = {}
_on_swap: list[Callable[[], None]] = []
_watcher: dict[str, int | None] = {"pid": None}


def install(ds: Dataset, index: SearchIndex) -> None:
    global _state
    from .dataset import _available_periods, _coverage, _level_values

    previous = _state.get("dataset")
    _state = {"dataset": ds, "index": index}  # one assignment: readers see the old pair or the new pair
    if previous is not None and previous is not ds:
        for clear in [_level_values.cache_clear, _available_periods.cache_clear, _coverage.cache_clear, *_on_swap]:
            clear()


def on_swap(clear: Callable[[], None]) -> None:
    """Registers a per-process cache to empty when a new release is installed."""
    _on_swap.append(clear)


def snapshot() -> dict:
    if has_request_context():
        if "snapshot" not in g:
            g.snapshot = _state
        return g.snapshot
    return _state


def dataset() -> Dataset:
    return snapshot()["dataset"]


def search_index() -> SearchIndex:
    return snapshot()["index"]


def _watch(data_dir: Path, interval: float) -> None:
    import time

    link = data_dir / "current"
    while True:
        time.sleep(interval)
        try:
            target = link.resolve()
            if target != _state["dataset"].release and (target / "manifest.json").exists():
                log.info("new dataset release %s: loading", target.name)
                ds = Dataset(target)
                install(ds, SearchIndex(ds.territories.reset_index(drop=True)))
                log.info("dataset release %s installed", target.name)
        except Exception:  # a bad release must not stop the watcher; the old one keeps serving
            log.exception("dataset reload failed; still serving %s", _state["dataset"].version)


def ensure_watcher(data_dir: Path, interval: float = 2.0) -> None:
    """Starts the watcher once per process (gunicorn forks after loading, threads do not survive fork)."""
    pid = os.getpid()
    if _watcher["pid"] == pid or os.environ.get("DATASET_WATCH", "1") == "0":
        return
    _watcher["pid"] = pid
    threading.Thread(target=_watch, args=(data_dir, interval), daemon=True, name="dataset-watcher").start()
