"""How `make run` serves the app: nginx in front of gunicorn when nginx is installed, gunicorn alone otherwise.

gunicorn's sync workers read a request on the worker itself: two clients that
send their headers a byte at a time hold both workers. nginx reads every
request whole (with header and body timeouts) before passing it on, and takes
slow readers off the workers' hands too, so the workers only ever see whole,
fast requests. Without nginx, the workers are threaded (gthread): a handful of
slow clients no longer stop the site, though many still can; the README says
which topology to run in production.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess  # nosec B404 - starts our own two servers
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from .config import REPO_ROOT

PROXY_CHOICES = ("auto", "nginx", "none")
NGINX_PATHS = ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx")
ERROR_BODY = '{"error": {"message": "Requête refusée ou serveur momentanément indisponible."}}\n'
# Headers of the pages nginx writes itself (its 400, 414, 494, 502 answers); the app's own answers carry them.
ERROR_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Cache-Control": "no-store",
}


def find_nginx() -> str | None:
    return shutil.which("nginx") or next((p for p in NGINX_PATHS if os.access(p, os.X_OK)), None)


def nginx_config(listen: str, upstream_port: int, workdir: Path) -> str:
    """A complete nginx configuration that runs unprivileged from ``workdir`` and proxies to gunicorn."""
    temp = "\n".join(
        f"  {kind}_temp_path {workdir / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    headers = "\n".join(f'      add_header {name} "{value}" always;' for name, value in ERROR_HEADERS.items())
    return f"""daemon off;
worker_processes 1;
pid {workdir / "nginx.pid"};
error_log stderr warn;
events {{ worker_connections 2048; }}
http {{
  access_log off;
{temp}
  server_tokens off;
  # Slow clients: whoever does not send a whole request in time is cut off, and never reaches a worker.
  client_header_timeout 10s;
  client_body_timeout 10s;
  send_timeout 20s;
  keepalive_timeout 15s;
  client_max_body_size 1m;
  large_client_header_buffers 4 8k;
  limit_conn_zone $binary_remote_addr zone=per_client:10m;
  upstream dashboard {{
    server 127.0.0.1:{upstream_port};
    keepalive 16;
  }}
  server {{
    listen {listen};
    limit_conn per_client 64;
    error_page 400 408 413 414 494 502 503 504 /_proxy_error.json;
    location = /_proxy_error.json {{
      internal;
      root {workdir};
      default_type application/json;
{headers}
    }}
    location / {{
      proxy_pass http://dashboard;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 60s;
      proxy_request_buffering on;
      proxy_buffering on;
      proxy_buffers 64 16k;
    }}
  }}
}}
"""


def _wait_http(url: str, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn stopped while starting")
        try:
            with urllib.request.urlopen(url, timeout=2):  # nosec B310 - our own upstream, on loopback
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


def _gunicorn() -> list[str]:
    return [sys.executable, "-m", "gunicorn", "-c", str(REPO_ROOT / "gunicorn.conf.py"), "dashboard.wsgi:server"]


def serve(proxy: str = "auto") -> int:
    """Runs until SIGINT or SIGTERM; returns the exit status."""
    nginx = find_nginx() if proxy in ("auto", "nginx") else None
    if proxy == "nginx" and nginx is None:
        print(
            "nginx est introuvable : installez-le (apt-get install nginx) ou servez sans (--proxy none).",
            file=sys.stderr,
        )
        return 2
    env = dict(os.environ)
    if nginx is None:
        env.setdefault("WORKER_CLASS", "gthread")
        env.setdefault("THREADS", "8")
        print("Sans nginx : gunicorn seul, workers à threads (voir README, « Mise en production »).", file=sys.stderr)
        os.execve(sys.executable, _gunicorn(), env)  # nosec B606 - replaces this process by gunicorn

    host, port = env.get("HOST", "127.0.0.1"), int(env.get("PORT", "8050"))
    upstream = int(env.get("UPSTREAM_PORT", str(port + 1)))
    env.update({"HOST": "127.0.0.1", "PORT": str(upstream)})
    env.setdefault("FORWARDED_ALLOW_IPS", "127.0.0.1")
    env.setdefault("PUBLIC_URL", os.environ.get("PUBLIC_URL") or _public_url(host, port))
    workdir = Path(tempfile.mkdtemp(prefix="emploi-nginx-"))
    workdir.chmod(0o755)  # started as root, nginx's workers run as an unprivileged user that reads the error page
    (workdir / "_proxy_error.json").write_text(ERROR_BODY, encoding="utf-8")
    listen = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    (workdir / "nginx.conf").write_text(nginx_config(listen, upstream, workdir), encoding="utf-8")

    app = subprocess.Popen(_gunicorn(), env=env, cwd=REPO_ROOT)  # nosec B603
    front = None
    stopping = False

    def stop(*_):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        _wait_http(f"http://127.0.0.1:{upstream}/healthz", app)
        front = subprocess.Popen([nginx, "-p", str(workdir), "-c", str(workdir / "nginx.conf")])  # nosec B603
        print(f"Servi sur http://{listen} (nginx devant gunicorn 127.0.0.1:{upstream})", file=sys.stderr)
        while not stopping and app.poll() is None and front.poll() is None:
            time.sleep(0.5)
    except (RuntimeError, TimeoutError) as exc:
        print(f"Démarrage impossible : {exc}", file=sys.stderr)
    finally:
        for process in (front, app):
            if process is not None and process.poll() is None:
                process.terminate()
        for process in (front, app):
            if process is not None:
                try:
                    process.wait(timeout=25)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(workdir, ignore_errors=True)
    failed = [p for p in (app, front) if p is not None and p.returncode not in (0, -signal.SIGTERM, None)]
    return 0 if stopping or not failed else 1


def _public_url(host: str, port: int) -> str:
    from .config import default_public_url

    return default_public_url({"HOST": host, "PORT": str(port)})
