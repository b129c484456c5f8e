"""Jobs and training pages: server time of the whole server-rendered page, cold (first request for each page in
the process) and warm (the same pages again), p50 and p95, and the bytes of the HTML (raw and gzip).

python bench/jobs_training_pages.py
"""

from __future__ import annotations

import gzip
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._server import running_app

PAGES = {
    "jobs of an area": [
        "/metiers/departement/33",
        "/metiers/departement/69",
        "/metiers/region/75",
        "/metiers/france/FR",
        "/metiers/bassin/7532",
        "/metiers/departement/13?annee=2023",
    ],
    "one job": ["/metier/A1X42", "/metier/V0X60", "/metier/T4X60", "/metier/A1Z42", "/metier/S2X61"],
    "training list": [
        "/formations?departement=33",
        "/formations?departement=75",
        "/formations?region=84",
        "/formations?q=btp",
        "/formations",
    ],
    "training centre": ["/formation/0332197J", "/formation/0631243J", "/formation/0631852W", "/formation/0631904C"],
}


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    with running_app() as (app, _):
        client = app.server.test_client()
        print(f"{'pages':18} {'cold p50':>9} {'cold p95':>9} {'warm p50':>9} {'warm p95':>9} {'KiB':>6} {'gz KiB':>7}")
        for label, paths in PAGES.items():
            cold, warm, sizes = [], [], []
            for path in paths:
                started = time.perf_counter()
                body = client.get(path).get_data()
                cold.append((time.perf_counter() - started) * 1000)
                sizes.append((len(body), len(gzip.compress(body))))
            for _ in range(10):
                for path in paths:
                    started = time.perf_counter()
                    client.get(path)
                    warm.append((time.perf_counter() - started) * 1000)
            raw, packed = statistics.mean(s[0] for s in sizes), statistics.mean(s[1] for s in sizes)
            print(
                f"{label:18} {statistics.median(cold):8.0f}  {pct(cold, 0.95):8.0f}  {statistics.median(warm):8.0f}  "
                f"{pct(warm, 0.95):8.0f}  {raw / 1024:6.0f} {packed / 1024:7.1f}"
            )


if __name__ == "__main__":
    main()
