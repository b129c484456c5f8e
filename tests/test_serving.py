"""Serving for real: gunicorn instances sharing one redis-server; cache sharing, faults, reload, short load."""

from __future__ import annotations

import http.client
import itertools
import json
import os
import shutil
import threading
import time
import uuid

import pytest

from bench import loadgen
from dashboard.ingest.publish import publish
from tests.serving import Gunicorn, Redis

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")


@pytest.fixture(scope="module")
def redis():
    server = Redis().start()
    yield server
    server.kill()


@pytest.fixture(scope="module")
def instances(data_dir, redis):
    a = Gunicorn(data_dir, redis.url).start()
    b = Gunicorn(data_dir, redis.url).start()
    yield a, b
    a.stop()
    b.stop()


def get(base: str, path: str, body: bytes | None = None) -> tuple[int, dict, bytes]:
    host, port = base.split("//")[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=15)
    conn.request("POST" if body else "GET", path, body=body, headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, dict(response.getheaders()), data


def unseen_period() -> str:
    """A valid month no request of this run has asked for yet: a new cache key (unknown parameters are refused)."""
    n = next(_PERIODS)
    return f"{1000 + n // 12}-{n % 12 + 1:02d}"


_PERIODS = itertools.count(uuid.uuid4().int % 50_000)


def mix(base: str) -> list[tuple]:
    return [
        ("search", "GET", "/api/v1/search?q=bord", None),
        ("search", "GET", "/api/v1/search?q=33000", None),
        ("commune page", "GET", "/commune/33063", None),
        ("commune page", "GET", "/commune/01001", None),
        ("observations", "GET", "/api/v1/observations?indicator=demandeurs_a&level=departement&codes=33", None),
        ("health", "GET", "/healthz", None),
    ]


def test_a_page_computed_on_one_instance_is_a_cache_hit_on_the_other(instances):
    a, b = instances
    code = "69123"
    path = f"/api/v1/observations?indicator=demandeurs_a&level=commune&codes={code}&period_from={unseen_period()}"
    status, headers, first = get(a.base, path)
    assert status == 200 and headers["X-Cache"] == "miss"
    status, headers, second = get(b.base, path)
    assert status == 200 and headers["X-Cache"] == "hit" and second == first
    assert get(a.base, "/commune/31555")[1].get("X-Cache") == "miss"  # a whole page, rendered on the server
    assert get(b.base, "/commune/31555")[1].get("X-Cache") == "hit"


def test_security_headers_as_served(instances):
    a, _ = instances
    status, headers, _ = get(a.base, "/")
    assert status == 200
    assert headers.get("Server", "-") in ("-", "")
    assert "gunicorn" not in json.dumps(headers).lower()
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self';" in headers["Content-Security-Policy"]  # no inline script runs
    assert headers["X-Request-Id"]


def test_redis_killed_during_load_fails_no_request(instances, redis):
    a, b = instances
    killed = {}

    def tick(elapsed):
        if elapsed > 2 and not killed:
            redis.kill()
            killed["at"] = elapsed

    result = loadgen.run([a.base, b.base], mix(a.base), clients=16, seconds=6, on_tick=tick)
    loadgen.print_table("load with Redis killed after 2 s", result)
    assert killed and result.total > 20
    assert result.failed == 0, result.failures
    redis.start()  # back on the same port: the instances reconnect by themselves
    time.sleep(6)
    path = f"/api/v1/observations?indicator=demandeurs_a&level=departement&codes=2A&period_from={unseen_period()}"
    get(a.base, path)
    assert get(b.base, path)[1]["X-Cache"] == "hit"


def test_a_killed_worker_does_not_stop_the_service(instances):
    a, _ = instances
    before = a.worker_pids()
    assert len(before) == 2
    done = {}

    def tick(elapsed):
        if elapsed > 1.5 and not done:
            os.kill(before[0], 9)
            done["at"] = elapsed

    result = loadgen.run([a.base], mix(a.base), clients=8, seconds=5, on_tick=tick)
    loadgen.print_table("load with a worker killed after 1.5 s", result)
    assert done and result.total > 20
    assert result.failed <= 8, result.failures  # at most the requests in flight on the killed worker
    assert get(a.base, "/healthz")[0] == 200
    after = a.worker_pids()
    assert len(after) == 2 and before[0] not in after


def test_dataset_reload_while_serving_never_mixes_releases(instances, data_dir):
    a, _ = instances
    seen, problems, stop = [], [], threading.Event()

    def client():
        while not stop.is_set():
            try:
                status, headers, body = get(a.base, "/healthz")
                version = json.loads(body)["dataset"]["version"]
                if status != 200 or headers["X-Dataset-Version"] != version:
                    problems.append((status, headers.get("X-Dataset-Version"), version))
                seen.append((time.monotonic(), version))
            except Exception as exc:  # noqa: BLE001 - any failure is a finding
                problems.append(repr(exc))
            time.sleep(0.01)  # steady traffic, without starving the workers' reload threads of the CPU

    threads = [threading.Thread(target=client) for _ in range(6)]
    for t in threads:
        t.start()
    time.sleep(1)
    current = (data_dir / "current").resolve()

    def write(folder):
        for path in current.iterdir():
            target = folder / path.name
            if path.is_dir():
                shutil.copytree(path, target, copy_function=os.link)
            elif path.name != "manifest.json":
                os.link(path, target)
        (folder / "reload-marker.txt").write_text(uuid.uuid4().hex)
        manifest = json.loads((current / "manifest.json").read_text())
        return {k: v for k, v in manifest.items() if k not in ("version", "files", "published_at")}

    new = publish(data_dir, write)
    started = time.monotonic()
    # Every worker has moved once 5 s of answers (many per worker, each watcher looks every 2 s) are all from the
    # new release; a worker that never reloads keeps this from happening. Eventually, even on a loaded machine:
    # this checks consistency, not speed.
    deadline, moved = time.monotonic() + 180, False
    while time.monotonic() < deadline and not moved:
        time.sleep(0.2)
        now = time.monotonic()
        recent = {version for at, version in list(seen) if at > now - 5}
        moved = now - started > 5 and recent == {new.name} and sum(at > now - 5 for at, _ in list(seen)) > 30
    stop.set()
    for t in threads:
        t.join()
    assert not problems, problems[:5]  # every answer came whole from a single release
    assert current.name in {version for _, version in seen} and moved, a.log_tail()


def test_short_load_without_redis(data_dir):
    server = Gunicorn(data_dir).start()
    try:
        result = loadgen.run([server.base], mix(server.base), clients=20, seconds=6)
        loadgen.print_table("short load, 2 workers, 20 clients", result)
        assert result.failed == 0 and result.total > 20
    finally:
        server.stop()


def test_rate_limit_answers_429_with_retry_after(data_dir):
    server = Gunicorn(
        data_dir, workers=1, extra_env={"RATE_LIMIT": "5 per second", "SEARCH_RATE_LIMIT": "50 per second"}
    ).start()
    try:
        statuses = [get(server.base, "/api/v1/territories/commune/33063") for _ in range(12)]
        limited = [s for s in statuses if s[0] == 429]
        assert limited and int(limited[0][1]["Retry-After"]) >= 1
        assert json.loads(limited[0][2])["error"]["message"]
        # Search has its own budget: typing a name right after is not refused.
        assert all(get(server.base, f"/api/v1/search?q=par{'i' * n}")[0] == 200 for n in range(10))
        assert get(server.base, "/")[0] == 200  # pages are not rate-limited
    finally:
        server.stop()
