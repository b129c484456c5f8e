"""Map layers: topology-preserving simplification, insets, quantization.

The commune coverage is simplified once with GEOS coverage simplification
(shared borders are simplified once, so neighbours never gap or overlap),
then dissolved into EPCI, departments and regions with coverage union.
National layers move the overseas departments into insets beside the
metropolitan map; department layers keep true coordinates.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import brotli
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import affinity

from ..domain.map_layout import OVERSEAS_INSETS

# Tolerances in degrees (1e-3 deg ~ 80-110 m in France).
FINE_TOLERANCE = 0.0008
COARSE_TOLERANCE = 0.012  # national commune layer: ~8 points a commune, enough at that scale
LEVEL_TOLERANCE = {"epci": 0.004, "zone_emploi": 0.006, "bassin": 0.006, "departement": 0.008, "region": 0.012}
FINE_DECIMALS, COARSE_DECIMALS = 4, 3


def _simplify(geoms: np.ndarray, tolerance: float) -> np.ndarray:
    return shapely.coverage_simplify(geoms, tolerance, simplify_boundary=True)


def _quantize(geoms: np.ndarray, decimals: int) -> np.ndarray:
    rounded = shapely.set_precision(geoms, 10.0**-decimals, mode="pointwise")
    fixed = shapely.make_valid(rounded, method="structure", keep_collapsed=False)
    return np.where(shapely.is_valid(rounded), rounded, fixed)


def _inset(frame: gpd.GeoDataFrame, dep_column: str) -> gpd.GeoDataFrame:
    out = frame.copy()
    for dep, (lon, lat, scale) in OVERSEAS_INSETS.items():
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
            shapes.append(shapely.union_all(parts, grid_size=10.0**-FINE_DECIMALS))
    return gpd.GeoDataFrame({"code": codes}, geometry=shapes, crs=frame.crs)


def to_geojson(frame: gpd.GeoDataFrame, decimals: int, names: dict[str, str] | None = None) -> bytes:
    """FeatureCollection with id = code and the name as the only property (used by map tooltips)."""
    names = names or {}
    features = []
    for code, geom in zip(frame.code, frame.geometry):
        if geom is None or geom.is_empty:
            continue
        # d3-geo (plotly's geo renderer) wants clockwise exterior rings, the reverse of RFC 7946.
        geometry = json.loads(shapely.to_geojson(shapely.orient_polygons(geom, exterior_cw=True)))
        features.append(
            {"type": "Feature", "id": code, "properties": {"nom": names.get(code, code)}, "geometry": geometry}
        )
    text = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
    return text.encode()


def build_layers(communes: gpd.GeoDataFrame, territories: pd.DataFrame) -> dict[str, gpd.GeoDataFrame]:
    """Returns layer name -> GeoDataFrame(code, geometry, departement)."""
    info = territories[territories.level == "commune"].set_index("code")
    base = communes[communes.code.isin(info.index)].copy()
    base = base.join(info[["departement", "region", "epci", "zone_emploi", "bassin"]], on="code")

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
        dissolved["geometry"] = _quantize(
            _simplify(dissolved.geometry.to_numpy(), LEVEL_TOLERANCE[level]), COARSE_DECIMALS
        )
        layers[level] = dissolved
    return layers


def _write(folder: Path, name: str, payload: bytes, sizes: dict) -> None:
    """The layer plus its precompressed twins, so the server never compresses geometry per request."""
    (folder / name).write_bytes(payload)
    (folder / f"{name}.gz").write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    (folder / f"{name}.br").write_bytes(brotli.compress(payload, quality=11))
    sizes[name] = len(payload)


def write_layers(layers: dict[str, gpd.GeoDataFrame], folder: Path, territories: pd.DataFrame) -> dict[str, int]:
    """Writes one GeoJSON per national layer and per department; returns raw bytes per file."""
    folder.mkdir(parents=True, exist_ok=True)
    sizes: dict[str, int] = {}
    names = {level: dict(zip(group.code, group.name)) for level, group in territories.groupby("level")}
    for level in [
        name for name in ("region", "departement", "zone_emploi", "bassin", "epci", "commune") if name in layers
    ]:
        _write(folder, f"{level}.geojson", to_geojson(layers[level], COARSE_DECIMALS, names.get(level)), sizes)
    fine = layers["communes_fine"]
    for dep, group in fine.groupby("departement"):
        _write(folder, f"commune-{dep}.geojson", to_geojson(group, FINE_DECIMALS, names.get("commune")), sizes)
    return sizes
