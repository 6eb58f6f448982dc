#!/usr/bin/env python3
"""Deterministic stratified sample of sentences from the bundled issue
data/russian-studies-2026-02.md, for hand annotation of entity mentions.

Usage (from the repository root):
    python3 src/test/resources/eval/mentions/sample.py > /tmp/issue-sample.unannotated.jsonl

Steps
1. Sections.  Front matter (cover, contents, imprint) before the first article
   and the back matter after the English abstracts (notes to contributors,
   imprint) are page furniture and skipped.  Seven articles follow, each ending
   with a "（责任编辑 …）" line, then the Russian abstracts ("Аннотации") and
   the English abstracts ("Abstracts").
2. Lines.  A footnote line starts with a circled number (①…⑳, optionally with
   a leading "^") or with "* " (author note).  Skipped as headings or furniture:
   rubric names, titles and author lines, section headings, 【关键词】 / 【Ключевые
   слова】 / 【Key Words】 and 【中图分类号】 lines, （责任编辑 …）, translator
   lines - in practice every body line with no sentence-final punctuation
   that is shorter than 60 characters, plus the listed prefixes.
   A body line broken by a page (it does not end in final punctuation and is
   long) is joined with the next body line.
3. Sentences.  Split at 。！？； and after ". ", "! ", "? " (not after an
   initial or a bibliographic abbreviation, see split()); drop pieces shorter
   than 15 characters (after stripping).
   A URL does not count towards the 15 characters.
4. Strata by the script of the sentence outside URLs (majority of CJK / Cyrillic / Latin
   letters) and by body/footnote:
      zh-body 60, zh-note 15, ru (abstracts + Russian notes) 15,
      en (abstracts + English notes) 10.
   random.Random(20260228).sample per stratum, strata drawn in that order.
5. Page.  Each article starts at the page given in the contents (3, 5, 24,
   48, 67, 91, 121) and ends before the next one (the last before 146); the
   file has no page markers, so a line's page is interpolated from its
   character offset within the article.  Abstract pages are interpolated over
   146-153 (ru) and 154-160 (en) by abstract.  Pages are estimates, good to
   a page or two.
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 20260228
QUOTA = [("zh-body", 60), ("zh-note", 15), ("ru", 15), ("en", 10)]
ISSUE = Path(__file__).resolve().parents[5] / "data" / "russian-studies-2026-02.md"
ART_PAGES = [3, 5, 24, 48, 67, 91, 121, 146]

NOTE = re.compile(r"^\^?[\u2460-\u2473]|^\* ")
FINAL_CHARS = "。！？；.!?;>"          # ">" closes a <URL>
CLOSERS = "”」』）)】*\"' \u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469^"
ABBREV = {"vol", "no", "pp", "p", "dr", "mr", "st", "eds", "ed", "др", "рук", "им", "т", "с", "см",
          "г", "гг", "м", "спб", "n", "vs", "etc", "et", "al", "u.s", "d.c"}


def ends_sentence(s):
    s = s.rstrip(CLOSERS)
    return bool(s) and s[-1] in FINAL_CHARS
SKIP_PREFIX = ("【关键词】", "【中图分类号】", "【Ключевые", "【 Ключевые", "【Key Words",
               "【 Key Words", "（责任编辑", "（翻 译", "Аннотации", "Abstracts")
CJK = re.compile(r"[\u4e00-\u9fff]")
CYR = re.compile(r"[\u0400-\u04ff]")
LAT = re.compile(r"[A-Za-z]")


URL = re.compile(r"<?(?:https?://|www\.)\S+>?")


def script(s):
    s = URL.sub(" ", s)
    c, r, l = len(CJK.findall(s)), len(CYR.findall(s)), len(LAT.findall(s))
    if c >= r and c * 2 >= l:   # a CJK character carries about two Latin letters
        return "zh"
    return "ru" if r >= l else "en"


MARK = r"(?:\^?[\u2460-\u2473])?"
BOUNDARY = re.compile(r"[。！？；][”」』）]*" + MARK + r"|[.!?][\"”»)]*" + MARK + r"(?= )")


def split(text):
    """Split at 。！？； (a closing quote or footnote marker stays with the
    sentence it closes) and at ". ", "! ", "? " - except after a single
    letter (an initial: "E. Cornell", "С. А. Караганов") or a bibliographic
    abbreviation (Vol., No., pp., г., С., Т., см., ...)."""
    out, start = [], 0
    for m in BOUNDARY.finditer(text):
        if text[m.start()] == ".":
            word = re.search(r"([\w.]*)$", text[start:m.start()]).group(1).split(".")[-1]
            if len(word) == 1 or word.lower() in ABBREV:
                continue
        out.append(text[start:m.end()])
        start = m.end()
    out.append(text[start:])
    # a piece that is only a URL and a date is no sentence: URLs do not count
    return [p.strip() for p in out if len(p.strip()) >= 15 and len(URL.sub("", p).strip()) >= 15]


def units(lines):
    """Yield (kind, page, text) for each sentence-bearing unit of the issue."""
    start = next(i for i, l in enumerate(lines) if l.strip() == "专论·中俄教育年" and i > 150)
    ru_abs = next(i for i, l in enumerate(lines) if l.strip() == "Аннотации" and i > start)
    en_abs = next(i for i, l in enumerate(lines) if l.strip() == "Abstracts" and i > ru_abs)
    end = next(i for i, l in enumerate(lines) if l.startswith("《俄罗斯研究》来稿须知"))
    # article boundaries: first non-note, non-empty line after each （责任编辑 line
    bounds = [start]
    for i in range(start, ru_abs):
        if lines[i].startswith("（责任编辑"):
            j = i + 1
            while j < ru_abs and (not lines[j].strip() or NOTE.match(lines[j])):
                j += 1
            bounds.append(j)
    bounds = bounds[:7] + [ru_abs]
    out = []
    for a in range(7):
        pending = None
        offs, total = {}, 0
        for i in range(bounds[a], bounds[a + 1]):
            offs[i] = total
            total += len(lines[i]) + 1
        n_pages = ART_PAGES[a + 1] - ART_PAGES[a]
        for i in range(bounds[a], bounds[a + 1]):
            l = lines[i].strip()
            page = ART_PAGES[a] + min(n_pages - 1, offs[i] * n_pages // total)
            if not l:
                continue
            if NOTE.match(l):
                out.append(["note", page, l])
                continue
            if l.startswith(SKIP_PREFIX) or "\t" in l:
                continue                       # furniture, table rows
            if pending is not None:
                pending[2] += l
            elif not ends_sentence(l) and len(l) < 60:
                continue                       # heading, title, author line
            else:
                pending = ["body", page, l]
            if ends_sentence(pending[2]):
                out.append(pending)
                pending = None
        if pending:
            out.append(pending)
    for lo, hi, first, last in ((ru_abs, en_abs, 146, 153), (en_abs, end, 154, 160)):
        block = [l.strip() for l in lines[lo:hi] if l.strip()]
        n_abs = sum(1 for l in block if "Аннотация" in l or "Abstract】" in l)
        k, pending = -1, None
        for l in block:
            if "Аннотация" in l or "Abstract】" in l:
                k += 1
            if k < 0 or l.startswith(SKIP_PREFIX):
                continue
            page = first + round(k * (last - first) / max(1, n_abs - 1))
            if pending is not None:
                pending[2] += " " + l
            elif "Аннотация" in l or "Abstract】" in l:
                pending = ["abstract", page, re.sub(r"^【\s*(Аннотация|Abstract)\s*】\s*", "", l)]
            else:
                continue                       # title and author line of an abstract
            if ends_sentence(pending[2]):
                out.append(pending)
                pending = None
    return out


def main():
    lines = ISSUE.read_text(encoding="utf-8").split("\n")
    strata = {name: [] for name, _ in QUOTA}
    for kind, page, text in units(lines):
        for s in split(text):
            lang = script(s)
            if lang == "zh":
                strata["zh-note" if kind == "note" else "zh-body"].append((page, s, kind))
            else:
                strata[lang].append((page, s, kind))
    rng = random.Random(SEED)
    n = 0
    for name, k in QUOTA:
        pool = strata[name]
        print(f"{name}: {len(pool)} sentences, drawing {k}", file=sys.stderr)
        for page, s, kind in rng.sample(pool, k):
            n += 1
            lang = name.split("-")[0]
            print(json.dumps({"id": f"s-{lang}-{n:03d}", "lang": lang, "source": f"issue p.{page}",
                              "part": "footnote" if kind == "note" else ("abstract" if kind == "abstract" else "body"),
                              "text": s, "mentions": []}, ensure_ascii=False))


if __name__ == "__main__":
    main()
