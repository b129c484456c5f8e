/* Starts Dash on demand. The page arrives rendered by the server and reads without any script; Dash's own
   scripts wait, inert, in <template id="dash-scripts">. They are loaded when a control that needs Dash is first
   used (an element marked data-needs-dash: a chart toggle, a dropdown, a table button), or at once on the pages
   whose first view needs Dash (<html data-dash="eager">). Dash then renders the same page in the same place,
   and the control that was used is used again, so the click is not lost. */
(function () {
  "use strict";
  var started = false;
  // The ids the server sent, read before any other script of the bundle adds its own (this file comes first).
  var root = document.getElementById("react-entry-point");
  var wanted = root ? Array.prototype.map.call(root.querySelectorAll("[id]"), function (e) { return e.id; }) : [];

  /* Dash renders into a fresh, hidden #react-entry-point laid over the page; the server's view stays on screen
     until Dash's tree is complete, then the two are swapped in one frame: no blank moment, nothing moves. The
     control that started Dash is then used again in Dash's tree. */
  function takeOver(id) {
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
      shown.remove();
      fresh.className = "";
      window.scrollTo(0, top);
      var again = id && document.getElementById(id);
      if (again) {
        setTimeout(function () { again.focus(); again.click(); }, 0);
      } else if (focused && document.getElementById(focused)) {
        document.getElementById(focused).focus();
      }
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
    setTimeout(swap, 15000);  // whatever happens, never two views for long
  }

  function start(trigger) {
    if (started) { return; }
    started = true;
    var template = document.getElementById("dash-scripts");
    if (!template) { return; }
    var sources = Array.prototype.map.call(template.content.querySelectorAll("script[src]"),
                                           function (s) { return s.getAttribute("src"); });
    var pending = sources.length;
    var triggerId = trigger && trigger.id;
    sources.forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false;  // executed in document order: React, the components, then the renderer
      script.onload = script.onerror = function () {
        pending -= 1;
        if (pending === 0 && window.DashRenderer) {
          takeOver(triggerId);
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
  if (document.documentElement.getAttribute("data-dash") === "eager") {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { start(null); });
    } else {
      start(null);
    }
  }
})();
