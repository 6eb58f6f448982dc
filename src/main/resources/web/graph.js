// journal-kg page: the graph view (/graph?view=…&min=…&type=…&article=…&ego=…). fcose separates the
// clusters; node size and label size grow with weight. Labels are placed after the layout and at the end
// of every zoom or pan: heaviest first, a label shows when its size on screen is readable and its box
// meets no label already shown, under its node or else above, right or left of it, so labels never
// overlap and zooming in reveals more (a label grows with the zoom only up to a cap, while the space
// between nodes keeps growing). Labels are in the interface
// language, on a light background that edges do not cross. The view exports as PNG (Cytoscape's) and
// SVG (written here).
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
  /** A label is drawn when its font size on screen reaches this many pixels. */
  const READABLE = 11;
  /** Zooming in enlarges a label only up to this many pixels (or its size at the fitted view, when larger). */
  const GROWN = 14;
  /** The widest label, in ems of its font; longer ones end in an ellipsis. */
  const MAX_EMS = 8;
  /** The label's background reaches this many pixels beyond the text; its top is this far below the node. */
  const PAD = 2, MARGIN = 2;
  /**
   * Where a label may stand, in the order tried: under its node, above it, to its right, to its left. A label
   * that would meet another where it stands first is moved, and dropped only where it meets one everywhere.
   */
  const PLACES = [
    { valign: "bottom", halign: "center", dx: 0, dy: 1 },
    { valign: "top", halign: "center", dx: 0, dy: -1 },
    { valign: "center", halign: "right", dx: 1, dy: 0 },
    { valign: "center", halign: "left", dx: -1, dy: 0 }];
  /** Where the node's label stands now (set by placeLabels; under the node until then). */
  const placeOf = (n) => PLACES[n.data("place") || 0];
  /** Cytoscape widens a label's bounds by this many model units for the browser's measuring errors. */
  const BOUNDS_ERROR = 2;
  /** Space left around the drawing when it is fitted to the box, in pixels. */
  const FIT_PADDING = 24;
  /** The most a layout is stretched to the box's shape. */
  const STRETCH = 1.8;
  const FONT = "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif";

  let cy = null;
  let drawn = null;        // the API parameters of the graph on screen
  let maxWeight = 1;
  let scale = 1;           // model units per screen pixel at the layout's fitted zoom
  let zoomed = 1;          // the zoom the labels are sized and placed for
  let articles = null;     // the article filter's choices, loaded once

  const share = (n) => Math.sqrt(Math.max(0, n.data("weight")) / maxWeight);
  const sizeOf = (n) => (6 + 26 * share(n)) * scale;
  // Nodes and text are sized for the screen at the fitted view (whatever zoom fits the layout), so the same
  // nodes are labelled in a small window and a large one.
  /**
   * A label's font size on screen at the fitted view. It grows with the logarithm of the weight: weights are
   * heavy-tailed (one article or country outweighs the rest), and the middle ranks deserve readable labels too.
   */
  const fittedPx = (n) => 7 + 10 * Math.log1p(Math.max(0, n.data("weight"))) / Math.log1p(maxWeight);
  /** A label's font size on screen at a zoom: it grows with the zoom, up to GROWN pixels or its fitted size. */
  const labelPx = (n, zoom) => Math.min(fittedPx(n) * zoom * scale, Math.max(GROWN, fittedPx(n)));
  /** Whether a label is large enough on screen to read at a zoom (the same at every zoom, whatever the cap). */
  const readableAt = (n, zoom) => fittedPx(n) * zoom * scale >= READABLE;
  const colourOf = (n) => COLOURS[n.data("kind")] || "#999";
  const labelOf = (d) => d["label_" + I18n.lang] || d.label_zh || d.label_en || d.label_ru || d.label || d.id;
  const edgeWidth = (e) => Math.min(4, 0.4 + 0.6 * Math.log(1 + e.data("weight"))) * scale;
  /** Heaviest first; the identifier breaks ties, so the same graph is labelled the same way. */
  const byWeight = (a, b) => (b.data("weight") - a.data("weight")) || (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);

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
    zoomed = 1;
    nodes.forEach((n) => { n.data.text = labelOf(n.data); });
    // Label sizes are in pixels on screen at the zoom the labels were placed for (Cytoscape's sizes are model units).
    const px = (v) => v / zoomed;
    cy = cytoscape({
      container: $("cy"),
      elements: g.elements,
      minZoom: 0.05,
      maxZoom: 6,
      style: [
        { selector: "node", style: {
          width: sizeOf, height: sizeOf, "background-color": colourOf, "font-size": (n) => px(labelPx(n, zoomed)), "font-family": FONT,
          "text-valign": (n) => placeOf(n).valign, "text-halign": (n) => placeOf(n).halign,
          "text-margin-y": (n) => px(MARGIN * placeOf(n).dy), "text-margin-x": (n) => px(MARGIN * placeOf(n).dx),
          "text-wrap": "ellipsis", "text-max-width": (n) => px(MAX_EMS * labelPx(n, zoomed)),
          color: "#1d2433", "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-shape": "round-rectangle",
          "text-background-padding": () => px(PAD) } },
        // Labelled nodes are drawn over the others, so no node hides a label.
        { selector: "node.labelled", style: { label: "data(text)", "z-index": 2 } },
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
      cy.layout({ name: "fcose", quality: "proof", animate: false, randomize: true, nodeDimensionsIncludeLabels: false,
        // Heavy nodes (the labelled ones) push harder; a strong tie is short and a weak one long, so clusters form around their hubs.
        nodeRepulsion: (n) => 100000 * (1 + share(n)),
        idealEdgeLength: (e) => 80 + 160 / Math.sqrt(Math.max(1, e.data("weight"))),
        nodeSeparation: 120, gravity: 0.12, gravityRange: 3.8, packComponents: true, fit: false }).run();
    } finally {
      Math.random = random;
    }
    if (f.ego) cy.getElementById(f.ego).addClass("ego");  // before the labels are placed: its border widens its disc
    stretchToBox();
    cy.fit(cy.nodes(), FIT_PADDING);
    scale = 1 / cy.zoom();
    cy.style().update();
    fit();
    window.journalKgCy = cy;
    cy.on("tap", "node", (e) => details(e.target));
    // Labels are placed again when a zoom or a pan has come to rest. While the view is the fitted one, a new
    // size of the box (the window's, or the form's when it wraps) fits the drawing to it again.
    cy.on("viewport", () => {
      if (!fitting) {
        // The reader (or a script) moved the view: it stays where it was put, whatever the box does.
        atFit = false;
        clearTimeout(refit);
        refit = 0;
      }
      clearTimeout(resting);
      resting = setTimeout(() => { resting = 0; status(); }, 120);
    });
    cy.on("resize", () => {
      if (!atFit) return;
      clearTimeout(refit);
      refit = setTimeout(() => { refit = 0; fit(); }, 120);
    });
    egoChip(f);
    $("details").innerHTML = "<p class=\"meta\">" + esc(t("clickNode")) + "</p>";
  }

  /**
   * A force layout comes out round, and the box is usually wide: the positions are stretched along the
   * box's longer side (up to STRETCH times) so the drawing fills it, which also gives the wide labels room.
   */
  function stretchToBox() {
    const b = cy.nodes().boundingBox({ includeLabels: false });
    if (!(b.w > 0 && b.h > 0 && cy.width() > 0 && cy.height() > 0)) return;
    const ratio = (cy.width() / cy.height()) / (b.w / b.h);
    const sx = Math.min(STRETCH, Math.max(1, ratio)), sy = Math.min(STRETCH, Math.max(1, 1 / ratio));
    const cx = (b.x1 + b.x2) / 2, cyy = (b.y1 + b.y2) / 2;
    cy.nodes().positions((n) => ({ x: cx + (n.position("x") - cx) * sx, y: cyy + (n.position("y") - cyy) * sy }));
  }

  /** Fits the drawing to the box, labels included: the nodes first, then again with the labels they get there. */
  function fit() {
    fitting = true;
    try {
      cy.fit(cy.nodes(), FIT_PADDING);
      placeLabels();
      cy.fit(cy.nodes(), FIT_PADDING);
    } finally {
      fitting = false;
    }
    atFit = true;
    status();
  }
  let fitting = false, atFit = false;

  const measure = document.createElement("canvas").getContext("2d");
  /** A label's text and width in model units at a font size, cut with an ellipsis as Cytoscape cuts it (text-max-width). */
  function fitted(label, font) {
    measure.font = font + "px " + FONT;
    const width = (s) => Math.ceil(measure.measureText(s).width);
    const max = MAX_EMS * font;
    if (width(label) < max) return { text: label, width: width(label) };
    const chars = [...label];
    let kept = "";
    for (let i = 0; i < chars.length && width(kept + chars[i] + "…") <= max; i++) kept += chars[i];
    return { text: kept + "…", width: width(kept + "…") };
  }

  /**
   * The rectangle on screen a node's label takes when labels are placed at the current zoom, as Cytoscape
   * bounds it (text, background, margin and its allowance for measuring errors), and half a pixel more each side.
   */
  function labelBox(n, zoom, place) {
    const font = labelPx(n, zoom) / zoom;
    const width = fitted(n.data("text"), font).width * zoom;
    const height = font * zoom;
    const p = n.renderedPosition();
    const edge = PAD + BOUNDS_ERROR * zoom + 0.5;
    const reach = sizeOf(n) * zoom / 2 + MARGIN;  // from the node's centre to the near side of its text
    const x = place.dx === 0 ? p.x - width / 2 : place.dx > 0 ? p.x + reach : p.x - reach - width;
    const y = place.dy === 0 ? p.y - height / 2 : place.dy > 0 ? p.y + reach : p.y - reach - height;
    return { x1: x - edge, x2: x + width + edge, y1: y - edge, y2: y + height + edge };
  }
  const meets = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

  /**
   * The nodes to label at the current zoom: heaviest first, each readable one whose label meets no label
   * already taken and no labelled node's disc (Cytoscape draws a node's label with the node, so a labelled
   * node drawn later would cover it), and whose own disc covers no label taken.
   */
  function labelled() {
    const zoom = cy.zoom();
    const labels = [], discs = [], places = new Map();
    cy.nodes().filter((n) => readableAt(n, zoom)).sort(byWeight).forEach((n) => {
      const disc = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
      if (labels.some((b) => meets(b, disc))) return;
      const place = PLACES.findIndex((p) => {
        const label = labelBox(n, zoom, p);
        return !labels.some((b) => meets(b, label)) && !discs.some((b) => meets(b, label));
      });
      if (place < 0) return;
      labels.push(labelBox(n, zoom, PLACES[place]));
      discs.push(disc);
      places.set(n.id(), place);
    });
    return places;
  }

  /** Sizes the labels for the current zoom and shows the ones to label there. */
  function placeLabels() {
    zoomed = cy.zoom();
    cy.batch(() => {
      cy.style().update();
      const shown = labelled();
      cy.nodes().forEach((n) => {
        if ((n.data("place") || 0) !== (shown.get(n.id()) || 0)) n.data("place", shown.get(n.id()) || 0);
        n.toggleClass("labelled", shown.has(n.id()));
      });
    });
  }

  let resting = 0, refit = 0;
  /** Places the labels, and says the counts, a hint while labels are hidden, and the colours' legend. */
  function status() {
    if (!cy) return;
    placeLabels();
    const shown = cy.nodes(".labelled").length;
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

  /** The view as PNG (Cytoscape's), its labels placed for the current zoom. */
  function png() {
    status();
    return cy.png({ output: "base64uri", full: false, scale: 2, bg: "#ffffff" });
  }

  /** The view as SVG: what is on screen, from the nodes' positions, sizes, colours and placed labels with their backgrounds. */
  function svg() {
    status();
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
    const pad = PAD / zoomed;
    const placed = cy.nodes(".labelled").sort(byWeight).map((n) => {
      const font = labelPx(n, zoomed) / zoomed;
      const label = fitted(n.data("text"), font);
      const place = placeOf(n), p = n.position(), reach = sizeOf(n) / 2 + MARGIN / zoomed;
      const left = place.dx === 0 ? p.x - label.width / 2 : place.dx > 0 ? p.x + reach : p.x - reach - label.width;
      const top = place.dy === 0 ? p.y - font / 2 : place.dy > 0 ? p.y + reach : p.y - reach - font;
      return { x: left + label.width / 2, top: top, font: font, label: label };
    });
    const backgrounds = placed.map((l) => '<rect x="' + r(l.x - l.label.width / 2 - pad) + '" y="' + r(l.top - pad) + '" width="' + r(l.label.width + 2 * pad) +
      '" height="' + r(l.font + 2 * pad) + '" rx="' + r(pad) + '"/>').join("\n");
    const texts = placed.map((l) => '<text x="' + r(l.x) + '" y="' + r(l.top + 0.88 * l.font) + '" font-size="' + r(l.font) + '">' + esc(l.label.text) + "</text>").join("\n");
    return '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<svg xmlns="http://www.w3.org/2000/svg" width="' + cy.width() + '" height="' + cy.height() + '" viewBox="' + r(x.x1) + " " + r(x.y1) + " " + r(x.w) + " " + r(x.h) + '">\n' +
      '<rect x="' + r(x.x1) + '" y="' + r(x.y1) + '" width="' + r(x.w) + '" height="' + r(x.h) + '" fill="#fff"/>\n' +
      '<g class="edges" stroke="#c3c8d2" stroke-opacity="0.7">\n' + lines + "\n</g>\n" +
      '<g class="nodes">\n' + circles + "\n</g>\n" +
      '<g class="label-backgrounds" fill="#fff" fill-opacity="0.85">\n' + backgrounds + "\n</g>\n" +
      '<g class="labels" text-anchor="middle" fill="#1d2433" font-family="' + FONT + '">\n' + texts + "\n</g>\n</svg>\n";
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

  window.journalKgGraph = { png, svg,
    /** The labels to show at the current zoom. */
    readable: () => cy ? [...labelled().keys()].map((id) => cy.getElementById(id).data("text")) : [],
    /** Whether the labels on screen are placed for the current view (no placement or fit is waiting). */
    settled: () => !!cy && !resting && !refit && zoomed === cy.zoom() };
  window.Router.views.push({ name: "graph", matches: (u) => u.pathname === "/graph", show: show });
})();
