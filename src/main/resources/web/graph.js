// journal-kg page: the graph view (/graph?view=…&min=…&type=…&article=…&ego=…). fcose separates the
// clusters; node size and label size grow with weight; a label shows only once its size on screen
// is readable, so the big nodes are labelled first and the rest appear on zooming in. Labels are in
// the interface language. The view exports as PNG (Cytoscape's) and SVG (written here).
(function () {
  "use strict";
  const { esc, href, pageOf, api } = window.Router;
  const I18n = window.I18n;
  const t = (k) => I18n.t(k);
  const $ = (id) => document.getElementById(id);
  cytoscape.use(cytoscapeFcose);

  const VIEWS = ["mentions", "comentions", "citations", "cocitation", "coauthors", "keywords"];
  const TYPES = ["State", "InternationalOrganization", "Corridor", "Strategy", "Concept", "Agreement", "Conflict", "Place", "Person"];
  const COLOURS = { article: "#1d3557", entity: "#e63946", work: "#457b9d", person: "#2a9d8f", organization: "#f4a261", keyword: "#8d6cab" };
  /** A label is drawn when its font size times the zoom reaches this many pixels. */
  const READABLE = 11;
  /** The widest label, in pixels at zoom 1; longer ones end in an ellipsis. */
  const MAX_LABEL = 160;

  let cy = null;
  let drawn = null;        // the API parameters of the graph on screen
  let maxWeight = 1;
  let scale = 1;           // model units per screen pixel at the fitted zoom
  let articles = null;     // the article filter's choices, loaded once

  const share = (n) => Math.sqrt(Math.max(0, n.data("weight")) / maxWeight);
  const sizeOf = (n) => (6 + 26 * share(n)) * scale;
  // Nodes and text are sized for the screen at the fitted view (whatever zoom fits the layout), so the same
  // nodes are labelled in a small window and a large one, and zooming in reveals the rest.
  const fontOf = (n) => (7 + 12 * share(n)) * scale;
  const colourOf = (n) => COLOURS[n.data("kind")] || "#999";
  const labelOf = (d) => d["label_" + I18n.lang] || d.label_zh || d.label_en || d.label_ru || d.label || d.id;
  const edgeWidth = (e) => Math.min(4, 0.4 + 0.6 * Math.log(1 + e.data("weight"))) * scale;

  /** A small deterministic generator of numbers in [0, 1) (mulberry32). */
  function seeded(seed) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function filters(url) {
    const p = url.searchParams;
    const view = VIEWS.includes(p.get("view")) ? p.get("view") : "mentions";
    return { view: view, min: p.get("min") || (view === "mentions" ? "3" : "1"), type: p.get("type") || "", article: p.get("article") || "", ego: p.get("ego") || "" };
  }

  function addressOf(f) {
    return href("/graph", { view: f.view, min: f.min, type: f.type, article: f.article, ego: f.ego });
  }

  function fillForm(f) {
    $("g-view").innerHTML = VIEWS.map((v) => '<option value="' + v + '">' + esc(t("views." + v)) + "</option>").join("");
    $("g-type").innerHTML = '<option value="">' + esc(t("all")) + "</option>" + TYPES.map((v) => '<option value="' + v + '">' + esc(t("types." + v)) + "</option>").join("");
    $("g-article").innerHTML = '<option value="">' + esc(t("all")) + "</option>" + (articles || []).map((a) => '<option value="' + esc(a.article) + '">' +
      (a.firstPage ? esc(t("pageShort")(a.firstPage)) + " " : "") + esc(a["title_" + I18n.lang] || a.title_zh || a.title_en || a.title_ru || a.article) + "</option>").join("");
    $("g-view").value = f.view;
    $("g-type").value = f.type;
    $("g-article").value = f.article;
    $("g-min").value = f.min;
  }

  function fromForm(ego) {
    return { view: $("g-view").value, min: $("g-min").value, type: $("g-type").value, article: $("g-article").value, ego: ego };
  }
  ["g-view", "g-type", "g-article", "g-min"].forEach((id) => $(id).addEventListener("change", () => {
    window.Router.go(addressOf(fromForm(filters(new URL(location.href)).ego)));
  }));
  $("graph-form").addEventListener("submit", (e) => e.preventDefault());

  async function show(url) {
    const f = filters(url);
    if (articles === null) {
      try { articles = await api("/api/articles"); } catch (e) { articles = []; }
    }
    fillForm(f);
    const params = { view: f.view, min: f.min, type: f.type, article: f.article, ego: f.ego };
    const key = JSON.stringify(params);
    if (cy && drawn === key) {
      relabel();
      return;
    }
    $("g-status").textContent = t("loading");
    let g;
    try {
      g = await api("/api/graph", Object.assign({ lang: I18n.lang }, params));
    } catch (e) {
      $("g-status").textContent = t("error") + " (" + e.message + ")";
      return;
    }
    if (window.Router.stale(url)) return;
    draw(g, f);
    drawn = key;
  }

  function draw(g, f) {
    if (cy) cy.destroy();
    const nodes = g.elements.nodes || [];
    maxWeight = Math.max(1, ...nodes.map((n) => n.data.weight || 0));
    scale = 1;
    nodes.forEach((n) => { n.data.text = labelOf(n.data); });
    cy = cytoscape({
      container: $("cy"),
      elements: g.elements,
      minZoom: 0.05,
      maxZoom: 6,
      style: [
        { selector: "node", style: {
          width: sizeOf, height: sizeOf, "background-color": colourOf, "font-size": fontOf, "text-valign": "bottom", "text-margin-y": 2, "text-wrap": "ellipsis", "text-max-width": () => MAX_LABEL * scale,
          color: "#1d2433", "text-outline-color": "#fff", "text-outline-width": () => 2 * scale, "text-outline-opacity": 0.85 } },
        { selector: "node.labelled", style: { label: "data(text)" } },
        { selector: "node.ego", style: { "border-width": 4, "border-color": "#222" } },
        { selector: "edge", style: { width: edgeWidth, "line-color": "#c3c8d2", "curve-style": "haystack", opacity: 0.7 } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#ffb703" } }
      ],
      layout: { name: "preset" }
    });
    // fcose starts from random positions: a seeded generator makes the same graph come out the
    // same way each time, so an address reopens the picture it names.
    const random = Math.random;
    Math.random = seeded(16);
    try {
      cy.layout({ name: "fcose", quality: "default", animate: false, randomize: true, nodeDimensionsIncludeLabels: false,
        nodeRepulsion: () => 80000, idealEdgeLength: () => 140, gravity: 0.08, packComponents: true, padding: 20 }).run();
    } finally {
      Math.random = random;
    }
    scale = 1 / cy.zoom();
    cy.style().update();
    cy.fit(cy.nodes(), 20);
    if (f.ego) cy.getElementById(f.ego).addClass("ego");
    window.journalKgCy = cy;
    cy.on("tap", "node", (e) => details(e.target));
    cy.on("zoom", () => {
      if (pending) return;
      pending = requestAnimationFrame(() => { pending = 0; status(); });
    });
    status();
    egoChip(f);
    $("details").innerHTML = "<p class=\"meta\">" + esc(t("clickNode")) + "</p>";
  }

  /** How many labels are readable now: the same rule as the style's min-zoomed-font-size. */
  const readable = (n) => fontOf(n) * cy.zoom() >= READABLE;

  let pending = 0;
  /**
   * Labels the nodes whose text is readable at this zoom (Cytoscape's own min-zoomed-font-size
   * rounds the zoom to a power of two), and says the counts, a hint while labels are hidden, and
   * the colours' legend.
   */
  function status() {
    if (!cy) return;
    cy.batch(() => cy.nodes().forEach((n) => { n.toggleClass("labelled", readable(n)); }));
    const shown = cy.nodes().filter(readable).length;
    const kinds = [...new Set(cy.nodes().map((n) => n.data("kind")))].sort();
    $("g-status").innerHTML = esc(t("nodesEdges")(cy.nodes().length, cy.edges().length) + (shown < cy.nodes().length ? " · " + t("zoomHint") : "")) +
      ' <span class="legend">' + kinds.map((k) => '<span><i style="background:' + (COLOURS[k] || "#999") + '"></i>' + esc(I18n.tOr("kinds." + k, k)) + "</span>").join("") + "</span>";
  }

  function relabel() {
    cy.resize();  // the view may have been hidden since it was drawn
    cy.nodes().forEach((n) => n.data("text", labelOf(n.data())));
    egoChip(filters(new URL(location.href)));
    status();
  }

  function egoChip(f) {
    if (!f.ego) { $("g-ego").innerHTML = ""; return; }
    const n = cy && cy.getElementById(f.ego);
    const label = n && n.length ? labelOf(n.data()) : f.ego;
    $("g-ego").innerHTML = '<span class="chip">' + esc(t("ego")) + ": <b>" + esc(label) + '</b> <a id="g-ego-clear" href="' +
      esc(addressOf(Object.assign({}, f, { ego: "" }))) + '">' + esc(t("egoClear")) + "</a></span>";
  }

  function details(n) {
    const d = n.data();
    const f = filters(new URL(location.href));
    $("details").innerHTML = "<h3>" + esc(labelOf(d)) + '</h3><p class="meta">' + esc(I18n.tOr("kinds." + d.kind, d.kind)) +
      " · " + esc(I18n.tOr("types." + d.type, d.type)) + " · " + esc(t("weight")) + " " + d.weight + "</p><ul>" +
      I18n.LANGS.filter((l) => d["label_" + l]).map((l) => '<li lang="' + l + '"><span class="meta">' + esc(t("langName." + l)) + ":</span> " + esc(d["label_" + l]) + "</li>").join("") +
      '</ul><p><a id="d-page" href="' + esc(pageOf(d.id)) + '">' + esc(t("openPage")) + "</a></p>" +
      '<p><a id="d-ego" href="' + esc(addressOf(Object.assign({}, f, { ego: d.id }))) + '">' + esc(t("showInGraph")) + "</a></p>" +
      (d.kind === "entity" ? '<p><a id="d-ask" href="' + esc(href("/", { ask: labelOf(d) })) + '">' + esc(t("whichArticles")) + "</a></p>" : "");
  }

  // ---- Export ----

  function png() {
    return cy.png({ output: "base64uri", full: false, scale: 2, bg: "#ffffff" });
  }

  /** A label cut to the width Cytoscape gives it (text-max-width), in the same way: an ellipsis. */
  function fitted(label, font) {
    const width = (ch) => (/[\u2e80-\uffff]/.test(ch) ? 1 : 0.58) * font;
    let w = 0;
    const chars = [...label];
    for (let i = 0; i < chars.length; i++) {
      w += width(chars[i]);
      if (w > MAX_LABEL * scale) return chars.slice(0, Math.max(1, i - 1)).join("") + "…";
    }
    return label;
  }

  /** The view as SVG: what is on screen, from the nodes' positions, sizes, colours and readable labels. */
  function svg() {
    const x = cy.extent();
    const r = (v) => Math.round(v * 100) / 100;
    const lines = cy.edges().map((e) => {
      const a = e.source().position(), b = e.target().position();
      return '<line x1="' + r(a.x) + '" y1="' + r(a.y) + '" x2="' + r(b.x) + '" y2="' + r(b.y) + '" stroke-width="' + r(edgeWidth(e)) + '"/>';
    }).join("\n");
    const circles = cy.nodes().map((n) => {
      const p = n.position();
      return '<circle cx="' + r(p.x) + '" cy="' + r(p.y) + '" r="' + r(sizeOf(n) / 2) + '" fill="' + colourOf(n) + '"' +
        (n.hasClass("ego") ? ' stroke="#222" stroke-width="4"' : "") + "><title>" + esc(labelOf(n.data())) + "</title></circle>";
    }).join("\n");
    const labels = cy.nodes().filter(readable).map((n) => {
      const p = n.position();
      return '<text x="' + r(p.x) + '" y="' + r(p.y + sizeOf(n) / 2 + 2 + fontOf(n)) + '" font-size="' + r(fontOf(n)) + '">' + esc(fitted(labelOf(n.data()), fontOf(n))) + "</text>";
    }).join("\n");
    return '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<svg xmlns="http://www.w3.org/2000/svg" width="' + cy.width() + '" height="' + cy.height() + '" viewBox="' + r(x.x1) + " " + r(x.y1) + " " + r(x.w) + " " + r(x.h) + '">\n' +
      '<rect x="' + r(x.x1) + '" y="' + r(x.y1) + '" width="' + r(x.w) + '" height="' + r(x.h) + '" fill="#fff"/>\n' +
      '<g class="edges" stroke="#c3c8d2" stroke-opacity="0.7">\n' + lines + "\n</g>\n" +
      '<g class="nodes">\n' + circles + "\n</g>\n" +
      '<g class="labels" text-anchor="middle" fill="#1d2433" stroke="#fff" stroke-width="' + r(2 * scale) + '" stroke-opacity="0.85" paint-order="stroke" ' +
      'font-family="Noto Sans CJK SC, PingFang SC, sans-serif">\n' + labels + "\n</g>\n</svg>\n";
  }

  function download(name, address) {
    const a = document.createElement("a");
    a.href = address;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  const fileName = (ext) => "journal-kg-" + filters(new URL(location.href)).view + "." + ext;
  $("g-png").addEventListener("click", () => { if (cy) download(fileName("png"), png()); });
  $("g-svg").addEventListener("click", () => {
    if (!cy) return;
    const blob = URL.createObjectURL(new Blob([svg()], { type: "image/svg+xml" }));
    download(fileName("svg"), blob);
    setTimeout(() => URL.revokeObjectURL(blob), 10000);
  });

  window.journalKgGraph = { png, svg, readable: () => cy ? cy.nodes().filter(readable).map((n) => n.data("text")) : [] };
  window.Router.views.push({ name: "graph", matches: (u) => u.pathname === "/graph", show: show });
})();
