"""Map benchmark: geometry bytes per level, recolour callback time, first render and recolour in Chromium.

python bench/map.py
"""

from __future__ import annotations

import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._server import chromium_args, running_app  # noqa: E402

CASES = [("departement", "", "departement"), ("commune", "33", "commune-33"), ("epci", "", "epci"),
         ("commune", "", "commune")]


# The colours of a sample of the drawn outlines: they change when the recolour has reached the screen.
FILLS = """() => { const p = document.querySelectorAll('#map-graph path.choroplethlocation');
  let s = ''; for (let i = 0; i < p.length; i += Math.max(1, Math.floor(p.length / 400))) { s += p[i].getAttribute('fill'); }
  return s; }"""


def pct(samples, q):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def recolour_body(client, level, dep, method, period):
    deps = client.get("/_dash-dependencies").get_json()
    output = next(d["output"] for d in deps if d["output"].startswith("..map-graph.figure"))
    ids = [o.split(".") for o in output.strip(".").split("...")]
    return {"output": output, "outputs": [{"id": i, "property": p} for i, p in ids],
            "inputs": [{"id": "map-period", "property": "value", "value": period},
                       {"id": "map-dep", "property": "value", "value": dep or None},
                       {"id": "map-method", "property": "value", "value": method},
                       {"id": "map-classes", "property": "value", "value": "5"}],
            "state": [{"id": "map-indicator", "property": "value", "value": "demandeurs_pour_100_actifs"},
                      {"id": "map-level", "property": "value", "value": level},
                      {"id": "map-drawn", "property": "data", "value": {"niveau": level, "dep": dep}},
                      {"id": "map-table-state", "property": "data", "value": None}],
            "changedPropIds": ["map-method.value"]}


def main() -> None:
    with running_app() as (app, base):
        from dashboard.store import runtime
        release = runtime.dataset().release
        print(f"{'layer':22} {'raw kB':>9} {'gzip kB':>9} {'br kB':>8}")
        for _, _, layer in CASES + [("", "", "region")]:
            path = release / "geo" / f"{layer}.geojson"
            sizes = [path.stat().st_size, path.with_name(path.name + ".gz").stat().st_size,
                     path.with_name(path.name + ".br").stat().st_size]
            print(f"{layer:22} {sizes[0] / 1e3:9.0f} {sizes[1] / 1e3:9.0f} {sizes[2] / 1e3:8.0f}")

        client = app.server.test_client()
        print(f"\n{'recolour callback':22} {'p50 ms':>9} {'p95 ms':>9} {'raw kB':>9} {'br kB':>9}")
        periods = ["2024-12", "2024-11", "2024-10", "2024-09", "2024-08", "2024-07"]
        for level, dep, layer in CASES:
            samples, size, compressed = [], 0, 0
            for i in range(24):
                method = ("quantiles", "egal", "jenks")[i % 3]
                body = recolour_body(client, level, dep, method, periods[i % len(periods)])
                t = time.perf_counter()
                response = client.post("/_dash-update-component", json=body)
                samples.append((time.perf_counter() - t) * 1000)
                if len(response.data) > size:
                    size = len(response.data)
                    compressed = len(client.post("/_dash-update-component", json=body,
                                                 headers={"Accept-Encoding": "br"}).data)
            print(f"{layer:22} {statistics.median(samples):9.1f} {pct(samples, .95):9.1f} {size / 1e3:9.0f} "
                  f"{compressed / 1e3:9.0f}")

        from playwright.sync_api import sync_playwright
        print(f"\n{'Chromium':22} {'first render ms':>16} {'recolour ms':>12}")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=chromium_args())
            for level, dep, layer in CASES:
                firsts, recolours = [], []
                for _ in range(3):
                    page = browser.new_page(viewport={"width": 1280, "height": 1000})
                    query = f"?niveau={level}" + (f"&dep={dep}" if dep else "")
                    t = time.perf_counter()
                    page.goto(base + "/carte" + query)
                    page.wait_for_function("() => document.querySelectorAll('#map-graph path.choroplethlocation').length > 10",
                                           timeout=60000)
                    firsts.append((time.perf_counter() - t) * 1000)
                    before = page.evaluate(FILLS)
                    page.locator("#map-method").click()
                    t = time.perf_counter()
                    page.locator("[role=option]", has_text="Intervalles égaux").first.click()
                    page.wait_for_function(f"b => ({FILLS})() !== b", arg=before, timeout=60000)
                    recolours.append((time.perf_counter() - t) * 1000)
                    page.close()
                print(f"{layer:22} {statistics.median(firsts):16.0f} {statistics.median(recolours):12.0f}")
            browser.close()


if __name__ == "__main__":
    main()
