"""Command line: python -m dashboard data build|import|fetch|ingest|status, python -m dashboard serve."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from .config import load_settings


def _progress(done: int, total: int, label: str) -> None:
    width = 24
    filled = int(width * done / max(total, 1))
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label}", file=sys.stderr, flush=True)


def _data_dir(args) -> Path:
    import os

    settings = load_settings()
    if args.demo and "DATA_DIR" not in os.environ:
        return settings.data_dir / "demo"  # a demo release never replaces the real one by default
    return settings.data_dir


def _cmd_build(args) -> int:
    from .ingest.build import build, is_stale

    data_dir, sources_dir = _data_dir(args), load_settings().sources_dir
    if args.if_stale and not is_stale(data_dir, sources_dir, demo_build=args.demo):
        print(f"Jeu de données à jour : {(data_dir / 'current').resolve()}")
        return 0
    release = build(data_dir, demo_build=args.demo, sources_dir=sources_dir)
    print(f"Jeu de données publié : {release}" + (" (DONNÉES DE DÉMONSTRATION)" if args.demo else ""))
    return 0


def _cmd_import(args) -> int:
    from .config import REPO_ROOT
    from .ingest.pipeline import import_sources

    written, notes = import_sources(
        [Path(p) for p in args.sources],
        load_settings().sources_dir,
        REPO_ROOT / "data" / ".cache" / "packages",
        args.source,
        _progress,
        allow_shrink=args.allow_shrink,
    )
    for note in notes:
        print(f"- {note}")
    for folder in written:
        print(f"Tables écrites : {folder}")
    print("Reconstruisez le jeu de données : python -m dashboard data build")
    return 0


def _cmd_fetch(args) -> int:
    from .ingest.connectors import by_id, registry
    from .sources.download import Download, download, unpack

    if args.source in ("france_travail_api", "ft_sortants_formation"):
        return _fetch_api(args)
    if args.source == "anotea":
        from .sources.anotea import AnoteaClient, fetch_all

        files = fetch_all(AnoteaClient.from_env(), Path(args.to), progress=_progress)
        print(
            f"{len(files)} pages enregistrées dans {args.to} ; puis : python -m dashboard data import --from {args.to}"
        )
        return 0
    connectors = [by_id(args.source)] if args.source else registry()
    items = [(c, Download(url, name)) for c in connectors for url, name in getattr(c, "DOWNLOADS", [])]
    if not items:
        print("Aucun fichier à télécharger pour cette source (source par API : voir le README).", file=sys.stderr)
        return 1
    folder = Path(args.to)
    for i, (connector, item) in enumerate(items, start=1):
        _progress(i - 1, len(items), f"{connector.ID}: {item.url}")
        path, checksum = download(item, folder)
        for unpacked in unpack(path):
            print(f"{unpacked}  {checksum if unpacked == path else ''}".rstrip())
    _progress(len(items), len(items), "terminé")
    return 0


def _fetch_api(args) -> int:
    """France Travail's statistics APIs (credentials in FT_CLIENT_ID, FT_CLIENT_SECRET): one JSON file per answer."""
    from .ingest.connectors import france_travail_api, ft_sortants_formation
    from .ingest.pipeline import read_release
    from .sources.france_travail import LABOUR_MARKET, TRAINING_OUTCOMES, FranceTravailClient

    connector, profile = (
        (ft_sortants_formation, TRAINING_OUTCOMES)
        if args.source == "ft_sortants_formation"
        else (france_travail_api, LABOUR_MARKET)
    )
    territories = read_release((load_settings().data_dir / "current").resolve()).territories
    files = connector.fetch_all(FranceTravailClient.from_env(profile), Path(args.to), territories, progress=_progress)
    print(
        f"{len(files)} réponses enregistrées dans {args.to} ; puis : python -m dashboard data import --from {args.to}"
    )
    return 0


