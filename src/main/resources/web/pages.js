// journal-kg page: the overview of the collection with the ask box (/), and the typed pages of
// articles, people, works, actors and organizations (/id/…), drawn from /api/overview, /api/ask and /api/page.
(function () {
  "use strict";
  const { esc, href, refLink, pageOf, api } = window.Router;
  const I18n = window.I18n;
  const t = (k) => I18n.t(k);
  const $ = (id) => document.getElementById(id);
  const PAGE = 20;

  const list = (refs, sep) => (refs || []).map((r) => refLink(r)).join(sep || "，");
  const section = (title, body, id) => body ? '<section class="block"' + (id ? ' id="' + id + '"' : "") + "><h2>" + esc(title) + "</h2>" + body + "</section>" : "";
  const pager = (page, pages, address) => pages <= 1 ? "" : '<nav class="pager">' +
    (page > 1 ? '<a rel="prev" href="' + esc(address(page - 1)) + '">‹ ' + esc(t("prev")) + "</a>" : "") +
    '<span class="meta">' + esc(t("pageOf")(page, pages)) + "</span>" +
    (page < pages ? '<a rel="next" href="' + esc(address(page + 1)) + '">' + esc(t("next")) + " ›</a>" : "") + "</nav>";
  const pageNumber = (url) => Math.max(1, parseInt(url.searchParams.get("page") || "1", 10) || 1);
  const failed = (e) => '<p class="error">' + esc(e.status === 404 ? t("notFound") : t("error") + " (" + e.message + ")") + "</p>";

  // ---- Overview and ask (/) ----

  $("ask-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const term = $("ask-term").value.trim();
    window.Router.go(href("/", { ask: term, text: $("ask-text").checked ? "true" : null }));
  });

  async function showOverview(url) {
    const term = url.searchParams.get("ask") || "";
    $("ask-term").value = term;
    $("ask-text").checked = url.searchParams.get("text") === "true";
    document.title = (term ? term + " · " : "") + "journal-kg";
    if (term) {
      $("overview").innerHTML = "";
      await ask(url, term, url.searchParams.get("text") === "true", pageNumber(url));
    } else {
      $("ask-results").innerHTML = "";
      await overview(url, pageNumber(url));
    }
  }

  async function ask(url, term, text, page) {
    const out = $("ask-results");
    out.innerHTML = '<p class="meta">' + esc(t("loading")) + "</p>";
    let a;
    try {
      a = await api("/api/ask", { q: term, limit: PAGE, offset: (page - 1) * PAGE, text: text, lang: I18n.lang });
    } catch (e) { out.innerHTML = failed(e); return; }
    if (window.Router.stale(url)) return;
    const nearest = a.nearest.length ? " " + esc(t("nearest")) + a.nearest.map((n) => '<a href="' + esc(href("/", { ask: n })) + '">' + esc(n) + "</a>").join(", ") : "";
    let head;
    if (a.match === "none") head = '<p class="no-match">' + esc(t("matchNone")(term)) + nearest + "</p>";
    else if (a.match === "text") head = '<p class="text-match">' + esc(t("matchText")(term, a.total)) + nearest + "</p>";
    else head = '<p class="meta" id="ask-entities">' + a.entities.map((iri) => '<a class="entity" data-iri="' + esc(iri) + '" href="' + esc(pageOf(iri)) + '">' + esc(iri) + "</a>").join(", ") +
      " · " + esc(t("matchEntity")(a.total)) + "</p>";
    const items = a.articles.map((h) =>
      '<li class="hit ' + esc(h.match) + '"><a class="title" href="' + esc(pageOf(h.article)) + '">' + esc(h.title) + '</a> <span class="meta">' +
      (h.firstPage ? esc(t("pageShort")(h.firstPage)) + " · " : "") +
      (h.match === "text" ? '<span class="badge">' + esc(t("textMatch")) + "</span> " + esc(t("partsContain")(h.mentions)) : esc(t("mentionsN")(h.mentions))) +
      "</span>" + h.evidence.map((q) => "<blockquote>" + esc(q) + "</blockquote>").join("") + "</li>").join("");
    out.innerHTML = head + (items ? '<ol id="ask-list" start="' + ((page - 1) * PAGE + 1) + '">' + items + "</ol>" : "") +
      pager(page, Math.ceil(a.total / PAGE), (p) => href("/", { ask: term, text: text ? "true" : null, page: p > 1 ? p : null }));
    // The answer names its entities by IRI: their labels come from their pages.
    out.querySelectorAll("a.entity").forEach(async (link) => {
      try { link.textContent = I18n.pick((await api("/api/page", { iri: link.dataset.iri, lang: I18n.lang })).label) || link.textContent; } catch (e) { /* the IRI stays */ }
    });
  }

  async function overview(url, page) {
    const out = $("overview");
    out.innerHTML = '<p class="meta">' + esc(t("loading")) + "</p>";
    let o;
    try {
      o = await api("/api/overview", { offset: (page - 1) * PAGE, limit: PAGE });
    } catch (e) { out.innerHTML = failed(e); return; }
    if (window.Router.stale(url)) return;
    const counts = '<p id="counts">' + Object.keys(t("counts")).filter((k) => o.counts[k] !== undefined)
      .map((k) => { const word = t("counts." + k); return '<span class="count" data-count="' + k + '"><b>' + o.counts[k] + "</b> " + esc(typeof word === "function" ? word(o.counts[k]) : word) + "</span>"; }).join("") + "</p>";
    // The collection's outline: journals, each with its issues.
    const journals = new Map();
    o.issues.forEach((i) => {
      const key = i.journal.iri;
      if (!journals.has(key)) journals.set(key, { journal: i.journal, issues: [] });
      journals.get(key).issues.push(i);
    });
    const outline = [...journals.values()].map((j) => '<div class="journal"><h3>' + refLink(j.journal) + '</h3><ul class="issues">' +
      j.issues.map((i) => '<li><a href="' + esc(href(i.page)) + '">' + esc(t("issueOf")(i.volume, i.number)) + '</a> <span class="meta">' + esc(t("articlesN")(i.articles)) + "</span></li>").join("") +
      "</ul></div>").join("");
    // This page of articles, under a heading for each journal and issue.
    let lastIssue = null;
    let articles = "";
    o.articles.forEach((a) => {
      if (!lastIssue || a.issue.iri !== lastIssue) {
        articles += (lastIssue ? "</ol>" : "") + '<h3 class="issue-head">' + refLink(a.journal) + " · " +
          '<a href="' + esc(href(a.issue.page)) + '">' + esc(t("issueOf")(a.issue.volume, a.issue.number)) + "</a></h3><ol class=\"articles\">";
        lastIssue = a.issue.iri;
      }
      articles += articleItem(a);
    });
    if (lastIssue) articles += "</ol>";
    const actors = '<table class="top" id="top-actors"><tr><th></th><th>' + esc(t("articlesCol")) + "</th><th>" + esc(t("mentionsCol")) + "</th></tr>" +
      o.topActors.map((a) => "<tr><td>" + refLink(a) + ' <span class="meta">' + esc(typeName(a.type)) + "</span></td><td>" + a.articles + "</td><td>" + a.mentions + "</td></tr>").join("") + "</table>";
    const works = '<ol class="top" id="top-works">' + o.topWorks.map((w) => "<li>" + refLink(w) + ' <span class="meta">' +
      esc([(w.creators || []).join(", "), w.issued].filter((x) => x).join(" · ")) + " · " + esc(t("citedByCol")) + " " + w.citedBy + "</span></li>").join("") + "</ol>";
    out.innerHTML = counts + '<div class="columns"><div class="main">' + section(t("collection"), outline, "outline") +
      '<div id="article-list">' + articles + "</div>" +
      pager(page, Math.ceil(o.total / PAGE), (p) => href("/", { page: p > 1 ? p : null })) + "</div>" +
      '<aside class="side">' + section(t("topActors"), actors) + section(t("topWorks"), works) + "</aside></div>";
  }

  // ---- Typed pages (/id/…) ----

  async function showPage(url) {
    const out = $("page");
    out.innerHTML = '<p class="meta">' + esc(t("loading")) + "</p>";
    let p;
    try {
      // The path as the browser sends it (percent-encoded): the API finds IRIs that keep some characters encoded.
      p = await api("/api/page", { path: url.pathname, lang: I18n.lang });
    } catch (e) { out.innerHTML = failed(e) + '<p><a href="/resource?iri=' + encodeURIComponent(window.Router.iriOf(url.pathname)) + '">' + esc(t("raw")) + "</a></p>"; return; }
    if (window.Router.stale(url)) return;
    window.Router.learn(p);
    document.title = I18n.pick(p.label) + " · journal-kg";
    const draw = KINDS[p.kind] || other;
    out.className = "typed " + p.kind;
    out.innerHTML = '<p class="kind">' + esc(I18n.tOr("kinds." + p.kind, p.kind)) + "</p>" + draw(p) + identity(p);
  }

  /** The IRI, the raw triples, and the graph centred on it. */
  function identity(p) {
    const view = { article: "mentions", actor: "mentions", work: "citations", person: "coauthors", organization: "coauthors" }[p.kind];
    return '<footer class="identity"><span class="meta">' + esc(t("iri")) + ':</span> <code class="iri">' + esc(p.iri) + "</code> · " +
      '<a class="raw" href="' + esc(p.raw || "/resource?iri=" + encodeURIComponent(p.iri)) + '">' + esc(t("raw")) + "</a>" +
      (view ? ' · <a class="ego" href="' + esc(href("/graph", { view: view, min: 1, ego: p.iri })) + '">' + esc(t("showInGraph")) + "</a>" : "") + "</footer>";
  }

  /** Texts by language, the interface language first. */
  function byLanguage(texts, cls) {
    const langs = Object.keys(texts || {}).sort((a, b) => (a === I18n.lang ? -1 : b === I18n.lang ? 1 : ["zh", "ru", "en"].indexOf(a) - ["zh", "ru", "en"].indexOf(b)));
    return langs.map((l) => '<div class="' + cls + '" lang="' + esc(l) + '"><span class="lang">' + esc(t("langName." + l)) + "</span> " + esc(texts[l]) + "</div>").join("");
  }

  const quotes = (ev) => (ev || []).map((q) => "<blockquote>" + esc(q) + "</blockquote>").join("");
  // A class the interface has no word for reads as words: "TradeBloc" → "trade bloc".
  const typeName = (type) => I18n.tOr("types." + type, (type || "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());

  function article(p) {
    const titles = p.titles || p.label || {};
    const others = I18n.LANGS.filter((l) => titles[l] && l !== I18n.lang && titles[l] !== I18n.pick(titles));
    // Authors with their institutions, numbered as a journal prints them.
    const institutions = [];
    const authors = (p.authors || []).map((a) => {
      const marks = (a.affiliations || []).map((o) => {
        let i = institutions.findIndex((x) => x.iri === o.iri);
        if (i < 0) { institutions.push(o); i = institutions.length - 1; }
        return i + 1;
      });
      return '<span class="author">' + refLink(a) + (marks.length ? "<sup>" + marks.join(",") + "</sup>" : "") + "</span>";
    }).join("，");
    const where = (p.journal ? refLink(p.journal) : "") + (p.issue ? " · " + refLink(p.issue) : "") +
      (p.pageStart ? " · " + esc(t("pages")(p.pageStart, p.pageEnd)) : "") +
      (p.doi ? ' · DOI <a href="https://doi.org/' + esc(p.doi) + '" rel="noreferrer">' + esc(p.doi) + "</a>" : "");
    const notes = (p.notes || []).map((n) => '<li id="note-' + esc(n.number) + '" value="' + esc(n.number) + '"><span class="note-text">' + esc(n.text) + "</span>" +
      ((n.works || []).length ? '<ul class="note-works">' + n.works.map((w) => "<li>→ " + refLink(w, "work") + (w.locator ? ' <span class="meta">' + esc(w.locator) + "</span>" : "") + "</li>").join("") + "</ul>" : "") +
      "</li>").join("");
    const actors = (p.actors || []).map((a) => '<tr class="actor"><td>' + refLink(a) + '<div class="meta">' + esc(typeName(a.type)) + "</div></td><td class=\"num\">" + a.mentions + "</td><td>" + quotes(a.evidence) + "</td></tr>").join("");
    return '<p class="where">' + where + "</p>" +
      '<h1 lang="' + esc(I18n.lang) + '">' + esc(I18n.pick(titles)) + "</h1>" +
      others.map((l) => '<p class="subtitle" lang="' + esc(l) + '">' + esc(titles[l]) + "</p>").join("") +
      '<p class="authors">' + authors + "</p>" +
      (institutions.length ? '<ol class="institutions">' + institutions.map((o) => "<li>" + refLink(o) + "</li>").join("") + "</ol>" : "") +
      ((p.translators || []).length ? '<p class="people"><span class="meta">' + esc(t("translators")) + ":</span> " + list(p.translators) + "</p>" : "") +
      ((p.editors || []).length ? '<p class="people"><span class="meta">' + esc(t("editors")) + ":</span> " + list(p.editors) + "</p>" : "") +
      section(t("abstract"), byLanguage(p.abstracts, "abstract"), "abstracts") +
      section(t("keywords"), (p.keywords || []).length ? '<p class="keywords">' + p.keywords.map((k) => refLink(k, "kw")).join("") + "</p>" : "") +
      section(t("funding"), (p.funding || []).map((f) => "<p>" + esc(f) + "</p>").join("")) +
      section(t("sections"), (p.sections || []).length ? '<ul class="sections">' + p.sections.map((s) => '<li class="level-' + esc(s.level || 1) + '"><b>' + esc(s.number) + "</b> " + esc(s.title) + "</li>").join("") + "</ul>" : "") +
      section(t("actorsNamed"), actors ? '<table class="actors"><tr><th></th><th>' + esc(t("mentionsCol")) + "</th><th>" + esc(t("evidence")) + "</th></tr>" + actors + "</table>" : "", "actors") +
      section(t("notes"), notes ? '<ol class="notes">' + notes + "</ol>" : "", "notes") +
      section(t("parts"), (p.parts || []).length ? '<ul class="parts">' + p.parts.map((x) => '<li><a href="/resource?iri=' + encodeURIComponent(x.iri) + '">' + esc(x.where || x.iri) + "</a>" +
        (x.lang ? ' <span class="meta">' + esc(x.lang) + "</span>" : "") + "</li>").join("") + "</ul>" : "");
  }

  function person(p) {
    const cited = (p.cited || []).map((c) => "<li>" + refLink(c.work) + ' <span class="meta">← ' + list(c.articles) + "</span></li>").join("");
    return "<h1>" + esc(I18n.pick(p.names || p.label)) + "</h1>" + byLanguage(p.names, "name") +
      ((p.altLabels || []).length ? '<p class="alt"><span class="meta">' + esc(t("altLabels")) + ":</span> " + p.altLabels.map(esc).join(" · ") + "</p>" : "") +
      section(t("affiliations"), (p.affiliations || []).length ? "<ul>" + p.affiliations.map((o) => "<li>" + refLink(o) + "</li>").join("") + "</ul>" : "") +
      section(t("wrote"), refs(p.wrote), "wrote") + section(t("edited"), refs(p.edited)) + section(t("translated"), refs(p.translated)) +
      section(t("cited"), cited ? "<ul>" + cited + "</ul>" : "", "cited");
  }
  const refs = (rs) => (rs || []).length ? '<ul class="refs">' + rs.map((r) => "<li>" + refLink(r) + "</li>").join("") + "</ul>" : "";

  function work(p) {
    // The creators and the container are linked where the graph knows them as resources.
    const linked = { creators: (p.creators || []).length ? list(p.creators, "; ") : null, container: p.container ? refLink(p.container) : null };
    const fields = (p.fields || []).map((f) => '<tr><th>' + esc(I18n.tOr("field." + f.name, f.name)) + "</th><td>" +
      (linked[f.name] || (/^https?:\/\//.test(f.value) ? '<a href="' + esc(f.value) + '" rel="noreferrer">' + esc(f.value) + "</a>" : esc(f.value))) + "</td></tr>").join("");
    const citedIn = (p.citedIn || []).map((c) => '<li class="citing">' + refLink(c.article) + ' <span class="meta">' + esc(t("note")) + " " + esc(c.note) +
      (c.locator ? " · " + esc(c.locator) : "") + "</span><blockquote>" + esc(c.text) + "</blockquote></li>").join("");
    const exports = Object.entries(p.exports || {}).map(([f, u]) => '<a class="export" href="' + esc(u) + '" download>' + esc(f) + "</a>").join(" ");
    return "<h1>" + esc(I18n.pick(p.label)) + "</h1>" + ((p.creators || []).length ? '<p class="authors">' + list(p.creators) + "</p>" : "") +
      '<p class="meta">' + esc(I18n.tOr("workTypes." + p.type, p.type || "")) + "</p>" +
      section(t("fields"), fields ? '<table class="fields">' + fields + "</table>" : "", "fields") +
      section(t("citedIn"), citedIn ? '<ul class="cited-in">' + citedIn + "</ul>" : "", "cited-in") +
      section(t("exports"), exports ? "<p>" + exports + "</p>" : "");
  }

  function actor(p) {
    const articles = (p.articles || []).map((a) => '<li class="ranked">' + refLink(a) + ' <span class="meta">' + esc(t("mentionsN")(a.mentions)) +
      (a.score !== undefined ? " · " + esc(t("score")) + " " + esc(Math.round(a.score * 100) / 100) : "") + "</span>" + quotes(a.evidence) + "</li>").join("");
    return "<h1>" + esc(I18n.pick(p.labels || p.label)) + "</h1>" + '<p class="meta">' + esc(typeName(p.type)) +
      (p.wikidata ? ' · <a href="' + esc(p.wikidata) + '" rel="noreferrer">' + esc(t("wikidata")) + " " + esc(p.wikidata.replace(/.*\//, "")) + "</a>" : "") + "</p>" +
      byLanguage(p.labels, "name") +
      ((p.altLabels || []).length ? '<p class="alt"><span class="meta">' + esc(t("altLabels")) + ":</span> " + p.altLabels.map(esc).join(" · ") + "</p>" : "") +
      (p.ask ? '<p><a id="ask-actor" href="' + esc(href("/", { ask: p.ask })) + '">' + esc(t("whichArticles")) + "</a>" +
        (p.articlesTotal > (p.articles || []).length ? " " + esc(t("moreArticles")(p.articlesTotal)) : "") + "</p>" : "") +
      section(t("articlesRanked"), articles ? '<ol class="ranked">' + articles + "</ol>" : "", "ranked") +
      section(t("coNamed"), (p.coNamed || []).length ? '<p class="co-named">' + p.coNamed.map((c) => refLink(c) + ' <span class="meta">×' + c.count + "</span>").join(" · ") + "</p>" : "") +
      section(t("related"), relations(p.related), "related");
  }

  /** The knowledge base's links, one line per relation and direction ("←": the other is the subject). */
  function relations(related) {
    const groups = new Map();
    (related || []).forEach((r) => {
      const key = r.relation + (r.inverse ? "←" : "");
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(r);
    });
    return groups.size ? '<table class="fields">' + [...groups].map(([key, rs]) => "<tr><th>" + esc(I18n.tOr("relations." + key, key)) + "</th><td>" + list(rs) + "</td></tr>").join("") + "</table>" : "";
  }

  function organization(p) {
    return "<h1>" + esc(I18n.pick(p.names || p.label)) + "</h1>" + byLanguage(p.names, "name") + section(t("members"), refs(p.members), "members");
  }

  /** An article as the overview and the issue list it: title, byline, pages, keywords, counts. */
  function articleItem(a) {
    return '<li class="article">' + refLink(a, "title") + '<div class="byline">' + list(a.authors) +
      (a.pageStart ? ' <span class="meta">· ' + esc(t("pages")(a.pageStart, a.pageEnd)) + "</span>" : "") + "</div>" +
      (a.keywords && a.keywords.length ? '<div class="keywords">' + a.keywords.map((k) => refLink(k, "kw")).join("") + "</div>" : "") +
      '<div class="meta counts">' + esc(t("notesN")(a.notes)) + " · " + esc(t("worksN")(a.works)) + " · " + esc(t("actorsN")(a.actors)) + "</div></li>";
  }

  function issue(p) {
    return '<p class="where">' + (p.journal ? refLink(p.journal) : "") + (p.issued ? " · " + esc(p.issued) : "") + "</p>" +
      "<h1>" + esc(p.volume && p.number ? t("issueOf")(p.volume, p.number) : I18n.pick(p.label)) + "</h1>" +
      ((p.editors || []).length ? '<p class="people"><span class="meta">' + esc(t("editorsOfIssue")) + ":</span> " + list(p.editors) + "</p>" : "") +
      section(t("articlesCol"), (p.articles || []).length ? '<ol class="articles">' + p.articles.map(articleItem).join("") + "</ol>" : "", "issue-articles");
  }

  function journal(p) {
    return "<h1>" + esc(I18n.pick(p.titles || p.label)) + "</h1>" + byLanguage(p.titles, "name") +
      (p.issn ? '<p class="meta">' + esc(t("issn")) + " " + esc(p.issn) + "</p>" : "") +
      section(t("issues"), (p.issues || []).length ? '<ul class="refs">' + p.issues.map((i) => "<li>" +
        (i.volume && i.number ? '<a href="' + esc(href(i.page)) + '">' + esc(t("issueOf")(i.volume, i.number)) + "</a>" : refLink(i)) + "</li>").join("") + "</ul>" : "");
  }

  /** Any other resource: its label and whatever else the API says, as a plain list. */
  function other(p) {
    const skip = ["iri", "page", "raw", "kind", "label"];
    const value = (v) => Array.isArray(v) ? "<ul>" + v.map((x) => "<li>" + value(x) + "</li>").join("") + "</ul>"
      : v && typeof v === "object" ? (v.iri ? refLink(v) : Object.values(v).every((x) => typeof x === "string") ? byLanguage(v, "name") : esc(JSON.stringify(v)))
        : esc(v);
    const types = (p.types || []).map((iri) => typeName(iri.replace(/^.*[/#]/, ""))).join(" · ");
    return "<h1>" + esc(I18n.pick(p.label) || p.iri) + "</h1>" + (types ? '<p class="meta">' + esc(types) + "</p>" : "") +
      section(t("articlesCol"), refs(p.articles), "articles-of") + '<table class="fields">' +
      Object.keys(p).filter((k) => !skip.includes(k) && k !== "types" && k !== "articles").map((k) => "<tr><th>" + esc(k) + "</th><td>" + value(p[k]) + "</td></tr>").join("") + "</table>";
  }

  const KINDS = { article, person, work, actor, organization, issue, journal };

  window.Router.views.push(
    { name: "page", matches: (u) => u.pathname.startsWith("/id/"), show: showPage },
    { name: "overview", matches: (u) => u.pathname === "/" || u.pathname === "/index.html", show: showOverview });
})();
