"""End-to-end journeys in a real Chromium (Debian's), driven by Playwright."""

from __future__ import annotations

import shutil
from urllib.parse import urlparse

import pytest

from bench._server import chromium_args

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.fail("Debian's chromium is required for the browser tests (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=chromium_args())
        yield browser
        browser.close()


@pytest.fixture()
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    page.errors, page.requests = [], []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("request", lambda r: page.requests.append(r.url))
    page.base = live_server
    yield page
    context.close()


def only_local(requests):
    hosts = {urlparse(u).hostname for u in requests if not u.startswith(("data:", "blob:"))}
    return hosts <= {"127.0.0.1"}


def test_postcode_to_bordeaux(page):
    page.goto(page.base + "/")
    box = page.locator("#home-search-input")
    box.fill("33000")
    page.locator("#home-search-list [role=option]").first.wait_for()
    assert page.locator("#home-search-input").get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url("**/commune/33063")
    page.locator("#tile-demandeurs").wait_for()
    assert "Bordeaux" in page.locator("h1").inner_text()
    assert page.locator("#tile-demandeurs").inner_text().strip()[0].isdigit()
    assert "Source" in page.locator(".headline .source-caption").inner_text()
    assert page.locator(".demo-notice").count() == 0
    assert page.locator("#tile-demandeurs").inner_text().replace("\u202f", " ") == "33 710"
    assert page.locator("#series-graph .chart-svg-wide svg").is_visible()  # drawn by the server
    assert not any("_dash-component-suites" in u or "plotly" in u for u in page.requests)  # no Dash, no plotly
    assert not page.errors, page.errors
    assert only_local(page.requests), page.requests


def visible_chart(page, chart_id: str) -> dict:
    """The data of the server-drawn chart shown at this width (wide or narrow drawing)."""
    return page.evaluate(
        """id => {
        const svg = [...document.querySelectorAll('#' + id + ' svg[data-chart]')]
            .find(s => s.getBoundingClientRect().width > 0);
        return JSON.parse(svg.getAttribute('data-chart'));
    }""",
        chart_id,
    )


def test_ambiguous_postcode_shows_the_list(page):
    page.goto(page.base + "/")
    box = page.locator("#home-search-input")
    box.fill("01400")
    options = page.locator("#home-search-list [role=option]")
    options.first.wait_for()
    assert options.count() >= 8
    assert "10 communes ont le code postal 01400 :" in page.locator("#home-search-list").inner_text()
    box.press("Enter")  # several communes: Enter highlights, it does not navigate
    assert page.url.rstrip("/") == page.base
    names = options.all_inner_texts()
    assert any("Abergement" in n for n in names)


def test_no_match_message(page):
    page.goto(page.base + "/")
    page.locator("#home-search-input").fill("zzqxw")
    status = page.locator("#home-search-status")
    status.filter(has_text="Aucune commune").wait_for()
    assert "Essayez un code postal à 5 chiffres, ex. 33000." in status.inner_text()


def test_small_commune_explains_and_links_its_area(page):
    page.goto(page.base + "/commune/01001")
    notice = page.locator("#demandeurs-note")
    notice.wait_for()
    text = notice.inner_text().replace("\u202f", " ")
    assert "5 000 habitants ou plus" in text and "voici ceux de l'Ain" in text
    assert page.locator(".facts a").count() >= 4  # links to its EPCI, zone, bassin, département, région
    assert page.locator("#tile-demandeurs").inner_text().strip()[0].isdigit()
    assert not page.errors, page.errors


def test_unknown_commune_is_a_404_page(page):
    response = page.goto(page.base + "/commune/99999")
    assert response.status == 404
    page.get_by_text("Page introuvable").wait_for()
    assert page.locator("#notfound-search-input").is_visible()


def test_back_button_returns_to_previous_page(page):
    page.goto(page.base + "/")
    page.locator("#header-search-input").fill("Ajaccio")
    page.locator("#header-search-list [role=option]").first.wait_for()
    page.locator("#header-search-input").press("Enter")
    page.wait_for_url("**/commune/2A004")
    page.locator("#tile-demandeurs").wait_for()
    page.go_back()
    page.wait_for_url(page.base + "/")
    page.locator("#home-search-input").wait_for()
    assert not page.errors, page.errors


@pytest.mark.parametrize(
    "path,ready",
    [
        ("/commune/33063", "#tile-demandeurs"),
        ("/en/commune/33063", "#tile-demandeurs"),
        ("/carte", ".map-canvas[data-shapes]"),
        ("/en/carte?niveau=commune&dep=33", ".map-canvas[data-shapes]"),
        ("/indicateurs", "#key-figure"),
        ("/en/a-propos", "h1"),
    ],
)
def test_narrowest_phone_has_no_horizontal_scroll(browser, live_server, path, ready):
    context = browser.new_context(viewport={"width": 320, "height": 740})
    page = context.new_page()
    page.goto(live_server + path)
    page.locator(ready).first.wait_for()
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 320  # wide tables scroll inside their own box, never the page


def test_indicators_page_key_figure_and_detail(page):
    page.goto(page.base + "/indicateurs")
    key = page.locator("#key-figure")
    key.wait_for()
    assert "86,0" in key.inner_text()
    card = page.locator("#kpi-RETOURS_EMPLOI")
    text = card.inner_text().replace("\u202f", " ")
    assert "4 095 931" in text and "2023" in text and "4 013 000" in text and "Cible atteinte" in text
    card.locator("h3 a").click()
    page.wait_for_url("**/indicateurs/RETOURS_EMPLOI")
    page.locator("#kpi-series svg").first.wait_for()
    assert page.locator("#kpi-sources li").count() >= 3
    assert not page.errors, page.errors
    assert only_local(page.requests), page.requests


def choose(page, dropdown: str, text: str):
    """Picks an option of a Dash dropdown the way a person does: open, type, click."""
    page.locator(dropdown).click()
    page.locator("input.dash-dropdown-search").fill(text)
    page.locator("[role=option]", has_text=text).first.click()
    if page.locator(dropdown).get_attribute("aria-expanded") == "true":
        page.keyboard.press("Escape")


def _map_paths(page):
    """The number of shapes drawn, once the map is drawn (the renderer's data-shapes)."""
    page.locator(".map-canvas[data-shapes]").wait_for()
    return int(page.locator(".map-canvas").get_attribute("data-shapes"))


# A point inside a territory's shape, in page coordinates, found the way the map finds what is under the pointer.
POINT_IN = """code => {
  const state = document.querySelector('.map-canvas').__map, view = state.view;
  const feature = state.layer.features[typeof code === 'number' ? code : state.layer.index[code]];
  const ratio = window.devicePixelRatio || 1, ctx = state.canvas.getContext('2d');
  const rect = state.canvas.getBoundingClientRect(), box = feature.box;
  ctx.setTransform(ratio * view.scale, 0, 0, -ratio * view.scale, ratio * view.x, ratio * view.y);
  for (let k = 1; k < 2000; k++) {
    const x = box[0] + (box[2] - box[0]) * ((k * 0.618034) % 1), y = box[1] + (box[3] - box[1]) * ((k * 0.754878) % 1);
    const px = view.x + x * view.scale, py = view.y - y * view.scale;
    if (ctx.isPointInPath(feature.path, px * ratio, py * ratio)) return [feature.code, rect.left + px, rect.top + py];
  }
  return null;
}"""


def point_in(page, code):
    found = page.evaluate(POINT_IN, code)
    assert found, code
    return found


def test_map_departments_then_communes_of_gironde(page):
    page.goto(page.base + "/carte")
    assert _map_paths(page) == 101
    assert "Départements" in page.locator("#map-title").text_content()
    choose(page, "#map-dep", "Gironde")
    choose(page, "#map-level", "Communes")
    page.wait_for_function("() => document.querySelector('#map-title').textContent.includes('département 33')")
    page.wait_for_function("() => +document.querySelector('.map-canvas').getAttribute('data-shapes') > 500")
    count = _map_paths(page)
    assert 530 <= count <= 540
    assert "niveau=commune" in page.url and "dep=33" in page.url
    assert not page.errors, page.errors
    assert only_local(page.requests), page.requests


def test_map_url_state_round_trips(page):
    url = page.base + "/carte?indicateur=evolution_demandeurs&niveau=region&periode=2024-12&methode=jenks&classes=6"
    page.goto(url)
    assert _map_paths(page) == 18
    title = page.locator("#map-title").text_content()
    assert "Évolution sur un an" in title and "décembre 2024" in title and "Régions" in title
    assert page.locator("#map-legend .legend-items li").count() >= 6  # the legend is text, in the page
    page.reload()
    assert _map_paths(page) == 18
    assert "décembre 2024" in page.locator("#map-title").text_content()
    assert "methode=jenks" in page.url and "classes=6" in page.url


def test_map_click_on_a_commune_opens_its_page(page):
    page.goto(page.base + "/carte?niveau=commune&dep=2A")
    _map_paths(page)
    page.locator(".map-canvas").scroll_into_view_if_needed()
    code, x, y = point_in(page, 3)
    page.mouse.click(x, y)
    page.wait_for_url(f"**/commune/{code}")
    page.locator("#tile-demandeurs").wait_for()
    assert only_local(page.requests), page.requests


def test_map_click_on_a_department_zooms_into_its_communes(page):
    page.goto(page.base + "/carte")
    assert _map_paths(page) == 101
    page.locator(".map-canvas").scroll_into_view_if_needed()
    _, x, y = point_in(page, "33")
    page.mouse.click(x, y)
    page.wait_for_url("**niveau=commune**")
    assert "dep=33" in page.url and 530 <= _map_paths(page) <= 540
    assert "Communes du département 33" in page.locator("#map-title").text_content()
    page.go_back()  # Back returns to France
    assert _map_paths(page) == 101 and "Départements" in page.locator("#map-title").text_content()


def test_export_png_and_embed_from_the_commune_page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(live_server + "/commune/33063")
    menu = page.locator("#share-series")
    menu.locator("summary").click()
    with page.expect_download() as info:
        menu.locator("a.export-png-standard").click()
    download = info.value
    path = download.path()
    with open(path, "rb") as fh:
        assert fh.read(8) == b"\x89PNG\r\n\x1a\n"
    assert download.suggested_filename.endswith(".png")
    snippet = menu.locator(".embed-code").inner_text()
    assert snippet.startswith("<iframe") and "/embed/demandeurs?code=33063" in snippet
    menu.get_by_role("button", name="Copier le code d'intégration").click()
    menu.locator(".copy-status", has_text="Copié").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == snippet
    embed = context.new_page()
    embed.goto(live_server + "/embed/demandeurs?code=33063")
    embed.locator("#chart .main-svg").first.wait_for()
    assert "Source" in embed.locator(".source").inner_text()
    labels = embed.locator(".modebar-btn").evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    assert "Télécharger le graphique en PNG" in labels, labels  # plotly's buttons speak the page's language
    assert not errors, errors
    context.close()


def test_language_switch_keeps_the_page_and_formats_for_english(page):
    page.goto(page.base + "/commune/33063?serie=indice")
    page.locator("#tile-demandeurs").wait_for()
    french = page.locator("#tile-demandeurs").inner_text()
    assert "\u202f" in french and page.evaluate("document.documentElement.lang") == "fr"
    switch = page.locator("#lang-switch")
    assert switch.get_attribute("href") == "/en/commune/33063?serie=indice"
    switch.click()
    page.wait_for_url("**/en/commune/33063?serie=indice")
    page.locator("#tile-demandeurs").wait_for()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("#tile-demandeurs").inner_text() == french.replace("\u202f", ",")
    assert "Key figures" in page.locator(".headline h2").inner_text()
    assert page.locator(".skip-link").inner_text() == "Skip to content"
    assert page.locator(".series-mode-indice").get_attribute("aria-pressed") == "true"
    assert visible_chart(page, "series-graph")["series"][0]["values"][0] == "100.0"  # base 100, English decimals
    page.locator(".series-mode-niveau").click()  # starts Dash; its callback for an English page answers in English
    page.wait_for_function("() => !location.search.includes('serie=indice')")
    page.wait_for_function("() => document.querySelector('.series-mode-niveau[aria-pressed=true]') !== null")
    page.wait_for_function("""() => [...document.querySelectorAll('#series-graph svg[data-chart]')]
        .some(s => JSON.parse(s.getAttribute('data-chart')).series[0].values.slice(-1)[0] === '33,710')""")
    page.locator("nav[aria-label='Main navigation'] a", has_text="Map").click()
    page.wait_for_url("**/en/carte")
    page.wait_for_function("() => document.getElementById('lang-switch').getAttribute('href') === '/carte'")
    assert not page.errors, page.errors
    assert only_local(page.requests), page.requests


def test_english_search_and_map_stay_in_english(page):
    page.goto(page.base + "/en")
    box = page.locator("#home-search-input")
    box.fill("01400")
    page.locator("#home-search-list [role=option]").first.wait_for()
    assert "10 communes have the postcode 01400:" in page.locator("#home-search-list").inner_text()
    box.fill("33000")
    page.wait_for_function("() => document.querySelectorAll('#home-search-list [role=option]').length === 1")
    box.press("Enter")
    page.wait_for_url("**/en/commune/33063")
    page.goto(page.base + "/en/carte?niveau=commune&dep=2A")
    _map_paths(page)
    page.locator(".map-canvas").scroll_into_view_if_needed()
    code, x, y = point_in(page, 3)
    page.mouse.click(x, y)
    page.wait_for_url(f"**/en/commune/{code}")
    page.locator("#tile-demandeurs").wait_for()
    assert not page.errors, page.errors


def test_chart_values_under_the_pointer_and_from_the_keyboard(page):
    page.goto(page.base + "/commune/33063")
    graph = page.locator("#series-graph")
    graph.scroll_into_view_if_needed()
    tip = graph.locator(".chart-tip")
    box = graph.locator(".chart-svg-wide svg").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] / 2)
    tip.wait_for()
    assert "Catégories A à E : " in tip.inner_text()
    graph.focus()
    page.keyboard.press("End")
    assert tip.inner_text().startswith("décembre 2024")
    assert "décembre 2024 ; Catégories A à E 33\u202f710" in page.locator("#series-block .chart-readout").inner_text()
    page.keyboard.press("Escape")  # WCAG 1.4.13: dismissable without moving the pointer
    tip.wait_for(state="hidden")
    assert not page.errors, page.errors


