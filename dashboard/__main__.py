"""Command line: python -m dashboard data build|status."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from .config import load_settings


def _cmd_build(args) -> int:
    from .ingest.build import build
    release = build(load_settings().data_dir)
    print(f"Jeu de données publié : {release}")
    return 0


def _cmd_status(args) -> int:
    from .ingest.publish import read_manifest
    current = load_settings().current_dataset
    if not current.exists():
        print("Aucun jeu de données publié. Lancez : python -m dashboard data build", file=sys.stderr)
        return 1
    manifest = read_manifest(current.resolve())
    print(f"Version {manifest['version']} publiée le {manifest['published_at']}")
    for source in manifest["sources"]:
        flag = "DÉMO" if source["demo"] else "réel"
        print(f"- [{flag}] {source['id']}: {source['name']} — {source['vintage']} (récupéré {source['retrieved']})")
    print(json.dumps(manifest["counts"], ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description="Emploi-Territoires")
    groups = parser.add_subparsers(dest="group", required=True)
    data = groups.add_parser("data", help="construire et inspecter le jeu de données")
    commands = data.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="référentiel réel + données de démonstration").set_defaults(func=_cmd_build)
    commands.add_parser("status", help="ce qui est chargé, d'où, de quand").set_defaults(func=_cmd_status)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        return args.func(args)
    except Exception as exc:  # the CLI reports every failure in one line, with a non-zero exit
        print(f"Erreur : {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
