"""Regenerates the README screenshots, French and English, at 1280 and 360 px: python docs/screenshots.py"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._server import chromium_args, running_app  # noqa: E402

SHOTS = [("accueil", "/", "#home-search-input"), ("commune-bordeaux", "/commune/33063", "#series-graph .main-svg"),
         ("commune-petite", "/commune/01001", "#small-commune-notice"), ("sources", "/a-propos", "h1"),
         ("carte", "/carte", "#map-graph path.choroplethlocation"),
         ("carte-gironde", "/carte?niveau=commune&dep=33", "#map-graph path.choroplethlocation"),
         ("indicateurs", "/indicateurs", "#key-figure")]


def main() -> None:
    from playwright.sync_api import sync_playwright
    with running_app() as (_, base), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=chromium_args())
        for lang, prefix in (("fr", ""), ("en", "/en")):
            out = ROOT / "docs" / "screenshots" / ("" if lang == "fr" else lang)
            out.mkdir(parents=True, exist_ok=True)
            for width in (1280, 360):
                page = browser.new_page(viewport={"width": width, "height": 900})
                for name, path, ready in SHOTS:
                    page.goto(base + (prefix + path if path != "/" or not prefix else prefix))
                    page.locator(ready).first.wait_for()
                    page.wait_for_timeout(300)
                    page.screenshot(path=str(out / f"{name}-{width}.png"), full_page=width == 360)
                page.close()
        browser.close()


if __name__ == "__main__":
    main()
