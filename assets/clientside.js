/* Clientside callbacks (referenced from Python by ClientsideFunction("emploi", name)). */
(function () {
  "use strict";
  var noUpdate = function () { return window.dash_clientside.no_update; };
  var prefix = function () { return window.location.pathname.indexOf("/en/") === 0 ? "/en" : ""; };

  var emploi = {
    /* The chart mode of a territory page, kept in the address (?serie=indice). */
    series_url: function (mode) {
      var url = new URL(window.location.href);
      if (mode && mode !== "niveau") { url.searchParams.set("serie", mode); } else { url.searchParams.delete("serie"); }
      window.history.replaceState(null, "", url.pathname + url.search);
      return noUpdate();
    },
    /* The map's state, kept in the address, so that a link or a reload shows the same map. */
    map_url: function (indicator, level, period, dep, method, classes, low) {
      var params = new URLSearchParams({ indicateur: indicator || "", niveau: level || "", periode: period || "",
                                         methode: method || "", classes: classes || "" });
      if (dep) { params.set("dep", dep); }
      if (low && low.length) { params.set("faibles", low[0]); }
      var target = prefix() + "/carte?" + params.toString();
      if (target !== window.location.pathname + window.location.search) {
        window.history.replaceState(window.history.state, "", target);
      }
      return noUpdate();
    },
    /* A click on the map: a département opens its communes (a new history entry, so Back returns to
       France); any other territory opens its page. */
    map_click: function (click, level) {
      var nu = window.dash_clientside.no_update;
      if (!click || !click.points || !click.points.length) { return [nu, nu]; }
      var code = String(click.points[0].location || "");
      if (!/^[0-9AB]{2,9}$/.test(code)) { return [nu, nu]; }
      if (level === "departement") {
        var url = new URL(window.location.href);
        url.searchParams.set("niveau", "commune");
        url.searchParams.set("dep", code);
        window.history.pushState({ map: true }, "", url.pathname + url.search);
        return ["commune", code];
      }
      window.location.assign(prefix() + (level === "commune" ? "/commune/" + code : "/territoire/" + level + "/" + code));
      return [nu, nu];
    }
  };
  window.dash_clientside = Object.assign({}, window.dash_clientside);
  window.dash_clientside.emploi = emploi;

  /* Back and Forward between map views: the page is drawn again from its address. */
  window.addEventListener("popstate", function () {
    if (/^(\/en)?\/carte\/?$/.test(window.location.pathname)) { window.location.reload(); }
  });
})();
