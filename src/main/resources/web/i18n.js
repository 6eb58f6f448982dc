// journal-kg page: every visible string in zh, ru and en, and the choice of language.
// The language: lang= in the address wins; else the first of the browser's languages that is
// zh, ru or en; else zh (the journal's own language).
(function () {
  "use strict";
  const LANGS = ["zh", "ru", "en"];

  /** The Russian noun for n: one (1, 21 …), few (2–4, 22–24 …) or many. */
  const ru = (n, one, few, many) => (n % 10 === 1 && n % 100 !== 11 ? one : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? few : many);
  const en = (n, noun) => noun + (n === 1 ? "" : "s");

  const WORDS = {
    zh: {
      title: "期刊知识图谱", overview: "概览", graph: "图谱", sparql: "SPARQL", report: "编辑报告", language: "语言",
      langName: { zh: "中文", ru: "俄文", en: "英文" },
      askPlaceholder: "上合组织 · ШОС · SCO · 赞格祖尔走廊 · 全球南方", askButton: "哪些文章讨论它？", askText: "也查全文",
      counts: { journals: "种期刊", issues: "期", articles: "篇文章", authors: "位作者", notes: "条注释", works: "部引用文献", actors: "个行为体" },
      collection: "馆藏", issueOf: (y, n) => y + " 年第 " + n + " 期", articlesN: (n) => n + " 篇文章",
      pages: (a, b) => "第 " + a + (b && b !== a ? "–" + b : "") + " 页", pageShort: (p) => "第 " + p + " 页",
      notesN: (n) => n + " 条注释", worksN: (n) => n + " 部引用文献", actorsN: (n) => n + " 个行为体",
      topActors: "提及最多的行为体", topWorks: "被引最多的文献", articlesCol: "文章", mentionsCol: "提及", citedByCol: "被引",
      prev: "上一页", next: "下一页", pageOf: (p, n) => "第 " + p + " / " + n + " 页", loading: "加载中…",
      matchNone: (t) => "没有名为“" + t + "”的行为体或概念，也没有文章包含它。", nearest: "相近的名称：",
      matchText: (t, n) => "文本匹配：没有名为“" + t + "”的行为体或概念；" + n + " 篇文章包含它。",
      matchEntity: (n) => n + " 篇文章", mentionsN: (n) => n + " 次提及", textMatch: "文本匹配", partsContain: (n) => n + " 个段落包含它",
      iri: "IRI", raw: "原始三元组", showInGraph: "在图谱中显示", notFound: "没有这个资源。",
      kinds: { article: "文章", person: "人物", work: "文献", actor: "行为体", entity: "行为体", organization: "机构", issue: "期", journal: "期刊", other: "资源", resource: "资源", keyword: "关键词" },
      authors: "作者", translators: "译者", editors: "责任编辑", abstract: "摘要", keywords: "关键词", funding: "基金项目",
      sections: "章节", notes: "注释", actorsNamed: "文中提及的行为体", parts: "正文段落", evidence: "证据",
      names: "姓名", altLabels: "其他写法", affiliations: "所属机构", wrote: "撰写的文章", edited: "编辑的文章", translated: "翻译的文章",
      cited: "被引用的作品", citedIn: "引用它的注释", inArticle: "所在文章", note: "注释", locator: "页码", exports: "导出",
      fields: "著录项", labels: "名称", type: "类型", wikidata: "维基数据", related: "关系", articlesRanked: "讨论它的文章",
      coNamed: "常一同提及的行为体", members: "成员", score: "得分", count: "次数",
      field: { title: "题名", creators: "责任者", editors: "编者", translators: "译者", issued: "出版年", container: "所载", volume: "卷", issue: "期", pages: "页码", publisher: "出版者", place: "出版地", url: "网址", doi: "DOI", language: "语种", type: "类型" },
      relations: { member: "成员", "member←": "所属", broader: "上位概念", "broader←": "下位概念", narrower: "下位概念", "narrower←": "上位概念", related: "相关", "related←": "相关", partOf: "属于", "partOf←": "包含" },
      workTypes: { JournalArticle: "期刊论文", Book: "图书", BookChapter: "图书章节", WebPage: "网页", NewspaperArticle: "报纸文章", MagazineArticle: "杂志文章", Report: "报告", ReportDocument: "报告", Thesis: "学位论文", LegalDocument: "法律文件", Legislation: "法律法规", Document: "文件", Work: "文献" },
      issn: "ISSN", issues: "各期", moreArticles: (n) => "全部 " + n + " 篇文章", editorsOfIssue: "编辑",
      view: "视图", views: { mentions: "文章–行为体（提及）", comentions: "同句提及的行为体", citations: "文章→引用文献", cocitation: "同被引文献", coauthors: "合著者与机构", keywords: "关键词共现" },
      actorType: "行为体类型", all: "全部", article: "文章", minWeight: "最小权重", ego: "中心节点", egoClear: "显示全部", draw: "绘制",
      exportPng: "导出 PNG", exportSvg: "导出 SVG", clickNode: "点击节点查看详情。", weight: "权重", openPage: "打开页面",
      whichArticles: "哪些文章讨论它？", nodesEdges: (n, e) => n + " 个节点 · " + e + " 条边", zoomHint: "放大以显示更多标签。",
      types: { State: "国家", InternationalOrganization: "国际组织", Corridor: "走廊", Strategy: "战略", Concept: "概念", Agreement: "协定", Conflict: "冲突", Place: "地点", Person: "人物", Institution: "机构" },
      findingKinds: { contents: "目录", names: "人名", abstract: "摘要", keywords: "关键词", length: "篇幅", "note-style": "注释格式", markers: "注释标号", url: "网址", ibid: "同上" },
      severities: { error: "错误", warning: "警告", info: "提示" },
      cannedQueries: "预设查询", kind: "类别", severity: "严重程度",
      noReport: "没有报告：此数据库由旧版 journal-kg 构建。请重新构建，或运行 journal-kg check FILES。",
      reportSummary: (e, w, i) => e + " 个错误 · " + w + " 个警告 · " + i + " 条信息", shown: (n) => n + " 条已显示",
      theIssue: "整期", line: "行", finding: "问题", error: "请求失败"
    },
    ru: {
      title: "граф знаний журнала", overview: "Обзор", graph: "Граф", sparql: "SPARQL", report: "Редакционный отчёт", language: "Язык",
      langName: { zh: "китайский", ru: "русский", en: "английский" },
      askPlaceholder: "ШОС · 上合组织 · SCO · Зангезурский коридор · Глобальный Юг", askButton: "Какие статьи об этом?", askText: "искать и в тексте",
      counts: { journals: (n) => ru(n, "журнал", "журнала", "журналов"), issues: (n) => ru(n, "выпуск", "выпуска", "выпусков"), articles: (n) => ru(n, "статья", "статьи", "статей"),
        authors: (n) => ru(n, "автор", "автора", "авторов"), notes: (n) => ru(n, "примечание", "примечания", "примечаний"),
        works: (n) => ru(n, "цитируемая работа", "цитируемые работы", "цитируемых работ"), actors: (n) => ru(n, "актор", "актора", "акторов") },
      collection: "Собрание", issueOf: (y, n) => y + ", № " + n, articlesN: (n) => "статей: " + n,
      pages: (a, b) => "С. " + a + (b && b !== a ? "–" + b : ""), pageShort: (p) => "с. " + p,
      notesN: (n) => "примечаний: " + n, worksN: (n) => "работ: " + n, actorsN: (n) => "акторов: " + n,
      topActors: "Чаще всего называемые акторы", topWorks: "Чаще всего цитируемые работы", articlesCol: "статьи", mentionsCol: "упоминания", citedByCol: "цитирований",
      prev: "назад", next: "далее", pageOf: (p, n) => "стр. " + p + " из " + n, loading: "загрузка…",
      matchNone: (t) => "Ни один актор или понятие не называется «" + t + "», и ни одна статья его не содержит.", nearest: "Похожие названия: ",
      matchText: (t, n) => "Совпадение в тексте: ни один актор или понятие не называется «" + t + "»; статей, где оно есть: " + n + ".",
      matchEntity: (n) => "статей: " + n, mentionsN: (n) => "упоминаний: " + n, textMatch: "совпадение в тексте", partsContain: (n) => "фрагментов с ним: " + n,
      iri: "IRI", raw: "исходные триплеты", showInGraph: "показать в графе", notFound: "Такого ресурса нет.",
      kinds: { article: "Статья", person: "Персона", work: "Работа", actor: "Актор", entity: "Актор", organization: "Организация", issue: "Выпуск", journal: "Журнал", other: "Ресурс", resource: "Ресурс", keyword: "Ключевое слово" },
      authors: "Авторы", translators: "Переводчики", editors: "Ответственный редактор", abstract: "Аннотация", keywords: "Ключевые слова", funding: "Финансирование",
      sections: "Разделы", notes: "Примечания", actorsNamed: "Названные в статье акторы", parts: "Части текста", evidence: "Контекст",
      names: "Имена", altLabels: "Другие написания", affiliations: "Организации", wrote: "Статьи", edited: "Отредактированные статьи", translated: "Переведённые статьи",
      cited: "Цитируемые работы", citedIn: "Цитируется в примечаниях", inArticle: "Статья", note: "Прим.", locator: "Страница", exports: "Экспорт",
      fields: "Описание", labels: "Названия", type: "Тип", wikidata: "Викиданные", related: "Связи", articlesRanked: "Статьи о нём",
      coNamed: "Называемые вместе акторы", members: "Сотрудники", score: "вес", count: "раз",
      field: { title: "Заглавие", creators: "Авторы", editors: "Редакторы", translators: "Переводчики", issued: "Год", container: "Источник", volume: "Том", issue: "Номер", pages: "Страницы", publisher: "Издательство", place: "Место", url: "URL", doi: "DOI", language: "Язык", type: "Тип" },
      relations: { member: "члены", "member←": "входит в", broader: "более широкое", "broader←": "более узкие", narrower: "более узкие", "narrower←": "более широкое", related: "связано с", "related←": "связано с", partOf: "часть", "partOf←": "включает" },
      workTypes: { JournalArticle: "статья в журнале", Book: "книга", BookChapter: "глава книги", WebPage: "веб-страница", NewspaperArticle: "газетная статья", MagazineArticle: "статья в журнале", Report: "доклад", ReportDocument: "доклад", Thesis: "диссертация", LegalDocument: "правовой документ", Legislation: "закон", Document: "документ", Work: "работа" },
      issn: "ISSN", issues: "Выпуски", moreArticles: (n) => "все статьи (" + n + ")", editorsOfIssue: "Редакция",
      view: "Вид", views: { mentions: "статьи – акторы (упоминания)", comentions: "акторы, названные вместе", citations: "статьи → цитируемые работы", cocitation: "работы, цитируемые вместе", coauthors: "соавторы и организации", keywords: "ключевые слова вместе" },
      actorType: "Тип актора", all: "все", article: "Статья", minWeight: "Мин. вес", ego: "Центр", egoClear: "показать все", draw: "Построить",
      exportPng: "Экспорт PNG", exportSvg: "Экспорт SVG", clickNode: "Нажмите на узел, чтобы увидеть подробности.", weight: "вес", openPage: "Открыть страницу",
      whichArticles: "Какие статьи об этом?", nodesEdges: (n, e) => "узлов: " + n + " · рёбер: " + e, zoomHint: "Увеличьте масштаб, чтобы увидеть больше подписей.",
      types: { State: "государство", InternationalOrganization: "международная организация", Corridor: "коридор", Strategy: "стратегия", Concept: "понятие", Agreement: "соглашение", Conflict: "конфликт", Place: "место", Person: "персона", Institution: "учреждение" },
      findingKinds: { contents: "содержание", names: "имена", abstract: "аннотации", keywords: "ключевые слова", length: "объём", "note-style": "оформление сносок", markers: "знаки сносок", url: "веб-адреса", ibid: "там же" },
      severities: { error: "ошибка", warning: "предупреждение", info: "сведение" },
      cannedQueries: "Готовые запросы", kind: "Вид", severity: "Важность",
      noReport: "Отчёта нет: база построена старой версией journal-kg. Постройте её заново или выполните journal-kg check FILES.",
      reportSummary: (e, w, i) => "ошибок: " + e + " · предупреждений: " + w + " · сведений: " + i, shown: (n) => "показано: " + n,
      theIssue: "выпуск", line: "строка", finding: "замечание", error: "запрос не удался"
    },
    en: {
      title: "journal knowledge graph", overview: "Overview", graph: "Graph", sparql: "SPARQL", report: "Editorial report", language: "Language",
      langName: { zh: "Chinese", ru: "Russian", en: "English" },
      askPlaceholder: "SCO · ШОС · 上合组织 · Zangezur corridor · Global South", askButton: "Which articles discuss it?", askText: "also text matches",
      counts: { journals: (n) => en(n, "journal"), issues: (n) => en(n, "issue"), articles: (n) => en(n, "article"), authors: (n) => en(n, "author"),
        notes: (n) => en(n, "note"), works: (n) => en(n, "work") + " cited", actors: (n) => en(n, "actor") },
      collection: "Collection", issueOf: (y, n) => y + ", no. " + n, articlesN: (n) => n + " article" + (n === 1 ? "" : "s"),
      pages: (a, b) => "pp. " + a + (b && b !== a ? "–" + b : ""), pageShort: (p) => "p. " + p,
      notesN: (n) => n + " note" + (n === 1 ? "" : "s"), worksN: (n) => n + " work" + (n === 1 ? "" : "s") + " cited", actorsN: (n) => n + " actor" + (n === 1 ? "" : "s"),
      topActors: "Most-named actors", topWorks: "Most-cited works", articlesCol: "articles", mentionsCol: "mentions", citedByCol: "cited by",
      prev: "previous", next: "next", pageOf: (p, n) => "page " + p + " of " + n, loading: "loading…",
      matchNone: (t) => "No actor or concept is called “" + t + "”, and no article contains it.", nearest: "Nearest labels: ",
      matchText: (t, n) => "Text match: no actor or concept is called “" + t + "”; " + n + " article" + (n === 1 ? " contains" : "s contain") + " it.",
      matchEntity: (n) => n + " article" + (n === 1 ? "" : "s"), mentionsN: (n) => n + " mention" + (n === 1 ? "" : "s"), textMatch: "text match",
      partsContain: (n) => n + " part" + (n === 1 ? " contains" : "s contain") + " it",
      iri: "IRI", raw: "raw triples", showInGraph: "show in graph", notFound: "No such resource.",
      kinds: { article: "Article", person: "Person", work: "Work", actor: "Actor", entity: "Actor", organization: "Organization", issue: "Issue", journal: "Journal", other: "Resource", resource: "Resource", keyword: "Keyword" },
      authors: "Authors", translators: "Translators", editors: "Responsible editor", abstract: "Abstract", keywords: "Keywords", funding: "Funding",
      sections: "Sections", notes: "Notes", actorsNamed: "Actors named", parts: "Text parts", evidence: "Evidence",
      names: "Names", altLabels: "Other spellings", affiliations: "Institutions", wrote: "Articles written", edited: "Articles edited", translated: "Articles translated",
      cited: "Cited works", citedIn: "Cited in notes", inArticle: "Article", note: "Note", locator: "Locator", exports: "Export",
      fields: "Record", labels: "Labels", type: "Type", wikidata: "Wikidata", related: "Relations", articlesRanked: "Articles that discuss it",
      coNamed: "Named together with", members: "Members", score: "score", count: "times",
      field: { title: "Title", creators: "Creators", editors: "Editors", translators: "Translators", issued: "Issued", container: "In", volume: "Volume", issue: "Issue", pages: "Pages", publisher: "Publisher", place: "Place", url: "URL", doi: "DOI", language: "Language", type: "Type" },
      relations: { member: "members", "member←": "member of", broader: "broader", "broader←": "narrower", narrower: "narrower", "narrower←": "broader", related: "related", "related←": "related", partOf: "part of", "partOf←": "has part" },
      workTypes: { JournalArticle: "journal article", Book: "book", BookChapter: "book chapter", WebPage: "web page", NewspaperArticle: "newspaper article", MagazineArticle: "magazine article", Report: "report", ReportDocument: "report", Thesis: "thesis", LegalDocument: "legal document", Legislation: "legislation", Document: "document", Work: "work" },
      issn: "ISSN", issues: "Issues", moreArticles: (n) => "all " + n + " articles", editorsOfIssue: "Editors",
      view: "View", views: { mentions: "articles – actors (mentions)", comentions: "actors named together", citations: "articles → cited works", cocitation: "works cited together", coauthors: "co-authors and institutions", keywords: "keywords together" },
      actorType: "Actor type", all: "all", article: "Article", minWeight: "Min. weight", ego: "Centre", egoClear: "show all", draw: "Draw",
      exportPng: "Export PNG", exportSvg: "Export SVG", clickNode: "Click a node for its details.", weight: "weight", openPage: "Open its page",
      whichArticles: "Which articles discuss it?", nodesEdges: (n, e) => n + " nodes · " + e + " edges", zoomHint: "Zoom in for more labels.",
      types: { State: "state", InternationalOrganization: "international organization", Corridor: "corridor", Strategy: "strategy", Concept: "concept", Agreement: "agreement", Conflict: "conflict", Place: "place", Person: "person", Institution: "institution" },
      findingKinds: { contents: "contents", names: "names", abstract: "abstracts", keywords: "keywords", length: "length", "note-style": "note style", markers: "note markers", url: "web addresses", ibid: "ibid." },
      severities: { error: "error", warning: "warning", info: "info" },
      cannedQueries: "Canned queries", kind: "Kind", severity: "Severity",
      noReport: "No report: this database was built by an older journal-kg. Build it again, or run journal-kg check FILES.",
      reportSummary: (e, w, i) => e + " errors · " + w + " warnings · " + i + " info", shown: (n) => n + " shown",
      theIssue: "the issue", line: "line", finding: "finding", error: "request failed"
    }
  };

  function chosen() {
    const asked = new URLSearchParams(location.search).get("lang");
    if (LANGS.includes(asked)) return asked;
    for (const l of navigator.languages || [navigator.language || ""]) {
      const primary = String(l).toLowerCase().split("-")[0];
      if (LANGS.includes(primary)) return primary;
    }
    return "zh";
  }

  /** Each language by its own name, as the switcher shows it whatever the interface language. */
  const ENDONYMS = { zh: "中文", ru: "Русский", en: "English" };

  const I18n = {
    LANGS,
    ENDONYMS,
    lang: chosen(),
    /** Re-reads the address: called by the router on every navigation. */
    refresh() { this.lang = chosen(); document.documentElement.lang = this.lang; },
    /** The word for key in the interface language (dotted keys reach nested entries). */
    t(key) {
      const v = key.split(".").reduce((o, k) => (o == null ? undefined : o[k]), WORDS[this.lang]);
      return v === undefined ? key : v;
    },
    /** Puts the words into the page's fixed elements: data-i18n (text), data-i18n-placeholder. */
    apply(root) {
      (root || document).querySelectorAll("[data-i18n]").forEach((e) => { e.textContent = this.t(e.dataset.i18n); });
      (root || document).querySelectorAll("[data-i18n-placeholder]").forEach((e) => { e.placeholder = this.t(e.dataset.i18nPlaceholder); });
    },
    /** The word for key, or the fallback (a name the dictionary does not know, e.g. a new actor type). */
    tOr(key, fallback) { const v = this.t(key); return v === key ? fallback : v; },
    /** The text of a {zh, ru, en} object in the interface language, else zh, en, ru, else any. */
    pick(texts) {
      if (!texts) return "";
      if (typeof texts === "string") return texts;
      for (const l of [this.lang, "zh", "en", "ru"]) if (texts[l]) return texts[l];
      const any = Object.values(texts).find((v) => v);
      return any || "";
    }
  };
  I18n.refresh();
  window.I18n = I18n;
})();
