"""Starts the app on a free loopback port in a thread (for benchmarks and screenshots)."""

from __future__ import annotations

import contextlib
import logging
import os
import threading


@contextlib.contextmanager
def running_app():
    from werkzeug.serving import make_server

    from dashboard.app import create_app

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    # A benchmark is one client asking a lot: the per-client rate limit would measure itself.
    os.environ.setdefault("RATE_LIMIT", "100000 per second")
    os.environ.setdefault("PAGE_RATE_LIMIT", "100000 per second")
    app = create_app()
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield app, f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


def chromium_args() -> list[str]:
    """Flags of every Chromium the benchmarks and the browser tests drive: no GPU, no background traffic of its
    own (so "no request leaves for elsewhere" checks only see the page's)."""
    return [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
