"""Export time per format (p50/p95, cold render then cache) and API latency for typical requests.

python bench/exports_api.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._server import running_app  # noqa: E402

EXPORTS = [
    ("png", "/export/commune-series.png?code={code}"), ("png 2x", "/export/commune-series.png?code={code}&taille=double"),
    ("png carré", "/export/commune-series.png?code={code}&taille=carre"),
    ("svg", "/export/commune-series.svg?code={code}"), ("csv", "/export/commune-series.csv?code={code}"),
    ("xlsx", "/export/commune-series.xlsx?code={code}"),
    ("carte png", "/export/carte.png?niveau=departement&periode={period}"),
]
API = [
    ("search", "/api/v1/search?q=bordeaux"),
    ("territory", "/api/v1/territories/commune/{code}"),
    ("observations 1 commune", "/api/v1/observations?indicator=demandeurs_abc&level=commune&codes={code}"),
    ("observations departements csv", "/api/v1/observations?indicator=demandeurs_abc&level=departement&format=csv"),
    ("observations 1 period, all communes", "/api/v1/observations?indicator=demandeurs_abc&level=commune"
                                           "&period_from=2025-T4&period_to=2025-T4&limit=10000"),
]
CODES = ["33063", "69123", "13055", "31555", "06088", "44109", "67482", "34172"]
PERIODS = ["2025-T4", "2025-T3", "2025-T2", "2025-T1", "2024-T4", "2024-T3", "2024-T2", "2024-T1"]


def pct(samples, q):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(client, url):
    t = time.perf_counter()
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return (time.perf_counter() - t) * 1000


def main() -> None:
    with running_app() as (app, _):
        client = app.server.test_client()
        client.get("/export/commune-series.png?code=75056")  # starts the renderer once
        print(f"{'export':12} {'cold p50':>9} {'cold p95':>9} {'cached p50':>11}")
        for name, template in EXPORTS:
            urls = [template.format(code=c, period=p) for c, p in zip(CODES, PERIODS)]
            cold = [timed(client, u) for u in urls]
            warm = [timed(client, u) for u in urls]
            print(f"{name:12} {statistics.median(cold):9.0f} {pct(cold, .95):9.0f} {statistics.median(warm):11.1f}")
        print(f"\n{'API request':38} {'p50 ms':>8} {'p95 ms':>8}")
        for name, template in API:
            samples = [timed(client, template.format(code=c)) for c in CODES for _ in range(3)]
            print(f"{name:38} {statistics.median(samples):8.1f} {pct(samples, .95):8.1f}")


if __name__ == "__main__":
    main()
