"""A crawler's walk against one gunicorn worker with the default memory budgets: commune pages, then map states.

Prints per-request latency (p50, p95, max), the worker's RSS before, at its peak and after, and the time a
full walk of every commune page would take at the measured pace.

python bench/crawl.py [--communes 500] [--map-states 60]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.config import load_settings  # noqa: E402
from dashboard.payloads.map import periods_for  # noqa: E402
from dashboard.store.dataset import load  # noqa: E402
from tests.serving import Gunicorn  # noqa: E402


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        return int(next(line for line in status if line.startswith("VmRSS:")).split()[1]) / 1024


def walk(base: str, paths: list[str], worker: int) -> tuple[list[float], float]:
    times, peak = [], rss_mb(worker)
    for path in paths:
        started = time.perf_counter()
        with urllib.request.urlopen(base + path, timeout=120) as response:  # nosec B310 - loopback
            response.read()
        times.append(time.perf_counter() - started)
        peak = max(peak, rss_mb(worker))
    return times, peak


def describe(label: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (
        f"{label}: {len(times)} requests, p50 {statistics.median(times) * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--communes", type=int, default=500)
    parser.add_argument("--map-states", type=int, default=60)
    args = parser.parse_args()
    ds = load(load_settings().data_dir)
    communes = ds.level_table("commune")
    codes = list(communes.sort_values("population", ascending=False).code[: args.communes])
    periods = periods_for(ds, "demandeurs_pour_100_actifs", "commune")[-args.map_states :]
    server = Gunicorn(load_settings().data_dir, workers=1).start()
    try:
        worker = server.worker_pids()[0]
        start = rss_mb(worker)
        pages, peak_pages = walk(server.base, [f"/commune/{c}" for c in codes], worker)
        after_pages = rss_mb(worker)
        states, peak_states = walk(
            server.base,
            [f"/carte?niveau=commune&indicateur=demandeurs_pour_100_actifs&periode={p}" for p in periods],
            worker,
        )
        after = rss_mb(worker)
    finally:
        server.stop()
    print(describe("commune pages (cold)", pages))
    print(describe("all-communes map states (cold)", states))
    print(
        f"RSS of the worker (MB): start {start:.0f}; after the pages {after_pages:.0f} (peak {peak_pages:.0f}); "
        f"after the map states {after:.0f} (peak {peak_states:.0f})"
    )
    total = len(communes)
    print(
        f"a walk of all {total} commune pages at this pace on one worker: {statistics.mean(pages) * total / 3600:.1f} h"
    )


if __name__ == "__main__":
    main()
