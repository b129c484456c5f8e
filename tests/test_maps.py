"""Map building blocks: class breaks, palettes, layers, the figure, the recolour callback."""

import gzip
import json
import re
from itertools import pairwise

import numpy as np
import pytest
import shapely

from dashboard.figures.choropleth import choropleth, colour_update
from dashboard.i18n import translator
from dashboard.maps.classify import breaks_for, classify, equal_breaks, jenks_breaks, quantile_breaks
from dashboard.maps.palettes import MISSING, palette
from dashboard.payloads.map import MAP_INDICATORS, map_table
from tests.conftest import page_text

KNOWN_MISSING_GEOMETRY = {"15031", "15035", "15047", "15171"}


def test_breaks():
    values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert equal_breaks(values, 3) == [1, 4, 7, 10]
    assert quantile_breaks(values, 2) == [1, 5.5, 10]
    assert jenks_breaks([1, 1, 2, 2, 10, 11, 12, 50, 51], 3) == [1, 2, 12, 51]
    assert breaks_for("egal", [-2, 1, 4], 2, diverging=True) == [-4, 0, 4]
    # Each class includes its upper limit: 4 is in the first class, 7 in the second.
    assert list(classify([1, 4, 4.1, 7, 9.9, 10, np.nan], [1, 4, 7, 10])) == [0, 0, 1, 1, 2, 2, -1]


def _brute_force_jenks(values, k):
    """The optimal split by exhaustive search (small inputs only)."""
    from itertools import combinations

    v = sorted(values)
    best, cuts_best = None, None
    for cuts in combinations(range(1, len(v)), k - 1):
        parts = np.split(np.array(v), cuts)
        cost = sum(((p - p.mean()) ** 2).sum() for p in parts)
        if best is None or cost < best - 1e-12:
            best, cuts_best = cost, cuts
    return [v[0]] + [v[c - 1] for c in cuts_best] + [v[-1]]


@pytest.mark.parametrize("seed", range(5))
def test_jenks_breaks_are_the_optimal_split(seed):
    values = list(np.round(np.random.default_rng(seed).lognormal(1, 0.6, 13), 2))
    assert jenks_breaks(values, 4) == pytest.approx(_brute_force_jenks(values, 4))


def _class_of(value, limits):
    for i, (low, high) in enumerate(limits):
        if (low < value <= high) or (i == 0 and value == low):
            return i
    return None


@pytest.mark.parametrize("method", ["quantiles", "egal", "jenks"])
@pytest.mark.parametrize(
    "key, level, period",
    [
        ("demandeurs_pour_100_actifs", "departement", "2024-12"),
        ("taux_chomage_rp", "departement", "2018"),
        ("taux_chomage", "zone_emploi", "2023-T3"),
        ("evolution_demandeurs", "departement", "2024-12"),
        ("part_projets_difficiles", "bassin", "2025"),
    ],
)
def test_every_colour_matches_its_legend(dataset, method, key, level, period):
    """Each territory is coloured by the class whose legend limits hold its value (upper limit included)."""
    indicator = MAP_INDICATORS[key]
    table = map_table(dataset, key, level, period)
    from dashboard.maps.classify import breaks_for as find

    update = colour_update(
        table,
        find(method, table.value, 5, indicator.diverging),
        indicator.diverging,
        "x",
        "u",
        indicator.decimals,
        period,
    )
    values = table.set_index("code").value
    for code, z in zip(update["locations"], update["z"]):
        value = values[code]
        if np.isnan(value):
            assert z == 0
        else:
            assert z - 1 == _class_of(value, update["limits"]), (code, value, z, update["limits"])
    texts = [text for _, text in update["legend"]]
    assert len(set(texts)) == len(texts)  # no two classes read the same


