"""Gunicorn settings, from the environment (HOST, PORT, WEB_CONCURRENCY)."""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8050')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
preload_app = True  # the dataset is loaded once, then shared copy-on-write by the workers
timeout = 30
graceful_timeout = 20
accesslog = "-"
errorlog = "-"
