"""Commune page: server time of the whole server-rendered page (cold and warm cache), bytes sent,
and time from pressing Enter in the search box to the headline figures in Chromium.

python bench/commune_page.py
"""

from __future__ import annotations

import gzip
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._server import chromium_args, running_app

COLD_CODES = [
    "33063",
    "69123",
    "13055",
    "31555",
    "06088",
    "44109",
    "67482",
    "34172",
    "35238",
    "59350",
    "01001",
    "2A004",
    "97411",
    "75101",
    "76351",
    "42218",
    "51108",
    "21231",
    "87085",
    "29019",
]


def pct(samples, q):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def server_times(client):
    cold = []
    for code in COLD_CODES:
        t = time.perf_counter()
        response = client.get(f"/commune/{code}")
        cold.append((time.perf_counter() - t) * 1000)
        assert response.status_code == 200
    warm = []
    for _ in range(10):
        for code in COLD_CODES:
            t = time.perf_counter()
            client.get(f"/commune/{code}")
            warm.append((time.perf_counter() - t) * 1000)
    body = client.get("/commune/33063").data
    return cold, warm, len(body), len(gzip.compress(body))


def browser_times(base):
    from playwright.sync_api import sync_playwright

    samples, transferred = [], 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=chromium_args())
        page = browser.new_page()
        sizes = []
        page.on("response", lambda r: sizes.append(int(r.headers.get("content-length", "0") or 0)))
        for code, query in (
            ("33063", "33000"),
            ("13055", "Marseille"),
            ("2A004", "Ajaccio"),
            ("69123", "Lyon"),
            ("31555", "Toulouse"),
        ) * 2:
            page.goto(base + "/")
            box = page.locator("#home-search-input")
            box.fill(query)
            page.locator("#home-search-list [role=option]").first.wait_for()
            sizes.clear()
            t = time.perf_counter()
            box.press("Enter")
            page.locator("#tile-demandeurs").wait_for()
            samples.append((time.perf_counter() - t) * 1000)
            transferred = max(transferred, sum(sizes))
            page.wait_for_url(f"**/commune/{code}")
        browser.close()
    return samples, transferred


def main() -> None:
    with running_app() as (app, base):
        cold, warm, raw, compressed = server_times(app.server.test_client())
        print(
            f"page HTML, cold cache: p50 {statistics.median(cold):.1f} ms, p95 {pct(cold, 0.95):.1f} ms "
            f"({len(cold)} communes)"
        )
        print(
            f"page HTML, warm cache: p50 {statistics.median(warm):.1f} ms, p95 {pct(warm, 0.95):.1f} ms "
            f"({len(warm)} requests)"
        )
        print(f"commune page HTML (Bordeaux): {raw / 1000:.1f} kB raw, {compressed / 1000:.1f} kB gzip")
        enter, _transferred = browser_times(base)
        print(
            f"Enter -> headline figures in Chromium: p50 {statistics.median(enter):.0f} ms, "
            f"p95 {pct(enter, 0.95):.0f} ms ({len(enter)} runs, warm cache after first of each)"
        )


if __name__ == "__main__":
    main()
