"""The process-wide dataset and search index, created once by the app factory."""

from __future__ import annotations

from .dataset import Dataset
from .search import SearchIndex

_state: dict = {}


def install(ds: Dataset, index: SearchIndex) -> None:
    _state["dataset"], _state["index"] = ds, index


def dataset() -> Dataset:
    return _state["dataset"]


def search_index() -> SearchIndex:
    return _state["index"]
