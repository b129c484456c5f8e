/* Search-as-you-type: an ARIA 1.2 combobox over /api/v1/search.
   Works for every element with class "js-search" (header, home page, 404 page).
   Suggestions are built with textContent only: no user text is ever parsed as HTML. */
(function () {
  "use strict";
  var TEXTS = {
    fr: { hint: "Essayez un code postal à 5 chiffres, ex. 33000.", none: "Aucune commune ne correspond à « %s ». ",
          shared: "%n communes ont le code postal %s :", sharedOne: "Code postal %s :", insee: "Code INSEE %s :",
          near: "Aucune commune ne s'appelle « %s » ; les noms les plus proches :", one: " suggestion",
          many: " suggestions", choose: " pour ce code postal, choisissez votre commune.",
          down: "La recherche est momentanément indisponible.", inhabitants: " hab.", locale: "fr-FR" },
    en: { hint: "Try a 5-digit postcode, e.g. 33000.", none: "No commune matches “%s”. ",
          shared: "%n communes have the postcode %s:", sharedOne: "Postcode %s:", insee: "INSEE code %s:",
          near: "No commune is called “%s”; the closest names:", one: " suggestion", many: " suggestions",
          choose: " for this postcode, choose your commune.", down: "Search is temporarily unavailable.",
          inhabitants: " inhab.", locale: "en-GB" }
  };
  function lang() { return document.documentElement.lang === "en" ? "en" : "fr"; }
  function text(key) { return TEXTS[lang()][key]; }

  function describe(hit) {
    var bits = [hit.departement_nom + " (" + hit.departement + ")"];
    if (hit.codes_postaux && hit.codes_postaux.length) {
      bits.push(hit.codes_postaux.slice(0, 3).join(", ") + (hit.codes_postaux.length > 3 ? "…" : ""));
    }
    if (hit.population) { bits.push(hit.population.toLocaleString(text("locale")) + text("inhabitants")); }
    return bits.join(" · ");
  }

  function go(code) {
    // Every page is rendered by the server: a plain navigation is the fastest way to it.
    window.location.assign((lang() === "en" ? "/en" : "") + "/commune/" + encodeURIComponent(code));
  }

  function attach(root) {
    var input = root.querySelector("input");
    var list = root.querySelector("[role=listbox]");
    var status = root.querySelector("[role=status]");
    if (!input || !list || input.dataset.searchReady) { return; }
    input.dataset.searchReady = "1";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-autocomplete", "list");
    var hits = [], active = -1, seq = 0, timer = null, lastQuery = "";

    function close() {
      list.hidden = true; active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function highlight(i) {
      var items = list.querySelectorAll("[role=option]");
      items.forEach(function (el, k) { el.setAttribute("aria-selected", k === i ? "true" : "false"); });
      active = i;
      if (i >= 0 && items[i]) {
        input.setAttribute("aria-activedescendant", items[i].id);
        items[i].scrollIntoView({ block: "nearest" });
      }
    }
    function render(query, results) {
      hits = results; list.textContent = ""; active = -1;
      if (!results.length) {
        close();
        status.textContent = query.length >= 2 ? text("none").replace("%s", function () { return query; }) + text("hint") : "";
        return;
      }
      var byPostcode = results.filter(function (h) { return h.correspondance === "code_postal"; });
      var postcode = (query.match(/\d{5}/) || [""])[0];
      var sharedPostcode = /^\d{5}$/.test(query) && byPostcode.length > 1;
      function group(words) {
        var head = document.createElement("li");
        head.setAttribute("role", "presentation");
        head.className = "search-group";
        head.textContent = words;
        list.appendChild(head);
      }
      var last = null;
      results.forEach(function (hit, i) {
        // Each hit says what matched: a group heading is written when that changes.
        if (hit.correspondance !== last) {
          last = hit.correspondance;
          if (last === "code_postal" && postcode) {
            group(byPostcode.length > 1 ? text("shared").replace("%n", byPostcode.length.toLocaleString(text("locale")))
              .replace("%s", function () { return postcode; }) : text("sharedOne").replace("%s", postcode));
          } else if (last === "code_insee" && i > 0) {
            group(text("insee").replace("%s", function () { return hit.code; }));
          } else if (last === "nom_approche") {
            group(text("near").replace("%s", function () { return query; }));
          }
        }
        var li = document.createElement("li");
        li.id = root.id + "-opt-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.dataset.code = hit.code;
        var name = document.createElement("span");
        name.className = "search-name"; name.textContent = hit.nom;
        var meta = document.createElement("span");
        meta.className = "search-meta"; meta.textContent = describe(hit);
        li.appendChild(name); li.appendChild(meta);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = results.length + (results.length > 1 ? text("many") : text("one")) +
        (sharedPostcode ? text("choose") : ".");
    }
    function choose(i) {
      var hit = hits[i];
      if (!hit) { return; }
      close(); input.value = ""; status.textContent = "";
      go(hit.code);
    }
    function fetchHits(query) {
      var mine = ++seq;
      return fetch("/api/v1/search?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (results) { if (mine === seq) { render(query, results); } return results; })
        .catch(function () { if (mine === seq) { status.textContent = text("down"); } return []; });
    }
    input.addEventListener("input", function () {
      var query = input.value.trim();
      lastQuery = query;
      clearTimeout(timer);
      if (!query) { close(); status.textContent = ""; return; }
      timer = setTimeout(function () { fetchHits(query); }, 60);
    });
    input.addEventListener("keydown", function (e) {
      var count = hits.length;
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (list.hidden && count) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
        if (count) { highlight((active + 1) % count); }
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        if (count) { highlight(active <= 0 ? count - 1 : active - 1); }
      } else if (e.key === "Escape") {
        if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ""; status.textContent = ""; }
      } else if (e.key === "Enter") {
        e.preventDefault();
        var query = input.value.trim();
        if (!query) { return; }
        clearTimeout(timer);
        if (active >= 0) { choose(active); return; }
        var pending = (query === lastQuery && hits.length && !list.hidden) ? Promise.resolve(hits) : fetchHits(query);
        pending.then(function (results) {
          // One unambiguous answer: go. Several (shared postcode, homonyms): let the person choose.
          var exactPostcode = /^\d{5}$/.test(query);
          if (results.length === 1 || (!exactPostcode && results.length && isExact(query, results))) {
            hits = results; choose(0);
          } else if (results.length) {
            highlight(0);
          }
        });
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
    // On a phone the keyboard takes the lower half of the screen: bring the box to the top so that its
    // suggestions show between the box and the keyboard.
    input.addEventListener("focus", function () {
      if (window.matchMedia("(max-width: 40rem)").matches) {
        setTimeout(function () { root.scrollIntoView({ block: "start", behavior: "smooth" }); }, 250);
      }
    });
  }

  function isExact(query, results) {
    var q = query.toUpperCase();
    if (results[0].code === q) { return true; }
    var fold = function (s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim(); };
    return fold(results[0].nom) === fold(query) && (results.length < 2 || fold(results[1].nom) !== fold(query));
  }

  function scan() { document.querySelectorAll(".js-search").forEach(function (root, i) {
    if (!root.id) { root.id = "search-" + i; } attach(root); }); }
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", scan);
})();
