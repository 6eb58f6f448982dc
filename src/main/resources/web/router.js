// journal-kg page: addresses. Every view and its filters live in the address (History API); links
// are real links, which the router follows in place (so "open in new tab" and the back button work).
// Also the few helpers every view uses: escaping, links that keep the chosen language, the API.
(function () {
  "use strict";
  const I18n = window.I18n;

  const esc = (s) => String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

  /** The paths the page draws itself; every other address (/resource, /kg, /api) is the server's. */
  function owns(url) {
    if (url.origin !== location.origin) return false;
    const p = url.pathname;
    return p === "/" || p === "/index.html" || p.startsWith("/id/") || p === "/graph" || p === "/sparql" || p === "/report";
  }

  /** An address of the page with its parameters (empty ones left out), keeping lang= when the current address has it. */
  function href(path, params) {
    const url = new URL(path, location.origin);
    Object.entries(params || {}).forEach(([k, v]) => { if (v !== null && v !== undefined && v !== "" && v !== false) url.searchParams.set(k, v); });
    const lang = new URLSearchParams(location.search).get("lang");
    if (lang && owns(url) && !url.searchParams.has("lang")) url.searchParams.set("lang", lang);
    return url.pathname + url.search;
  }

  // The IRIs under the graph's base have typed pages at /id/…; the base is learned from the refs the API sends.
  let base = "https://w3id.org/journal-kg/id/";
  function learn(ref) {
    if (!ref || !ref.iri || !ref.page || !ref.page.startsWith("/id/")) return;
    const tail = decodeURIComponent(ref.page.slice(4));
    if (ref.iri.endsWith(tail)) base = ref.iri.slice(0, ref.iri.length - tail.length);
  }
  /** The IRI a typed page's path most likely names (the API knows better: this is for the raw link of a page it does not know). */
  function iriOf(path) {
    return base + decodeURIComponent(path.slice(4));
  }
  function pageOf(iri) {
    return iri.startsWith(base) ? href("/id/" + iri.slice(base.length)) : "/resource?iri=" + encodeURIComponent(iri);
  }

  /** A link to a ref {iri, page, label}: its typed page, labelled in the interface language. */
  function refLink(r, cls) {
    learn(r);
    const target = r.page ? (r.page.startsWith("/id/") ? href(r.page) : r.page) : pageOf(r.iri);
    return '<a href="' + esc(target) + '"' + (cls ? ' class="' + cls + '"' : "") + ">" + esc(I18n.pick(r.label) || r.iri) + "</a>";
  }

  /** GET of the JSON API; a failed answer throws with its status. */
  async function api(path, params) {
    const q = new URLSearchParams();
    Object.entries(params || {}).forEach(([k, v]) => { if (v !== null && v !== undefined && v !== "") q.set(k, v); });
    const r = await fetch(path + (q.toString() ? "?" + q : ""));
    if (!r.ok) {
      const e = new Error(path + ": HTTP " + r.status);
      e.status = r.status;
      throw e;
    }
    return r.json();
  }

  // Views: each is {name, matches(url), show(url)}; the first that matches the address draws it.
  const views = [];
  let current = null;

  async function render() {
    I18n.refresh();
    const url = new URL(location.href);
    const view = views.find((v) => v.matches(url));
    document.querySelectorAll("main > section").forEach((s) => s.classList.toggle("active", s.id === "view-" + view.name));
    document.querySelectorAll("[data-nav]").forEach((a) => a.classList.toggle("active", a.dataset.nav === view.name));
    Router.onRender.forEach((f) => f(url, view.name));
    current = view.name;
    await view.show(url);
  }

  function go(address, replace) {
    if (replace) history.replaceState(null, "", address); else history.pushState(null, "", address);
    if (!replace) window.scrollTo(0, 0);
    return render();
  }

  document.addEventListener("click", (e) => {
    const a = e.target.closest("a[href]");
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (a.target || a.hasAttribute("download")) return;
    const url = new URL(a.href, location.href);
    if (!owns(url)) return;
    e.preventDefault();
    if (url.pathname + url.search !== location.pathname + location.search) go(url.pathname + url.search);
  });
  window.addEventListener("popstate", () => render());

  /** True once the address has moved on from url: an answer that arrives late is not drawn over a newer view. */
  const stale = (url) => url.href !== location.href;

  const Router = { esc, href, refLink, pageOf, iriOf, learn, api, go, render, stale, views, onRender: [], get current() { return current; } };
  window.Router = Router;
})();
