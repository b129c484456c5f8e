"""Automated accessibility audit (axe-core, from the npm registry, injected into the test browser)
and a keyboard-only journey."""

from __future__ import annotations

import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.test_browser import CHROMIUM, browser  # noqa: F401  (shared browser fixture)

pytestmark = pytest.mark.browser
AXE_VERSION = "4.14.1"
CACHE = Path(__file__).resolve().parent / ".cache"
FRENCH_PAGES = [
    "/",
    "/commune/33063",
    "/commune/01001",
    "/territoire/departement/33",
    "/carte",
    "/indicateurs",
    "/indicateurs/RETOURS_EMPLOI",
    "/a-propos",
    "/accessibilite",
    "/commune/99999",
    "/embed/demandeurs?code=33063",
    "/metiers?q=aide",
    "/metiers/departement/33",
    "/metier/A1Z42",
    "/formations?departement=33",
    "/formation/0332197J",
]
ENGLISH_PAGES = [
    "/en",
    "/en/commune/33063",
    "/en/commune/01001",
    "/en/carte",
    "/en/indicateurs",
    "/en/indicateurs/RETOURS_EMPLOI",
    "/en/a-propos",
    "/en/accessibilite",
    "/en/commune/99999",
    "/embed/demandeurs?code=33063&lang=en",
    "/en/metiers?q=aide",
    "/en/metiers/departement/33",
    "/en/metier/A1X42",
    "/en/formations?q=btp",
    "/en/formation/0332197J",
]


@pytest.fixture(scope="module")
def axe_source() -> str:
    script = CACHE / f"axe-core-{AXE_VERSION}" / "axe.min.js"
    if not script.exists():
        if shutil.which("npm") is None:
            pytest.fail("npm is needed to fetch axe-core for the accessibility audit")
        CACHE.mkdir(exist_ok=True)
        subprocess.run(
            ["npm", "pack", f"axe-core@{AXE_VERSION}", "--pack-destination", str(CACHE), "--silent"],
            check=True,
            capture_output=True,
            timeout=300,
        )
        with tarfile.open(CACHE / f"axe-core-{AXE_VERSION}.tgz") as tar:
            member = tar.extractfile("package/axe.min.js")
            script.parent.mkdir(parents=True, exist_ok=True)
            script.write_bytes(member.read())
    return script.read_text()


@pytest.mark.parametrize("pages", [FRENCH_PAGES, ENGLISH_PAGES], ids=["fr", "en"])
@pytest.mark.parametrize("width", [1280, 360])
def test_no_serious_or_critical_violation(browser, live_server, axe_source, width, pages):  # noqa: F811
    # The audit script is injected inline, so this context alone bypasses our CSP; the app's own pages never do.
    context = browser.new_context(bypass_csp=True, viewport={"width": width, "height": 900})
    page = context.new_page()
    findings = []
    for path in pages:
        page.goto(live_server + path)
        expected = "en" if "/en" in path or "lang=en" in path else "fr"
        assert page.evaluate("document.documentElement.lang") == expected, path
        page.locator("main, #chart").first.wait_for()
        page.wait_for_timeout(800)
        page.add_script_tag(content=axe_source)
        violations = page.evaluate("""async () => (await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa',
            'wcag21a', 'wcag21aa']})).violations.filter(v => ['serious', 'critical'].includes(v.impact))
            .map(v => ({id: v.id, targets: v.nodes.map(n => n.target.join(' '))}))""")
        findings += [(path, v["id"], v["targets"][:3]) for v in violations]
    context.close()
    assert not findings, findings


def test_keyboard_only_search_to_commune_page_to_export(browser, live_server):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server + "/")
    page.locator("#home-search-input").wait_for()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.locator("#home-search-input").focus()
    assert page.locator("#home-search-input").bounding_box()["height"] >= 30  # not squeezed by Dash's wrapper
    ring = "() => getComputedStyle(document.querySelector('#home-search-input').parentElement).outlineStyle"
    assert page.evaluate(ring) == "solid"  # a visible focus ring
    page.keyboard.type("33000")
    page.locator("#home-search-list [role=option]").first.wait_for()
    page.keyboard.press("ArrowDown")
    assert page.locator("#home-search-input").get_attribute("aria-activedescendant")
    page.keyboard.press("Enter")
    page.wait_for_url("**/commune/33063")
    page.locator("#tile-demandeurs").wait_for()
    summary = page.locator("#share-series summary")
    summary.focus()
    page.keyboard.press("Enter")
    link = page.locator("#share-series a.export-csv-standard")
    link.focus()
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert info.value.suggested_filename.endswith(".csv")
    page.locator(".series-mode-indice").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**serie=indice")
    assert page.locator(".series-mode-indice").get_attribute("aria-pressed") == "true"
    context.close()


def test_map_controls_with_the_keyboard_only(browser, live_server):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server + "/carte")
    page.locator(".map-canvas[data-shapes]").wait_for()
    page.locator("#contenu h1").evaluate("h => { h.tabIndex = -1; h.focus(); }")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.id, document.activeElement.tagName]")
    assert focused == ["map-indicator", "BUTTON"], focused  # the dropdown's button, not a hidden relay
    name = page.evaluate("() => document.activeElement.getAttribute('aria-labelledby')")
    assert name.split()[0] == page.locator("label[for=map-indicator]").get_attribute("id")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "map-level"
    page.keyboard.press("Enter")
    page.locator("[role=option]", has_text="Régions").first.wait_for()
    page.wait_for_function("() => document.activeElement.classList.contains('dash-options-list-option-checkbox')")
    page.wait_for_timeout(300)  # the list binds its arrow keys once its opening animation has run
    page.keyboard.press("ArrowUp")  # from the current choice, "Départements", to the one above
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.search.includes('niveau=region')")
    for _ in range(3):  # Tab also leaves the last dropdown: no keyboard trap
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") != "map-classes"
    context.close()


def test_map_table_opens_territory_pages_from_the_keyboard(browser, live_server):  # noqa: F811
    """What a click on the map does, the table beneath it does from the keyboard."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server + "/en/carte?niveau=commune&dep=33")
    page.locator(".map-canvas[data-shapes]").wait_for()
    page.locator("#map-data summary").focus()
    page.keyboard.press("Enter")
    value = page.get_by_role("button", name="Value (per 100 in the labour force)")
    value.focus()
    page.keyboard.press("Enter")  # sort by value: largest first
    page.wait_for_function(
        "() => document.querySelector('#map-table-grid th[aria-sort]').textContent.startsWith('Value')"
    )
    assert page.locator("#map-table-grid th[aria-sort]").get_attribute("aria-sort") == "descending"
    page.locator("#map-page-next").focus()
    page.keyboard.press("Enter")
    page.locator(".pager-status", has_text="Page 2 of").wait_for()
    page.locator("#map-page-prev").focus()
    page.keyboard.press("Enter")
    page.locator(".pager-status", has_text="Page 1 of").wait_for()
    link = page.locator("#map-table-grid tbody a").first
    href = link.get_attribute("href")
    assert href.startswith("/en/commune/33")  # the commune with the most jobseekers per 100 active people
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**" + href)
    page.locator("#tile-demandeurs").wait_for()
    context.close()
