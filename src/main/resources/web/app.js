// journal-kg page: the header (views, language switcher), the SPARQL view (YASGUI on /kg/sparql with
// the canned queries, /sparql?canned=NAME), the editorial report (/report?kind=…&severity=…), and the start.
(function () {
  "use strict";
  const { esc, href, api } = window.Router;
  const I18n = window.I18n;
  const t = (k) => I18n.t(k);
  const $ = (id) => document.getElementById(id);

  // Every failed request or resource is counted, so a test (or a curious reader) can see none was.
  window.journalKgFailures = [];
  const fetchOriginal = window.fetch;
  window.fetch = function (...args) {
    const what = String(args[0] && args[0].url ? args[0].url : args[0]);
    return fetchOriginal.apply(this, args).then((r) => {
      if (!r.ok) window.journalKgFailures.push(r.status + " " + what);
      return r;
    }, (e) => { window.journalKgFailures.push("failed " + what); throw e; });
  };
  window.addEventListener("error", (e) => {
    if (e.target && e.target !== window) window.journalKgFailures.push("resource " + (e.target.src || e.target.href));
  }, true);

  // ---- Header: the words, the active view, the language switcher (the same address in another language) ----
  window.Router.onRender.push(() => {
    I18n.apply(document);
    document.querySelectorAll("[data-nav]").forEach((a) => { a.href = href(a.dataset.nav === "overview" ? "/" : "/" + a.dataset.nav); });
    $("langs").innerHTML = I18n.LANGS.map((l) => {
      const url = new URL(location.href);
      url.searchParams.set("lang", l);
      const name = I18n.ENDONYMS[l];
      return l === I18n.lang ? '<b lang="' + l + '">' + name + "</b>" : '<a lang="' + l + '" hreflang="' + l + '" href="' + esc(url.pathname + url.search) + '">' + name + "</a>";
    }).join(" · ");
  });

  // ---- SPARQL ----
  let yasgui = null;
  let queries = null;

  /** The graph's own prefixes, read from the canned queries' PREFIX lines. */
  function prefixes(qs) {
    const map = {};
    qs.forEach((q) => q.query.replace(/PREFIX\s+([\w-]*):\s*<([^>]*)>/gi, (m, p, ns) => { map[p] = ns; return m; }));
    return map;
  }

  async function showSparql(url) {
    if (!queries) {
      queries = await api("/api/queries");
      // YASQE's prefix completer asks prefix.cc and its class and property completers ask LOV: the
      // page asks no other host, so prefixes come from the graph's own list, and the others are off.
      const keep = ["prefixes", "variables"];
      const on = Yasgui.Yasqe.defaults.autocompleters;
      on.splice(0, on.length, ...on.filter((a) => keep.includes(a)));
      yasgui = new Yasgui($("yasgui"), {
        requestConfig: { endpoint: location.origin + "/kg/sparql", method: "POST" },
        copyEndpointOnNewTab: false,
        persistenceId: null,
        // The page's own address is not a YASGUI share link: its parameters are the page's.
        populateFromUrl: false,
        endpointCatalogueOptions: { getData: () => [{ endpoint: location.origin + "/kg/sparql" }] },
        yasqe: { prefixCcApi: "data:application/json," + encodeURIComponent(JSON.stringify(prefixes(queries))) }
      });
      window.journalKgYasgui = yasgui;
    }
    $("canned-list").innerHTML = queries.map((q) => '<li><a href="' + esc(href("/sparql", { canned: q.name })) + '" title="' + esc(q.description) + '">' + esc(q.name) + "</a></li>").join("");
    const chosen = queries.find((q) => q.name === url.searchParams.get("canned"));
    $("canned-list").querySelectorAll("a").forEach((a) => a.classList.toggle("active", chosen && a.textContent === chosen.name));
    if (chosen) {
      const tab = yasgui.getTab();
      if (tab.getQuery() !== chosen.query) {
        tab.setQuery(chosen.query);
        tab.query();
      }
    }
  }

  // ---- Report: the editorial findings build wrote for the files in the database, by file and article ----
  let report = null;
  ["r-kind", "r-severity"].forEach((id) => $(id).addEventListener("change", () =>
    window.Router.go(href("/report", { kind: $("r-kind").value, severity: $("r-severity").value }))));

  async function showReport(url) {
    if (!report) report = await api("/api/report");
    const kind = url.searchParams.get("kind") || "", sev = url.searchParams.get("severity") || "";
    const kinds = [...new Set(report.findings.map((f) => f.kind))].sort();
    // Values stay the report's own (they go into the address); what the reader sees is translated.
    const kindName = (k) => I18n.tOr("findingKinds." + k, k), severityName = (s) => I18n.tOr("severities." + s, s);
    $("r-kind").innerHTML = '<option value="">' + esc(t("all")) + "</option>" + kinds.map((k) => '<option value="' + esc(k) + '">' + esc(kindName(k)) + "</option>").join("");
    $("r-severity").innerHTML = '<option value="">' + esc(t("all")) + "</option>" + ["error", "warning", "info"].map((k) => '<option value="' + k + '">' + esc(severityName(k)) + "</option>").join("");
    $("r-kind").value = kind;
    $("r-severity").value = sev;
    const out = $("report-results");
    if (!report.available) {
      out.innerHTML = "<p>" + esc(t("noReport")) + "</p>";
      return;
    }
    const shown = report.findings.filter((f) => (!kind || f.kind === kind) && (!sev || f.severity === sev));
    const count = (s) => report.findings.filter((f) => f.severity === s).length;
    let html = '<p class="meta" id="report-summary">' + esc(t("reportSummary")(count("error"), count("warning"), count("info"))) +
      (shown.length !== report.findings.length ? " · " + esc(t("shown")(shown.length)) : "") + "</p>";
    const groups = new Map();
    shown.forEach((f) => {
      const key = f.file + "\u0000" + (f.article === null ? "" : f.article);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(f);
    });
    groups.forEach((fs, key) => {
      const [file, article] = key.split("\u0000");
      html += "<h3>" + esc(file) + " · " + (article ? esc(t("pageShort")(article)) : esc(t("theIssue"))) + '</h3><table class="findings"><tr><th>' + esc(t("line")) + "</th><th>" +
        esc(t("severity")) + "</th><th>" + esc(t("kind")) + "</th><th>" + esc(t("finding")) + "</th><th>" + esc(t("evidence")) + "</th></tr>" +
        fs.map((f) => '<tr class="finding ' + esc(f.severity) + '"><td>' + (f.line || "") + '</td><td class="sev">' + esc(severityName(f.severity)) + "</td><td>" + esc(kindName(f.kind)) +
          "</td><td>" + esc(f.message) + "</td><td>" + (f.evidence ? "<mark>" + esc(f.evidence) + "</mark>" : "") + "</td></tr>").join("") + "</table>";
    });
    out.innerHTML = html;
  }

  window.Router.views.push(
    { name: "sparql", matches: (u) => u.pathname === "/sparql", show: showSparql },
    { name: "report", matches: (u) => u.pathname === "/report", show: showReport });
  window.Router.render();
})();
