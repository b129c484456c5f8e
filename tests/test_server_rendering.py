"""The first view comes from the server: readable without JavaScript, findable, shareable and cacheable."""

from __future__ import annotations

import html
import json
import re
import struct

import pytest

from dashboard.store import runtime


def head_meta(page: str, attribute: str, name: str) -> str:
    found = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', page)
    assert found, f"no {name} in the head"
    return html.unescape(found.group(1))


def public_url(client) -> str:
    return client.application.config["SETTINGS"].public_url


def test_a_client_without_javascript_reads_bordeaux_figure_period_and_source(client):
    page = client.get("/commune/33063").get_data(as_text=True)
    content = page.split('<div id="react-entry-point">')[1].split('<script id="_dash-config"')[0]
    body = html.unescape(re.sub(r"<[^>]+>", " ", content))
    assert "Bordeaux (33)" in body
    tile = re.search(r'<p class="tile-label">([^<]*)</p><p id="tile-demandeurs" class="tile-value">([^<]*)</p>', page)
    assert tile and "catégories A à E, fin décembre 2024" in html.unescape(tile.group(1))
    assert html.unescape(tile.group(2)) == "33\u202f710"
    assert "Source : France Travail, Statistiques du marché du travail" in body
    assert "Loading" not in body
    description = head_meta(page, "name", "description")
    assert description.startswith("Bordeaux : 33\u202f710 demandeurs d'emploi (catégories A à E) fin décembre 2024")
    assert "<title>Bordeaux : l&#x27;emploi dans la commune" in page
    assert head_meta(page, "property", "og:image") == public_url(client) + "/og/commune/33063.png"
    assert head_meta(page, "name", "twitter:card") == "summary_large_image"


def test_no_dash_script_runs_before_it_is_needed(client):
    page = client.get("/commune/33063").get_data(as_text=True)
    outside = page.split('<template id="dash-scripts">')[0]
    assert not re.search(r"<script[^>]*src=\"[^\"]*(_dash-component-suites|plotly)", outside)
    assert '<link rel="preload"' not in outside
    assert '<html lang="fr">' in page
    assert re.search(r'<script defer src="/bundle/app\.[0-9a-f]{16}\.js"></script>', page)


def test_addresses_in_the_head_come_from_public_url_never_from_host(client):
    page = client.get("/commune/33063", headers={"Host": "evil.example"}).get_data(as_text=True)
    assert "evil.example" not in page
    assert f'<link rel="canonical" href="{public_url(client)}/commune/33063">' in page


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("path", ["/og/commune/33063.png", "/og/accueil.png", "/og/territoire/departement/33.png"])
def test_link_previews_are_1200_by_630_pngs(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.mimetype == "image/png"
    assert png_size(response.data) == (1200, 630)
    assert "max-age" in response.headers["Cache-Control"]


def test_link_preview_of_an_unknown_page_is_404(client):
    assert client.get("/og/commune/99999.png").status_code == 404
    assert client.get("/og/nulle-part.png").status_code == 404


def test_robots_and_sitemap_list_every_commune_in_both_languages(client, dataset):
    public = public_url(client)
    robots = client.get("/robots.txt").get_data(as_text=True)
    assert f"Sitemap: {public}/sitemap.xml" in robots and "Disallow: /export/" in robots
    index = client.get("/sitemap.xml").get_data(as_text=True)
    parts = re.findall(r"<loc>([^<]+)</loc>", index)
    assert parts and all(p.startswith(public + "/sitemap-") for p in parts)
    listed = set()
    for part in parts:
        response = client.get(part.removeprefix(public))
        assert response.status_code == 200 and response.mimetype == "application/xml"
        listed.update(re.findall(r'href="([^"]+)"', response.get_data(as_text=True)))
    communes = dataset.territories.query("level == 'commune'").code
    assert len(communes) > 34_000
    missing = [c for c in communes if f"{public}/commune/{c}" not in listed or f"{public}/en/commune/{c}" not in listed]
    assert not missing, missing[:5]
    assert f"{public}/territoire/departement/33" in listed and f"{public}/en/indicateurs" in listed
    assert client.get(f"/sitemap-{len(parts) + 1}.xml").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/commune/33063",
        "/api/v1/territories/commune/33063",
        "/export/chomage.csv?code=33063",
        "/og/commune/33063.png",
        "/sitemap.xml",
    ],
)
def test_a_conditional_get_answers_304(client, path):
    first = client.get(path)
    assert first.status_code == 200, path
    assert first.headers["ETag"] and first.headers["Last-Modified"] and "max-age" in first.headers["Cache-Control"]
    again = client.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    since = client.get(path, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert since.status_code == 304
    changed = client.get(path, headers={"If-None-Match": 'W/"another-version"'})
    assert changed.status_code == 200


def test_static_bundle_is_fingerprinted_brotli_and_immutable(client):
    page = client.get("/").get_data(as_text=True)
    for url in re.findall(r"(/bundle/app\.[0-9a-f]+\.(?:js|css))", page):
        response = client.get(url, headers={"Accept-Encoding": "br, gzip"})
        assert response.status_code == 200 and response.headers["Content-Encoding"] == "br"
        assert "immutable" in response.headers["Cache-Control"]
        assert client.get(url, headers={"If-None-Match": response.headers["ETag"]}).status_code == 304
    assert client.get("/bundle/app.0000000000000000.js").status_code == 404


def test_dash_component_files_are_compressed_and_unknown_ones_are_404(client):
    page = client.get("/commune/33063").get_data(as_text=True)
    renderer = re.search(r'src="(/_dash-component-suites/dash/dash-renderer/[^"]+)"', page).group(1)
    response = client.get(renderer, headers={"Accept-Encoding": "br"})
    assert response.status_code == 200 and response.headers["Content-Encoding"] == "br"
    assert client.get("/_dash-component-suites/dash/nope.v1m1.js").status_code == 404


def test_sources_page_describes_the_dataset_for_search_engines(client, dataset):
    page = client.get("/a-propos").get_data(as_text=True)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "Dataset" and data["version"] == dataset.version
    assert data["license"].startswith("https://") and data["creator"]
    assert any(d["encodingFormat"] == "text/csv" for d in data["distribution"])


def test_search_works_as_a_plain_form(client):
    unique = client.get("/recherche?q=33000")
    assert unique.status_code == 302 and unique.headers["Location"].endswith("/commune/33063")
    many = client.get("/recherche?q=saint-denis").get_data(as_text=True)
    assert many.count('href="/commune/') >= 2
    home = client.get("/").get_data(as_text=True)
    assert re.search(r'<form[^>]*action="/recherche"[^>]*method="get"', home)
    assert 'name="q"' in home


def test_server_and_dash_render_the_same_page(client):
    """Dash, once started, renders the same tree the server sent: nothing to jump."""
    from dashboard.app import page_tree
    from dashboard.pages import ssr

    page = client.get("/commune/33063").get_data(as_text=True)
    sent = page.split('<div id="react-entry-point">')[1].split("</div>\n<script")[0]
    with client.application.test_request_context("/commune/33063"):
        runtime.snapshot()
        assert ssr.render(page_tree("/commune/33063", {})) in sent + "</div>"
