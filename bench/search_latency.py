"""Search latency inside the process, warm index: p50/p95 per query kind.

python bench/search_latency.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.config import load_settings
from dashboard.store.dataset import load
from dashboard.store.search import SearchIndex

QUERIES = {
    "postcode": ["33000", "75001", "01400", "13001", "69003", "59000", "97400"],
    "insee": ["33063", "2A004", "75056", "97411"],
    "name": ["bordeaux", "saint etienne", "le havre", "Châlons", "marseille", "aix en provence"],
    "prefix": ["bo", "sai", "mar", "st e", "la r", "pa", "l"],
    "hostile": ["<script>", "' OR 1=1", "\x00\x01", "zzzzzz", "a" * 100],
}
ROUNDS = 300


def percentile(samples, q):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    started = time.perf_counter()
    dataset = load(load_settings().data_dir)
    loaded = time.perf_counter()
    index = SearchIndex(dataset.territories.reset_index(drop=True))
    built = time.perf_counter()
    print(
        f"dataset load {loaded - started:.2f} s, index build {built - loaded:.2f} s, "
        f"{len(index.hits)} places, {len(index.prefix_keys)} prefix keys"
    )
    print(f"{'kind':10} {'p50 µs':>8} {'p95 µs':>8} {'max µs':>8}")
    everything = []
    for kind, queries in QUERIES.items():
        samples = []
        for _ in range(ROUNDS):
            for q in queries:
                t = time.perf_counter_ns()
                index.search(q)
                samples.append((time.perf_counter_ns() - t) / 1000)
        everything += samples
        print(f"{kind:10} {statistics.median(samples):8.1f} {percentile(samples, 0.95):8.1f} {max(samples):8.1f}")
    print(f"{'all':10} {statistics.median(everything):8.1f} {percentile(everything, 0.95):8.1f} {max(everything):8.1f}")


if __name__ == "__main__":
    main()