def test_no_chart_offers_to_upload_itself_elsewhere(page):
    for path in ("/commune/33063", "/indicateurs/RETOURS_EMPLOI"):
        page.goto(page.base + path)
        page.locator(".chart svg").first.wait_for()
        assert page.locator(".modebar, .js-plotly-plot").count() == 0, path  # our own drawing: no toolbar at all
    page.goto(page.base + "/embed/demandeurs?code=33063")
    page.locator(".main-svg").first.wait_for()
    page.wait_for_timeout(300)
    titles = page.locator(".modebar-btn").evaluate_all("els => els.map(e => e.getAttribute('data-title'))")
    assert titles and not any("Share" in (t or "") or "Cloud" in (t or "") for t in titles), titles


def test_map_recolour_moves_no_geometry_and_updates_tooltips(page):
    page.goto(page.base + "/carte?indicateur=demandeurs_pour_100_actifs&niveau=commune&dep=33&periode=2024-12")
    count = _map_paths(page)
    before = page.evaluate("() => document.querySelector('.map-canvas canvas').toDataURL()")
    choose(page, "#map-period", "décembre 2020")
    page.wait_for_function("() => document.querySelector('#map-title').textContent.includes('décembre 2020')")
    page.wait_for_function(
        "() => document.querySelector('.map-canvas .map-colours').textContent.includes('décembre 2020')"
    )
    page.wait_for_timeout(300)
    assert _map_paths(page) == count
    assert page.evaluate("() => document.querySelector('.map-canvas canvas').toDataURL()") != before
    assert sum(".geojson" in u for u in page.requests) == 1  # the layer travelled once
    assert "décembre 2020" in page.locator("#map-source").inner_text()
    page.locator(".map-canvas").scroll_into_view_if_needed()
    _, x, y = point_in(page, "33063")
    page.mouse.move(x, y)
    tip = page.locator(".map-tip")
    tip.wait_for()
    assert tip.inner_text().startswith("Bordeaux (33063)") and "décembre 2020 · rang" in tip.inner_text()
    page.keyboard.press("Escape")
    tip.wait_for(state="hidden")
    assert not page.errors, page.errors


