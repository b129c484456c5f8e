/* Starts Dash on demand. The page arrives rendered by the server and reads without any script; Dash's own
   scripts wait, inert, in <template id="dash-scripts">. They are loaded when a control that needs Dash is first
   used (an element marked data-needs-dash: a chart toggle, a dropdown, a table button). Dash then renders the
   same page in the same place, and the control that was used is used again, so the click is not lost. */
(function () {
  "use strict";
  var started = false, swapped = false;
  var replays = [];  // the controls used before Dash's view is shown, in order: used again in Dash's tree
  // The ids the server sent, read before any other script of the bundle adds its own (this file comes first).
  var root = document.getElementById("react-entry-point");
  var wanted = root ? Array.prototype.map.call(root.querySelectorAll("[id]"), function (e) { return e.id; }) : [];

  /* Dash renders into a fresh, hidden #react-entry-point laid over the page; the server's view stays on screen
     until Dash's tree is complete, then the two are swapped in one frame: no blank moment, nothing moves. The
     controls used before the swap (the one that started Dash, and any used while it was loading) are then used
     again in Dash's tree, in the same order. */
  // What the reader changed in the server's view lives on in Dash's: open sections, typed text.
  function carryOver(from, to) {
    var before = from.querySelectorAll("details"), after = to.querySelectorAll("details");
    for (var i = 0; i < Math.min(before.length, after.length); i++) { after[i].open = before[i].open; }
    from.querySelectorAll("input[id]").forEach(function (input) {
      var twin = document.getElementById(input.id) === input ? to.querySelector("[id='" + CSS.escape(input.id) + "']")
        : null;
      if (twin && twin.value !== input.value && input.type !== "hidden") { twin.value = input.value; }
    });
  }

  function takeOver() {
    var shown = document.getElementById("react-entry-point");
    var fresh = document.createElement("div");
    shown.id = "server-view";
    fresh.id = "react-entry-point";
    fresh.className = "dash-rendering";
    shown.parentNode.insertBefore(fresh, shown.nextSibling);
    var done = false;
    function swap() {
      if (done) { return; }
      done = true;
      watcher.disconnect();
      var focused = document.activeElement && shown.contains(document.activeElement) ? document.activeElement.id : null;
      var top = window.scrollY;
      carryOver(shown, fresh);
      shown.remove();
      fresh.className = "";
      swapped = true;
      window.scrollTo(0, top);
      var focusedThere = focused && document.getElementById(focused);
      if (focusedThere) { focusedThere.focus(); }
      replays.forEach(function (id, k) {
        setTimeout(function () {  // one at a time: each callback sees what the one before it did
          var again = document.getElementById(id);
          if (again) { again.focus(); again.click(); }
        }, 250 * k);
      });
    }
    // Complete = every element the server sent is in Dash's tree too (Dash loads some components, such as its
    // dropdowns, a moment after the rest of the page).
    function complete() {
      var present = {};
      fresh.querySelectorAll("[id]").forEach(function (e) { present[e.id] = true; });
      return wanted.every(function (name) { return present[name]; });
    }
    var watcher = new MutationObserver(function () {
      if (complete()) {
        requestAnimationFrame(function () { requestAnimationFrame(swap); });
      }
    });
    watcher.observe(fresh, { childList: true, subtree: true });
    setTimeout(function fallback() {
      // Whatever happens, never two views for long: after 15 s Dash's view is shown as soon as it has content
      // (never an empty page, however slow the machine).
      if (done) { return; }
      if (fresh.querySelector("h1")) { swap(); } else { setTimeout(fallback, 500); }
    }, 15000);
  }

  function start(trigger) {
    if (!swapped && trigger && trigger.id && replays[replays.length - 1] !== trigger.id) { replays.push(trigger.id); }
    if (started) { return; }
    started = true;
    var template = document.getElementById("dash-scripts");
    if (!template) { return; }
    var sources = Array.prototype.map.call(template.content.querySelectorAll("script[src]"),
                                           function (s) { return s.getAttribute("src"); });
    var pending = sources.length;
    sources.forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false;  // executed in document order: React, the components, then the renderer
      script.onload = script.onerror = function () {
        pending -= 1;
        if (pending === 0 && window.DashRenderer) {
          takeOver();
          window.dashRenderer = new window.DashRenderer();
        }
      };
      document.body.appendChild(script);
    });
  }

  function needsDash(event) {
    var target = event.target && event.target.closest && event.target.closest("[data-needs-dash]");
    if (target) { start(target); }
  }
  document.addEventListener("pointerdown", needsDash, true);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" || event.key === " ") { needsDash(event); }
  }, true);
  window.emploiStartDash = start;
})();
