"""Costly requests cannot be forced again and again: normalised cache keys, unknown parameters refused, one
render at a time per worker, bounded memos and response cache."""

from __future__ import annotations

import threading
import uuid

import pandas as pd
import pytest

from dashboard.cache import BoundedMemoryCache
from dashboard.memo import BytesLRU, approx_size, memoize


@pytest.mark.parametrize(
    "url",
    [
        "/export/carte.png?niveau=departement&code=1",
        "/export/chomage.csv?code=33063&indicateur=x",
        "/export/chomage.csv?code=33063&code=33063",
        "/embed/carte?nonce=1",
        "/api/v1/observations?indicator=demandeurs_ae&level=departement&nonce=1",
    ],
)
def test_a_parameter_the_route_does_not_read_is_a_400(client, url):
    response = client.get(url)
    assert response.status_code == 400, (url, response.status_code)
    assert response.get_json()["error"]["message"]


def test_spellings_of_one_map_state_share_one_cached_file(client):
    """Values the map does not know fall back to its defaults: the file is the same, and so is its cache entry."""
    first = client.get(f"/export/carte.csv?niveau=departement&methode=nope-{uuid.uuid4().hex[:8]}")
    second = client.get(f"/export/carte.csv?niveau=departement&methode=nope-{uuid.uuid4().hex[:8]}&classes=99")
    assert first.status_code == second.status_code == 200
    assert second.headers["X-Cache"] == "hit" and second.data == first.data


def test_the_widest_observations_query_is_refused_and_the_refusal_is_cached(client, dataset):
    url = "/api/v1/observations?indicator=demandeurs_ae&level=commune&breakdown=all"
    rows = len(dataset.level_block("demandeurs_ae", "commune"))
    first, second = client.get(url), client.get(url)
    assert rows > 100_000
    assert first.status_code == second.status_code == 413
    assert str(rows) in first.get_json()["error"]["message"]
    assert second.headers["X-Cache"] == "hit"


def test_observations_slices_give_the_rows_a_scan_gives(client, dataset):
    response = client.get(
        "/api/v1/observations?indicator=demandeurs_ae&level=departement&period_from=2024-01"
        "&period_to=2024-12&limit=10000"
    )
    assert response.status_code == 200
    obs = dataset.observations
    scanned = obs[
        (obs.indicator == "demandeurs_ae")
        & (obs.level == "departement")
        & (obs.breakdown == "total")
        & obs.period.astype(str).between("2024-01", "2024-12")
    ]
    body = response.get_json()
    assert body["total"] == len(scanned) > 0
    assert {o["periode"] for o in body["observations"]} == set(scanned.period.astype(str))


def test_a_busy_worker_answers_503_with_retry_after_and_still_serves_data(client, monkeypatch):
    from dashboard.api import exports

    taken = threading.BoundedSemaphore(1)
    taken.acquire()  # another render holds the only slot
    monkeypatch.setattr(exports, "RENDER_SLOTS", taken)
    monkeypatch.setattr(exports, "RENDER_WAIT_SECONDS", 0.05)
    busy = client.get("/export/carte.png?niveau=region&lang=en")
    data = client.get("/export/carte.csv?niveau=region&lang=en")
    assert busy.status_code == 503 and int(busy.headers["Retry-After"]) >= 1
    assert data.status_code == 200


def test_bytes_lru_evicts_least_recently_used_past_its_budget():
    lru = BytesLRU("t", 100)
    lru.put("a", 1, 40)
    lru.put("b", 2, 40)
    assert lru.get("a") == 1  # a is now the most recent
    lru.put("c", 3, 40)
    assert lru.get("b") is None and lru.get("a") == 1 and lru.get("c") == 3
    assert lru.bytes == 80
    lru.put("huge", 4, 101)
    assert lru.get("huge") is None and lru.bytes == 80


def test_memoize_is_bounded_by_bytes_and_cleared():
    calls = []

    @memoize("test-frames", 1 / 1024)  # 1 kB
    def frame(n):
        calls.append(n)
        return "x" * 400

    for n in (1, 2, 3, 1):
        frame(n)
    assert calls == [1, 2, 3, 1]  # 1 was evicted by 3 (two 400-byte strings fit, not three)
    frame(1)
    assert calls == [1, 2, 3, 1]
    frame.cache_clear()
    frame(1)
    assert calls[-1] == 1 and len(calls) == 5


def test_approx_size_counts_frames_arrays_and_nested_containers():
    table = pd.DataFrame({"code": [f"{i:05d}" for i in range(1000)], "value": range(1000)})
    assert approx_size(table) >= 1000 * (8 + 5)  # integers and the characters of the codes at least
    assert approx_size({"t": table, "l": ["abc"] * 10}) > approx_size(table)


def test_bounded_memory_cache_keeps_under_its_bytes():
    cache = BoundedMemoryCache(max_bytes=10_000)
    for i in range(50):
        cache.set(f"k{i}", b"x" * 1000)
    assert cache.bytes <= 10_000 and cache.get("k49") == b"x" * 1000 and cache.get("k0") is None
    oldest = next(f"k{i}" for i in range(50) if cache.get(f"k{i}") is not None)
    cache.get(oldest)
    cache.set("new", b"y" * 1000)
    assert cache.get(oldest) is not None  # recently read: kept
    assert cache.set("too-big", b"z" * 20_000) is False and cache.get("too-big") is None


def test_approx_size_counts_a_dash_tree_by_its_props():
    from dash import html

    text = "x" * 10_000
    tree = html.Div([html.P(text), html.Table([html.Tr([html.Td(str(i)) for i in range(50)])])])
    assert 10_000 < approx_size(tree) < 200_000  # the text counts; the shared prop-name strings are not walked
