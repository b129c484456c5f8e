"""Abuse, with real servers: slow clients, rate limits behind a real nginx, cache-busting parameters, memory.

Each test starts the topology `make run` starts (`python -m dashboard serve`), or a single gunicorn worker for
the memory walk, and measures the service from outside as a client would.
"""

from __future__ import annotations

import http.client
import shutil
import time

import pytest

from dashboard.payloads.map import periods_for
from dashboard.serving import find_nginx
from tests.serving import Gunicorn, Production, Redis, SlowClient

needs_nginx = pytest.mark.skipif(find_nginx() is None, reason="nginx is not installed (.ci/run installs it)")


def get(
    base: str, path: str, source: str | None = None, headers: dict | None = None, timeout: float = 10
) -> tuple[int, dict, bytes]:
    host, port = base.split("//")[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=timeout, source_address=(source, 0) if source else None)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def served_while_slow_clients_hold_on(base: str, port: int, slow: int) -> list[tuple[str, object]]:
    """Opens ``slow`` slow connections and one bogus chunked request, then asks for pages for about 12 s:
    what each answer was (a status, or the error that stood for it)."""
    clients = [SlowClient(port) for _ in range(slow)] + [SlowClient(port, bogus_chunk=True)]
    for client in clients:
        client.start()
    for client in clients:
        client.connected.wait(5)
    outcomes = []
    try:
        deadline = time.monotonic() + 12
        while time.monotonic() < deadline:
            for path in ("/healthz", "/commune/33063", "/api/v1/search?q=bordeaux"):
                try:
                    outcomes.append((path, get(base, path, timeout=5)[0]))
                except OSError as exc:
                    outcomes.append((path, repr(exc)))
    finally:
        for client in clients:
            client.stop.set()
    return outcomes


@pytest.mark.parametrize(
    "proxy, slow",
    [
        pytest.param("nginx", 20, marks=needs_nginx, id="twenty slow clients behind nginx"),
        pytest.param("none", 4, id="a few slow clients against threaded workers alone"),
    ],
)
def test_slow_clients_and_a_bogus_chunk_do_not_starve_the_site(data_dir, proxy, slow):
    server = Production(data_dir, proxy=proxy).start()
    try:
        outcomes = served_while_slow_clients_hold_on(server.base, server.port, slow=slow)
    finally:
        server.stop()
    failed = [o for o in outcomes if o[1] != 200]
    assert len(outcomes) >= 15 and not failed, (len(outcomes), failed[:5])


@needs_nginx
@pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")
def test_rate_limits_count_each_client_behind_the_proxy_and_weigh_renders(data_dir):
    """Clients from distinct loopback addresses reach nginx, which forwards their address to gunicorn's two
    workers; the counts are shared in Redis (without it, each worker counts alone: the README says so)."""
    redis = Redis().start()
    server = Production(
        data_dir,
        proxy="nginx",
        extra_env={"RATE_LIMIT": "25 per minute", "PAGE_RATE_LIMIT": "30 per minute", "REDIS_URL": redis.url},
    ).start()
    try:
        first = [get(server.base, "/api/v1/indicators", "127.0.0.2")[0] for _ in range(25)]
        limited, headers, _ = get(server.base, "/api/v1/indicators", "127.0.0.2")
        spoofed = get(server.base, "/api/v1/indicators", "127.0.0.2", {"X-Forwarded-For": "203.0.113.9"})[0]
        other = get(server.base, "/api/v1/indicators", "127.0.0.3")[0]
        # An image costs ten requests: two fit in 25, a third does not, a cheap request still does.
        images = [get(server.base, "/export/carte.png", "127.0.0.4", timeout=60)[0] for _ in range(3)]
        cheap_after = get(server.base, "/api/v1/indicators", "127.0.0.4")[0]
        # Pages have their own budget; static files are outside it.
        pages = [get(server.base, "/robots.txt", "127.0.0.5")[0] for _ in range(31)]
        asset = get(server.base, "/assets/style.css", "127.0.0.5")[0]
    finally:
        server.stop()
        redis.kill()
    assert first == [200] * 25
    assert limited == 429 and int(headers["retry-after"]) >= 1
    assert spoofed == 429, "a forwarded address sent by the client itself must not open a new bucket"
    assert other == 200, "another client behind the same proxy has a bucket of its own"
    assert images == [200, 200, 429] and cheap_after == 200
    assert pages[:30] == [200] * 30 and pages[30] == 429
    assert asset == 200


@needs_nginx
def test_nginx_own_error_pages_carry_the_security_headers(data_dir):
    server = Production(data_dir, proxy="nginx").start()
    try:
        status, headers, body = get(server.base, "/" + "a" * 9000)
    finally:
        server.stop()
    assert status == 414 and headers["content-type"] == "application/json"
    assert (
        headers["x-content-type-options"] == "nosniff"
        and "frame-ancestors 'none'" in headers["content-security-policy"]
    )
    assert b"error" in body


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


MEMORY_CEILING_MB = 250  # over the worker's RSS after start-up, with the budgets below


def test_memory_stays_bounded_while_a_client_walks_map_states_and_commune_pages(dataset, data_dir):
    """One worker, memo budgets scaled to a quarter and a 16 MB response cache: 48 all-communes map states
    (about 13 MB each when kept), 40 département commune maps and 80 commune pages, while RSS is read."""
    server = Gunicorn(data_dir, workers=1, extra_env={"MEMO_BUDGET_SCALE": "0.25", "CACHE_MAX_MB": "16"}).start()
    try:
        worker = server.worker_pids()[0]
        assert get(server.base, "/commune/75056")[0] == 200
        baseline = peak = _rss_mb(worker)
        periods = periods_for(dataset, "evolution_demandeurs", "commune")[-48:]
        assert len(periods) == 48
        paths = [f"/carte?niveau=commune&indicateur=evolution_demandeurs&periode={p}" for p in periods]
        deps = sorted(dataset.level_table("departement").code)[:40]
        paths += [f"/carte?niveau=commune&indicateur=demandeurs_pour_100_actifs&dep={d}" for d in deps]
        communes = dataset.level_table("commune")
        paths += [f"/commune/{c}" for c in communes.sort_values("population", ascending=False).code[:80]]
        statuses = []
        for path in paths:
            statuses.append(get(server.base, path, timeout=60)[0])
            peak = max(peak, _rss_mb(worker))
        after = _rss_mb(worker)
    finally:
        server.stop()
    assert statuses == [200] * len(paths)
    assert peak - baseline < MEMORY_CEILING_MB, (baseline, peak, after)


@needs_nginx
def test_make_run_serves_through_nginx_and_stops_cleanly(data_dir):
    server = Production(data_dir, proxy="nginx").start()
    status, headers, _ = get(server.base, "/healthz")
    server.stop()
    assert status == 200 and headers["server"] == "nginx"
    assert server.process.returncode == 0
