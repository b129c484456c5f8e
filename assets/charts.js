/* Values under the pointer, and from the keyboard, for the charts drawn on the server (svg[data-chart]).
   Arrow keys move along the periods, Home/End jump to the ends, Escape hides the values (WCAG 1.4.13); the
   values are also spoken through the chart's status line. Text is set with textContent only. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";

  function shown(container) {
    var svgs = container.querySelectorAll("svg[data-chart]");
    for (var i = 0; i < svgs.length; i++) {
      if (svgs[i].getBoundingClientRect().width > 0) { return svgs[i]; }
    }
    return null;
  }
  function data(svg) {
    if (!svg.__chart) { svg.__chart = JSON.parse(svg.getAttribute("data-chart")); }
    return svg.__chart;
  }
  function nearest(xs, x) {
    var lo = 0, hi = xs.length - 1;
    while (hi - lo > 1) { var mid = (lo + hi) >> 1; if (xs[mid] < x) { lo = mid; } else { hi = mid; } }
    return Math.abs(xs[lo] - x) <= Math.abs(xs[hi] - x) ? lo : hi;
  }

  function setup(container) {
    if (container.dataset.tipReady) { return; }
    container.dataset.tipReady = "1";
    var tip = document.createElement("div");
    tip.className = "chart-tip";
    tip.hidden = true;
    tip.setAttribute("aria-hidden", "true");
    container.appendChild(tip);
    var figure = container.closest("figure");
    var readout = figure && figure.querySelector(".chart-readout");
    var index = -1;

    function hide() {
      tip.hidden = true;
      container.querySelectorAll(".chart-guide").forEach(function (g) { g.remove(); });
    }
    function show(i, speak) {
      var svg = shown(container);
      if (!svg || !svg.hasAttribute("data-chart")) { return; }
      var d = data(svg);
      index = Math.max(0, Math.min(d.x.length - 1, i));
      container.querySelectorAll(".chart-guide").forEach(function (g) { g.remove(); });
      var guide = document.createElementNS(NS, "line");
      guide.setAttribute("class", "chart-guide");
      guide.setAttribute("x1", d.x[index]); guide.setAttribute("x2", d.x[index]);
      guide.setAttribute("y1", d.top); guide.setAttribute("y2", d.bottom);
      guide.setAttribute("stroke", "#1e1e1e"); guide.setAttribute("stroke-width", "1");
      svg.appendChild(guide);
      tip.textContent = "";
      var head = document.createElement("strong");
      head.textContent = d.labels[index];
      tip.appendChild(head);
      var spoken = [d.labels[index]];
      d.series.forEach(function (s) {
        var value = s.values[index];
        var row = document.createElement("div");
        var swatch = document.createElement("span");
        swatch.className = "swatch-line";
        swatch.style.background = s.colour;
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(s.name + " : " + (value === null ? "—" : value)));
        tip.appendChild(row);
        spoken.push(s.name + " " + (value === null ? "—" : value));
      });
      tip.hidden = false;
      var box = svg.getBoundingClientRect(), frame = container.getBoundingClientRect();
      var scale = box.width / svg.viewBox.baseVal.width;
      var left = box.left - frame.left + d.x[index] * scale + 12;
      if (left + tip.offsetWidth > frame.width) { left = Math.max(0, left - tip.offsetWidth - 24); }
      tip.style.left = left + "px";
      tip.style.top = (box.top - frame.top + d.top * scale) + "px";
      if (speak && readout) { readout.textContent = spoken.join(" ; "); }
    }

    container.addEventListener("pointermove", function (event) {
      var svg = shown(container);
      if (!svg || !svg.hasAttribute("data-chart")) { return; }
      var box = svg.getBoundingClientRect();
      var x = (event.clientX - box.left) * svg.viewBox.baseVal.width / box.width;
      show(nearest(data(svg).x, x), false);
    });
    container.addEventListener("pointerleave", hide);
    container.addEventListener("blur", hide);
    container.addEventListener("keydown", function (event) {
      var svg = shown(container);
      if (!svg || !svg.hasAttribute("data-chart")) { return; }
      var last = data(svg).x.length - 1;
      var moves = { ArrowRight: index + 1, ArrowLeft: index < 0 ? last : index - 1, Home: 0, End: last };
      if (event.key in moves) {
        event.preventDefault();
        show(moves[event.key], true);
      } else if (event.key === "Escape" && !tip.hidden) {
        event.preventDefault();
        hide();
      }
    });
  }

  function scan() { document.querySelectorAll(".chart").forEach(setup); }
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", scan); } else { scan(); }
})();
