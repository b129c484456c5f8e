"""Cold start and memory: dataset build size on disk, app creation time, RSS after start.

python bench/startup.py
"""

from __future__ import annotations

import json
import subprocess  # nosec B404
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import time, resource, json
t = time.perf_counter()
from dashboard.app import create_app
app = create_app()
elapsed = time.perf_counter() - t
rss = int(open('/proc/self/statm').read().split()[1]) * resource.getpagesize()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"cold_start_s": elapsed, "rss_bytes": rss, "peak_rss_bytes": peak}))
"""


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    release = (ROOT / "data" / "current").resolve()
    print(f"dataset {release.name}: {folder_size(release) / 1e6:.1f} MB on disk")
    for name in ("observations.parquet", "territories.parquet", "communes.geoparquet"):
        print(f"  {name}: {(release / name).stat().st_size / 1e6:.1f} MB")
    print(f"  geo/: {folder_size(release / 'geo') / 1e6:.1f} MB")
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", PROBE],
                cwd=ROOT,
                check=True,  # nosec B603
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        for _ in range(3)
    ]
    starts = sorted(r["cold_start_s"] for r in runs)
    print(f"app cold start (import + load + index): median {starts[1]:.2f} s over 3 runs")
    print(
        f"RSS after start: {runs[-1]['rss_bytes'] / 1e6:.0f} MB (peak during load {runs[-1]['peak_rss_bytes'] / 1e6:.0f} MB)"
    )


if __name__ == "__main__":
    main()
