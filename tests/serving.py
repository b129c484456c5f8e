"""Real servers for the serving tests: redis-server and gunicorn instances on loopback ports."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # nosec B310 - loopback test server
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


class Redis:
    def __init__(self):
        self.binary = shutil.which("redis-server")
        self.port = free_port()
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> Redis:
        self.process = subprocess.Popen(  # nosec B603
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.05)
        raise TimeoutError("redis-server did not start")

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


class _Server:
    """A server process of ours on a free loopback port, with limits no test reaches (the limit tests set their
    own), its log in a file (an unread pipe fills up and then blocks every worker thread that logs)."""

    log_prefix = "server-"
    stop_timeout = 15

    def __init__(self, data_dir: Path, extra_env: dict | None = None, **settings: str):
        self.port = free_port()
        self.env = {
            **os.environ,
            "PORT": str(self.port),
            "HOST": "127.0.0.1",
            "DATA_DIR": str(data_dir),
            "RATE_LIMIT": "100000 per second",
            "SEARCH_RATE_LIMIT": "100000 per second",
            "PAGE_RATE_LIMIT": "100000 per second",
            **settings,
            **(extra_env or {}),
        }
        self.process = None
        self.log = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _launch(self, command: list[str], timeout: float = 60, **popen) -> None:
        self.log = tempfile.NamedTemporaryFile(prefix=self.log_prefix, suffix=".log", delete=False)
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,  # nosec B603
            stderr=self.log,
            **popen,
        )
        wait_http(self.base + "/healthz", timeout=timeout)

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server's log, to say why a test failed."""
        if self.log is None:
            return ""
        return "\n".join(Path(self.log.name).read_text(errors="replace").splitlines()[-lines:])

    def _kill(self) -> None:
        self.process.kill()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=self.stop_timeout)
            except subprocess.TimeoutExpired:
                self._kill()
                self.process.wait()
        if self.log is not None:
            self.log.close()
            Path(self.log.name).unlink(missing_ok=True)


class Gunicorn(_Server):
    log_prefix = "gunicorn-"

    def __init__(self, data_dir: Path, redis_url: str | None = None, workers: int = 2, extra_env: dict | None = None):
        super().__init__(
            data_dir, extra_env, WEB_CONCURRENCY=str(workers), **({"REDIS_URL": redis_url} if redis_url else {})
        )

    def start(self) -> Gunicorn:
        self._launch(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "gunicorn.conf.py",
                "--access-logfile",
                "/dev/null",
                "dashboard.wsgi:server",
            ]
        )
        return self

    def worker_pids(self) -> list[int]:
        out = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(self.process.pid)],  # nosec B603 B607
            capture_output=True,
            text=True,
        ).stdout
        return [int(p) for p in out.split()]


class Production(_Server):
    """`python -m dashboard serve --proxy nginx|none`: the topology `make run` starts, on free ports."""

    log_prefix = "serve-"
    stop_timeout = 30

    def __init__(self, data_dir: Path, proxy: str = "nginx", extra_env: dict | None = None):
        super().__init__(data_dir, extra_env, UPSTREAM_PORT=str(free_port()), WEB_CONCURRENCY="2")
        self.proxy = proxy

    def start(self) -> Production:
        self._launch(
            [sys.executable, "-m", "dashboard", "serve", "--proxy", self.proxy], timeout=90, start_new_session=True
        )
        return self

    def worker_pids(self) -> list[int]:
        """gunicorn's workers: the children of the children of `serve` that are not nginx."""

        def children(pid: int) -> list[tuple[int, str]]:
            out = subprocess.run(
                ["ps", "-o", "pid=,comm=", "--ppid", str(pid)],  # nosec B603 B607
                capture_output=True,
                text=True,
            ).stdout
            return [(int(line.split()[0]), line.split()[1]) for line in out.splitlines() if line.strip()]

        masters = [pid for pid, name in children(self.process.pid) if "nginx" not in name]
        if self.proxy == "none":  # serve replaced itself by gunicorn's master
            masters = [self.process.pid]
        return [pid for master in masters for pid, _ in children(master)]

    def _kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)  # nginx and gunicorn with it


class SlowClient(threading.Thread):
    """Holds a connection open by sending a request's headers one byte a second (or a bogus chunked body)."""

    def __init__(self, port: int, bogus_chunk: bool = False):
        super().__init__(daemon=True)
        self.port, self.bogus_chunk = port, bogus_chunk
        self.stop = threading.Event()
        self.connected = threading.Event()

    def run(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
                if self.bogus_chunk:
                    sock.sendall(
                        b"POST /api/v1/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzzzz\r\n"
                    )
                else:
                    sock.sendall(b"GET /commune/33063 HTTP/1.1\r\nHost: x\r\n")
                self.connected.set()
                while not self.stop.wait(1.0):
                    sock.sendall(b"X")  # one more byte of a header that never ends
        except OSError:
            self.connected.set()  # cut off by the server: what it should do, eventually