def test_a_postcode_shared_by_42_communes_lists_them_all(page):
    page.goto(page.base + "/")
    box = page.locator("#home-search-input")
    box.fill("88500")
    options = page.locator("#home-search-list [role=option]")
    page.wait_for_function("() => document.querySelectorAll('#home-search-list [role=option]').length > 40")
    assert options.count() == 43  # 42 by postcode, then the commune whose INSEE code is 88500
    listing = page.locator("#home-search-list").inner_text()
    assert "42 communes ont le code postal 88500" in listing and "Code INSEE 88500" in listing
    scrolls = page.evaluate(
        "() => { const l = document.querySelector('#home-search-list'); "
        "return l.scrollHeight > l.clientHeight && getComputedStyle(l).overflowY === 'auto'; }"
    )
    assert scrolls
    box.press("End")
    for _ in range(42):
        box.press("ArrowDown")
    assert page.locator("#home-search-list [aria-selected=true]").is_visible()  # the list follows the keyboard
    assert not page.errors, page.errors


def test_a_misspelt_name_still_finds_the_commune(page):
    page.goto(page.base + "/")
    box = page.locator("#home-search-input")
    box.fill("bordaux")
    page.locator("#home-search-list [role=option]").first.wait_for()
    assert "les noms les plus proches" in page.locator("#home-search-list").inner_text()
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url("**/commune/33063")


