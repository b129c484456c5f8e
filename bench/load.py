"""Load benchmark against gunicorn (2 workers): search, commune page, map recolour, export,
at 1, 10 and 50 clients, with and without Redis, and the same against a minimal Flask ceiling.

python bench/load.py [--seconds 8] [--soak]

--soak: the topology `make run` starts (nginx in front of gunicorn's 2 workers, with Redis), 50 clients for 60 s on
the page, search and recolour mix while 50 more connections send their headers a byte a second; exits non-zero
when a request fails or the p95 of any kind reaches 1 s.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import loadgen  # noqa: E402
from bench.map import recolour_body  # noqa: E402
from dashboard.config import load_settings  # noqa: E402
from dashboard.serving import find_nginx  # noqa: E402
from tests.serving import Gunicorn, Production, Redis, SlowClient, free_port, wait_http  # noqa: E402


def requests_for(base: str) -> dict[str, tuple]:
    class _Client:  # adapts bench.map.recolour_body to a plain HTTP connection
        def get(self, path):
            host = base.split("//")[1].split(":")
            conn = http.client.HTTPConnection(host[0], int(host[1]), timeout=10)
            conn.request("GET", path)
            data = conn.getresponse().read()

            class R:
                def get_json(self):
                    return json.loads(data)

            return R()

    recolour = json.dumps(recolour_body(_Client(), "departement", "", "jenks", "2024-09")).encode()
    return {
        "search": ("GET", "/api/v1/search?q=bordeaux", None),
        "commune_page": ("GET", "/commune/33063", None),
        "map_recolour": ("POST", "/_dash-update-component", recolour),
        "export_csv": ("GET", "/export/demandeurs.csv?code=33063", None),
    }


def fetch(base, method, path, body):
    host = base.split("//")[1].split(":")
    conn = http.client.HTTPConnection(host[0], int(host[1]), timeout=30)
    conn.request(method, path, body=body, headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    return response.read(), response.getheader("Content-Type", "application/octet-stream")


def soak(data_dir: Path, redis: Redis | None) -> int:
    proxy = "nginx" if find_nginx() else "none"
    server = Production(data_dir, proxy=proxy, extra_env={"REDIS_URL": redis.url} if redis else {}).start()
    slow = [SlowClient(server.port) for _ in range(50)]
    try:
        reqs = requests_for(server.base)
        mix = [(k, *reqs[k]) for k in ("search", "commune_page", "map_recolour")]
        before = rss_per_worker(server)
        for client in slow:
            client.start()
        result = loadgen.run([server.base], mix, clients=50, seconds=60)
        loadgen.print_table(
            f"soak: 50 clients + 50 slow connections, 60 s, {proxy} + gunicorn 2 workers"
            + (" + Redis" if redis else ""),
            result,
        )
        print(f"RSS per worker (MB): before {before}, after {rss_per_worker(server)}")
        slowest_p95 = max((row[4] for row in result.table()), default=float("inf"))
        print(f"failed: {result.failed}; highest p95: {slowest_p95:.0f} ms")
        return 1 if result.failed or slowest_p95 >= 1000 else 0
    finally:
        for client in slow:
            client.stop.set()
        server.stop()


def rss_per_worker(server) -> list[int]:
    out = []
    for pid in server.worker_pids():
        with open(f"/proc/{pid}/status") as fh:
            out += [int(line.split()[1]) // 1024 for line in fh if line.startswith("VmRSS")]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--soak", action="store_true")
    args = parser.parse_args()
    data_dir = load_settings().data_dir
    redis = Redis().start() if shutil.which("redis-server") else None
    try:
        if args.soak:
            sys.exit(soak(data_dir, redis))

        summary = {}
        for label, redis_url in (("simple cache", None), ("Redis", redis.url if redis else None)):
            if label == "Redis" and not redis:
                continue
            server = Gunicorn(data_dir, redis_url).start()
            try:
                reqs = requests_for(server.base)
                bodies = {k: fetch(server.base, *v) for k, v in reqs.items()}
                for kind, req in reqs.items():
                    for clients in (1, 10, 50):
                        result = loadgen.run([server.base], [(kind, *req)], clients, args.seconds)
                        row = result.table()[0] if result.table() else (kind, 0, result.failed, 0, 0, 0)
                        summary[(label, kind, clients)] = (row, result.rate(), result.failed)
                print(f"RSS per worker with {label} (MB): {rss_per_worker(server)}")
            finally:
                server.stop()

        with tempfile.TemporaryDirectory() as folder:
            for kind, (body, mimetype) in bodies.items():
                Path(folder, f"{kind}.body").write_bytes(body)
                Path(folder, f"{kind}.type").write_text(mimetype)
            port = free_port()
            env = {**os.environ, "CEILING_DIR": folder, "PORT": str(port), "WEB_CONCURRENCY": "2"}
            ceiling = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-c",
                    "gunicorn.conf.py",  # nosec B603
                    "--access-logfile",
                    "/dev/null",
                    "--chdir",
                    str(ROOT / "bench"),
                    "ceiling_app:server",
                ],
                cwd=ROOT,
                env=env,
                stderr=subprocess.DEVNULL,
            )
            base = f"http://127.0.0.1:{port}"
            wait_http(base + "/search")
            try:
                for kind, (method, _, body) in reqs.items():
                    for clients in (1, 10, 50):
                        result = loadgen.run([base], [(kind, method, f"/{kind}", body)], clients, args.seconds)
                        summary[("ceiling", kind, clients)] = (result.table()[0], result.rate(), result.failed)
            finally:
                ceiling.terminate()
                ceiling.wait()

        print(
            f"\n{'server':13} {'request':13} {'clients':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
            f"{'fail':>5} {'vs ceiling':>10}"
        )
        for (label, kind, clients), (row, rate, failed) in summary.items():
            ceiling_rate = summary.get(("ceiling", kind, clients), (None, 0, 0))[1]
            ratio = f"{rate / ceiling_rate:.2f}" if ceiling_rate and label != "ceiling" else ""
            print(
                f"{label:13} {kind:13} {clients:7d} {rate:8.0f} {row[3]:8.1f} {row[4]:8.1f} {row[5]:8.1f} "
                f"{failed:5d} {ratio:>10}"
            )
    finally:
        if redis:
            redis.kill()


if __name__ == "__main__":
    time.sleep(0)
    main()
