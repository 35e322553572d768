/* claimdiff HTML report: draws the page from the JSON in #data.
   The data is untrusted text from the accounts: it reaches the DOM through textContent and
   setAttribute values only, never as markup, and never as an attribute or tag name. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("data").textContent);
  var app = document.getElementById("app");
  /* The relation kinds in report order, with their heading, symbol and styles (claimdiff/kinds.py). */
  var KINDS = data.kinds.map(function (k) { return k.kind; });
  var STYLE = {};
  data.kinds.forEach(function (k) { STYLE[k.kind] = k; });
  var relById = {};
  data.relations.forEach(function (r) { relById[r.id] = r; });

  /* The one way this script makes elements: fixed tag and attribute names, text as text. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "text") node.textContent = String(value);
      else if (key === "class") node.className = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function quoteNodes(parts, kind) {
    return [parts[0], parts[1] ? el("mark", { "class": "k-" + kind, text: parts[1] }) : null, parts[2]];
  }

  function kindSymbol(kind) {
    return el("span", { "class": "sym k-" + kind, "aria-hidden": "true", text: STYLE[kind].symbol });
  }

  function section(id, title, hint) {
    var s = el("section", { id: id, "aria-labelledby": id + "-h" }, [el("h2", { id: id + "-h", text: title })]);
    if (hint) s.appendChild(el("p", { "class": "hint interactive", text: hint }));
    app.appendChild(s);
    return s;
  }

  /* ---- Header, navigation, summary ---- */
  var counts = data.counts;
  app.appendChild(el("header", {}, [
    el("h1", { text: data.title || "claimdiff report" }),
    el("p", { "class": "meta", text: [
      "claimdiff report",
      data.reference_date ? "reference date " + data.reference_date : null,
      counts.documents + " documents",
      counts.voices + " voices",
      counts.statements + " statements",
      counts.claims + " claims (" + counts.single_sourced + " single-sourced)"
    ].filter(Boolean).join(" \u00b7 ") })
  ]));
  var nav = el("nav", { "aria-label": "Sections" });
  [["summary", "Summary"], ["conflicts", "Conflicts"], ["matrix", "Voices by aspect"], ["relations", "Relations"], ["graph", "Graph"],
   ["documents", "Documents"], data.not_compared.length ? ["not-compared", "Not compared"] : null, ["claims", "Claims"],
   ["voices", "Voices"]].filter(Boolean).forEach(function (item) {
    nav.appendChild(el("a", { href: "#" + item[0], text: item[1] }));
  });
  app.appendChild(nav);

  var summary = section("summary", "Summary");
  var cards = el("div", { "class": "cards" });
  KINDS.forEach(function (kind) {
    var extra = kind === "contradiction" && counts.contradiction ? " (" + counts.hard + " hard)" : "";
    cards.appendChild(el("div", { "class": "card k-" + kind, "data-kind": kind }, [
      el("span", { "class": "n", text: String(counts[kind]) }),
      kindSymbol(kind), " " + STYLE[kind].heading.toLowerCase() + extra
    ]));
  });
  summary.appendChild(cards);
  var legend = el("ul", { "class": "legend", "aria-label": "Legend" });
  KINDS.forEach(function (kind) {
    legend.appendChild(el("li", {}, [
      el("span", { "class": "swatch k-" + kind, "aria-hidden": "true" }), kindSymbol(kind),
      el("span", { text: kind + ": " + STYLE[kind].legend })
    ]));
  });
  summary.appendChild(legend);

  /* ---- Conflicts between positions, first: one row each, every voice on each side ---- */
  var conflicts = section("conflicts", "Conflicts",
    "Two positions that cannot both be true, and who holds each. Click a relation to see its statements.");
  if (!data.conflicts.length) conflicts.appendChild(el("p", { text: "No conflicts between positions." }));
  else {
    var cbody = el("tbody");
    data.conflicts.forEach(function (c) {
      function side(s) {
        return el("td", {}, [
          el("strong", { text: (s.denied ? "not " : "") + s.label }),
          " (" + s.voices.join(", ") + ")"
        ]);
      }
      var links = c.relations.map(function (rid) {
        return el("button", { type: "button", "class": "rid", "data-open": rid, title: "Compare", text: rid });
      });
      cbody.appendChild(el("tr", { "class": "conflict k-contradiction", "data-conflict": c.id }, [
        el("td", { text: c.id + (c.strength ? " (" + c.strength + ")" : "") }),
        el("td", { text: c.aspect }),
        side(c.sides[0]),
        side(c.sides[1]),
        el("td", {}, links)
      ]));
    });
    var chead = el("tr");
    ["conflict", "aspect", "one side", "the other side", "relations"].forEach(function (h) {
      chead.appendChild(el("th", { scope: "col", text: h }));
    });
    conflicts.appendChild(el("div", { "class": "scroll" }, [el("table", {}, [el("thead", {}, [chead]), cbody])]));
  }

  /* ---- Both sides of a relation, side by side ---- */
  var dialog = el("dialog", { id: "compare", "aria-labelledby": "compare-title" });
  document.body.appendChild(dialog);
  var current = null;

  function openRelation(id) {
    var rel = relById[id];
    if (!rel) return;
    current = rel;
    dialog.className = "k-" + rel.kind;
    dialog.setAttribute("data-relation", rel.id);
    dialog.replaceChildren();
    dialog.appendChild(el("h2", { id: "compare-title" }, [
      kindSymbol(rel.kind), " " + rel.id + " \u00b7 " + rel.label + " \u00b7 " + rel.aspect
    ]));
    dialog.appendChild(el("p", { "class": "detail", text: rel.detail }));
    var sides = el("div", { "class": "sides" });
    var heads = rel.kind === "revision" ? [rel.voices[0] + " (earlier)", rel.voices[1] + " (later)"]
      : rel.kind === "omission" ? ["Stated by", rel.voices[1]] : rel.voices;
    [0, 1].forEach(function (i) {
      var side = el("div", { "class": "side", "data-side": i ? "b" : "a" }, [el("h3", { text: heads[i] })]);
      rel.sides[i].forEach(function (q) {
        side.appendChild(el("p", { "class": "path" }, [
          rel.kind === "omission" ? el("strong", { text: q.voice + " \u00b7 " }) : null,
          q.path + " \u00b7 " + q.statement + (q.polarity && q.polarity !== "affirmed" ? " \u00b7 " + q.polarity : "")
        ]));
        side.appendChild(el("blockquote", { "data-statement": q.statement }, quoteNodes(q.text, rel.kind)));
      });
      if (!rel.sides[i].length) {
        side.appendChild(el("p", { "class": "none", text: rel.kind === "omission"
          ? "Says nothing of it, though it speaks about the event." : "No statement." }));
      }
      sides.appendChild(side);
    });
    dialog.appendChild(sides);
    var show = el("button", { type: "button", text: "Show in the documents" });
    show.addEventListener("click", function () {
      var sid = (rel.sides[0][0] || {}).statement;
      dialog.close();
      if (sid) flashStatement(sid);
    });
    var close = el("button", { type: "button", "class": "close", text: "Close" });
    close.addEventListener("click", function () { dialog.close(); });
    dialog.appendChild(el("div", { "class": "actions" }, [show, close]));
    document.querySelectorAll("tr.rel.selected").forEach(function (row) { row.classList.remove("selected"); });
    var row = document.querySelector('tr.rel[data-relation="' + CSS.escape(rel.id) + '"]');
    if (row) {
      row.classList.add("selected");
      if (row.closest("details")) row.closest("details").open = true;  /* a folded agreement unfolds */
    }
    if (!dialog.open) dialog.showModal();
    close.focus();
  }

  function flashStatement(sid) {
    var node = document.querySelector('.st[data-statement="' + CSS.escape(sid) + '"]');
    if (!node) return;
    node.scrollIntoView({ block: "center" });
    node.classList.add("flash");
    window.setTimeout(function () { node.classList.remove("flash"); }, 1600);
  }

  /* Every element with data-relation opens that relation; one listener for the whole page. */
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-open]");
    if (target) openRelation(target.getAttribute("data-open"));
  });
  document.addEventListener("keydown", function (event) {
    if ((event.key === "Enter" || event.key === " ") && event.target.matches("[data-open][role=button]")) {
      event.preventDefault();
      openRelation(event.target.getAttribute("data-open"));
    }
  });

  /* ---- Matrix: voices by aspect ---- */
  var matrix = section("matrix", "Voices by aspect",
    "Whom each voice agrees with, contradicts or leaves out, aspect by aspect. Click one to compare.");
  var mhead = el("tr", {}, [el("th", { scope: "col", text: "voice" })]);
  data.matrix.aspects.forEach(function (a) { mhead.appendChild(el("th", { scope: "col", text: a })); });
  var mbody = el("tbody");
  data.matrix.rows.forEach(function (row) {
    var tr = el("tr", { "data-source": row.source }, [el("th", { scope: "row", text: row.voice })]);
    data.matrix.aspects.forEach(function (aspect) {
      var list = el("ul", { "class": "badges" });
      row.cells[aspect].forEach(function (entry) {
        list.appendChild(el("li", {}, [el("button", {
          type: "button", "class": "badge k-" + entry.kind, "data-open": entry.rel, "data-relation": entry.rel,
          title: entry.rel, text: entry.text
        })]));
      });
      tr.appendChild(el("td", { "data-aspect": aspect }, row.cells[aspect].length ? [list] : []));
    });
    mbody.appendChild(tr);
  });
  matrix.appendChild(el("div", { "class": "scroll" }, [
    el("table", { "class": "matrix" }, [el("thead", {}, [mhead]), mbody])
  ]));

  /* ---- Relations, a table per kind ---- */
  var relations = section("relations", "Relations",
    "Click a relation to see both statements side by side.");
  if (!data.relations.length) relations.appendChild(el("p", { text: "No relations found between the voices." }));
  KINDS.forEach(function (kind) {
    var rels = data.relations.filter(function (r) { return r.kind === kind; });
    if (!rels.length) return;
    relations.appendChild(el("h3", { id: "kind-" + kind }, [kindSymbol(kind), " " + STYLE[kind].heading + " (" + rels.length + ")"]));
    var body = el("tbody");
    rels.forEach(function (r) {
      function says(i) {
        var quotes = r.sides[i];
        if (!quotes.length) return [el("span", { "class": "none", text: "(says nothing of it)" })];
        return quotes.map(function (q) {
          var prefix = quotes.length > 1 ? el("strong", { text: q.voice + ": " }) : null;
          return el("div", {}, [prefix].concat(quoteNodes(q.short, r.kind)));
        });
      }
      body.appendChild(el("tr", { "class": "rel k-" + r.kind, "data-relation": r.id }, [
        el("td", {}, [el("button", { type: "button", "class": "rid", "data-open": r.id, title: "Compare", text: r.id })]),
        el("td", { text: r.label }),
        el("td", { text: r.aspect }),
        el("td", { text: r.voices[0] }),
        el("td", { "class": "quote" }, says(0)),
        el("td", { text: r.kind === "revision" ? r.voices[1] + " (later)" : r.voices[1] }),
        el("td", { "class": "quote" }, says(1)),
        el("td", { text: r.detail })
      ]));
    });
    var head = el("tr");
    ["id", "kind", "aspect", "voice A", "A says", "voice B", "B says", "why"].forEach(function (h) {
      head.appendChild(el("th", { scope: "col", text: h }));
    });
    var table = el("div", { "class": "scroll" }, [el("table", {}, [el("thead", {}, [head]), body])]);
    /* The least urgent kind (agreements) folds, so the conflicts are what the page shows first. */
    relations.appendChild(STYLE[kind].folded ? el("details", { "class": "fold", "data-kind": kind }, [
      el("summary", { text: "Show " + rels.length + " " + kind + (rels.length === 1 ? "" : "s") }), table
    ]) : table);
  });

  /* ---- Graph ---- */
  var graphSection = section("graph", "Graph", data.report.pairs === false
    ? "Voices (boxes) and the positions they hold (circles); a coloured line between two positions is a conflict " +
      "or an accord, between two voices an omission or a revision. Untick 'claims and each relation' for the voices " +
      "alone. Drag to pan, scroll to zoom, click an edge to compare, a node to see its neighbours."
    : "Voices (boxes), one line per pair of voices and kind (thicker: more relations); tick 'claims and each relation' for " +
      "the claims (circles; dashed: single-sourced) and each relation. Drag to pan, scroll to zoom, " +
      "click an edge to compare, a node to see its neighbours.");
  var aspects = data.matrix.aspects;
  var aspectSelect = el("select", { id: "aspect-filter" }, [el("option", { value: "", text: "all aspects" })]);
  aspects.forEach(function (a) { aspectSelect.appendChild(el("option", { value: a, text: a })); });
  /* Folded pairs: the positions and the conflicts between them are the graph, so it opens on them. */
  var detailBox = el("input", { type: "checkbox", id: "graph-detail", checked: data.report.pairs === false });
  var controls = el("div", { "class": "controls", role: "group", "aria-label": "Graph filters" }, [
    el("label", {}, ["Aspect ", aspectSelect]),
    el("label", {}, [detailBox, " claims and each relation"])
  ]);
  var kindBoxes = {};
  KINDS.concat(["states"]).forEach(function (kind) {
    var box = el("input", { type: "checkbox", checked: true, "data-kind": kind });
    box.checked = true;
    kindBoxes[kind] = box;
    controls.appendChild(el("label", { "class": "k-" + kind }, [
      box, kind === "states" ? "who states which claim" : el("span", {}, [kindSymbol(kind), " " + kind])
    ]));
  });
  var fitButton = el("button", { type: "button", text: "Fit" });
  var layoutButton = el("button", { type: "button", text: "Reset layout" });
  controls.appendChild(fitButton);
  controls.appendChild(layoutButton);
  graphSection.appendChild(controls);
  var cyBox = el("div", { id: "cy", role: "img", "aria-label": "Graph of voices, claims and relations" });
  graphSection.appendChild(cyBox);
  graphSection.appendChild(el("p", { id: "node-info", "class": "hint", "aria-live": "polite" }));
  var printImage = el("img", { id: "graph-print", alt: "The graph of voices, claims and relations" });
  graphSection.appendChild(printImage);
  /* The nodes also as a list, so a reader without the canvas (or a test) finds every one. */
  var nodeList = el("ul", { id: "graph-nodes", hidden: true });
  data.graph.nodes.forEach(function (n) {
    nodeList.appendChild(el("li", { "data-node": n.id, "data-kind": n.kind, text: n.label }));
  });
  graphSection.appendChild(nodeList);

  function palette(node) {
    var css = window.getComputedStyle(node);
    var out = {};
    ["--bg", "--fg", "--muted", "--line", "--voice-bg", "--claim-bg", "--warn"].concat(
      KINDS.map(function (kind) { return "--" + kind; })).forEach(function (name) {
      out[name.slice(2)] = css.getPropertyValue(name).trim();
    });
    return out;
  }

  function graphStyle(p) {
    var edgeLabel = {
      label: "data(label)", "font-size": 13, color: p.fg, "text-rotation": "autorotate",
      "text-background-color": p.bg, "text-background-opacity": 0.85, "text-background-padding": 2
    };
    function kindEdge(kind, extra) {
      var s = { "line-color": p[kind], "target-arrow-color": p[kind] };
      Object.keys(extra).forEach(function (k) { s[k] = extra[k]; });
      return s;
    }
    return [
      { selector: "node", style: {
        label: "data(label)", color: p.fg, "font-size": 14, "text-wrap": "wrap", "text-max-width": 150 } },
      { selector: 'node[kind = "source"]', style: {
        shape: "round-rectangle", "background-color": p["voice-bg"], "border-color": p.fg, "border-width": 1.5,
        "text-valign": "center", "text-halign": "center", width: "data(w)", height: "data(h)",
        "font-size": 15, "font-weight": 600 } },
      { selector: 'node[kind = "claim"]', style: {
        shape: "ellipse", "background-color": p["claim-bg"], "border-color": p.muted, "border-width": 1.5,
        width: 18, height: 18, "text-valign": "bottom", "text-margin-y": 3, color: p.fg, "font-size": 13 } },
      { selector: "node[?single]", style: { "border-style": "dashed", "border-width": 2.5, "border-color": p.warn } },
      { selector: "edge", style: { "curve-style": "bezier", width: 2, "line-color": p.line, "target-arrow-shape": "none" } },
      { selector: 'edge[kind = "states"]', style: { width: 1, "line-color": p.line } },
      { selector: "edge[?relayed]", style: { "line-style": "dashed" } }
    ].concat(KINDS.map(function (kind) {
      return { selector: 'edge[kind = "' + kind + '"]',
               style: kindEdge(kind, Object.assign({}, STYLE[kind].edge, STYLE[kind].edge_label ? edgeLabel : {})) };
    }), [
      { selector: 'edge[kind = "contradiction"][strength = "soft"]', style: { "line-style": "dashed", width: 3 } },
      /* A pair's edge grows with its relations; agreements stay thin, so the conflicts stand out. */
      { selector: "edge.pair", style: { width: "mapData(weight, 1, 8, 2.5, 9)", "line-style": "solid" } },
      { selector: 'edge.pair[kind = "agreement"]', style: { width: 1.5 } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: ".faded", style: { opacity: 0.15 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": p.revision } },
      { selector: "edge:selected", style: { width: 6 } }
    ]);
  }

  /* Voices on a ring, so the relations between them are chords that can be told apart; each
     claim outside the ring, beside the voices that state it. Computed, not simulated, so the
     picture is the same on every run. */
  function ringPositions() {
    var voices = data.graph.nodes.filter(function (n) { return n.kind === "source"; });
    var claims = data.graph.nodes.filter(function (n) { return n.kind === "claim"; });
    var R = 120 + 30 * voices.length;
    var pos = {}, angle = {}, stated = {};
    voices.forEach(function (n, i) {
      angle[n.id] = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(voices.length, 1);
      pos[n.id] = { x: R * Math.cos(angle[n.id]), y: R * Math.sin(angle[n.id]) };
    });
    data.graph.edges.forEach(function (e) {
      if (e.kind === "states") (stated[e.target] = stated[e.target] || []).push(e.source);
    });
    var wanted = claims.map(function (n, i) {
      var x = 0, y = 0;
      (stated[n.id] || []).forEach(function (v) { x += Math.cos(angle[v]); y += Math.sin(angle[v]); });
      var a = Math.abs(x) + Math.abs(y) > 1e-6 ? Math.atan2(y, x) : (2 * Math.PI * i) / Math.max(claims.length, 1);
      return { id: n.id, a: (a + 2 * Math.PI) % (2 * Math.PI) };
    });
    wanted.sort(function (p, q) { return p.a - q.a || (p.id < q.id ? -1 : 1); });
    /* Start the round after the widest empty stretch, so claims on either side of angle 0
       are spread apart like any others. */
    var start = 0, widest = -1;
    wanted.forEach(function (w, i) {
      var next = i + 1 < wanted.length ? wanted[i + 1].a : wanted[0].a + 2 * Math.PI;
      if (next - w.a > widest) { widest = next - w.a; start = (i + 1) % wanted.length; }
    });
    wanted = wanted.slice(start).concat(wanted.slice(0, start).map(function (w) {
      return { id: w.id, a: w.a + 2 * Math.PI };
    }));
    /* Spread the claims round the ring so that no two sit on each other. */
    var gap = Math.min((1.2 * Math.PI) / Math.max(wanted.length, 1), 0.45);
    for (var i = 1; i < wanted.length; i++) {
      if (wanted[i].a - wanted[i - 1].a < gap) wanted[i].a = wanted[i - 1].a + gap;
    }
    wanted.forEach(function (w, i) {
      var r = R + 110 + (i % 2) * 60;
      pos[w.id] = { x: r * Math.cos(w.a), y: r * Math.sin(w.a) };
    });
    return pos;
  }

  var cy = null;
  if (typeof window.cytoscape === "function") {
    var elements = data.graph.nodes.map(function (n) {
      if (n.kind === "source") {
        /* Box the label: about 9 px a character, wrapped at 150 px (text-max-width). */
        var lines = Math.ceil((n.label.length * 9) / 150);
        n = Object.assign({ w: Math.min(n.label.length * 9, 150) + 18, h: 18 * lines + 14 }, n);
      }
      return { group: "nodes", data: n };
    }).concat(data.graph.edges.map(function (e) { return { group: "edges", data: e }; }),
      data.graph.pairs.map(function (e) { return { group: "edges", data: e, classes: "pair" }; }));
    cy = window.cytoscape({
      container: cyBox, elements: elements, style: graphStyle(palette(document.documentElement)),
      layout: { name: "preset" }, minZoom: 0.15, maxZoom: 4, boxSelectionEnabled: false
    });
    var runLayout = function () {
      cy.layout({ name: "preset", positions: ringPositions(), fit: true, padding: 30, animate: false }).run();
    };
    runLayout();

    /* Voices only (the pairs' edges), or the claims and each relation: one view at a time. */
    var applyFilters = function () {
      var aspect = aspectSelect.value, detail = detailBox.checked;
      cy.batch(function () {
        cy.elements().removeClass("hidden faded");
        cy.edges().forEach(function (e) {
          var kind = e.data("kind"), pair = e.hasClass("pair");
          var onAspect = !aspect || (pair ? e.data("aspects").indexOf(aspect) >= 0 : e.data("aspect") === aspect);
          if (pair === detail || !kindBoxes[kind].checked || !onAspect) e.addClass("hidden");
        });
        cy.nodes('[kind = "claim"]').forEach(function (n) {
          if (!detail || (aspect && n.data("aspect") !== aspect) || !kindBoxes.states.checked) n.addClass("hidden");
        });
      });
      nodeInfo.textContent = "";
    };
    var nodeInfo = document.getElementById("node-info");
    aspectSelect.addEventListener("change", applyFilters);
    Object.keys(kindBoxes).forEach(function (k) { kindBoxes[k].addEventListener("change", applyFilters); });
    detailBox.addEventListener("change", function () { applyFilters(); cy.fit(shown(), 30); });
    /* Read the style itself: ":visible" can lag behind a filter until the next frame. */
    var shown = function () { return cy.nodes().filter(function (n) { return n.style("display") !== "none"; }); };
    fitButton.addEventListener("click", function () { cy.fit(shown(), 30); });
    layoutButton.addEventListener("click", runLayout);
    applyFilters();  /* the page opens on the voices alone */
    cy.fit(shown(), 30);
    cy.on("tap", "edge", function (event) {
      var e = event.target, id = e.id();
      if (e.hasClass("pair")) {
        /* A pair's edge gathers its relations: name them, and open the first side by side. */
        nodeInfo.textContent = e.data("kind") + " \u00d7" + e.data("weight") + ": " + e.data("relations").join(", ") +
          " (" + e.data("aspects").join(", ") + ")";
        openRelation(e.data("relations")[0]);
      } else if (relById[id]) openRelation(id);
    });
    cy.on("tap", "node", function (event) {
      var n = event.target;
      cy.batch(function () {
        cy.elements().addClass("faded");
        n.closedNeighborhood().removeClass("faded");
      });
      var text = (n.data("kind") === "source" ? "Voice: " : "Claim: ") + n.data("label");
      if (n.data("kind") === "claim") {
        var stated = n.incomers('edge[kind = "states"]').sources().map(function (s) { return s.data("label"); });
        text += " \u2014 stated by " + stated.join(", ") + (n.data("single") ? " (single-sourced)" : "");
      }
      nodeInfo.textContent = text;
    });
    cy.on("tap", function (event) {
      if (event.target === cy) { cy.elements().removeClass("faded"); nodeInfo.textContent = ""; }
    });
    /* Printing: a picture of the graph in the light palette instead of the canvas. */
    var lightProbe = el("div", { "class": "palette-light", hidden: true });
    document.body.appendChild(lightProbe);
    var snapshot = function () {
      cy.style(graphStyle(palette(lightProbe)));
      printImage.src = cy.png({ full: true, scale: 1.5, bg: "#ffffff" });
      cy.style(graphStyle(palette(document.documentElement)));
    };
    window.addEventListener("beforeprint", snapshot);
    var scheme = window.matchMedia("(prefers-color-scheme: dark)");
    scheme.addEventListener("change", function () { cy.style(graphStyle(palette(document.documentElement))); });
    snapshot();
  } else {
    cyBox.appendChild(el("p", { "class": "none", text: "The graph library did not load." }));
  }

  /* ---- Documents, statements highlighted by relation ---- */
  var docs = section("documents", "Documents",
    "Statements in a relation are highlighted by its kind; the words it rests on are marked. Click one to compare.");
  data.documents.forEach(function (doc) {
    var text = el("div", { "class": "doctext", "data-document": doc.id });
    doc.parts.forEach(function (part) {
      if (!part.st) { text.appendChild(document.createTextNode(part.t)); return; }
      var has = part.rels.length > 0;
      var st = el("span", {
        "class": "st" + (part.kind ? " k-" + part.kind : ""), "data-statement": part.st, "data-source": part.source,
        "data-relations": has ? part.rels.join(" ") : null, "data-open": has ? part.rels[0] : null,
        role: has ? "button" : null, tabindex: has ? 0 : null,
        title: part.voice + (has ? " \u2014 " + part.rels.join(", ") : "")
      });
      part.parts.forEach(function (run) {
        if (!run.rels) { st.appendChild(document.createTextNode(run.t)); return; }
        var kind = relById[run.rels[0]].kind;
        st.appendChild(el("mark", { "class": "k-" + kind, "data-relations": run.rels.join(" "), "data-open": run.rels[0],
          text: run.t }));
      });
      text.appendChild(st);
    });
    // Where and when it was published, when the case says; the url is http or https (model.Document.link).
    var cited = [doc.outlet, doc.published].filter(Boolean).join(", ");
    var source = doc.url ? el("p", { "class": "path" }, [
      cited ? document.createTextNode(cited + " \u00b7 ") : null,
      el("a", { href: doc.url, rel: "noopener noreferrer nofollow", text: doc.url })
    ]) : (cited ? el("p", { "class": "path", text: cited }) : null);
    docs.appendChild(el("article", { "class": "doc", "data-document": doc.id }, [
      el("h3", { text: doc.title || doc.path }),
      source,
      el("p", { "class": "path", text: (doc.title ? doc.path + " \u00b7 " : "") + "voices: " + doc.voices.join(", ") }),
      text
    ]));
  });

  /* ---- Statements compared with nothing: "no conflict" is not "not understood" ---- */
  if (data.not_compared.length) {
    var left = data.not_compared;
    var ncSection = section("not-compared", "Not compared (" + left.length + " of " + counts.statements + " statements)");
    ncSection.appendChild(el("p", { text: "No claim rests on these: they hold no figure, date, place, actor, victim " +
      "or cause the tool reads, or they were set aside (another incident, an outlet's own narration, a headline)." }));
    var nbody = el("tbody");
    left.forEach(function (s) {
      nbody.appendChild(el("tr", { "data-statement": s.id }, [
        el("td", { text: s.id }), el("td", { text: s.voice }), el("td", { text: s.reason }), el("td", { text: s.text })
      ]));
    });
    var nhead = el("tr");
    ["id", "voice", "why", "statement"].forEach(function (h) { nhead.appendChild(el("th", { scope: "col", text: h })); });
    ncSection.appendChild(el("details", {}, [
      el("summary", { text: "Show " + left.length + (left.length === 1 ? " statement" : " statements") }),
      el("div", { "class": "scroll" }, [el("table", {}, [el("thead", {}, [nhead]), nbody])])
    ]));
  }

  /* ---- Claims and voices ---- */
  var claims = section("claims", "Claims",
    "Each aspect of the event as the voices state it; a claim with one independent voice is flagged.");
  var cbody = el("tbody");
  data.claims.forEach(function (c) {
    cbody.appendChild(el("tr", { "data-node": c.id }, [
      el("td", { text: c.id }), el("td", { text: c.aspect }), el("td", { text: c.label }),
      el("td", { text: c.voices.join(", ") }), el("td", { text: String(c.independent) }),
      el("td", {}, [c.single ? el("span", { "class": "flag", text: "\u26a0 single-sourced" }) : null])
    ]));
  });
  var chead = el("tr");
  ["id", "aspect", "claim", "voices", "independent", ""].forEach(function (h) {
    chead.appendChild(el("th", { scope: "col", text: h }));
  });
  claims.appendChild(el("div", { "class": "scroll" }, [el("table", {}, [el("thead", {}, [chead]), cbody])]));

  var voicesSection = section("voices", "Voices");
  var vbody = el("tbody");
  data.voices.forEach(function (v) {
    vbody.appendChild(el("tr", { "data-node": v.id }, [
      el("td", { text: v.id }), el("td", { text: v.name }), el("td", { text: v.aliases.join(", ") }),
      el("td", { text: v.documents.join(", ") })
    ]));
  });
  var vhead = el("tr");
  ["id", "voice", "also called", "documents"].forEach(function (h) { vhead.appendChild(el("th", { scope: "col", text: h })); });
  voicesSection.appendChild(el("div", { "class": "scroll" }, [el("table", {}, [el("thead", {}, [vhead]), vbody])]));

  app.appendChild(el("footer", { "class": "meta" }, [el("p", {
    text: "Made by claimdiff. The graph is drawn by Cytoscape.js " + data.cytoscape.version +
      " (" + data.cytoscape.license + " licence; its notice is at the top of the script in this file)."
  })]));

  window.claimdiffReport = { data: data, cy: cy, openRelation: openRelation, current: function () { return current; } };
  document.body.setAttribute("data-ready", "1");
})();
