/* The browser half of dashboard/components: plain functions on window.emploi_components, found by Dash's
   renderer through each component's namespace. React is only needed once Dash has started. */
(function () {
  "use strict";
  function InlineSvg(props) {
    var attributes = { id: props.id, className: props.className, dangerouslySetInnerHTML: { __html: props.markup || "" } };
    Object.keys(props).forEach(function (key) {
      if (key.indexOf("data-") === 0 || key.indexOf("aria-") === 0) { attributes[key] = props[key]; }
    });
    return window.React.createElement("div", attributes);
  }
  window.emploi_components = Object.assign(window.emploi_components || {}, { InlineSvg: InlineSvg });
})();
