"""Client of Anotéa's public API (trainees' ratings of their course, France Travail): training organisations with
their score, page by page.

``GET {base}/v1/organismes-formateurs?page=N&items_par_page=K&notes_decimales=true`` answers the organisations
and a pagination block; an ``Authorization`` header is sent when ANOTEA_AUTHORIZATION is set (never from the
repository). Retries on timeouts, 429 (honouring Retry-After) and 5xx; a 401 stops with a clear message.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DEFAULT_BASE = "https://anotea.francetravail.fr/api"
ENDPOINT = "anotea/organismes-formateurs"
MAX_RETRY_AFTER = 30.0


class AnoteaError(RuntimeError):
    """The API could not be used; the message says why."""


@dataclass
class AnoteaClient:
    base_url: str = DEFAULT_BASE
    authorization: str | None = None
    timeout: float = 20.0
    retries: int = 3
    sleep: Callable[[float], None] = time.sleep

    @classmethod
    def from_env(cls, **kwargs) -> AnoteaClient:
        return cls(
            base_url=os.environ.get("ANOTEA_API_BASE", DEFAULT_BASE),
            authorization=os.environ.get("ANOTEA_AUTHORIZATION") or None,
            **kwargs,
        )

    def organisations(self, page: int, per_page: int = 500) -> dict:
        query = urllib.parse.urlencode({"page": page, "items_par_page": per_page, "notes_decimales": "true"})
        url = f"{self.base_url.rstrip('/')}/v1/organismes-formateurs?{query}"
        headers = {
            "Accept": "application/json",
            **({"Authorization": self.authorization} if self.authorization else {}),
        }
        last = "aucune réponse"
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(url, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:  # nosec B310 - configured URL
                    return json.loads(response.read())
            except urllib.error.HTTPError as exc:
                if exc.code == 401:
                    raise AnoteaError("autorisation refusée (HTTP 401) : vérifiez ANOTEA_AUTHORIZATION") from None
                if exc.code == 429 or exc.code >= 500:
                    last = f"HTTP {exc.code}"
                    retry = exc.headers.get("Retry-After") if exc.headers else None
                    wait = min(float(retry), MAX_RETRY_AFTER) if retry and retry.isdigit() else 2.0**attempt
                    self.sleep(wait)
                    continue
                raise AnoteaError(f"requête refusée (HTTP {exc.code})") from None
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                last = str(getattr(exc, "reason", exc))
                self.sleep(2.0**attempt)
            except ValueError:
                raise AnoteaError("réponse illisible (JSON attendu)") from None
        raise AnoteaError(f"API Anotéa indisponible après {self.retries + 1} essais ({last})")


def fetch_all(client: AnoteaClient, folder: Path, per_page: int = 500, progress=None) -> list[Path]:
    """Every page of organisations, one JSON file per page (then `data import` reads them)."""
    folder.mkdir(parents=True, exist_ok=True)
    written, page, pages = [], 0, 1
    while page < pages:
        answer = client.organisations(page, per_page)
        pagination = (answer.get("meta") or {}).get("pagination") or {}
        pages = int(pagination.get("total_pages") or 1)
        path = folder / f"anotea-organismes-{page:04d}.json"
        path.write_text(
            json.dumps(
                {"endpoint": ENDPOINT, "page": page, "fetched": date.today().isoformat(), "response": answer},
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
        written.append(path)
        if progress:
            progress(page + 1, pages, path.name)
        page += 1
    return written
