"""Map layers: topology-preserving simplification, insets, quantization.

The commune coverage is simplified once with GEOS coverage simplification
(shared borders are simplified once, so neighbours never gap or overlap),
then dissolved into EPCI, departments and regions with coverage union.
National layers move the overseas departments into insets beside the
metropolitan map; department layers keep true coordinates.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import affinity

# Tolerances in degrees (1e-3 deg ~ 80-110 m in France).
FINE_TOLERANCE = 0.0008
COARSE_TOLERANCE = 0.004
LEVEL_TOLERANCE = {"epci": 0.004, "zone_emploi": 0.006, "departement": 0.008, "region": 0.012}
FINE_DECIMALS, COARSE_DECIMALS = 4, 3

# Overseas departments: (target centre lon, lat, scale) for national insets, left of Brittany.
INSETS = {
    "971": (-7.3, 47.7, 1.2),
    "972": (-7.3, 46.3, 1.2),
    "973": (-7.3, 44.4, 0.35),
    "974": (-7.3, 42.7, 1.0),
    "976": (-5.5, 42.3, 1.4),
}


def _simplify(geoms: np.ndarray, tolerance: float) -> np.ndarray:
    return shapely.coverage_simplify(geoms, tolerance, simplify_boundary=True)


def _quantize(geoms: np.ndarray, decimals: int) -> np.ndarray:
    rounded = shapely.set_precision(geoms, 10.0 ** -decimals, mode="pointwise")
    fixed = shapely.make_valid(rounded, method="structure", keep_collapsed=False)
    return np.where(shapely.is_valid(rounded), rounded, fixed)


def _inset(frame: gpd.GeoDataFrame, dep_column: str) -> gpd.GeoDataFrame:
    out = frame.copy()
    for dep, (lon, lat, scale) in INSETS.items():
        mask = out[dep_column] == dep
        if not mask.any():
            continue
        block = shapely.union_all(out.geometry[mask].to_numpy())
        cx, cy = block.centroid.x, block.centroid.y
        out.loc[mask, "geometry"] = [
            affinity.translate(affinity.scale(g, scale, scale, origin=(cx, cy)), lon - cx, lat - cy)
            for g in out.geometry[mask]
        ]
    return out


def _dissolve(frame: gpd.GeoDataFrame, key: str) -> gpd.GeoDataFrame:
    groups = frame.dropna(subset=[key]).groupby(key)
    codes, shapes = [], []
    for code, group in groups:
        codes.append(code)
        parts = group.geometry.to_numpy()
        try:
            shapes.append(shapely.coverage_union_all(parts))
        except shapely.errors.GEOSException:
            # Source shapes may overlap slightly; fall back to an overlay union on a fine grid.
            shapes.append(shapely.union_all(parts, grid_size=10.0 ** -FINE_DECIMALS))
    return gpd.GeoDataFrame({"code": codes}, geometry=shapes, crs=frame.crs)


def to_geojson(frame: gpd.GeoDataFrame, decimals: int) -> bytes:
    features = []
    for code, geom in zip(frame.code, frame.geometry):
        if geom is None or geom.is_empty:
            continue
        geometry = json.loads(shapely.to_geojson(geom))
        features.append({"type": "Feature", "id": code, "properties": {}, "geometry": geometry})
    text = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
    return text.encode()


def build_layers(communes: gpd.GeoDataFrame, territories: pd.DataFrame) -> dict[str, gpd.GeoDataFrame]:
    """Returns layer name -> GeoDataFrame(code, geometry, departement)."""
    info = territories[territories.level == "commune"].set_index("code")
    base = communes[communes.code.isin(info.index)].copy()
    base = base.join(info[["departement", "region", "epci", "zone_emploi"]], on="code")

    fine = base.copy()
    fine["geometry"] = _quantize(_simplify(base.geometry.to_numpy(), FINE_TOLERANCE), FINE_DECIMALS)

    coarse = base.copy()
    coarse["geometry"] = _simplify(base.geometry.to_numpy(), COARSE_TOLERANCE)
    layers: dict[str, gpd.GeoDataFrame] = {"communes_fine": fine}

    national = _inset(coarse, "departement")
    national["geometry"] = _quantize(national.geometry.to_numpy(), COARSE_DECIMALS)
    layers["commune"] = national

    source = _inset(fine, "departement")
    for level in LEVEL_TOLERANCE:
        if source[level].isna().all():
            continue
        dissolved = _dissolve(source, level)
        dissolved["geometry"] = _quantize(_simplify(dissolved.geometry.to_numpy(), LEVEL_TOLERANCE[level]),
                                          COARSE_DECIMALS)
        layers[level] = dissolved
    return layers


def write_layers(layers: dict[str, gpd.GeoDataFrame], folder: Path) -> dict[str, int]:
    """Writes one GeoJSON per national layer and per department; returns bytes per file."""
    folder.mkdir(parents=True, exist_ok=True)
    sizes = {}
    for level in [name for name in ("region", "departement", "zone_emploi", "epci", "commune") if name in layers]:
        payload = to_geojson(layers[level], COARSE_DECIMALS)
        (folder / f"{level}.geojson").write_bytes(payload)
        sizes[f"{level}.geojson"] = len(payload)
    fine = layers["communes_fine"]
    for dep, group in fine.groupby("departement"):
        payload = to_geojson(group, FINE_DECIMALS)
        (folder / f"commune-{dep}.geojson").write_bytes(payload)
        sizes[f"commune-{dep}.geojson"] = len(payload)
    return sizes
