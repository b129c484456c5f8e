/* For pages that embed an Emploi-Territoires chart: gives each embedded chart the height of its content.
   Include once, after the <iframe data-emploi-territoires …> elements:
     <script src="https://…/assets/embed-resize.js" async></script>
   Each embedded page posts its height ({type: "emploi-territoires:size", height}); only the frame that sent the
   message, from the address it was loaded from, is resized. Without this script the frame keeps its fixed height. */
(function () {
  "use strict";
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "emploi-territoires:size" || typeof data.height !== "number") { return; }
    var frames = document.querySelectorAll("iframe[data-emploi-territoires]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      var origin;
      try { origin = new URL(frame.src, window.location.href).origin; } catch (e) { continue; }
      if (frame.contentWindow === event.source && origin === event.origin) {
        frame.style.height = Math.round(Math.min(Math.max(data.height, 120), 4000)) + "px";
      }
    }
  });
})();
