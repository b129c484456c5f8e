"""In-process memos bounded by bytes, not by entries.

An entry-count bound says nothing about memory: one all-communes map state weighs
about 13 MB, one commune page about 0.4 MB. Every memo here has a byte budget
(MEMO_BUDGET_SCALE scales them all, e.g. 0.25 on a small machine) and evicts the
least recently used entries past it. Sizes are estimated once, when an entry is
stored.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

MB = 1024 * 1024
_registry: dict[str, BytesLRU] = {}


def budget_scale() -> float:
    try:
        scale = float(os.environ.get("MEMO_BUDGET_SCALE", "1"))
    except ValueError:
        return 1.0
    return scale if scale > 0 else 1.0


def approx_size(obj: Any, _seen: set[int] | None = None) -> int:
    """Bytes an object holds, counting what it refers to once (an estimate: no allocator overhead)."""
    seen = set() if _seen is None else _seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    if isinstance(obj, (str, bytes, bytearray, int, float, bool)) or obj is None:
        return sys.getsizeof(obj)
    if isinstance(obj, np.ndarray):
        return obj.nbytes + 112
    if isinstance(obj, (pd.DataFrame, pd.Series, pd.Index)):
        usage = obj.memory_usage(deep=True)
        return int(usage.sum() if hasattr(usage, "sum") else usage)
    if isinstance(obj, dict):
        return sys.getsizeof(obj) + sum(approx_size(k, seen) + approx_size(v, seen) for k, v in obj.items())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return sys.getsizeof(obj) + sum(approx_size(item, seen) for item in obj)
    attributes = getattr(obj, "__dict__", None)
    if attributes is not None and "_prop_names" in attributes:
        # A Dash component: its props, plus the lists of prop names each instance keeps (their strings are
        # shared by every instance, so walking them would cost far more than it counts).
        size = sys.getsizeof(obj) + sys.getsizeof(attributes)
        for key, value in attributes.items():
            shared_names = key.startswith("_") or key.startswith("available_")
            size += sys.getsizeof(value) if shared_names else approx_size(value, seen)
        return size
    if attributes is not None:  # dataclasses, small objects
        return sys.getsizeof(obj) + approx_size(attributes, seen)
    return sys.getsizeof(obj)


class BytesLRU:
    """A thread-safe least-recently-used map whose entries together stay under a byte budget."""

    def __init__(self, name: str, budget_bytes: int):
        self.name = name
        self.budget = budget_bytes
        self.bytes = 0
        self._entries: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, default=None):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return default
            self._entries.move_to_end(key)
            return entry[0]

    def put(self, key, value, size: int) -> None:
        if size > self.budget:  # larger than the whole budget: never kept
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.bytes -= old[1]
            self._entries[key] = (value, size)
            self.bytes += size
            while self.bytes > self.budget:
                _, (_, dropped) = self._entries.popitem(last=False)
                self.bytes -= dropped

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.bytes = 0

    def __len__(self) -> int:
        return len(self._entries)


def memoize(name: str, budget_mb: float, size: Callable[[Any], int] = approx_size):
    """functools.lru_cache with a byte budget (arguments must be hashable); `fn.cache_clear()` empties it."""
    store = BytesLRU(name, int(budget_mb * MB * budget_scale()))
    _registry[name] = store
    missing = object()

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
            value = store.get(key, missing)
            if value is missing:
                value = fn(*args, **kwargs)
                store.put(key, value, size(value))
            return value

        wrapper.__dict__.update(cache_clear=store.clear, memo=store)
        return wrapper

    return decorate


def usage() -> dict[str, dict[str, int]]:
    """Per memo: entries, bytes held and budget."""
    return {name: {"entries": len(s), "bytes": s.bytes, "budget": s.budget} for name, s in _registry.items()}
