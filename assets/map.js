/* Recolours the drawn map in place. The server sends, for every territory of the drawn layer and in the
   figure's own order, the class (z), the tooltip texts and the class colours; the outlines stay as they are.
   Going through Plotly.react instead would recompute and redraw every outline: about a second for the
   35,000 communes of France, against a few tens of milliseconds here. */
(function () {
  "use strict";
  var FIELDS = ["z", "customdata", "hovertemplate", "colorscale", "zmax"];

  function drawn(gd) {
    return gd && gd.data && gd.data.length && gd.calcdata && gd.calcdata.length && gd._fullData &&
      gd.querySelector(".choroplethlayer path.choroplethlocation");
  }

  function apply(gd, update) {
    var trace = gd.data[0], full = gd._fullData[0];
    // Only for the layer that is drawn: a figure with other shapes comes whole from the server.
    if (trace.geojson !== update.geojson) { return; }
    if (trace.locations.length !== update.z.length || gd.calcdata[0].length !== update.z.length) {
      // Not the expected layout of the layer: let plotly redraw it (slower, always right).
      window.Plotly.react(gd, [Object.assign({}, trace, pick(update))],
        Object.assign({}, gd.layout, { title: Object.assign({}, gd.layout.title, { text: update.title }) }));
      return;
    }
    FIELDS.forEach(function (key) { trace[key] = update[key]; full[key] = update[key]; });
    gd.calcdata[0].forEach(function (point) { point.z = update.z[point.index]; });  // tooltips and hit colours
    gd.querySelectorAll(".choroplethlayer path.choroplethlocation").forEach(function (path) {
      var point = path.__data__;
      if (point) { path.setAttribute("fill", update.colors[update.z[point.index]] || update.colors[0]); }
    });
    // The title only (a few ms); the source line and legend are page text, updated by the server callback.
    window.Plotly.relayout(gd, { "title.text": update.title });
  }

  function pick(update) {
    var out = {};
    FIELDS.forEach(function (key) { out[key] = update[key]; });
    return out;
  }

  var latest = null;
  function recolour(update) {
    latest = update;
    var tries = 0;
    (function attempt() {
      if (update !== latest) { return; }  // a newer recolour came in
      var gd = document.querySelector("#map-graph .js-plotly-plot");
      if (drawn(gd)) { apply(gd, update); return; }
      if (++tries < 100) { setTimeout(attempt, 100); }  // the first drawing is still under way
    })();
    return window.dash_clientside.no_update;
  }

  /* On /carte, fetch the layer the URL asks for while Dash and plotly are still loading, and hand it to
     plotly's own geometry cache (window.PlotlyGeoAssets, keyed by URL): plotly then neither waits for nor
     parses it again. The URL is the one the server puts in the figure (geojson_url in pages/carte.py). */
  function prefetchGeometry() {
    if (!/^(\/en)?\/carte\/?$/.test(window.location.pathname)) { return; }
    var meta = document.querySelector("meta[name='dataset-version']");
    var version = meta && meta.getAttribute("content");
    if (!version || !/^[0-9a-f]{8,64}$/.test(version)) { return; }
    var query = new URLSearchParams(window.location.search);
    var level = query.get("niveau") || "departement";
    var dep = query.get("dep") || "";
    if (["region", "departement", "zone_emploi", "epci", "commune"].indexOf(level) < 0) { return; }
    var layer = level === "commune" && /^[0-9AB]{2,3}$/.test(dep) ? "commune-" + dep : level;
    var url = "/geo/" + version + "/" + layer + ".geojson";
    var assets = window.PlotlyGeoAssets = window.PlotlyGeoAssets || { topojson: {} };
    if (assets[url]) { return; }
    fetch(url, { credentials: "same-origin" })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
      .then(function (geojson) { assets[url] = geojson; })
      .catch(function () { delete assets[url]; });
  }
  prefetchGeometry();

  window.dash_clientside = Object.assign({}, window.dash_clientside);
  window.dash_clientside.maps = { recolour: recolour };
})();
