/* Draws the embedded chart from its inline JSON (no inline script, CSP-friendly). */
(function () {
  var node = document.getElementById("figure");
  if (!node || !window.Plotly) { return; }
  var fig = JSON.parse(node.textContent);
  fig.layout = fig.layout || {};
  fig.layout.autosize = true;
  delete fig.layout.width;
  window.Plotly.newPlot("chart", fig.data, fig.layout,
    { responsive: true, displaylogo: false, topojsonURL: "/assets/topojson/" });
})();
