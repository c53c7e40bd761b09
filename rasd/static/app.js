/* rasd dashboard: map, timeline, filters, event page, review. No framework, no network but the API.
   Every piece of article or event text goes into the page through textContent (never innerHTML),
   so a "<script>" inside an article stays text. */
(function () {
  "use strict";

  var TYPE_COLOURS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4"
  };
  var SUBTYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
      "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
      "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"]
  };

  var LABELS = {
    en: {
      app_sub: "rasd — conflict events", nav_map: "Map & events", lang_switch: "عربي", token: "API token",
      f_from: "From", f_to: "To", f_type: "Type", f_side: "Side", f_place: "Place", f_actor: "Actor",
      f_disputed: "Disputed only", apply: "Apply", reset: "Reset", export: "Export", any: "any",
      timeline: "Timeline", events: "Events", c_date: "Date", c_type: "Type", c_place: "Place",
      c_fat: "Deaths (best)", c_sources: "Sources", back: "← back to the map", open: "open",
      event: "Event", date: "Date", place: "Place", actors: "Actors", fatalities: "Deaths",
      best: "best", low: "low", high: "high", n_sources: "independent sources", n_reports: "reports",
      disputed: "disputed", reviewed: "reviewed", reports: "Reports", disagreements: "Disagreements",
      none: "none", outlet: "Outlet", alignment: "alignment", claimed_by: "claimed by", own_voice: "in its own voice",
      evidence: "Evidence", review: "Review", reviews: "Edits", field: "field", old: "old", new_: "new",
      who: "who", when: "when", save: "Save", merge: "Merge with event ids", split: "Split the checked reports into a new event",
      do_merge: "Merge", do_split: "Split", your_name: "Your name", need_token: "Enter an API token (top right) to edit.",
      saved: "Saved.", sub_type: "Sub-type", lat: "lat", lon: "lon", place_name: "Place name (Arabic)",
      alignment_split: "split along outlet alignment", no_events: "No events match.", extent: "extent",
      t_Battles: "Battles", "t_Explosions/Remote violence": "Explosions/Remote violence",
      "t_Violence against civilians": "Violence against civilians", t_Protests: "Protests", t_Riots: "Riots",
      "t_Strategic developments": "Strategic developments",
      s_government: "government", s_opposition: "opposition", s_kurdish: "kurdish", s_isis: "ISIS",
      s_international: "international", version: "version", article: "article"
    },
    ar: {
      app_sub: "رصد — أحداث النزاع", nav_map: "الخريطة والأحداث", lang_switch: "English", token: "مفتاح الواجهة",
      f_from: "من", f_to: "إلى", f_type: "النوع", f_side: "الطرف", f_place: "المكان", f_actor: "الفاعل",
      f_disputed: "المتنازع عليها فقط", apply: "تطبيق", reset: "مسح", export: "تصدير", any: "الكل",
      timeline: "الخط الزمني", events: "الأحداث", c_date: "التاريخ", c_type: "النوع", c_place: "المكان",
      c_fat: "القتلى (الأرجح)", c_sources: "المصادر", back: "→ العودة إلى الخريطة", open: "فتح",
      event: "حدث", date: "التاريخ", place: "المكان", actors: "الأطراف", fatalities: "القتلى",
      best: "الأرجح", low: "الأدنى", high: "الأعلى", n_sources: "مصادر مستقلة", n_reports: "تقارير",
      disputed: "متنازع عليه", reviewed: "تمت مراجعته", reports: "التقارير", disagreements: "الخلافات بين المصادر",
      none: "لا يوجد", outlet: "الوسيلة", alignment: "التوجه", claimed_by: "بحسب", own_voice: "على لسانها",
      evidence: "الدليل", review: "المراجعة", reviews: "التعديلات", field: "الحقل", old: "القديم", new_: "الجديد",
      who: "من", when: "متى", save: "حفظ", merge: "دمج مع الأحداث رقم", split: "فصل التقارير المحددة في حدث جديد",
      do_merge: "دمج", do_split: "فصل", your_name: "اسمك", need_token: "أدخل مفتاح الواجهة (أعلى الصفحة) للتعديل.",
      saved: "تم الحفظ.", sub_type: "النوع الفرعي", lat: "خط العرض", lon: "خط الطول", place_name: "اسم المكان",
      alignment_split: "انقسام بحسب توجه الوسائل", no_events: "لا أحداث مطابقة.", extent: "النطاق",
      t_Battles: "معارك", "t_Explosions/Remote violence": "انفجارات/عنف عن بعد",
      "t_Violence against civilians": "عنف ضد المدنيين", t_Protests: "احتجاجات", t_Riots: "أعمال شغب",
      "t_Strategic developments": "تطورات استراتيجية",
      s_government: "الحكومة", s_opposition: "المعارضة", s_kurdish: "الكرد", s_isis: "داعش",
      s_international: "دولي", version: "النسخة", article: "المقال"
    }
  };

  var state = {
    lang: localStorage.getItem("rasd.lang") || "en",
    events: [],
    map: null,
    markers: {},
    layer: null
  };
  window.rasd = state;

  function t(key) { return (LABELS[state.lang] && LABELS[state.lang][key]) || LABELS.en[key] || key; }
  function typeLabel(x) { return x ? t("t_" + x) : ""; }
  function sideLabel(x) { return x ? t("s_" + x) : ""; }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") e.textContent = attrs[k];
        else if (k === "class") e.className = attrs[k];
        else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), attrs[k]);
        else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) e.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    });
    return e;
  }
  function ar(text, tag) { return el(tag || "span", { lang: "ar", dir: "rtl", class: "ar", text: text || "" }); }
  // a name that may be Arabic or Latin (outlet ids, doc ids): direction from its first strong letter
  function name(text) { return el("bdi", { dir: "auto", class: "ar", text: text || "" }); }

  function applyLabels() {
    document.documentElement.lang = state.lang;
    document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
    document.querySelectorAll("[data-i18n]").forEach(function (n) { n.textContent = t(n.getAttribute("data-i18n")); });
    renderLegend();
  }

  function showError(msg) {
    var box = document.getElementById("error");
    box.textContent = msg;
    box.hidden = !msg;
    if (msg) setTimeout(function () { box.hidden = true; }, 8000);
  }

  function headers(json) {
    var h = {};
    var tok = document.getElementById("token").value || sessionStorage.getItem("rasd.token") || "";
    if (tok) h["Authorization"] = "Bearer " + tok;
    if (json) h["Content-Type"] = "application/json";
    return h;
  }

  function api(path, opts) {
    opts = opts || {};
    return fetch(path, { method: opts.method || "GET", headers: headers(!!opts.body),
                         body: opts.body ? JSON.stringify(opts.body) : undefined })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (data) {
          if (!r.ok) throw new Error((data && data.error) || ("HTTP " + r.status));
          return data;
        });
      });
  }

  function filterQuery() {
    var f = document.getElementById("filters");
    var q = new URLSearchParams();
    ["date_from", "date_to", "type", "side", "place", "actor"].forEach(function (k) {
      var v = f.elements[k].value.trim();
      if (v) q.set(k, v);
    });
    if (f.elements.disputed.checked) q.set("disputed", "true");
    return q.toString();
  }

  // ------------------------------------------------------------------ map
  function initMap() {
    var map = L.map("map", { zoomControl: true, attributionControl: true, preferCanvas: false,
                             minZoom: 3, maxZoom: 17 }).setView([35.0, 38.5], 6);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Borders: Natural Earth via world-atlas");
    state.map = map;
    window.rasdMap = map;
    fetch("/static/vendor/borders/countries_mena.geojson").then(function (r) { return r.json(); })
      .then(function (gj) {
        L.geoJSON(gj, { interactive: false,
          style: function () { return { color: "#6b7280", weight: 1, fillColor: "#f3f1ea", fillOpacity: 1 }; }
        }).addTo(map).bringToBack();
        state.bordersLoaded = true;
      }).catch(function () { state.bordersLoaded = false; });
    state.layer = L.featureGroup().addTo(map);
  }

  function radius(ev) {
    var f = ev.fatalities && ev.fatalities.best;
    return 6 + (f ? Math.min(24, 3 * Math.sqrt(f)) : 0);
  }

  function renderMarkers(evs) {
    state.layer.clearLayers();
    state.markers = {};
    var pts = [];
    evs.forEach(function (ev) {
      if (ev.place.lat === null || ev.place.lon === null) return;
      var colour = TYPE_COLOURS[ev.event_type] || "#555";
      var m = L.circleMarker([ev.place.lat, ev.place.lon], {
        radius: radius(ev), color: ev.disputed ? "#111" : colour, weight: ev.disputed ? 2.5 : 1,
        fillColor: colour, fillOpacity: 0.7, className: "event-marker event-" + ev.id
      });
      var tip = el("div", null, [ar(ev.place.name_ar || ""), el("br"), typeLabel(ev.event_type) + " · " + (ev.date || "?")]);
      m.bindTooltip(tip, { direction: "top" });
      m.on("click", function () { location.hash = "#/event/" + ev.id; });
      m.addTo(state.layer);
      state.markers[ev.id] = m;
      pts.push([ev.place.lat, ev.place.lon]);
    });
    if (pts.length) state.map.fitBounds(L.latLngBounds(pts).pad(0.5), { maxZoom: 13 });
  }

  function renderLegend() {
    var box = document.getElementById("legend");
    if (!box) return;
    box.textContent = "";
    Object.keys(TYPE_COLOURS).forEach(function (k) {
      box.appendChild(el("span", { class: "key" }, [el("i", { style: "background:" + TYPE_COLOURS[k] }), typeLabel(k)]));
    });
  }

  // ------------------------------------------------------------------ timeline
  function renderTimeline(evs) {
    var svg = document.getElementById("timeline");
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var NS = "http://www.w3.org/2000/svg";
    var days = {};
    evs.forEach(function (ev) { if (ev.date) days[ev.date] = (days[ev.date] || 0) + 1; });
    var keys = Object.keys(days).sort();
    var w = svg.clientWidth || 600, h = 110, pad = 20;
    if (!keys.length) return;
    var t0 = Date.parse(keys[0]), t1 = Date.parse(keys[keys.length - 1]);
    var span = Math.max(1, (t1 - t0) / 86400000 + 1);
    var bw = Math.max(3, Math.min(30, (w - 2 * pad) / span - 1));
    var max = Math.max.apply(null, keys.map(function (k) { return days[k]; }));
    keys.forEach(function (k) {
      var x = pad + ((Date.parse(k) - t0) / 86400000) * ((w - 2 * pad - bw) / Math.max(1, span - 1));
      var bh = (h - 40) * days[k] / max;
      var r = document.createElementNS(NS, "rect");
      r.setAttribute("x", x); r.setAttribute("y", h - 25 - bh); r.setAttribute("width", bw); r.setAttribute("height", bh);
      r.setAttribute("class", "bar");
      var title = document.createElementNS(NS, "title"); title.textContent = k + ": " + days[k];
      r.appendChild(title);
      r.addEventListener("click", function () {
        var f = document.getElementById("filters");
        f.elements.date_from.value = k; f.elements.date_to.value = k; load();
      });
      svg.appendChild(r);
    });
    [keys[0], keys[keys.length - 1]].forEach(function (k, i) {
      var tx = document.createElementNS(NS, "text");
      tx.setAttribute("x", i ? w - pad : pad); tx.setAttribute("y", h - 8);
      tx.setAttribute("text-anchor", i ? "end" : "start"); tx.textContent = k;
      svg.appendChild(tx);
    });
  }

  // ------------------------------------------------------------------ list
  function renderList(evs) {
    var tb = document.querySelector("#events tbody");
    tb.textContent = "";
    document.getElementById("count").textContent = "(" + evs.length + ")";
    if (!evs.length) tb.appendChild(el("tr", null, [el("td", { colspan: 6, text: t("no_events") })]));
    evs.forEach(function (ev) {
      var f = ev.fatalities || {};
      tb.appendChild(el("tr", { class: ev.disputed ? "disputed" : null, "data-event": ev.id }, [
        el("td", { text: ev.date || "?" }),
        el("td", null, [el("i", { class: "dot", style: "background:" + (TYPE_COLOURS[ev.event_type] || "#555") }),
                        typeLabel(ev.event_type)]),
        el("td", null, [ar(ev.place.name_ar || "")]),
        el("td", { text: f.best === null || f.best === undefined ? "–" : String(f.best) +
                   (f.low !== f.high ? " (" + f.low + "–" + f.high + ")" : "") }),
        el("td", { text: String(ev.n_sources) }),
        el("td", null, [el("a", { href: "#/event/" + ev.id, text: t("open") })])
      ]));
    });
  }

  function load() {
    var q = filterQuery();
    ["csv", "geojson", "jsonl"].forEach(function (x) {
      document.getElementById("x-" + x).href = "/api/export." + x + (q ? "?" + q : "");
    });
    return api("/api/events" + (q ? "?" + q : "")).then(function (evs) {
      state.events = evs;
      renderMarkers(evs); renderTimeline(evs); renderList(evs);
      state.loaded = true;
      document.body.setAttribute("data-loaded", "1");
    }).catch(function (e) { showError(e.message); });
  }

  // ------------------------------------------------------------------ event page
  function sentenceNode(s) {
    // the sentence with its evidence and figures marked; text only, never HTML
    var p = el("p", { class: "sentence ar", lang: "ar", dir: "rtl" });
    var marks = (s.marks || []).slice().sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m.start < pos) return;   // overlapping: keep the first
      if (m.start > pos) p.appendChild(document.createTextNode(s.text.slice(pos, m.start)));
      p.appendChild(el("mark", { class: m.kind, text: s.text.slice(m.start, m.end) }));
      pos = m.end;
    });
    p.appendChild(document.createTextNode(s.text.slice(pos)));
    return p;
  }

  function dl(pairs) {
    var d = el("dl", { class: "facts" });
    pairs.forEach(function (kv) { d.appendChild(el("dt", { text: kv[0] })); d.appendChild(el("dd", null, [kv[1]])); });
    return d;
  }

  function renderEvent(ev) {
    var box = document.getElementById("event");
    box.textContent = "";
    var f = ev.fatalities || {};
    var actorBits = [];
    [ev.actor1, ev.actor2].filter(Boolean).forEach(function (a, i) {
      if (i) actorBits.push(" — ");
      actorBits.push(el("span", { class: "actor" }, [name(a.name_ar || a.name_en || "?"), a.side ? " (" + sideLabel(a.side) + ")" : ""]));
    });
    box.appendChild(el("h2", null, [t("event") + " " + ev.id + ": " + typeLabel(ev.event_type) +
      (ev.sub_event_type ? " — " + ev.sub_event_type : ""), ev.disputed ? el("span", { class: "badge warn", text: t("disputed") }) : null,
      ev.reviewed ? el("span", { class: "badge", text: t("reviewed") }) : null]));
    box.appendChild(dl([
      [t("date"), document.createTextNode(ev.date || "?")],
      [t("place"), el("span", null, [name(ev.place.name_ar || ""), ev.place.name_en ? " · " + ev.place.name_en : "",
        ev.place.lat !== null ? " (" + ev.place.lat.toFixed(4) + ", " + ev.place.lon.toFixed(4) + ")" : ""])],
      [t("actors"), el("span", null, actorBits)],
      [t("fatalities"), el("span", { class: "toll" }, [
        el("b", { text: t("best") + ": " + (f.best === null ? "–" : f.best) }), " · ",
        t("low") + ": " + (f.low === null ? "–" : f.low), " · ", t("high") + ": " + (f.high === null ? "–" : f.high)])],
      [t("n_sources"), document.createTextNode(ev.n_sources + " (" + (ev.sources || []).join(", ") + ") · " +
        ev.n_reports + " " + t("n_reports"))]
    ]));

    box.appendChild(el("h3", { text: t("disagreements") }));
    if (!(ev.disagreements || []).length) box.appendChild(el("p", { class: "muted", text: t("none") }));
    (ev.disagreements || []).forEach(function (d) {
      var ul = el("ul");
      (d.claims || []).forEach(function (c) {
        ul.appendChild(el("li", null, [name(c.who || ""), (c.alignment ? " [" + c.alignment + "]" : "") + ": ",
          el("b", { text: String(c.value) })]));
      });
      box.appendChild(el("div", { class: "disagreement " + d.kind }, [
        el("strong", { text: d.kind + (d.aspect ? " (" + d.aspect + ")" : "") }),
        d.alignment_split ? el("span", { class: "badge warn", text: t("alignment_split") }) : null,
        ul]));
    });

    box.appendChild(el("h3", { text: t("reports") + " (" + ev.reports.length + ")" }));
    var grid = el("div", { class: "reports" });
    ev.reports.forEach(function (r) {
      var card = el("section", { class: "report", "data-report": r.id }, [
        el("header", null, [
          el("label", { class: "pick" }, [el("input", { type: "checkbox", class: "split-pick", value: r.id }), " #" + r.id]),
          " ", el("strong", null, [name(r.outlet_name || r.outlet || r.doc_id || "?")]),
          r.alignment ? el("span", { class: "badge", text: r.alignment }) : null,
          el("div", { class: "muted" }, [(r.published || "?") + " · " + t("article") + " " + r.article_id +
            (r.version > 1 ? " · " + t("version") + " " + r.version : ""),
            r.url ? el("a", { href: r.url, rel: "noopener noreferrer", target: "_blank", text: " ↗" }) : null])
        ]),
        r.title ? el("h4", null, [ar(r.title)]) : null,
        el("div", { class: "muted" }, [typeLabel(r.event_type) + (r.sub_event_type ? " — " + r.sub_event_type : "") +
          " · " + (r.date || "?") + " · " + t("fatalities") + ": " + (r.fatalities === null ? "–" : r.fatalities) +
          (r.extent ? " · " + t("extent") + ": " + r.extent : "")]),
        el("div", { class: "muted" }, [t("claimed_by") + ": ", r.claimed_by.length ? name(r.claimed_by.join("، ")) : t("own_voice")])
      ]);
      (r.sentences || []).forEach(function (s) { card.appendChild(sentenceNode(s)); });
      grid.appendChild(card);
    });
    box.appendChild(grid);

    box.appendChild(reviewForm(ev));

    box.appendChild(el("h3", { text: t("reviews") }));
    var tbl = el("table", { class: "reviews" }, [el("tr", null, [
      el("th", { text: t("field") }), el("th", { text: t("old") }), el("th", { text: t("new_") }),
      el("th", { text: t("who") }), el("th", { text: t("when") })])]);
    (ev.reviews || []).forEach(function (rv) {
      tbl.appendChild(el("tr", null, [el("td", { text: rv.field }), el("td", { text: JSON.stringify(rv.old) }),
        el("td", { text: JSON.stringify(rv["new"]) }), el("td", { text: rv.who }), el("td", { text: rv.at })]));
    });
    box.appendChild(tbl);
  }

  function reviewForm(ev) {
    var f = ev.fatalities || {};
    var typeSel = el("select", { name: "event_type" });
    Object.keys(SUBTYPES).forEach(function (k) {
      typeSel.appendChild(el("option", { value: k, text: typeLabel(k), selected: k === ev.event_type ? "selected" : null }));
    });
    var subSel = el("select", { name: "sub_event_type" });
    function fillSubs() {
      subSel.textContent = "";
      subSel.appendChild(el("option", { value: "", text: "—" }));
      (SUBTYPES[typeSel.value] || []).forEach(function (s) {
        subSel.appendChild(el("option", { value: s, text: s, selected: s === ev.sub_event_type ? "selected" : null }));
      });
    }
    typeSel.addEventListener("change", fillSubs); fillSubs();
    var form = el("form", { id: "review", class: "review" }, [
      el("h3", { text: t("review") }),
      el("p", { class: "muted", text: t("need_token") }),
      el("label", null, [t("c_type") + " ", typeSel]), " ",
      el("label", null, [t("sub_type") + " ", subSel]), el("br"),
      el("label", null, [t("date") + " ", el("input", { type: "date", name: "date", value: ev.date || "" })]), " ",
      el("label", null, [t("fatalities") + " (" + t("best") + ") ",
        el("input", { type: "number", min: "0", name: "fatalities", value: f.best === null ? "" : f.best })]), el("br"),
      el("label", null, [t("place_name") + " ", el("input", { name: "place_name", lang: "ar", dir: "rtl", value: ev.place.name_ar || "" })]), " ",
      el("label", null, [t("lat") + " ", el("input", { name: "lat", size: 8, value: ev.place.lat === null ? "" : ev.place.lat })]), " ",
      el("label", null, [t("lon") + " ", el("input", { name: "lon", size: 8, value: ev.place.lon === null ? "" : ev.place.lon })]), el("br"),
      el("label", null, [t("your_name") + " ", el("input", { name: "who", size: 12 })]), " ",
      el("button", { type: "submit", text: t("save") }),
      el("hr"),
      el("label", null, [t("merge") + " ", el("input", { name: "merge", size: 10, placeholder: "12, 15" })]), " ",
      el("button", { type: "button", id: "do-merge", text: t("do_merge") }), el("br"),
      el("span", { text: t("split") + " " }), el("button", { type: "button", id: "do-split", text: t("do_split") }),
      el("p", { class: "status", id: "review-status" })
    ]);
    function who() { return form.elements.who.value.trim() || null; }
    function done(newId) {
      document.getElementById("review-status").textContent = t("saved");
      if (newId && newId !== ev.id) location.hash = "#/event/" + newId; else openEvent(ev.id);
    }
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var edits = {};
      if (typeSel.value !== ev.event_type) edits.event_type = typeSel.value;
      if ((subSel.value || null) !== (ev.sub_event_type || null)) edits.sub_event_type = subSel.value || null;
      var d = form.elements.date.value || null;
      if (d !== (ev.date || null)) edits.date = d;
      var fv = form.elements.fatalities.value;
      var fb = fv === "" ? null : parseInt(fv, 10);
      if (fb !== (f.best === undefined ? null : f.best)) edits.fatalities = fb;
      var pn = form.elements.place_name.value.trim(), la = form.elements.lat.value.trim(), lo = form.elements.lon.value.trim();
      if (pn !== (ev.place.name_ar || "") || la !== (ev.place.lat === null ? "" : String(ev.place.lat)) ||
          lo !== (ev.place.lon === null ? "" : String(ev.place.lon))) {
        edits.place = { name_ar: pn, lat: la === "" ? null : parseFloat(la), lon: lo === "" ? null : parseFloat(lo) };
      }
      if (!Object.keys(edits).length) return;
      api("/api/events/" + ev.id + "/review", { method: "POST", body: { edits: edits, who: who() } })
        .then(function () { done(); }).catch(function (err) { showError(err.message); });
    });
    form.querySelector("#do-merge").addEventListener("click", function () {
      var ids = form.elements.merge.value.split(/[ ,،]+/).filter(Boolean).map(Number);
      api("/api/events/" + ev.id + "/merge", { method: "POST", body: { others: ids, who: who() } })
        .then(function () { done(); }).catch(function (err) { showError(err.message); });
    });
    form.querySelector("#do-split").addEventListener("click", function () {
      var ids = Array.prototype.map.call(document.querySelectorAll(".split-pick:checked"), function (c) { return Number(c.value); });
      api("/api/events/" + ev.id + "/split", { method: "POST", body: { report_ids: ids, who: who() } })
        .then(function (n) { done(n.id); }).catch(function (err) { showError(err.message); });
    });
    return form;
  }

  function openEvent(id) {
    return api("/api/events/" + encodeURIComponent(id)).then(function (ev) {
      state.current = ev;
      renderEvent(ev);
      document.body.setAttribute("data-event-loaded", String(ev.id));
    }).catch(function (e) { showError(e.message); });
  }

  function route() {
    var m = location.hash.match(/^#\/event\/(\d+)/);
    document.getElementById("view-list").hidden = !!m;
    document.getElementById("view-event").hidden = !m;
    document.getElementById("filters").hidden = !!m;
    document.body.removeAttribute("data-event-loaded");
    if (m) openEvent(m[1]);
    else if (state.map) setTimeout(function () { state.map.invalidateSize(); }, 0);
  }

  // ------------------------------------------------------------------ start
  document.addEventListener("DOMContentLoaded", function () {
    var tok = document.getElementById("token");
    tok.value = sessionStorage.getItem("rasd.token") || "";
    tok.addEventListener("change", function () { sessionStorage.setItem("rasd.token", tok.value); });
    document.getElementById("lang-toggle").addEventListener("click", function () {
      state.lang = state.lang === "ar" ? "en" : "ar";
      localStorage.setItem("rasd.lang", state.lang);
      applyLabels(); renderList(state.events);
      if (state.current && !document.getElementById("view-event").hidden) renderEvent(state.current);
    });
    document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); load(); });
    document.getElementById("reset").addEventListener("click", function () { document.getElementById("filters").reset(); load(); });
    applyLabels();
    initMap();
    load();
    window.addEventListener("hashchange", route);
    route();
  });
})();