def test_diverging_maps_are_centred_on_zero():
    rising = [0.5, 1.2, 2.0, 3.1, 4.5, 4.5, 6.0, 8.2]  # every value rose
    for method in ("quantiles", "egal", "jenks"):
        for k in (5, 7):
            breaks = breaks_for(method, rising, k, diverging=True)
            assert breaks == [-b for b in reversed(breaks)]  # mirrored around zero
            middle = k // 2
            assert breaks[middle] < 0 < breaks[middle + 1]  # the neutral middle class straddles zero
            assert (classify(rising, breaks) >= middle).all()  # nothing in a "decrease" colour
        assert 0.0 in breaks_for(method, rising, 6, diverging=True)  # an even count: zero is a limit
    labels = [
        t
        for _, t in colour_update(
            _table(rising), breaks_for("quantiles", rising, 5, True), True, "x", "u", 1, "2024-12"
        )["legend"]
    ]
    assert len(set(labels)) == len(labels)
    assert labels[0].endswith("(0)") and labels[1].endswith("(0)")  # the "decrease" classes are empty, and say so
    assert labels[2].startswith("plus de \u2212") and " à " in labels[2]  # the neutral class straddles zero


def test_palettes_are_distinct_and_sized():
    for k in (5, 6, 7):
        for diverging in (False, True):
            colors = palette(k, diverging)
            assert len(colors) == k == len(set(colors))


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("k", [5, 6, 7])
def test_palettes_read_without_hue(k):
    """Class order must survive colour-blindness and greyscale printing: lightness alone orders the classes."""
    sequential = [luminance(c) for c in palette(k, False)]
    assert all(a > b for a, b in pairwise(sequential))  # light (low) to dark (high), strictly
    assert contrast(palette(k, False)[0], palette(k, False)[-1]) >= 7  # ends far apart
    diverging = [luminance(c) for c in palette(k, True)]
    centre = max(range(k), key=diverging.__getitem__)
    assert centre in (k // 2 - 1, k // 2, k // 2 + 1)  # lightest in the middle (around zero), darker both ways
    assert all(a < b for a, b in pairwise(diverging[: centre + 1]))
    assert all(a > b for a, b in zip(diverging[centre:], diverging[centre + 1 :]))
    assert contrast(MISSING, "#ffffff") >= 1.5 and MISSING not in palette(k, False) + palette(k, True)


def _table(values):
    import pandas as pd

    codes = [f"{i:02d}" for i in range(len(values))]
    return pd.DataFrame(
        {
            "code": codes,
            "name": codes,
            "value": values,
            "status": "ok",
            "source": "x",
            "rank": pd.Series(values).rank(ascending=False),
        }
    )


def test_colour_update_keeps_every_territory_in_code_order_and_names_missing_values():
    import pandas as pd

    table = pd.DataFrame(
        {
            "code": ["c", "b", "a"],
            "name": ["C", "B", "A"],
            "value": [3.0, np.nan, 1234.0],
            "status": ["ok", "secret", "ok"],
            "source": ["demo"] * 3,
            "rank": [2, np.nan, 1],
        }
    )
    update = colour_update(table, [1, 2, 1234], False, "X", "u", 0, "2024-T4")
    assert update["locations"] == ["a", "b", "c"]  # fixed order: a recolour never moves a territory
    assert update["z"] == [2, 0, 2]  # 0 is the grey "missing" class, then 1..k
    assert update["colors"][0] == "#bdbdbd" and len(update["colors"]) == 3
    assert update["customdata"][0] == ["1\u202f234 u", "1"] and "rang %{customdata[1]} sur 2" in update["hovertemplate"]
    assert update["customdata"][1] == ["secret statistique", "—"]
    assert update["legend"][-1] == ("#bdbdbd", "Donnée manquante ou secrète (1)")
    assert update["ticktext"][0].startswith("Donnée manquante") and update["tickvals"] == [0, 1, 2]
    assert update["legend"][0][1] == "de 1 à 2 (0)" and update["legend"][1][1] == "plus de 2 à 1\u202f234 (2)"
    english = colour_update(table, [1, 2, 1234], False, "X", "u", 0, "2024-T4", translator("en"))
    assert (
        english["customdata"][0] == ["1,234 u", "1"]
        and "Q4 2024 · rank %{customdata[1]} of 2" in english["hovertemplate"]
    )
    fig = choropleth("/geo/v/x.geojson", update, "T", "u", "Source : test", standalone=False)
    import plotly.graph_objects as go

    fig = go.Figure(fig)  # the dict is a valid plotly figure
    assert fig.data[0].geojson == "/geo/v/x.geojson"  # shapes are referenced, never embedded
    assert fig.layout.geo.visible is False and len(fig.data) == 1 and fig.data[0].showscale is False
    assert not fig.layout.annotations  # the page shows the source as text
    exported = go.Figure(choropleth("/geo/v/x.geojson", update, "T", "u", "Source : test"))
    assert exported.data[0].showscale and exported.layout.annotations[0].text == "Source : test"


def test_layers_cover_every_commune_and_are_valid(dataset):
    folder = dataset.release / "geo"
    communes = set(dataset.level_table("commune").code)
    national = json.loads((folder / "commune.geojson").read_bytes())
    assert communes - {f["id"] for f in national["features"]} == KNOWN_MISSING_GEOMETRY
    by_dep = set()
    for path in folder.glob("commune-*.geojson"):
        by_dep |= {f["id"] for f in json.loads(path.read_bytes())["features"]}
    assert communes - by_dep == KNOWN_MISSING_GEOMETRY
    for path in sorted(folder.glob("*.geojson")):  # every layer, national and per department
        features = json.loads(path.read_bytes())["features"]
        shapes = shapely.from_geojson([json.dumps(f["geometry"]) for f in features])
        assert shapely.is_valid(shapes).all(), path.name  # no self-intersection after simplification
        assert all(f["properties"]["nom"] for f in features), path.name
    assert len(json.loads((folder / "departement.geojson").read_bytes())["features"]) == 101


def test_geometry_is_served_compressed_and_cacheable(client, dataset):
    url = f"/geo/{dataset.version}/departement.geojson"
    response = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200 and response.headers["Content-Encoding"] == "gzip"
    assert "immutable" in response.headers["Cache-Control"]
    assert json.loads(gzip.decompress(response.data))["type"] == "FeatureCollection"
    again = client.get(url, headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304
    assert client.get("/geo/ancienne/departement.geojson").status_code == 404
    assert client.get(f"/geo/{dataset.version}/..%2Fmanifest.geojson").status_code == 404


def test_map_table_ranks_and_filters(dataset):
    table = map_table(dataset, "taux_chomage_rp", "commune", "2018", "33")
    assert len(table) > 500 and set(table.code.str[:2]) == {"33"}
    assert table.iloc[0]["rank"] == 1 and table.value.iloc[0] == table.value.max()
    change = map_table(dataset, "evolution_demandeurs", "departement", "2024-12")
    gironde = change.set_index("code").loc["33"].value
    now = dataset.point("demandeurs_ae", "departement", "33", "2024-12").value
    before = dataset.point("demandeurs_ae", "departement", "33", "2023-12").value
    assert gironde == pytest.approx(100 * (now - before) / before)


def test_job_seekers_are_mapped_per_100_active_people_and_small_communes_are_not_published(dataset):
    table = map_table(dataset, "demandeurs_pour_100_actifs", "commune", "2024-12", "33").set_index("code")
    active = dataset.point("actifs_1564", "commune", "33063", "2018").value
    assert table.loc["33063"].value == pytest.approx(100 * 33_710 / active)
    assert table.loc["33063"]["count"] == 33_710  # the count itself is in the table, not in the colours
    assert table.loc["33001"].status == "small" and np.isnan(table.loc["33001"].value)


def test_map_table_links_every_territory_to_its_page(client):
    text = page_text(client, "/carte", "?niveau=commune&dep=33")
    assert '"href": "/commune/33063"' in text and '"aria-sort": "ascending"' in text
    assert '"href": "/en/territoire/departement/' in page_text(client, "/en/carte", "?niveau=departement")


def test_map_table_sorts_and_pages_on_the_server(dataset):
    from dashboard.pages.map_table import PAGE_SIZE, normalise_sort, page_of

    table = map_table(dataset, "taux_chomage_rp", "commune", "2018", "33")
    rows, page, pages = page_of(table, normalise_sort({"column": "valeur", "ascending": False, "page": 0}))
    assert rows.value.iloc[0] == table.value.max() and len(rows) == PAGE_SIZE and page == 0
    assert pages == -(-len(table) // PAGE_SIZE)
    last, page, _ = page_of(table, normalise_sort({"column": "nom", "ascending": True, "page": 10_000}))
    assert page == pages - 1 and list(last.name) == sorted(last.name)  # an overshooting page is the last one
    assert normalise_sort({"column": "<script>", "page": -3}) == {"column": "rang", "ascending": True, "page": 0}


def test_map_page_state_from_url(client):
    text = page_text(client, "/carte", "?indicateur=taux_chomage&niveau=region&periode=2020-T2")
    assert "Taux de chômage localisé (INSEE) — Régions, T2 2020" in text
    assert "/geo/" in text and "region.geojson" in text
    hostile = page_text(client, "/carte", "?indicateur=<script>&niveau=planete&periode=hier&dep=../../")
    assert "<script>" not in hostile and "Départements" in hostile


def dash_callback(client, output_start: str, inputs: list, state: list, changed: str) -> dict:
    """Dash's request for the callback whose output starts with ``output_start``; its answer's "response"."""
    deps = client.get("/_dash-dependencies").get_json()
    output = next(d["output"] for d in deps if d["output"].startswith(output_start))
    outputs = [o.split(".") for o in output.strip(".").split("...")]
    body = {
        "output": output,
        "outputs": [{"id": i, "property": p} for i, p in outputs],
        "inputs": [{"id": i, "property": p, "value": v} for i, p, v in inputs],
        "state": [{"id": i, "property": p, "value": v} for i, p, v in state],
        "changedPropIds": [changed],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200
    return response


def recolour_response(client, level: str, dep: str | None, drawn: dict):
    return dash_callback(
        client,
        "..map-canvas-slot.children",
        [
            ("map-period", "value", "2024-06"),
            ("map-dep", "value", dep),
            ("map-method", "value", "jenks"),
            ("map-classes", "value", "7"),
            ("map-low", "value", []),
        ],
        [
            ("map-indicator", "value", "demandeurs_pour_100_actifs"),
            ("map-level", "value", level),
            ("map-drawn", "data", drawn),
            ("map-table-state", "data", None),
        ],
        "map-method.value",
    )


def drawn_map(answer: dict) -> tuple[dict, dict]:
    """The map element the callback sends (its layer's address) and its colours."""
    canvas = next(c for c in answer["map-canvas-slot"]["children"] if c["props"].get("id") == "map-canvas")
    return canvas["props"], json.loads(canvas["props"]["children"]["props"]["children"])


def test_recolour_sends_colours_without_geometry(client, dataset):
    response = recolour_response(client, "departement", None, {"niveau": "departement", "dep": ""})
    answer = response.get_json()["response"]
    drawn, colours = drawn_map(answer)
    assert drawn["data-layer"] == f"/geo/{dataset.version}/departement.geojson"  # fetched once, kept by the page
    assert len(colours["z"]) == len(colours["tips"]) == len(colours["codes"]) == 101 and len(colours["colors"]) == 8
    yvelines = colours["tips"][colours["codes"].index("78")]  # not in the file: a note says so
    assert "non disponible" in colours["notes"][yvelines]
    assert "juin 2024" in colours["title"] and "juin 2024" in answer["map-source"]["children"]
    assert [inset["name"] for inset in colours["insets"]] == [
        "Guadeloupe",
        "Martinique",
        "Guyane",
        "La Réunion",
        "Mayotte",
    ]
    items = answer["map-legend"]["children"][1]["props"]["children"]
    assert len(items) == 8 and "(2)" in json.dumps(items[-1])  # 7 classes, then Yvelines and Mayotte, counted
    assert b"coordinates" not in response.data and len(response.data) < 60_000


def test_new_shapes_name_their_layer(client, dataset):
    response = recolour_response(client, "commune", "33", {"niveau": "departement", "dep": ""})
    drawn, colours = drawn_map(response.get_json()["response"])
    assert drawn["data-layer"] == f"/geo/{dataset.version}/commune-33.geojson" and drawn["data-level"] == "commune"
    assert len(colours["codes"]) > 500 and colours["insets"] == []  # one département: no overseas insets


def test_map_page_starts_its_downloads_early(client, dataset):
    page = client.get("/en/carte?niveau=commune").data.decode()
    layer = f"/geo/{dataset.version}/commune.geojson"
    assert f'<link rel="preload" href="{layer}" as="fetch" crossorigin="anonymous">' in page  # before any script
    assert f'data-layer="{layer}"' in page
    assert "_dash-component-suites" not in page.split('<template id="dash-scripts">')[0]  # the map needs no Dash
    assert 'rel="preload"' not in client.get("/commune/33063").data.decode()


def test_a_map_that_cannot_be_shown_as_asked_says_so(client):
    page = client.get("/carte?indicateur=taux_chomage&niveau=commune&dep=33").get_data(as_text=True)
    notice = re.search(r'<p id="map-notice"[^>]*>([^<]*)</p>', page).group(1)
    assert "n'est pas publié pour le niveau « Communes » : la carte montre le niveau « Départements »" in notice
    assert "la carte montre toute la France" in notice
    english = client.get("/en/carte?indicateur=taux_chomage&niveau=commune").get_data(as_text=True)
    assert "is not published for the level" in english
    plain = client.get("/carte?niveau=commune&dep=33").get_data(as_text=True)
    assert re.search(r'<p id="map-notice"[^>]*></p>', plain)  # nothing to say when the map is what was asked


def test_map_drawing_for_exports_fills_each_class_with_its_legend_colour():
    from dashboard.figures.map_svg import choropleth_svg, layer_paths, project
    from dashboard.figures.svg import WIDE

    square = lambda x, y: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]]  # noqa: E731
    shapes, box = project([("A", square(0, 45)), ("B", square(1, 45)), ("C", square(0, 44))])
    paths, anchors = layer_paths(shapes, box, WIDE)
    svg = choropleth_svg(
        paths,
        anchors,
        {"A": 1, "B": 2},
        ["#bbbbbb", "#111111", "#222222"],
        [("#111111", "de 1 à 2"), ("#222222", "plus de 2 à 3"), ("#bbbbbb", "Donnée manquante (1)")],
        "pour 100 actifs",
        WIDE,
        labels=[("Sud", ["C"])],
    )
    fills = dict(re.findall(r'<path fill="(#\w+)"[^>]* d="([^"]+)"', svg))
    assert fills["#111111"] == paths["A"] and fills["#222222"] == paths["B"] and fills["#bbbbbb"] == paths["C"]
    assert ">de 1 à 2<" in svg and ">Donnée manquante (1)<" in svg and ">Sud<" in svg


def test_map_exports_are_drawn_without_a_browser(client, monkeypatch):
    from dashboard.exports import render

    monkeypatch.setattr(render, "_ensure_kaleido", lambda: pytest.fail("the map must not need kaleido"))
    svg = client.get("/export/carte.svg?niveau=departement&indicateur=taux_chomage").get_data(as_text=True)
    assert "Guadeloupe" in svg and "Mayotte" in svg  # the overseas insets are named
    assert svg.count("<path fill=") >= 5  # one path per class
    png = client.get("/export/carte.png?niveau=commune&dep=33")
    assert png.status_code == 200 and png.data.startswith(b"\x89PNG")


def sync_choices_answer(client, indicator: str, level: str, period: str) -> dict:
    return dash_callback(
        client,
        "..map-level.options",
        [("map-indicator", "value", indicator), ("map-level", "value", level)],
        [
            ("map-period", "value", period),
            ("map-dep", "value", None),
            ("map-drawn", "data", {"niveau": "departement", "dep": "", "lang": "fr"}),
        ],
        "map-level.value",
    ).get_json()["response"]


def test_each_level_opens_on_the_latest_period_published_at_that_level(client, dataset):
    from dashboard.payloads.map import default_period, periods_for

    # INSEE's 2025-T3 département file also gives the 4 single-département overseas régions: régions open on 2024-T3.
    assert periods_for(dataset, "taux_chomage", "region")[-1] == "2025-T3"
    assert default_period(dataset, "taux_chomage", "region") == "2024-T3"
    assert default_period(dataset, "taux_chomage", "departement") == "2025-T3"
    assert default_period(dataset, "taux_chomage", "zone_emploi") == "2023-T3"
    text = page_text(client, "/carte", "?indicateur=taux_chomage&niveau=region")
    assert "Régions, T3 2024" in text and "T3 2025 (4 sur 18 régions)" in text
    answer = sync_choices_answer(client, "taux_chomage", "region", "2025-T3")
    assert answer["map-period"]["value"] == "2024-T3"  # a quarter 4 régions have gives way to the régions' latest
    kept = sync_choices_answer(client, "taux_chomage", "region", "2020-T2")
    assert kept["map-period"]["value"] == "2020-T2"  # a quarter every région has is kept


def test_rates_on_a_small_base_are_flagged_and_left_out_of_ranks_and_extremes(client, dataset):
    from dashboard.charts.map import MapState, canvas_colours, summary_text
    from dashboard.i18n import translator

    table = map_table(dataset, "taux_chomage_rp", "commune", "2018").set_index("code")
    haute_beaume = table.loc["05066"]  # 2 active people, 2 unemployed: 100 %
    assert haute_beaume.low and np.isnan(haute_beaume["rank"]) and haute_beaume.base == pytest.approx(2)
    assert not table.loc["33063"].low and table.loc["33063"]["rank"] > 0
    assert table[table["rank"].notna()].base.min() >= 200
    state = MapState.from_query({"indicateur": "taux_chomage_rp", "niveau": "commune"})
    text = summary_text(map_table(dataset, "taux_chomage_rp", "commune", "2018"), state, translator("fr"))
    assert "100,0" not in text.split(";")[0] and "La Haute-Beaume" not in text
    assert "fiabilité faible [u]" in text and "moins de 200 personnes" in text
    colours = canvas_colours(state, translator("fr"))
    tip = colours["tips"][colours["codes"].index("05066")]
    assert tip[0] == "100,0 % [u] fiabilité faible" and tip[1] == "—"  # shown, flagged, not ranked
    csv = client.get("/export/carte.csv?indicateur=taux_chomage_rp&niveau=commune&dep=05").get_data(as_text=True)
    row = next(line for line in csv.splitlines() if line.startswith("05066"))
    assert "fiabilité faible [u]" in row and "Fiabilité" in csv
    included = MapState.from_query({"indicateur": "taux_chomage_rp", "niveau": "commune", "faibles": "inclus"})
    assert included.to_query()["faibles"] == "inclus"
    page = page_text(client, "/carte", "?indicateur=taux_chomage_rp&niveau=commune&faibles=inclus")
    assert "la plus élevée pour La Haute-Beaume" in page and "sont comprises dans le classement" in page


def test_a_small_base_is_flagged_on_the_commune_page_in_its_exports_and_the_api(client):
    page = client.get("/commune/05066").get_data(as_text=True)  # La Haute-Beaume: 2 active people
    assert "100,0\u00a0% [u] — fiabilité faible : moins de 200 actifs" in page
    assert "[u] fiabilité faible : taux calculé sur moins de 200 actifs." in page
    csv = client.get("/export/recensement.csv?code=05066").get_data(as_text=True)
    assert "Fiabilité" in csv and "fiabilité faible [u]" in csv and "# Source : Source" not in csv
    bordeaux = client.get("/export/recensement.csv?code=33063").get_data(as_text=True)
    assert "fiabilité faible [u]" not in bordeaux
    answer = client.get("/api/v1/observations?indicator=taux_chomage_rp&level=commune&codes=05066,33063").get_json()
    flags = {o["code"]: (o["base"], o["fiabilite_faible"]) for o in answer["observations"]}
    assert flags["05066"] == (2.0, True) and flags["33063"][1] is False
    about = client.get("/a-propos").get_data(as_text=True)
    assert 'id="fiabilite"' in about and "moins de 200 personnes" in about


def test_a_citation_names_the_sources_of_the_values_shown():
    from dashboard.charts import chart_spec

    spec = chart_spec("demandeurs", {"code": "33063"})
    assert "DARES avant 2017" not in spec.citation("https://example.org")  # the series runs from 2020
    per100 = chart_spec("carte", {"indicateur": "demandeurs_pour_100_actifs"})
    assert "INSEE" in per100.source_line  # the denominator's source: active people at the 2018 census
