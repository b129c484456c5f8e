"""Client of France Travail's statistics APIs (OAuth2 client credentials): "stats-offres-demandes-emploi" v1
(the labour market) and "stats-entrees-sorties-formations" v1 (Sortants de formation et accès à l'emploi). Both
answer the same envelope (``listeValeursParPeriode``); each needs its own scope, so each profile gets its own token.

Credentials come from the environment only (FT_CLIENT_ID, FT_CLIENT_SECRET),
never from the repository. Retries on timeouts and on 429 (honouring
Retry-After), refreshes the token once on 401, and turns the API's way of
saying "no data" (an HTTP 500 whose message says the list was not found) into
an empty answer.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

DEFAULT_BASE = "https://api.francetravail.io/partenaire/stats-offres-demandes-emploi/v1"
DEFAULT_TOKEN_URL = "https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=%2Fpartenaire"
DEFAULT_SCOPE = "api_stats-offres-demandes-emploiv1 offresetdemandesemploi"


@dataclass(frozen=True)
class ApiProfile:
    """One of France Travail's statistics APIs: its address, its OAuth2 scope, and the environment variables that
    override them (for a proxy or a test server)."""

    base_url: str
    scope: str
    base_env: str
    scope_env: str


LABOUR_MARKET = ApiProfile(DEFAULT_BASE, DEFAULT_SCOPE, "FT_API_BASE", "FT_SCOPE")
TRAINING_OUTCOMES = ApiProfile(
    "https://api.francetravail.io/partenaire/stats-entrees-sorties-formations/v1",
    "api_stats-entrees-sorties-formationsv1 accesemploiDEformes",
    "FT_TRAINING_API_BASE",
    "FT_TRAINING_SCOPE",
)
NO_DATA_MARKERS = ("n'a pas pu être trouvée", "n'a pas été trouvée", "not found", "aucune donnée")
MAX_RETRY_AFTER = 30.0


class ApiError(RuntimeError):
    """The API could not be used; the message says why."""


@dataclass
class FranceTravailClient:
    client_id: str
    client_secret: str
    base_url: str = DEFAULT_BASE
    token_url: str = DEFAULT_TOKEN_URL
    scope: str = DEFAULT_SCOPE
    timeout: float = 20.0
    retries: int = 3
    sleep: Callable[[float], None] = time.sleep
    _token: str | None = field(default=None, repr=False)
    _expires: float = 0.0

    @classmethod
    def from_env(cls, profile: ApiProfile = LABOUR_MARKET, **kwargs) -> FranceTravailClient:
        client_id, secret = os.environ.get("FT_CLIENT_ID"), os.environ.get("FT_CLIENT_SECRET")
        if not client_id or not secret:
            raise ApiError("identifiants manquants : définissez FT_CLIENT_ID et FT_CLIENT_SECRET")
        return cls(
            client_id,
            secret,
            base_url=os.environ.get(profile.base_env, profile.base_url),
            token_url=os.environ.get("FT_TOKEN_URL", DEFAULT_TOKEN_URL),
            scope=os.environ.get(profile.scope_env, profile.scope),
            **kwargs,
        )

    def _send(self, request: urllib.request.Request) -> tuple[int, dict, bytes]:
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # nosec B310 - configured URLs
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers or {}), exc.read()

    def token(self, force: bool = False) -> str:
        if self._token and not force and time.monotonic() < self._expires:
            return self._token
        body = urllib.parse.urlencode(
            {
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "scope": self.scope,
            }
        ).encode()
        request = urllib.request.Request(
            self.token_url, data=body, method="POST", headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        try:
            status, _, data = self._send(request)
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise ApiError(f"jeton OAuth2 inaccessible ({getattr(exc, 'reason', exc)})") from None
        if status != 200:
            raise ApiError(f"jeton OAuth2 refusé (HTTP {status}) : vérifiez FT_CLIENT_ID et FT_CLIENT_SECRET")
        payload = json.loads(data)
        self._token = payload["access_token"]
        self._expires = time.monotonic() + float(payload.get("expires_in", 600)) - 30
        return self._token

    def indicator(self, endpoint: str, body: dict) -> dict | None:
        """POST /indicateur/<endpoint>; returns the JSON answer, or None when the API has no data."""
        url = f"{self.base_url.rstrip('/')}/indicateur/{endpoint}"
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            request = urllib.request.Request(
                url,
                data=json.dumps(body).encode(),
                method="POST",
                headers={
                    "Authorization": f"Bearer {self.token()}",
                    "Content-Type": "application/json",
                    "Accept": "application/json",
                },
            )
            try:
                status, headers, data = self._send(request)
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                if attempt >= self.retries:
                    raise ApiError(
                        f"{endpoint} : pas de réponse après {attempt} essais ({getattr(exc, 'reason', exc)})"
                    ) from None
                self.sleep(min(2.0 * attempt, MAX_RETRY_AFTER))
                continue
            if status == 200:
                return json.loads(data)
            if status == 401 and not refreshed:
                refreshed = True
                self.token(force=True)
                continue
            if status == 401:
                raise ApiError(f"{endpoint} : accès refusé (HTTP 401) malgré un nouveau jeton")
            if status == 429 and attempt < self.retries + 2:
                wait = headers.get("Retry-After") or headers.get("retry-after") or "1"
                self.sleep(min(float(wait) if wait.replace(".", "", 1).isdigit() else 1.0, MAX_RETRY_AFTER))
                continue
            text = data.decode("utf-8", errors="replace")
            try:  # the message may be JSON with escaped accents
                text = json.dumps(json.loads(text), ensure_ascii=False)
            except ValueError:
                pass
            if status == 500 and any(marker in text.lower() for marker in NO_DATA_MARKERS):
                return None
            if status >= 500 and attempt < self.retries:
                self.sleep(min(2.0 * attempt, MAX_RETRY_AFTER))
                continue
            raise ApiError(f"{endpoint} : HTTP {status} — {text[:200]}")