@pytest.mark.parametrize("path, most", [("/", 0.15), ("/commune/33063", 0.22), ("/en/carte", 0.22)])
def test_the_header_leaves_the_phone_screen_to_the_page(browser, live_server, path, most):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(live_server + path)
    page.locator("main h1").first.wait_for()
    height = page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")
    context.close()
    assert height <= most * 740, height


LAYOUT_WATCH = """
  window.__shift = 0; window.__blank = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
    .observe({type: 'layout-shift', buffered: true});
  // Counted once the server's heading has been parsed: before that the page is still arriving, not blank.
  window.__seen = false;
  setInterval(() => {
    if (document.querySelector('h1')) { window.__seen = true; } else if (window.__seen) { window.__blank += 1; }
  }, 4);
"""


@pytest.mark.parametrize("path", ["/commune/33063", "/carte?niveau=commune&dep=33", "/indicateurs"])
def test_dash_takes_over_the_server_view_without_a_jump(browser, live_server, path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.add_init_script(LAYOUT_WATCH)
    page.goto(live_server + path)
    page.evaluate("window.emploiStartDash(null)")  # what the first click on a chart toggle or a dropdown does
    # generous: on a loaded CI machine Dash's scripts and first render take their time (this checks jumps, not speed)
    page.wait_for_function("() => window.dashRenderer && !document.getElementById('server-view')", timeout=90_000)
    page.wait_for_timeout(500)
    shift, blank = page.evaluate("[window.__shift, window.__blank]")
    assert page.locator("#react-entry-point h1").count() == 1
    context.close()
    assert blank == 0  # the page never goes empty while Dash renders
    assert shift < 0.1, shift  # Lighthouse's "good" cumulative layout shift


TEXT_COLLISIONS = """() => {
  const found = [];
  for (const svg of document.querySelectorAll('.chart svg')) {
    if (svg.getBoundingClientRect().width === 0) continue;  // the drawing for the other width
    const boxes = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim())
      .map(t => [t.textContent, t.getBoundingClientRect()]);
    boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
      const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
      const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
      if (w > 1 && h > 1) found.push(a + ' / ' + b);
    }));
  }
  return [document.querySelectorAll('.chart svg').length, found];
}"""


@pytest.mark.parametrize("width", [360, 1280])
def test_no_chart_text_overlaps_at_phone_and_desktop_widths(browser, live_server, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    problems = {}
    for path in (
        "/commune/33063",
        "/commune/33063?serie=indice",
        "/commune/01001",
        "/territoire/departement/33",
        "/en/territoire/epci/243300316",
        "/indicateurs/RETOURS_EMPLOI",
    ):
        page.goto(live_server + path)
        charts, found = page.evaluate(TEXT_COLLISIONS)
        assert charts >= 2, path  # the check does see the charts
        if found:
            problems[path] = found
    context.close()
    assert not problems, problems


def test_paris_close_up_answers_the_pointer(page):
    page.goto(page.base + "/carte?niveau=commune")
    assert _map_paths(page) > 34_000
    frame = page.evaluate("""() => { const s = document.querySelector('.map-canvas').__map, r = s.canvas.getBoundingClientRect();
        return [r.left + s.closeUp.left, r.top + s.closeUp.top, s.closeUp.side]; }""")
    left, top, side = frame
    page.mouse.move(left + side / 2, top + 14 + (side - 14) / 2)  # the middle of the close-up: Paris
    tip = page.locator(".map-tip")
    tip.wait_for()
    assert tip.inner_text().startswith("Paris (75056)")
    assert not page.errors, page.errors


def test_all_communes_recolour_by_palette_swap_looks_like_a_full_repaint(page):
    """On 35,000 communes a recolour rewrites pixels from the pick buffer instead of filling every shape again:
    the result matches a full repaint with the same colours, but for pixels on the borders between classes."""
    page.goto(page.base + "/carte?niveau=commune")
    page.locator(".map-canvas[data-pick]").wait_for()
    result = page.evaluate("""async () => {
      const el = document.querySelector('.map-canvas'), block = el.querySelector('script.map-colours');
      const colours = JSON.parse(block.textContent), k = colours.colors.length - 1, pick = el.__map.pick;
      colours.z = colours.z.map(z => z ? 1 + z % k : 0);  // every class moves on by one
      const text = JSON.stringify(colours), canvas = el.querySelector('canvas'), ctx = canvas.getContext('2d');
      const draw = async (json) => {
        const drawn = new Promise(resolve => el.addEventListener('map:drawn', resolve, {once: true}));
        block.textContent = json;
        await drawn;
        return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const swapped = await draw(text), usedPick = el.__map.pick === pick;
      el.__map.pick = null;  // the same colours, filled shape by shape
      const filled = await draw(text + ' ');
      let painted = 0, differ = 0;
      for (let i = 0; i < filled.length; i += 4) {
        painted += filled[i + 3] > 0;
        differ += Math.abs(swapped[i] - filled[i]) + Math.abs(swapped[i + 1] - filled[i + 1])
                  + Math.abs(swapped[i + 2] - filled[i + 2]) + Math.abs(swapped[i + 3] - filled[i + 3]) > 24;
      }
      return {usedPick, painted, differ, shapes: +el.getAttribute('data-shapes')};
    }""")
    assert result["usedPick"] and result["shapes"] > 34_000
    assert result["painted"] > 100_000 and result["differ"] < 0.15 * result["painted"], result
    assert not page.errors, page.errors


def test_job_search_to_job_page(page):
    """A citizen types a job's name without its hyphen or accents, picks it, and reads its page."""
    page.goto(page.base + "/metiers")
    page.locator("#job-q").fill("aide soignant")
    page.locator("#job-q").press("Enter")
    page.wait_for_url("**/metiers?q=aide+soignant")
    page.locator("#job-results a", has_text="Aides-soignants").click()
    page.wait_for_url("**/metier/V0X60")
    assert page.locator("h1").inner_text() == "Aides-soignants"
    assert "recrutements" in page.locator("#job-summary").inner_text()
    image = page.locator("img.job-map-img")
    image.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    assert page.locator("#job-chart svg").first.is_visible()
    assert not page.errors, page.errors
    assert only_local(page.requests), page.requests


def test_training_centre_search_to_its_page(page):
    """A citizen looks for a training centre by a word of its name and reads what becomes of its apprentices."""
    page.goto(page.base + "/formations")
    page.locator("#centre-q").fill("blanquefort")
    page.locator("#centre-search button[type=submit]").click()
    page.wait_for_url("**/formations?q=blanquefort*")
    page.locator("#centres a", has_text="Blanquefort").first.click()
    page.wait_for_url("**/formation/0332197J")
    assert "Blanquefort" in page.locator("h1").inner_text()
    summary = page.locator("#centre-summary").inner_text().replace("\u202f", " ").replace("\xa0", " ")
    assert "61 % en emploi" in summary and "63 % attendus" in summary
    assert page.locator("#centre-chart svg").first.is_visible()
    assert not page.errors, page.errors
    assert only_local(page.requests), page.requests
