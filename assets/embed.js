/* Draws the embedded chart from its inline JSON (no inline script, CSP-friendly). */
(function () {
  var node = document.getElementById("figure");
  if (!node || !window.Plotly) { return; }
  var fig = JSON.parse(node.textContent);
  fig.layout = fig.layout || {};
  fig.layout.autosize = true;
  delete fig.layout.width;
  var config = { responsive: true, displaylogo: false, topojsonURL: "/assets/topojson/" };
  var locale = document.getElementById("plotly-locale");
  if (locale) {
    var spec = JSON.parse(locale.textContent);
    window.Plotly.register({ moduleType: "locale", name: "fr", dictionary: spec.dictionary, format: spec.format });
    config.locale = "fr";
  }
  window.Plotly.newPlot("chart", fig.data, fig.layout, config);
})();
