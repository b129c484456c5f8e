"""Map building blocks: class breaks, palettes, layers, the figure, the recolour callback."""

import gzip
import json

import numpy as np
import pytest
import shapely

from dashboard.figures.choropleth import choropleth, colour_update
from dashboard.maps.classify import breaks_for, classify, equal_breaks, jenks_breaks, quantile_breaks
from dashboard.maps.palettes import palette
from dashboard.payloads.map import MAP_INDICATORS, map_table
from tests.conftest import page_text

KNOWN_MISSING_GEOMETRY = {"15031", "15035", "15047", "15171"}


def test_breaks():
    values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert equal_breaks(values, 3) == [1, 4, 7, 10]
    assert quantile_breaks(values, 2) == [1, 5.5, 10]
    assert jenks_breaks([1, 1, 2, 2, 10, 11, 12, 50, 51], 3) == [1, 2, 12, 51]
    assert breaks_for("egal", [-2, 1, 4], 2, diverging=True) == [-4, 0, 4]
    assert list(classify([1, 4, 9.9, 10, np.nan], [1, 4, 7, 10])) == [0, 1, 2, 2, -1]


def test_palettes_are_distinct_and_sized():
    for k in (5, 6, 7):
        for diverging in (False, True):
            colors = palette(k, diverging)
            assert len(colors) == k == len(set(colors))


def test_colour_update_separates_missing_values():
    import pandas as pd
    table = pd.DataFrame({"code": ["a", "b", "c"], "name": ["A", "B", "C"], "value": [1.0, np.nan, 3.0],
                          "status": ["ok", "secret", "ok"], "source": ["demo"] * 3, "rank": [2, np.nan, 1]})
    update = colour_update(table, [1, 2, 3], False, "X", "u", 0, "2024-T4")
    assert update["locations"] == ["a", "c"] and update["missing_locations"] == ["b"]
    assert update["missing_customdata"] == [["secret statistique"]]
    assert update["ticktext"] == ["1 – 2", "2 – 3"]
    fig = choropleth("/geo/v/x.geojson", update, "T", "u", "Source : test")
    assert fig.data[0].geojson == "/geo/v/x.geojson"  # shapes are referenced, never embedded
    assert fig.layout.geo.visible is False


def test_layers_cover_every_commune_and_are_valid(dataset):
    folder = dataset.release / "geo"
    communes = set(dataset.level_table("commune").code)
    national = json.loads((folder / "commune.geojson").read_bytes())
    assert communes - {f["id"] for f in national["features"]} == KNOWN_MISSING_GEOMETRY
    by_dep = set()
    for path in folder.glob("commune-*.geojson"):
        by_dep |= {f["id"] for f in json.loads(path.read_bytes())["features"]}
    assert communes - by_dep == KNOWN_MISSING_GEOMETRY
    for name in ("departement.geojson", "region.geojson", "commune-33.geojson"):
        features = json.loads((folder / name).read_bytes())["features"]
        shapes = shapely.from_geojson([json.dumps(f["geometry"]) for f in features])
        assert shapely.is_valid(shapes).all(), name
        assert all(f["properties"]["nom"] for f in features)
    assert len(json.loads((folder / "departement.geojson").read_bytes())["features"]) == 101


def test_geometry_is_served_compressed_and_cacheable(client, dataset):
    url = f"/geo/{dataset.version}/departement.geojson"
    response = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200 and response.headers["Content-Encoding"] == "gzip"
    assert "immutable" in response.headers["Cache-Control"]
    assert json.loads(gzip.decompress(response.data))["type"] == "FeatureCollection"
    again = client.get(url, headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304
    assert client.get(f"/geo/ancienne/departement.geojson").status_code == 404
    assert client.get(f"/geo/{dataset.version}/..%2Fmanifest.geojson").status_code == 404


def test_map_table_ranks_and_filters(dataset):
    table = map_table(dataset, "demandeurs_abc", "commune", "2025-T4", "33")
    assert len(table) > 500 and set(table.code.str[:2]) == {"33"}
    assert table.iloc[0].code == "33063" and table.iloc[0]["rank"] == 1
    change = map_table(dataset, "evolution_abc", "departement", "2025-T4")
    gironde = change.set_index("code").loc["33"].value
    now = dataset.point("demandeurs_abc", "departement", "33", "2025-T4").value
    before = dataset.point("demandeurs_abc", "departement", "33", "2024-T4").value
    assert gironde == pytest.approx(100 * (now - before) / before)


def test_map_page_state_from_url(client):
    text = page_text(client, "/carte", "?indicateur=taux_chomage&niveau=region&periode=2024-T2")
    assert "Taux de chômage localisé — Régions, T2 2024" in text
    assert "/geo/" in text and "region.geojson" in text
    hostile = page_text(client, "/carte", "?indicateur=<script>&niveau=planete&periode=hier&dep=../../")
    assert "<script>" not in hostile and "Départements" in hostile


def test_recolour_sends_a_patch_without_geometry(client):
    deps = client.get("/_dash-dependencies").get_json()
    output = next(d["output"] for d in deps if d["output"].startswith("..map-graph.figure"))
    body = {"output": output, "outputs": [{"id": i, "property": p} for i, p in (
        ("map-graph", "figure"), ("map-table", "data"), ("map-table", "columns"), ("map-source", "children"),
        ("map-summary", "children"), ("map-drawn", "data"), ("map-share", "children"))],
        "inputs": [{"id": "map-period", "property": "value", "value": "2024-T4"},
                   {"id": "map-dep", "property": "value", "value": None},
                   {"id": "map-method", "property": "value", "value": "jenks"},
                   {"id": "map-classes", "property": "value", "value": "7"}],
        "state": [{"id": "map-indicator", "property": "value", "value": "demandeurs_abc"},
                  {"id": "map-level", "property": "value", "value": "departement"},
                  {"id": "map-drawn", "property": "data", "value": {"niveau": "departement", "dep": ""}}],
        "changedPropIds": ["map-method.value"]}
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200
    figure = response.get_json()["response"]["map-graph"]["figure"]
    assert figure["__dash_patch_update"] == "__dash_patch_update"
    assert b"coordinates" not in response.data and len(response.data) < 60_000
