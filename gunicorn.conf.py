"""Gunicorn settings, from the environment (HOST, PORT, WEB_CONCURRENCY, WORKER_CLASS, THREADS)."""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8050')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# sync behind nginx (it buffers whole requests and responses); gthread when gunicorn faces clients itself.
worker_class = os.environ.get("WORKER_CLASS", "sync")
threads = int(os.environ.get("THREADS", "1"))
preload_app = True  # the dataset is loaded once, then shared copy-on-write by the workers
timeout = 30
graceful_timeout = 20
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
limit_request_line = 8190
limit_request_fields = 100


def on_starting(server):
    # No server name or version banner in responses.
    import gunicorn.http.wsgi
    gunicorn.http.wsgi.SERVER = "-"
