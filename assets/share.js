/* "Copier le lien", "Copier le code", "Copier la citation": clipboard with a spoken confirmation. */
(function () {
  "use strict";
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    var area = document.createElement("textarea");
    area.value = text; area.setAttribute("readonly", ""); area.style.position = "absolute"; area.style.left = "-9999px";
    document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest(".js-copy");
    if (!button) { return; }
    var text = button.dataset.copyUrl ? window.location.href
      : (document.getElementById(button.dataset.copyFrom) || {}).textContent || "";
    var menu = button.closest(".share-menu");
    var status = menu ? menu.querySelector(".copy-status") : null;
    copy(text).then(function () {
      button.dataset.copied = text;
      if (status) {
        status.textContent = document.documentElement.lang === "en" ? "Copied to the clipboard." : "Copié dans le presse-papiers.";
      }
    });
  });
})();
