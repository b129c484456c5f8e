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
PAGES = ["/", "/commune/33063", "/commune/01001", "/carte", "/indicateurs", "/indicateurs/RETOURS_EMPLOI",
         "/a-propos", "/accessibilite", "/commune/99999", "/embed/commune-series?code=33063"]
# Inside Dash 4's dropdown: a hidden, focusable input the component uses as its keyboard entry point.
KNOWN = {("aria-hidden-focus", ".dash-dropdown-focus-target")}


@pytest.fixture(scope="module")
def axe_source() -> str:
    script = CACHE / f"axe-core-{AXE_VERSION}" / "axe.min.js"
    if not script.exists():
        if shutil.which("npm") is None:
            pytest.fail("npm is needed to fetch axe-core for the accessibility audit")
        CACHE.mkdir(exist_ok=True)
        subprocess.run(["npm", "pack", f"axe-core@{AXE_VERSION}", "--pack-destination", str(CACHE), "--silent"],
                       check=True, capture_output=True, timeout=300)
        with tarfile.open(CACHE / f"axe-core-{AXE_VERSION}.tgz") as tar:
            member = tar.extractfile("package/axe.min.js")
            script.parent.mkdir(parents=True, exist_ok=True)
            script.write_bytes(member.read())
    return script.read_text()


@pytest.mark.parametrize("width", [1280, 360])
def test_no_serious_or_critical_violation(browser, live_server, axe_source, width):  # noqa: F811
    # The audit script is injected inline, so this context alone bypasses our CSP; the app's own pages never do.
    context = browser.new_context(bypass_csp=True, viewport={"width": width, "height": 900})
    page = context.new_page()
    findings = []
    for path in PAGES:
        page.goto(live_server + path)
        page.locator("main, #chart").first.wait_for()
        page.wait_for_timeout(800)
        page.add_script_tag(content=axe_source)
        violations = page.evaluate("""async () => (await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa',
            'wcag21a', 'wcag21aa']})).violations.filter(v => ['serious', 'critical'].includes(v.impact))
            .map(v => ({id: v.id, targets: v.nodes.map(n => n.target.join(' '))}))""")
        for v in violations:
            targets = [t for t in v["targets"] if not any(v["id"] == rule and sel in t for rule, sel in KNOWN)]
            if targets:
                findings.append((path, v["id"], targets[:3]))
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
    page.keyboard.type("33000")
    page.locator("#home-search-list [role=option]").first.wait_for()
    page.keyboard.press("ArrowDown")
    assert page.locator("#home-search-input").get_attribute("aria-activedescendant")
    page.keyboard.press("Enter")
    page.wait_for_url("**/commune/33063")
    page.locator("#tile-abc").wait_for()
    summary = page.locator("#share-series summary")
    summary.focus()
    page.keyboard.press("Enter")
    link = page.locator("#share-series a.export-csv-standard")
    link.focus()
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert info.value.suggested_filename.endswith(".csv")
    page.locator("#series-index").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**serie=indice")
    assert page.locator("#series-index").get_attribute("aria-pressed") == "true"
    context.close()
