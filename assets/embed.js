/* Draws the embedded chart from its inline JSON (no inline script, CSP-friendly), then tells the embedding page
   how tall it is (assets/embed-resize.js on that page sets the frame's height; nothing happens without it). */
(function () {
  var node = document.getElementById("figure");
  if (!node || !window.Plotly) { return; }
  var fig = JSON.parse(node.textContent);
  fig.layout = fig.layout || {};
  fig.layout.autosize = true;
  delete fig.layout.width;
  var config = { responsive: true, displaylogo: false, topojsonURL: "/assets/topojson/",
                 modeBarButtonsToRemove: ["sendChartToCloud", "sendDataToCloud", "editInChartStudio", "lasso2d", "select2d"] };
  var locale = document.getElementById("plotly-locale");
  if (locale) {
    var spec = JSON.parse(locale.textContent);
    window.Plotly.register({ moduleType: "locale", name: "fr", dictionary: spec.dictionary, format: spec.format });
    config.locale = "fr";
  }
  var chart = document.getElementById("chart");
  if (fig.layout.height) { chart.style.height = fig.layout.height + "px"; }
  function tell() {
    if (window.parent === window) { return; }
    window.parent.postMessage({ type: "emploi-territoires:size",
                                height: document.documentElement.scrollHeight }, "*");
  }
  window.Plotly.newPlot("chart", fig.data, fig.layout, config).then(tell);
  if (window.ResizeObserver) { new ResizeObserver(tell).observe(document.body); }
  window.addEventListener("load", tell);
})();
