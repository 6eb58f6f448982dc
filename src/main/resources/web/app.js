// journal-kg web page: the ask box, YASGUI on /kg/sparql with the canned queries, the graph view, and the editorial report.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const resourceLink = (iri, text) => '<a href="/resource?iri=' + encodeURIComponent(iri) + '">' + esc(text || iri) + "</a>";

  // Tabs
  document.querySelectorAll("nav button").forEach((b) => b.addEventListener("click", () => show(b.dataset.tab)));
  function show(tab) {
    document.querySelectorAll("nav button").forEach((b) => b.classList.toggle("active", b.dataset.tab === tab));
    document.querySelectorAll(".tab").forEach((s) => s.classList.toggle("active", s.id === tab));
    if (tab === "sparql") initYasgui();
    if (tab === "graph" && !cy) draw();
    if (tab === "report" && !report) loadReport();
  }

  // Report: the editorial findings build wrote for the files in the database (journal-kg check),
  // grouped by file and article, filtered by kind and severity.
  let report = null;
  async function loadReport() {
    report = await (await fetch("/api/report")).json();
    const kinds = [...new Set(report.findings.map((f) => f.kind))].sort();
    $("r-kind").insertAdjacentHTML("beforeend", kinds.map((k) => "<option>" + esc(k) + "</option>").join(""));
    renderReport();
  }
  $("r-kind").addEventListener("change", () => renderReport());
  $("r-severity").addEventListener("change", () => renderReport());
  function renderReport() {
    const out = $("report-results");
    if (!report.available) {
      out.innerHTML = "<p>No report: this database was built by an older journal-kg. Build it again, or run <code>journal-kg check FILES</code>.</p>";
      return;
    }
    const kind = $("r-kind").value, sev = $("r-severity").value;
    const shown = report.findings.filter((f) => (!kind || f.kind === kind) && (!sev || f.severity === sev));
    const count = (s) => report.findings.filter((f) => f.severity === s).length;
    let html = '<p class="meta" id="report-summary">' + count("error") + " errors · " + count("warning") + " warnings · " + count("info") + " info" +
      (shown.length !== report.findings.length ? " · " + shown.length + " shown" : "") + "</p>";
    const groups = new Map();
    shown.forEach((f) => {
      const key = f.file + "\u0000" + (f.article === null ? "" : f.article);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(f);
    });
    groups.forEach((fs, key) => {
      const [file, article] = key.split("\u0000");
      html += "<h3>" + esc(file) + (article ? " · p. " + esc(article) : " · the issue") + "</h3><table class=\"findings\"><tr><th>line</th><th>severity</th><th>kind</th><th>finding</th><th>evidence</th></tr>" +
        fs.map((f) => '<tr class="finding ' + esc(f.severity) + '"><td>' + (f.line || "") + '</td><td class="sev">' + esc(f.severity) + "</td><td>" + esc(f.kind) +
          "</td><td>" + esc(f.message) + "</td><td>" + (f.evidence ? "<mark>" + esc(f.evidence) + "</mark>" : "") + "</td></tr>").join("") + "</table>";
    });
    out.innerHTML = html;
  }

  // Ask: one page at a time; "more" appends the next. A term that names no actor or concept is
  // answered from the full text, and the answer says so.
  $("ask-form").addEventListener("submit", (e) => { e.preventDefault(); ask($("ask-term").value, 0); });
  const PAGE = 20;
  async function ask(term, offset) {
    if (!term.trim()) return;
    const out = $("ask-results");
    if (offset === 0) out.textContent = "…";
    const p = new URLSearchParams({ q: term, limit: PAGE, offset: offset, text: $("ask-text").checked });
    const a = await (await fetch("/api/ask?" + p)).json();
    const nearest = a.nearest.length ? " Nearest labels: " + a.nearest.map((n) => '<a href="#" class="near">' + esc(n) + "</a>").join(", ") + "." : "";
    let head;
    if (a.match === "none") {
      head = "<p>No actor or concept is called “" + esc(term) + "”, and no article contains it." + nearest + "</p>";
    } else if (a.match === "text") {
      head = '<p class="text-match">Text match: no actor or concept is called “' + esc(term) + "”; " + a.total +
        " article" + (a.total === 1 ? "" : "s") + " contain" + (a.total === 1 ? "s" : "") + " it." + nearest + "</p>";
    } else {
      head = '<p class="meta">' + a.entities.map((e) => resourceLink(e)).join(", ") + " · " + a.total + " article" + (a.total === 1 ? "" : "s") + "</p>";
    }
    const items = a.articles.map((h) =>
      '<li class="hit ' + h.match + '"><strong>' + resourceLink(h.article, h.title) + "</strong> <span class=\"meta\">" + (h.firstPage ? "p. " + h.firstPage + " · " : "") +
      (h.match === "text" ? '<span class="badge">text match</span> ' + h.mentions + " part" + (h.mentions === 1 ? "" : "s") + " contain it" : h.mentions + " mentions") +
      "</span>" + h.evidence.map((q) => "<blockquote>" + esc(q) + "</blockquote>").join("") + "</li>").join("");
    const more = a.offset + a.articles.length < a.total
      ? '<button id="ask-more">more (' + (a.offset + a.articles.length + 1) + "–" + Math.min(a.total, a.offset + a.articles.length + PAGE) + " of " + a.total + ")</button>" : "";
    if (offset === 0) {
      out.innerHTML = head + (items ? '<ol id="ask-list">' + items + "</ol>" : "") + more;
    } else {
      $("ask-more").remove();
      $("ask-list").insertAdjacentHTML("beforeend", items);
      out.insertAdjacentHTML("beforeend", more);
    }
    if (more) $("ask-more").addEventListener("click", () => ask(term, a.offset + a.articles.length));
    out.querySelectorAll("a.near").forEach((x) => x.addEventListener("click", (e) => { e.preventDefault(); $("ask-term").value = x.textContent; ask(x.textContent, 0); }));
  }

  // SPARQL editor with the canned queries
  let yasgui = null;
  function initYasgui() {
    if (yasgui) return;
    yasgui = new Yasgui($("yasgui"), {
      requestConfig: { endpoint: "/kg/sparql", method: "POST" },
      copyEndpointOnNewTab: false,
      persistenceId: null,
      yasqe: { autocompleters: [] }
    });
    window.journalKgYasgui = yasgui;
    fetch("/api/queries").then((r) => r.json()).then((qs) => {
      $("canned-list").innerHTML = qs.map((q, i) => '<li><button data-i="' + i + '" title="' + esc(q.description) + '">' + esc(q.name) + "</button></li>").join("");
      $("canned-list").querySelectorAll("button").forEach((b) => b.addEventListener("click", () => {
        const tab = yasgui.getTab();
        tab.setQuery(qs[b.dataset.i].query);
        tab.query();
      }));
    });
  }

  // Graph view
  let cy = null;
  const colours = { article: "#1d3557", entity: "#e63946", work: "#457b9d", person: "#2a9d8f", organization: "#f4a261", keyword: "#8d6cab" };
  $("graph-form").addEventListener("submit", (e) => { e.preventDefault(); draw(); });
  $("g-lang").addEventListener("change", () => { if (cy) cy.nodes().forEach((n) => n.data("label", n.data("label_" + $("g-lang").value) || n.data("label"))); });
  fetch("/api/articles").then((r) => r.json()).then((as) => {
    $("g-article").insertAdjacentHTML("beforeend", as.map((a) => '<option value="' + esc(a.article) + '">' + (a.firstPage ? "p. " + a.firstPage + " " : "") + esc(a.title_zh || a.title_en || "") + "</option>").join(""));
  });
  async function draw() {
    const p = new URLSearchParams({ view: $("g-view").value, lang: $("g-lang").value, min: $("g-min").value, article: $("g-article").value, type: $("g-type").value });
    const g = await (await fetch("/api/graph?" + p)).json();
    if (cy) cy.destroy();
    cy = cytoscape({
      container: $("cy"),
      elements: g.elements,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 9, "text-wrap": "ellipsis", "text-max-width": 120,
          "background-color": (n) => colours[n.data("kind")] || "#999", width: (n) => 8 + Math.min(40, Math.sqrt(n.data("weight"))), height: (n) => 8 + Math.min(40, Math.sqrt(n.data("weight"))) } },
        { selector: "edge", style: { width: (e) => Math.min(8, 0.5 + Math.log(1 + e.data("weight"))), "line-color": "#bbb", "curve-style": "haystack", opacity: 0.7 } },
        { selector: ":selected", style: { "border-width": 3, "border-color": "#222" } }
      ],
      layout: { name: "cose", animate: false, nodeRepulsion: 8000 }
    });
    window.journalKgCy = cy;
    cy.on("tap", "node", (e) => {
      const d = e.target.data();
      $("details").innerHTML = "<h3>" + esc(d.label) + "</h3><p class=\"meta\">" + esc(d.kind) + " · " + esc(d.type) + " · weight " + d.weight + "</p><ul>" +
        ["zh", "ru", "en"].filter((l) => d["label_" + l]).map((l) => "<li>" + l + ": " + esc(d["label_" + l]) + "</li>").join("") + "</ul><p>" +
        resourceLink(d.id, "Everything the graph says about it") + "</p>" +
        (d.kind === "entity" ? '<p><a href="#" id="ask-this">Which articles discuss it?</a></p>' : "");
      const a = $("ask-this");
      if (a) a.addEventListener("click", (ev) => { ev.preventDefault(); $("ask-term").value = d.label_en || d.label; show("ask"); ask($("ask-term").value); });
    });
  }
})();
