/* Reads a map layer (our GeoJSON) off the main thread: parses it and projects it (spherical Mercator, in
   degrees) into flat typed arrays that travel back without copy. The page then only builds its Path2D objects
   and paints. Message in: the layer's bytes (an ArrayBuffer); out: codes, names, coordinates, ring and feature
   ends, and each feature's bounding box. */
"use strict";
var RAD = Math.PI / 180;

self.onmessage = function (event) {
  try {
    var geojson = JSON.parse(new TextDecoder().decode(event.data));
    var features = geojson.features.filter(function (f) { return f.geometry; });
    var points = 0, rings = 0;
    var polygonsOf = features.map(function (f) {
      var polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      polygons.forEach(function (polygon) {
        polygon.forEach(function (ring) { rings += 1; points += ring.length; });
      });
      return polygons;
    });
    var xy = new Float64Array(points * 2), ringEnd = new Uint32Array(rings);
    var featureEnd = new Uint32Array(features.length), boxes = new Float64Array(features.length * 4);
    var p = 0, r = 0;
    polygonsOf.forEach(function (polygons, i) {
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      polygons.forEach(function (polygon) {
        polygon.forEach(function (ring) {
          for (var k = 0; k < ring.length; k++) {
            var x = ring[k][0], y = Math.log(Math.tan(Math.PI / 4 + ring[k][1] * RAD / 2)) / RAD;
            xy[p++] = x;
            xy[p++] = y;
            if (x < x0) { x0 = x; }
            if (y < y0) { y0 = y; }
            if (x > x1) { x1 = x; }
            if (y > y1) { y1 = y; }
          }
          ringEnd[r++] = p / 2;
        });
      });
      featureEnd[i] = r;
      boxes.set([x0, y0, x1, y1], i * 4);
    });
    self.postMessage({
      codes: features.map(function (f) { return String(f.id); }),
      names: features.map(function (f) { return (f.properties || {}).nom || String(f.id); }),
      xy: xy, ringEnd: ringEnd, featureEnd: featureEnd, boxes: boxes
    }, [xy.buffer, ringEnd.buffer, featureEnd.buffer, boxes.buffer]);
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
