"""Files in the exact layouts of the official sources, built for the connector tests."""

from __future__ import annotations

import itertools
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import openpyxl

from dashboard.ingest.connectors.dares_communes import FIELDS, LABELS

SEXES = ["Total", "Hommes", "Femmes"]
AGES = ["Total", "Moins de 25 ans", "De 25 à 49 ans", "50 ans et plus"]
PLACES = [
    ("75", "11", "75056", "Paris", 150_000),
    ("75", "11", "75101", "Paris 1er Arrondissement", 800),
    ("75", "11", "75102", "Paris 2e Arrondissement", 1_300),
    ("33", "75", "33063", "Bordeaux", 30_000),
    ("01", "84", "01001", "L'Abergement-Clémenciat", 40),
    ("", "", "Total", "France", 5_400_000),
]


def dares_csv(path: Path, labels: bool = False, years=(2023, 2024, 2025), extra_rows=()) -> Path:
    lines = [";".join(LABELS if labels else FIELDS)]
    for year, (dep, reg, code, name, base), sex, age in itertools.product(years, PLACES, SEXES, AGES):
        share = (0.5 if sex != "Total" else 1) * (0.3 if age != "Total" else 1)
        value = (
            ""
            if code == "01001" and (sex != "Total" or age != "Total")
            else str(int(round(base * share * (1 + 0.01 * (year - 2023)) / 5) * 5))
        )
        lines.append(
            ";".join([f"{year}-12-31", reg, "", dep, "", code, name, "Données brutes", "ABC", sex, age, value])
        )
    lines += list(extra_rows)
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def bmo_xlsx(path: Path, year: int = 2025, rows=None) -> Path:
    yy = str(year)[2:]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = f"BMO_{year}_open_data"
    sheet.append(
        [
            "annee",
            "Code métier BMO",
            "Nom métier BMO",
            "Famille_met",
            "Lbl_fam_met",
            "REG",
            "NOM_REG",
            "Dept",
            "NomDept",
            f"BE{yy}",
            f"NOMBE{yy}",
            "met",
            "xmet",
            "smet",
        ]
    )
    rows = rows or [
        ("A1Z40", "Aides agricoles", "33", "75", "7501", "Bordeaux", 120, 40, 100),
        ("T2A60", "Aides à domicile", "33", "75", "7501", "Bordeaux", 300, 200, "*"),
        ("T2A60", "Aides à domicile", "33", "75", "7502", "Libourne", "*", "*", "*"),
        ("A1Z40", "Aides agricoles", "2A", "94", "9401", "Ajaccio", 50, 10, 45),
    ]
    for code, name, dep, reg, be, be_name, met, xmet, smet in rows:
        sheet.append([year, code, name, "A", "Agriculture", reg, "", dep, "", be, be_name, met, xmet, smet])
    book.save(path)
    return path


class StubApi:
    """A local stand-in for the France Travail token and indicator endpoints, with scripted failures."""

    def __init__(self, script: list[str], answers: dict[str, dict] | None = None):
        self.script = list(script)  # per indicator call: "ok", "401", "429", "slow", "nodata", "500"
        self.answers = answers or {}  # "ok" answer per indicator (the path's last part), else the default below
        self.calls: list[tuple[str, dict]] = []
        self.token_requests: list[dict[str, list[str]]] = []
        self.tokens = 0
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status, payload, headers=None):
                body = json.dumps(payload).encode()
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                raw = self.rfile.read(length)
                if self.path.startswith("/token"):
                    stub.tokens += 1
                    stub.token_requests.append(parse_qs(raw.decode()))
                    return self._send(200, {"access_token": f"t{stub.tokens}", "expires_in": 1499})
                body = json.loads(raw)
                stub.calls.append((self.path, body))
                action = stub.script.pop(0) if stub.script else "ok"
                if action == "401":
                    return self._send(401, {"message": "token expired"})
                if action == "429":
                    return self._send(429, {"message": "slow down"}, {"Retry-After": "1"})
                if action == "slow":
                    import time

                    time.sleep(1.5)
                if action == "nodata":
                    return self._send(500, {"message": "La liste des valeurs n'a pas pu être trouvée."})
                if action == "500":
                    return self._send(500, {"message": "boom"})
                if self.path.rsplit("/", 1)[-1] in stub.answers:
                    return self._send(200, stub.answers[self.path.rsplit("/", 1)[-1]])
                return self._send(
                    200,
                    {
                        "listeValeursParPeriode": [
                            {
                                "codePeriode": "2024T4",
                                "libPeriode": "4e trimestre 2024",
                                "valeurPrincipaleNombre": 1234,
                                "listeValeurParCaract": [
                                    {"libCaract": "Femmes", "valeurSecondaireNombre": None, "estMasque": True}
                                ],
                            },
                            {
                                "codePeriode": "2025T1",
                                "libPeriode": "1er trimestre 2025",
                                "valeurPrincipaleNombre": 1250,
                                "listeValeurParCaract": [],
                            },
                        ]
                    },
                )

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
