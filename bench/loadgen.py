"""A small closed-loop HTTP load generator (threads, keep-alive), loopback only.

Each client repeats its requests until the deadline; latencies and failures
are recorded per request kind. Used by bench/load.py and, briefly, by the tests.
"""

from __future__ import annotations

import http.client
import random
import statistics
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlparse


@dataclass
class Result:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    failures: dict[str, list[str]] = field(default_factory=dict)
    started: float = 0.0
    ended: float = 0.0

    def add(self, kind: str, seconds: float | None, problem: str | None = None) -> None:
        if problem is None:
            self.latencies.setdefault(kind, []).append(seconds)
        else:
            self.failures.setdefault(kind, []).append(problem)

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    @property
    def failed(self) -> int:
        return sum(len(v) for v in self.failures.values())

    def rate(self) -> float:
        return self.total / max(self.ended - self.started, 1e-9)

    def table(self) -> list[tuple]:
        rows = []
        for kind, samples in sorted(self.latencies.items()):
            ordered = sorted(samples)
            q = lambda p, ordered=ordered: ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000  # noqa: E731
            rows.append(
                (
                    kind,
                    len(samples),
                    len(self.failures.get(kind, [])),
                    statistics.median(samples) * 1000,
                    q(0.95),
                    q(0.99),
                )
            )
        return rows


def run(
    bases: list[str], requests: list[tuple[str, str, str, bytes | None]], clients: int, seconds: float, on_tick=None
) -> Result:
    """requests: (kind, method, path, body). Clients spread over bases; stops by itself at the deadline."""
    result = Result()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(i: int):
        rng = random.Random(i)
        base = urlparse(bases[i % len(bases)])
        conn = http.client.HTTPConnection(base.hostname, base.port, timeout=15)
        while time.monotonic() < deadline:
            kind, method, path, body = rng.choice(requests)
            t = time.perf_counter()
            try:
                headers = {"Content-Type": "application/json"} if body else {}
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                problem = None if response.status < 400 else f"HTTP {response.status}"
            except (OSError, http.client.HTTPException) as exc:
                problem = exc.__class__.__name__
                conn.close()
                conn = http.client.HTTPConnection(base.hostname, base.port, timeout=15)
            with lock:
                result.add(kind, time.perf_counter() - t, problem)
        conn.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    result.started = time.monotonic()
    for thread in threads:
        thread.start()
    if on_tick:
        while any(t.is_alive() for t in threads):
            on_tick(time.monotonic() - result.started)
            time.sleep(0.1)
    for thread in threads:
        thread.join()
    result.ended = time.monotonic()
    return result


def print_table(title: str, result: Result) -> None:
    print(f"\n{title}: {result.total} requests, {result.failed} failed, {result.rate():.0f} req/s")
    print(f"{'kind':24} {'n':>7} {'fail':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for kind, n, failed, p50, p95, p99 in result.table():
        print(f"{kind:24} {n:7d} {failed:5d} {p50:8.1f} {p95:8.1f} {p99:8.1f}")
