/* Keyboard and screen-reader fixes for Dash 4's dropdown.
   - Its button has tabindex=-1 and a hidden input (aria-hidden, tabindex=0) stands in the tab order only to
     pass focus on to the button: screen readers would land on a nameless hidden field (axe:
     aria-hidden-focus), and once the input has passed focus on it leaves the tab order for good. Here the
     button itself is the single tab stop.
   - The button is named by its current value only; the visible <label for> is added to its name. */
(function () {
  "use strict";
  function fix() {
    document.querySelectorAll(".dash-dropdown-wrapper").forEach(function (wrapper) {
      var relay = wrapper.querySelector(".dash-dropdown-focus-target");
      var button = wrapper.querySelector("button.dash-dropdown");
      if (relay && relay.tabIndex !== -1) { relay.tabIndex = -1; }
      if (!button) { return; }
      if (button.tabIndex !== 0 && !button.disabled) { button.tabIndex = 0; }
      var label = button.id && document.querySelector("label[for='" + CSS.escape(button.id) + "']");
      if (label) {
        if (!label.id) { label.id = button.id + "-label"; }
        var names = (button.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
        if (names[0] !== label.id) {
          button.setAttribute("aria-labelledby", [label.id].concat(names.filter(function (n) { return n !== label.id; })).join(" "));
        }
      }
    });
  }
  new MutationObserver(fix).observe(document.documentElement, {
    childList: true, subtree: true, attributes: true, attributeFilter: ["tabindex", "aria-labelledby"] });
  fix();
})();
