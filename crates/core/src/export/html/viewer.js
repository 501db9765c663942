// Waymark HTML viewer: tabs, pan and zoom, card details, the persona panel. Reads the
// page's JSON block; shows user text only through textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("waymark-data").textContent);
  var L = data.labels || {};
  var views = [];
  var current = -1;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function list(parent, title, items) {
    if (!items || !items.length) return;
    parent.appendChild(el("h3", null, title));
    var ul = el("ul");
    items.forEach(function (t) { ul.appendChild(el("li", null, t)); });
    parent.appendChild(ul);
  }
  function field(parent, title, value) {
    if (value === undefined || value === null || String(value).trim() === "") return;
    parent.appendChild(el("h3", null, title));
    parent.appendChild(el("p", null, value));
  }

  // Pan and zoom: one transform per map, kept while switching tabs.
  function View(section) {
    this.viewport = section.querySelector(".viewport");
    this.stage = section.querySelector(".stage");
    var svg = this.stage.querySelector("svg");
    this.w = parseFloat(svg.getAttribute("width")) || 1000;
    this.h = parseFloat(svg.getAttribute("height")) || 800;
    this.k = 1; this.x = 0; this.y = 0; this.fitted = false;
    var v = this, drag = null;
    this.viewport.addEventListener("wheel", function (e) {
      e.preventDefault();
      var r = v.viewport.getBoundingClientRect();
      v.zoomAt(Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.0015)), e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });
    this.viewport.addEventListener("pointerdown", function (e) {
      if (e.button !== 0 && e.button !== 1) return;
      drag = { x: e.clientX, y: e.clientY, ox: v.x, oy: v.y, moved: false, id: e.pointerId };
    });
    this.viewport.addEventListener("pointermove", function (e) {
      if (!drag) return;
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) > 4) {
        drag.moved = true;
        v.viewport.classList.add("dragging");
        v.viewport.setPointerCapture(drag.id);
      }
      if (drag.moved) { v.x = drag.ox + dx; v.y = drag.oy + dy; v.apply(); }
    });
    function end(e) {
      if (drag && drag.moved) { v.suppressClick = true; setTimeout(function () { v.suppressClick = false; }, 0); }
      drag = null;
      v.viewport.classList.remove("dragging");
    }
    this.viewport.addEventListener("pointerup", end);
    this.viewport.addEventListener("pointercancel", end);
    this.viewport.addEventListener("keydown", function (e) {
      var step = 60;
      if (e.target.classList && e.target.classList.contains("hit")) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); e.target.dispatchEvent(new MouseEvent("click", { bubbles: true })); }
        return;
      }
      if (e.key === "ArrowLeft") v.x += step; else if (e.key === "ArrowRight") v.x -= step;
      else if (e.key === "ArrowUp") v.y += step; else if (e.key === "ArrowDown") v.y -= step;
      else return;
      e.preventDefault(); v.apply();
    });
  }
  View.prototype.apply = function () {
    this.stage.style.transform = "translate(" + this.x + "px," + this.y + "px) scale(" + this.k + ")";
  };
  View.prototype.zoomAt = function (f, px, py) {
    var k = Math.min(6, Math.max(0.05, this.k * f));
    f = k / this.k;
    this.x = px - (px - this.x) * f; this.y = py - (py - this.y) * f; this.k = k;
    this.apply();
  };
  View.prototype.fit = function () {
    var r = this.viewport.getBoundingClientRect();
    var k = Math.min((r.width - 32) / this.w, (r.height - 32) / this.h, 1.5);
    if (!(k > 0)) k = 1;
    this.k = k; this.x = (r.width - this.w * k) / 2; this.y = Math.max(16, (r.height - this.h * k) / 2);
    this.fitted = true;
    this.apply();
  };

  function showPersona(map) {
    var panel = document.getElementById("persona");
    panel.textContent = "";
    var people = data.maps[map].personas || [];
    var toggle = document.getElementById("persona-toggle");
    toggle.hidden = !people.length;
    if (!people.length) return;
    people.forEach(function (p, i) {
      var who = el("section", "who");
      who.appendChild(el("h2", null, p.name));
      if (p.role) who.appendChild(el("p", "where", p.role));
      if (p.quote) who.appendChild(el("p", "quote", p.quoted || "\u201c" + p.quote + "\u201d"));
      if (i === 0) field(who, L.scenario || "Scenario", data.maps[map].scenario);
      list(who, L.goals || "Goals", p.goals);
      list(who, L.needs || "Needs", p.needs);
      list(who, L.frustrations || "Frustrations", p.frustrations);
      panel.appendChild(who);
    });
  }

  function showCard(map, card) {
    var c = data.maps[map] && data.maps[map].cards[card];
    if (!c) return;
    var box = document.getElementById("details");
    var body = box.querySelector(".body");
    body.textContent = "";
    body.appendChild(el("h2", null, c.title));
    body.appendChild(el("p", "where", [c.stage, c.lane].filter(Boolean).join(" \u00b7 ")));
    field(body, L.details || "Details", c.body);
    var chips = [].concat(c.flags || [], c.channel ? [c.channel] : []);
    if (chips.length) {
      body.appendChild(el("h3", null, L.marked || "Marked as"));
      var p = el("p", "chips");
      chips.forEach(function (t) { p.appendChild(el("span", null, t)); });
      body.appendChild(p);
    }
    if (c.tags && c.tags.length) {
      body.appendChild(el("h3", null, L.tags || "Tags"));
      var t = el("p", "chips");
      c.tags.forEach(function (x) { t.appendChild(el("span", null, x)); });
      body.appendChild(t);
    }
    field(body, L.owner || "Owner", c.owner);
    field(body, L.metric || "Metric", c.metric);
    if (c.emotion !== null && c.emotion !== undefined) field(body, L.emotion || "Emotion", (c.emotion > 0 ? "+" : "") + c.emotion);
    var target = typeof c.opens === "number" ? data.maps[c.opens] : null;
    if (target) {
      body.appendChild(el("h3", null, L.opens || "Opens"));
      var link = el("a", "opens", "\u2197 " + target.name);
      link.href = "#map=" + c.opens;
      link.addEventListener("click", function (e) {
        e.preventDefault();
        select(c.opens);
        history.replaceState(null, "", "#map=" + c.opens);
      });
      var lp = el("p", null);
      lp.appendChild(link);
      body.appendChild(lp);
    }
    box.hidden = false;
    document.querySelectorAll(".hit.selected").forEach(function (h) { h.classList.remove("selected"); });
    var hit = document.querySelector('.hit[data-map="' + map + '"][data-card="' + card + '"]');
    if (hit) hit.classList.add("selected");
  }

  function select(map) {
    if (map === current || !data.maps[map]) return;
    current = map;
    document.querySelectorAll(".tab").forEach(function (t) {
      t.setAttribute("aria-selected", String(Number(t.dataset.map) === map));
    });
    document.querySelectorAll("section.map").forEach(function (s) {
      s.hidden = Number(s.dataset.map) !== map;
    });
    document.getElementById("details").hidden = true;
    showPersona(map);
    if (!views[map].fitted) views[map].fit();
  }

  document.querySelectorAll("section.map").forEach(function (s) { views[Number(s.dataset.map)] = new View(s); });
  document.querySelectorAll(".tab").forEach(function (t) {
    t.addEventListener("click", function () { select(Number(t.dataset.map)); });
  });
  document.querySelectorAll(".hit").forEach(function (h) {
    h.addEventListener("click", function (e) {
      var v = views[Number(h.dataset.map)];
      if (v && v.suppressClick) return;
      e.stopPropagation();
      showCard(Number(h.dataset.map), Number(h.dataset.card));
      history.replaceState(null, "", "#card=" + h.dataset.map + "-" + h.dataset.card);
    });
  });
  document.querySelector("#details .close").addEventListener("click", function () {
    document.getElementById("details").hidden = true;
    document.querySelectorAll(".hit.selected").forEach(function (h) { h.classList.remove("selected"); });
  });
  document.getElementById("zoom-in").addEventListener("click", function () { var v = views[current], r = v.viewport.getBoundingClientRect(); v.zoomAt(1.25, r.width / 2, r.height / 2); });
  document.getElementById("zoom-out").addEventListener("click", function () { var v = views[current], r = v.viewport.getBoundingClientRect(); v.zoomAt(0.8, r.width / 2, r.height / 2); });
  document.getElementById("zoom-fit").addEventListener("click", function () { views[current].fit(); });
  document.getElementById("print").addEventListener("click", function () { window.print(); });
  document.getElementById("persona-toggle").addEventListener("click", function () {
    var panel = document.getElementById("persona");
    panel.hidden = !panel.hidden;
    this.setAttribute("aria-expanded", String(!panel.hidden));
  });
  document.addEventListener("keydown", function (e) {
    if (e.target.tagName === "INPUT" || e.ctrlKey || e.metaKey || e.altKey) return;
    var v = views[current], r = v.viewport.getBoundingClientRect();
    if (e.key === "+" || e.key === "=") v.zoomAt(1.25, r.width / 2, r.height / 2);
    else if (e.key === "-") v.zoomAt(0.8, r.width / 2, r.height / 2);
    else if (e.key === "0") v.fit();
    else if (e.key === "Escape") document.querySelector("#details .close").click();
    else return;
    e.preventDefault();
  });
  window.addEventListener("resize", function () { if (views[current]) views[current].fit(); });

  var start = Number(data.first) || 0;
  var m = /card=(\d+)-(\d+)/.exec(location.hash);
  var linked = /map=(\d+)/.exec(location.hash);
  if (m && data.maps[Number(m[1])]) start = Number(m[1]);
  else if (linked && data.maps[Number(linked[1])]) start = Number(linked[1]);
  select(start);
  if (m) showCard(Number(m[1]), Number(m[2]));
  window.addEventListener("hashchange", function () {
    var to = /map=(\d+)/.exec(location.hash);
    if (to && data.maps[Number(to[1])]) select(Number(to[1]));
  });
})();
