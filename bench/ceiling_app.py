"""The ceiling: a minimal Flask app answering each benchmarked request with the bytes our app sent.

Run by bench/load.py under the same gunicorn settings; CEILING_DIR holds one file per request kind.
"""

import os
from pathlib import Path

from flask import Flask, Response

FOLDER = Path(os.environ["CEILING_DIR"])
BODIES = {p.stem: (p.read_bytes(), (FOLDER / f"{p.stem}.type").read_text()) for p in FOLDER.glob("*.body")}
app = Flask(__name__)


@app.route("/<kind>", methods=["GET", "POST"])
def answer(kind):
    body, mimetype = BODIES[kind]
    return Response(body, mimetype=mimetype)


server = app
