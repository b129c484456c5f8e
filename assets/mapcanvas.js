/* The choropleth map, drawn on a canvas from our own compact GeoJSON layers (no plotly, no tiles, no base map).

   The server renders <div class="map-canvas" data-layer="/geo/<version>/<layer>.geojson"> holding a JSON block
   (<script type="application/json" class="map-colours">): the layer's URL (fetched once per page and kept: a
   recolour never fetches it again) and, for every territory, its class and its tooltip texts. The shapes are projected once per layer, off the main thread (spherical
   Mercator, assets/workers/map-layer.js), turned into Path2D objects once, then filled. A recolour refills
   them, except on layers of thousands of shapes: there, once the first drawing is shown, a pick buffer (which
   shape covers each pixel) is built in slices, and a recolour rewrites the pixels from it (a palette swap,
   a few milliseconds instead of rasterising 35,000 shapes again).
   Hover shows the name, value, period and rank; a click on a département opens its communes, on any other
   territory its page. Once drawn, the container carries data-shapes="N" (the shapes drawn), updated at each
   redraw, so any renderer can be timed the same way; each drawing also sends a "map:drawn" event. */
(function () {
  "use strict";
  var layers = {};  // URL -> promise of the projected layer

  // The layer is parsed and projected by a worker (assets/workers/map-layer.js); here only its Path2D objects
  // are built, once per layer.
  function read(buffer) {
    var meta = document.querySelector("meta[name='map-worker']");
    return new Promise(function (resolve, reject) {
      var worker = new Worker(meta.getAttribute("content"));
      worker.onmessage = function (event) {
        worker.terminate();
        if (event.data.error) { reject(new Error(event.data.error)); } else { resolve(event.data); }
      };
      worker.onerror = function (error) { worker.terminate(); reject(error); };
      worker.postMessage(buffer, [buffer]);
    });
  }

  // Built in slices that yield to the browser every ~30 ms, so that a big layer never blocks the page.
  function shapes(data) {
    var features = [], index = {}, ring = 0, box = [Infinity, Infinity, -Infinity, -Infinity];
    var xy = data.xy, ringEnd = data.ringEnd, b = data.boxes, i = 0;
    return new Promise(function (resolve) {
      (function slice() {
        var until = performance.now() + 30;
        for (; i < data.codes.length && performance.now() < until; i++) {
          var path = new Path2D();
          for (; ring < data.featureEnd[i]; ring++) {
            var start = ring ? ringEnd[ring - 1] : 0, end = ringEnd[ring];
            path.moveTo(xy[2 * start], xy[2 * start + 1]);
            for (var k = start + 1; k < end; k++) { path.lineTo(xy[2 * k], xy[2 * k + 1]); }
            path.closePath();
          }
          var fbox = [b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]];
          features.push({ code: data.codes[i], name: data.names[i], path: path, box: fbox });
          index[data.codes[i]] = i;
          box = [Math.min(box[0], fbox[0]), Math.min(box[1], fbox[1]), Math.max(box[2], fbox[2]),
                 Math.max(box[3], fbox[3])];
        }
        if (i < data.codes.length) {
          setTimeout(slice, 0);
        } else {
          // the painting comes in a task of its own
          setTimeout(function () { resolve({ features: features, box: box, index: index }); }, 0);
        }
      })();
    });
  }

  function load(url) {
    if (!layers[url]) {
      layers[url] = fetch(url, { credentials: "same-origin" })  // the page's preload, when it asked for one
        .then(function (response) {
          if (!response.ok) { throw new Error("HTTP " + response.status); }
          return response.arrayBuffer();
        })
        .then(read)
        .then(shapes);
      layers[url].catch(function () { delete layers[url]; });
    }
    return layers[url];
  }

  function fitBox(b, left, top, width, height, pad) {
    var scale = Math.min((width - 2 * pad) / (b[2] - b[0]), (height - 2 * pad) / (b[3] - b[1]));
    var x0 = left + (width - (b[2] - b[0]) * scale) / 2, y0 = top + (height - (b[3] - b[1]) * scale) / 2;
    return { scale: scale, x: x0 - b[0] * scale, y: y0 + b[3] * scale };  // y flipped: north up
  }

  function unionBox(layer, codes) {
    var b = [Infinity, Infinity, -Infinity, -Infinity], members = [];
    codes.forEach(function (code) {
      var i = layer.index[code];
      if (i === undefined) { return; }
      var fb = layer.features[i].box;
      members.push(i);
      b = [Math.min(b[0], fb[0]), Math.min(b[1], fb[1]), Math.max(b[2], fb[2]), Math.max(b[3], fb[3])];
    });
    return members.length ? { box: b, members: members } : null;
  }

  // One path per class, filled once (a fill per shape costs ten times more with 35,000 communes); the borders
  // are one path too, stroked once, and left out where they would be thinner than a pixel's fraction.
  function fill(ctx, ratio, view, layer, indices, state, linePx) {
    ctx.setTransform(ratio * view.scale, 0, 0, -ratio * view.scale, ratio * view.x, ratio * view.y);
    var colors = state.colours.colors, classes = colors.map(function () { return new Path2D(); });
    var outline = linePx >= 0.3 ? new Path2D() : null;
    for (var k = 0; k < indices.length; k++) {
      var path = layer.features[indices[k]].path;
      classes[state.classOf[indices[k]] || 0].addPath(path);
      if (outline) { outline.addPath(path); }
    }
    classes.forEach(function (path, c) {
      ctx.fillStyle = colors[c];
      ctx.fill(path);
    });
    if (outline) {
      ctx.lineWidth = linePx / view.scale;
      ctx.stroke(outline);
    }
  }

  var BIG = 5000;  // above this many shapes: no borders (thinner than a pixel), recoloured by palette swap

  function paint(state) {
    var el = state.el, layer = state.layer;
    var width = el.clientWidth, height = el.clientHeight;
    if (!width || !height) { return; }
    var ratio = window.devicePixelRatio || 1;
    var canvas = state.canvas;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = width + "px";
    canvas.style.height = height + "px";
    var view = fitBox(layer.box, 0, 0, width, height, 8);
    state.view = view;
    state.ratio = ratio;
    state.width = width;
    state.height = height;
    var ctx = canvas.getContext("2d");
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.strokeStyle = "#ffffff";
    ctx.lineJoin = "round";
    if (!layer.all) { layer.all = layer.features.map(function (_, i) { return i; }); }
    fill(ctx, ratio, view, layer, layer.all, state, layer.features.length > BIG ? 0.15 : 0.6);
    overlays(state, ctx);
    state.pick = null;
    state.pickToken = (state.pickToken || 0) + 1;
    if (layer.features.length > BIG) { setTimeout(buildPick, 0, state, state.pickToken); }
    drawn(state);
  }

  // The Paris close-up and the names of the overseas insets, drawn over the map.
  function overlays(state, ctx) {
    var layer = state.layer, colours = state.colours, view = state.view, ratio = state.ratio;
    var width = state.width, height = state.height;
    state.closeUp = null;
    // (not on a phone: too small there to help, and it would cover Brittany)
    var close = colours.closeUp && width >= 560 && unionBox(layer, colours.closeUp.codes);
    if (close) {
      // Paris and its inner suburbs, enlarged in the top left corner (open sea, above the overseas insets),
      // framed and named.
      var side = Math.round(Math.min(width, height) * 0.26), left = 6, top = 6;
      var frame = { left: left, top: top, side: side, view: fitBox(close.box, left, top + 14, side, side - 14, 4),
                    members: close.members };
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(left, top, side, side);
      ctx.save();
      ctx.beginPath();
      ctx.rect(left, top, side, side);
      ctx.clip();
      ctx.strokeStyle = "#ffffff";
      ctx.lineJoin = "round";
      fill(ctx, ratio, frame.view, layer, close.members, state, 0.4);
      ctx.restore();
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.strokeStyle = "#4a4a4a";
      ctx.lineWidth = 1;
      ctx.strokeRect(left + 0.5, top + 0.5, side - 1, side - 1);
      ctx.font = "11px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
      ctx.fillStyle = "#1e1e1e";
      ctx.textAlign = "left";
      ctx.textBaseline = "top";
      ctx.fillText(colours.closeUp.name, left + 4, top + 3, side - 8);
      state.closeUp = frame;
    }
    // The overseas insets are named under their shapes.
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = "11px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
    ctx.fillStyle = "#1e1e1e";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    (colours.insets || []).forEach(function (inset) {
      var found = unionBox(layer, inset.codes);
      if (!found) { return; }
      var b = found.box;
      var half = ctx.measureText(inset.name).width / 2 + 2;  // kept inside the canvas
      var x = Math.max(half, Math.min(width - half, view.x + (b[0] + b[2]) / 2 * view.scale));
      ctx.fillText(inset.name, x, view.y - b[1] * view.scale + 2);
    });
  }

  function drawn(state) {
    var shapes = state.layer.features.length;
    state.el.setAttribute("data-shapes", String(shapes));
    state.el.dispatchEvent(new CustomEvent("map:drawn", { detail: { shapes: shapes } }));
  }

  // Shape k is filled in the pick buffer with the colour of code k + 1 (red: low byte, green: high byte, blue: a
  // check of both): a pixel where two shapes meet holds a blend that fails the check, and takes a neighbour's shape.
  function check(r, g) { return (r * 7 + g * 13 + 90) & 255; }

  function buildPick(state, token) {
    var layer = state.layer, view = state.view, ratio = state.ratio, n = layer.features.length;
    var width = state.canvas.width, height = state.canvas.height, k = 0;
    var buffer = document.createElement("canvas");
    buffer.width = width;
    buffer.height = height;
    var ctx = buffer.getContext("2d", { willReadFrequently: true });
    ctx.setTransform(ratio * view.scale, 0, 0, -ratio * view.scale, ratio * view.x, ratio * view.y);
    (function slice() {
      if (state.pickToken !== token) { return; }  // redrawn meanwhile (resize, new layer): start again there
      var until = performance.now() + 25;
      while (k < n && performance.now() < until) {
        for (var end = Math.min(n, k + 200); k < end; k++) {
          var id = k + 1, r = id & 255, g = id >> 8;
          ctx.fillStyle = "rgb(" + r + "," + g + "," + check(r, g) + ")";
          ctx.fill(layer.features[k].path);
        }
      }
      setTimeout(k < n ? slice : decode, 0);
    })();
    function decode() {
      if (state.pickToken !== token) { return; }
      var data = ctx.getImageData(0, 0, width, height).data, size = width * height, p, q;
      var owner = new Int32Array(size), cover = new Uint8Array(size);
      for (p = 0, q = 0; p < size; p++, q += 4) {
        var a = data[q + 3], r = data[q], g = data[q + 1], id = (g << 8) | r;
        var whole = data[q + 2] === check(r, g) && id >= 1 && id <= n;
        owner[p] = !a ? -1 : (whole ? id - 1 : -2);
        // the coast keeps its anti-aliasing; where two shapes meet, each covered part of the pixel, and the seam
        // of the two partial covers (a mostly opaque blend) is drawn opaque, as on the map filled by class
        cover[p] = whole || a < 128 ? a : 255;
      }
      // A blend takes the shape of the nearest pixel that was read whole: a neighbour first (above, left, below,
      // right), then one two pixels away; the rare rest, any resolved neighbour.
      var read = owner.slice(), steps = [-width, -1, width, 1, -width - 1, -width + 1, width - 1, width + 1,
                                         -2 * width, -2, 2 * width, 2];
      for (p = 0; p < size; p++) {
        if (read[p] !== -2) { continue; }
        var x = p % width;
        for (var s = 0; s < steps.length; s++) {
          var n2 = p + steps[s], dx = ((n2 % width) + width) % width - x;
          if (n2 >= 0 && n2 < size && dx >= -2 && dx <= 2 && read[n2] >= 0) { owner[p] = read[n2]; break; }
        }
      }
      for (p = 0; p < size; p++) {
        if (owner[p] === -2) { owner[p] = p % width && owner[p - 1] >= 0 ? owner[p - 1] : (p >= width ? owner[p - width] : -1); }
      }
      for (p = size - 1; p >= 0; p--) {
        if (owner[p] === -2) { owner[p] = (p + 1) % width && owner[p + 1] >= 0 ? owner[p + 1] : -1; }
      }
      state.pick = { owner: owner, cover: cover, width: width, height: height };
      state.el.setAttribute("data-pick", "1");
    }
  }

  var probe = null;
  function rgbOf(css) {
    if (!probe) {
      var canvas = document.createElement("canvas");
      canvas.width = canvas.height = 1;
      probe = canvas.getContext("2d", { willReadFrequently: true });
    }
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = css;
    probe.fillRect(0, 0, 1, 1);
    var d = probe.getImageData(0, 0, 1, 1).data;
    return d[0] | (d[1] << 8) | (d[2] << 16);  // as a little-endian RGBA word, alpha apart
  }

  // New colours on the same drawing: every pixel takes its shape's new colour, with the coverage it had (the
  // anti-aliased coast keeps its alpha); then the close-up and the names are drawn again on top.
  function recolour(state) {
    var pick = state.pick, n = state.layer.features.length, palette = state.colours.colors.map(rgbOf);
    var packed = new Uint32Array(n);
    for (var i = 0; i < n; i++) { packed[i] = palette[state.classOf[i] || 0]; }
    var ctx = state.canvas.getContext("2d");
    var image = ctx.createImageData(pick.width, pick.height);
    var out = new Uint32Array(image.data.buffer), owner = pick.owner, cover = pick.cover;
    for (var p = 0; p < out.length; p++) {
      var o = owner[p];
      if (o >= 0) { out[p] = (packed[o] | (cover[p] << 24)) >>> 0; }
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.putImageData(image, 0, 0);
    overlays(state, ctx);
    drawn(state);
  }

  function at(state, event) {
    if (!state.view) { return -1; }
    var rect = state.canvas.getBoundingClientRect();
    var px = event.clientX - rect.left, py = event.clientY - rect.top;
    var view = state.view, candidates = state.layer.all, close = state.closeUp;
    if (close && px >= close.left && px <= close.left + close.side && py >= close.top && py <= close.top + close.side) {
      view = close.view;
      candidates = close.members;
    }
    var x = (px - view.x) / view.scale, y = (view.y - py) / view.scale;
    var ratio = window.devicePixelRatio || 1;
    var ctx = state.canvas.getContext("2d");
    ctx.setTransform(ratio * view.scale, 0, 0, -ratio * view.scale, ratio * view.x, ratio * view.y);
    var features = state.layer.features;
    for (var k = 0; k < candidates.length; k++) {
      var b = features[candidates[k]].box;
      if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3] &&
          ctx.isPointInPath(features[candidates[k]].path, px * ratio, py * ratio)) {
        return candidates[k];
      }
    }
    return -1;
  }

  function showTip(state, i, event) {
    var tip = state.tip;
    if (i < 0) { tip.hidden = true; state.el.style.cursor = ""; return; }
    var feature = state.layer.features[i];
    var row = state.rowOf[i];
    var entry = row === undefined ? state.colours.notes.length : state.colours.tips[row];
    // a territory without value has the index of the note saying why, instead of [value, rank]
    var texts = typeof entry === "number" ? [state.colours.notes[entry] || "—", "—"] : entry;
    tip.textContent = "";
    var head = document.createElement("strong");
    head.textContent = feature.name + " (" + feature.code + ")";
    tip.appendChild(head);
    var colon = document.documentElement.lang === "en" ? ": " : " : ";
    [state.colours.label + colon + texts[0],
     texts[1] === "—" ? state.colours.period : state.colours.where.replace("{rank}", texts[1])].forEach(function (line) {
      var div = document.createElement("div");
      div.textContent = line;
      tip.appendChild(div);
    });
    tip.hidden = false;
    var frame = state.el.getBoundingClientRect();
    var left = event.clientX - frame.left + 14, top = event.clientY - frame.top + 14;
    if (left + tip.offsetWidth > frame.width) { left = Math.max(0, left - tip.offsetWidth - 28); }
    if (top + tip.offsetHeight > frame.height) { top = Math.max(0, top - tip.offsetHeight - 28); }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
    state.el.style.cursor = "pointer";
  }

  function open(state, i) {
    if (i < 0) { return; }
    var code = state.layer.features[i].code;
    var level = state.el.getAttribute("data-level");
    var prefix = window.location.pathname.indexOf("/en/") === 0 ? "/en" : "";
    if (level === "departement") {
      var url = new URL(window.location.href);
      url.searchParams.set("niveau", "commune");
      url.searchParams.set("dep", code);
      window.location.assign(url.pathname + url.search);  // a page of its own: Back returns to France
    } else {
      window.location.assign(prefix + (level === "commune" ? "/commune/" : "/territoire/" + level + "/") + code);
    }
  }

  function setup(el) {
    var block = el.querySelector("script.map-colours");
    var text = block && block.textContent;
    var url = el.getAttribute("data-layer");
    if (!text || !url || el.__drawn === url + text) { return; }
    el.__drawn = url + text;
    var state = el.__map;
    if (!state) {
      state = el.__map = { el: el, canvas: document.createElement("canvas"), tip: document.createElement("div") };
      state.canvas.setAttribute("aria-hidden", "true");
      state.tip.className = "map-tip";
      state.tip.hidden = true;
      state.tip.setAttribute("aria-hidden", "true");
      el.appendChild(state.canvas);
      el.appendChild(state.tip);
      el.addEventListener("pointermove", function (event) { showTip(state, at(state, event), event); });
      el.addEventListener("pointerleave", function () { state.tip.hidden = true; });
      el.addEventListener("click", function (event) { open(state, at(state, event)); });
      document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") { state.tip.hidden = true; }
      });
      if (window.ResizeObserver) {
        var width = 0;
        new ResizeObserver(function () {
          if (state.layer && el.clientWidth !== width) { width = el.clientWidth; paint(state); }
        }).observe(el);
      }
    }
    var colours = JSON.parse(text);
    load(url).then(function (layer) {
      if (el.__drawn !== url + text) { return; }  // a newer state arrived meanwhile
      var classOf = new Uint8Array(layer.features.length), rowOf = new Array(layer.features.length);
      colours.codes.forEach(function (code, row) {
        var i = layer.index[code];
        if (i !== undefined) { classOf[i] = colours.z[row]; rowOf[i] = row; }
      });
      var pick = state.layer === layer && state.pick;
      state.layer = layer;
      state.colours = colours;
      state.classOf = classOf;
      state.rowOf = rowOf;
      if (pick && pick.width === state.canvas.width && pick.height === state.canvas.height) {
        recolour(state);
      } else {
        paint(state);
      }
    }).catch(function () {
      el.setAttribute("data-error", "1");
    });
  }

  function scan() { document.querySelectorAll(".map-canvas[data-layer]").forEach(setup); }
  new MutationObserver(scan).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["data-layer"] });
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", scan); } else { scan(); }
})();
