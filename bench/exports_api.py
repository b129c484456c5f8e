"""Export time per format (p50/p95, cold render then cache) and API latency for typical requests.

python bench/exports_api.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._server import running_app

EXPORTS = [
    ("png", "/export/demandeurs.png?code={code}"),
    ("png 2x", "/export/demandeurs.png?code={code}&taille=double"),
    ("png carré", "/export/demandeurs.png?code={code}&taille=carre"),
    ("svg", "/export/demandeurs.svg?code={code}"),
    ("csv", "/export/demandeurs.csv?code={code}"),
    ("xlsx", "/export/demandeurs.xlsx?code={code}"),
    ("carte png", "/export/carte.png?niveau=departement&periode={period}"),
]
API = [
    ("search", "/api/v1/search?q=bordeaux"),
    ("territory", "/api/v1/territories/commune/{code}"),
    ("observations 1 commune", "/api/v1/observations?indicator=demandeurs_ae&level=commune&codes={code}"),
    ("observations departements csv", "/api/v1/observations?indicator=demandeurs_ae&level=departement&format=csv"),
    (
        "observations 1 period, all communes",
        "/api/v1/observations?indicator=demandeurs_ae&level=commune&period_from=2024-12&period_to=2024-12&limit=10000",
    ),
]
CODES = ["33063", "69123", "13055", "31555", "06088", "44109", "67482", "34172"]
PERIODS = ["2024-12", "2024-11", "2024-10", "2024-09", "2024-08", "2024-07", "2024-06", "2024-05"]


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
        client.get("/export/demandeurs.png?code=75056")  # starts the renderer once
        print(f"{'export':12} {'cold p50':>9} {'cold p95':>9} {'cached p50':>11}")
        for name, template in EXPORTS:
            urls = [template.format(code=c, period=p) for c, p in zip(CODES, PERIODS)]
            cold = [timed(client, u) for u in urls]
            warm = [timed(client, u) for u in urls]
            print(f"{name:12} {statistics.median(cold):9.0f} {pct(cold, 0.95):9.0f} {statistics.median(warm):11.1f}")
        print(f"\n{'API request':38} {'p50 ms':>8} {'p95 ms':>8}")
        for name, template in API:
            samples = [timed(client, template.format(code=c)) for c in CODES for _ in range(3)]
            print(f"{name:38} {statistics.median(samples):8.1f} {pct(samples, 0.95):8.1f}")


if __name__ == "__main__":
    main()