def _cmd_ingest(args) -> int:
    from .ingest.pipeline import ingest

    settings = load_settings()
    release, notes = ingest(
        settings.data_dir,
        [Path(p) for p in args.sources],
        settings.sources_dir,
        args.source,
        _progress,
        allow_shrink=args.allow_shrink,
    )
    for note in notes:
        print(f"- {note}")
    print(f"Jeu de données publié : {release}")
    return 0


def _cmd_status(args) -> int:
    from .ingest.pipeline import status

    info = status(load_settings().data_dir)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"Version {info['version']} publiée le {info['published_at']} ({info['release']})")
    for source in info["sources"]:
        flag = "DÉMO" if source["demo"] else "réel"
        print(
            f"- [{flag}] {source['id']}: {source['name']} — {source['vintage']} "
            f"(récupéré le {source.get('retrieved') or 'date non enregistrée'}, {source.get('package') or 'généré'})"
        )
    print("Territoires : " + ", ".join(f"{k} {v}" for k, v in info["counts"].items()))
    print("Séries encore en démonstration : " + (", ".join(info["still_demo"]) or "aucune"))
    return 0


def _cmd_serve(args) -> int:
    from .serving import serve

    return serve(args.proxy)


_SHRINK_HELP = (
    "accepter une édition qui retire des périodes ou des territoires de la précédente (consigné avec la source)"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description="Emploi-Territoires")
    groups = parser.add_subparsers(dest="group", required=True)
    data = groups.add_parser("data", help="construire, charger et inspecter le jeu de données")
    commands = data.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="référentiel + chiffres officiels portés par data/sources (jeu embarqué)")
    build.add_argument(
        "--demo",
        action="store_true",
        help="jeu de démonstration (valeurs inventées, signalées partout), dans data/demo par défaut",
    )
    build.add_argument("--if-stale", action="store_true", help="seulement si data/sources ou le code ont changé")
    build.set_defaults(func=_cmd_build)
    imp = commands.add_parser("import", help="fichiers officiels → tables portées par le projet (data/sources)")
    imp.add_argument(
        "--from",
        dest="sources",
        nargs="+",
        required=True,
        metavar="PATH",
        help="fichier(s) ou dossier(s), parcourus récursivement",
    )
    imp.add_argument("--source", help="forcer la source au lieu de la reconnaître par le format")
    imp.add_argument("--allow-shrink", action="store_true", help=_SHRINK_HELP)
    imp.set_defaults(func=_cmd_import)
    fetch = commands.add_parser("fetch", help="télécharger les fichiers officiels depuis leurs adresses officielles")
    fetch.add_argument("--source", help="identifiant de la source (défaut : toutes)")
    fetch.add_argument("--to", default="data/downloads", help="dossier de destination")
    fetch.set_defaults(func=_cmd_fetch)
    ingest = commands.add_parser(
        "ingest",
        help="ajouter des fichiers officiels aux tables portées (data/sources) et publier sans tout reconstruire",
    )
    ingest.add_argument(
        "--from", dest="sources", nargs="+", required=True, metavar="PATH", help="fichier(s) ou dossier(s)"
    )
    ingest.add_argument("--source", help="forcer la source au lieu de la reconnaître par le format")
    ingest.add_argument("--allow-shrink", action="store_true", help=_SHRINK_HELP)
    ingest.set_defaults(func=_cmd_ingest)
    status = commands.add_parser("status", help="ce qui est chargé, d'où, de quand, ce qui reste en démonstration")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=_cmd_status)
    serve = groups.add_parser("serve", help="servir l'application (nginx devant gunicorn quand nginx est installé)")
    serve.add_argument(
        "--proxy",
        choices=("auto", "nginx", "none"),
        default=os.environ.get("SERVE_PROXY", "auto"),
        help="auto : nginx s'il est installé ; none : gunicorn seul (défaut : $SERVE_PROXY ou auto)",
    )
    serve.set_defaults(func=_cmd_serve)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        return args.func(args)
    except Exception as exc:  # noqa: BLE001 - every failure becomes one readable line and a non-zero exit
        print(f"\nErreur : {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
