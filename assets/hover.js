/* WCAG 1.4.13: a chart's hover label can be dismissed with Escape, without moving the pointer. */
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !window.Plotly || !window.Plotly.Fx) { return; }
    document.querySelectorAll(".js-plotly-plot").forEach(function (graph) {
      if (graph.querySelector(".hoverlayer *")) { window.Plotly.Fx.unhover(graph); }
    });
  });
})();
