#!/usr/bin/env python3
"""Parse single articles out of the issue text (corpus/russian-studies-2026-02.md)
into a structured JSON (head fields, body items with global footnote numbers,
footnotes with their page-local circled numbers).  Written for the eval set only,
from the issue text itself; the project's reader code was not consulted."""
import json, re, sys

ISSUE = '/work/shared/corpus/russian-studies-2026-02.md'
SPEC = '/work/shared/spec/issue-2026-02.json'
CIRC = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'
NOTE_RE = re.compile(r'^\^?([%s])\s+(.*)$' % CIRC)
MARK_RE = re.compile(r'\^\s?([%s])' % CIRC)
CJK = r'[\u2014\u2026\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’《》]'
HEAD1 = re.compile(r'^[一二三四五六七八九十]+、')
HEAD2 = re.compile(r'^（[一二三四五六七八九十]+）')
TERMINAL = set('。！？…；：!?.;:')
CLOSERS = set('”’」』）)》')


def terminal(core):
    while core and core[-1] in CLOSERS:
        core = core[:-1]
        if core and core[-1] in TERMINAL:
            return True
        return False
    return core[-1] in TERMINAL

# article line ranges in the issue (1-based, inclusive): column line or title .. last line
RANGES = {
    3:   (182, 208),
    48:  (824, 1074),
    67:  (1076, 1352),
    91:  (1354, 1768),
    121: (1770, 2053),
}


def despace(s):
    """remove PDF line-break spaces between CJK characters"""
    prev = None
    while prev != s:
        prev = s
        s = re.sub('(' + CJK + r') +(?=' + CJK + ')', r'\1', s)
    return s


def clean_note(s):
    s = re.sub(r'<(https?://[^>]+)>', r'\1', s)
    s = re.sub(r'\*([^*]+)\*', r'\1', s)
    s = s.replace('*', '')
    return s.strip()


def is_note(line):
    return NOTE_RE.match(line) is not None


def parse(page):
    lines = open(ISSUE, encoding='utf-8').read().split('\n')
    a, b = RANGES[page]
    L = [l.rstrip() for l in lines[a - 1:b]]
    spec = [x for x in json.load(open(SPEC, encoding='utf-8'))['articles'] if x['firstPage'] == page][0]
    i = 0
    nb = [(k, l) for k, l in enumerate(L) if l.strip()]
    art = {'page': page, 'spec': spec, 'raw_lines': L}
    idx = 0
    first = nb[0][1]
    if page in (3, 48):
        # column line, title, byline
        art['column'] = first
        idx = 1
    else:
        art['column'] = None
    title_raw = nb[idx][1]
    art['title_raw'] = title_raw
    art['title_has_star'] = title_raw.endswith('*')
    art['title'] = despace(title_raw.rstrip('*').strip())
    idx += 1
    art['byline_raw'] = nb[idx][1]
    idx += 1
    head = {}
    author_notes = []
    funding = None
    body_start = None
    while idx < len(nb):
        k, l = nb[idx]
        if l.startswith('【内容提要】'):
            head['abstract'] = l[len('【内容提要】'):].strip()
        elif l.startswith('【关键词】'):
            head['keywords_raw'] = l[len('【关键词】'):].strip()
        elif l.startswith('【中图分类号】'):
            m = re.search(r'【中图分类号】\**\s*([^*【]+)', l)
            head['clc'] = m.group(1).strip()
            m = re.search(r'【文章标识】\**\s*([^*【]+)', l)
            head['doccode'] = m.group(1).strip()
            m = re.search(r'【文章编号】\**\s*(\S+)', l)
            head['artno'] = m.group(1).strip('*')
        elif l.startswith('** '):
            author_notes.append(l[3:].strip())
        elif l.startswith('* '):
            if art['title_has_star']:
                funding = l[2:].strip()
            else:
                author_notes.append(l[2:].strip())
        else:
            body_start = idx
            break
        idx += 1
    art['head'] = head
    # body
    items = []  # dicts: type para/heading/table/notes/anote/end
    pageno = 0
    in_notes = False
    j = body_start
    while j < len(nb):
        k, l = nb[j]
        if l.startswith('（翻 译') or l.startswith('（翻译'):
            txt = l
            while not txt.rstrip().endswith('）'):
                j += 1
                txt += nb[j][1]
            items.append({'type': 'translator', 'text': txt})
            j += 1
            continue
        if l.startswith('（责任编辑'):
            items.append({'type': 'editor', 'text': l})
            j += 1
            continue
        if is_note(l):
            m = NOTE_RE.match(l)
            items.append({'type': 'note', 'local': m.group(1), 'text': m.group(2), 'page': pageno})
            in_notes = True
            j += 1
            continue
        if l.startswith('* ') or l.startswith('** '):
            if art['title_has_star'] and l.startswith('* '):
                funding = l[2:].strip()
            else:
                author_notes.append(l.split(' ', 1)[1].strip())
            in_notes = True
            j += 1
            continue
        if in_notes:
            pageno += 1
            in_notes = False
        # table block: consecutive raw lines with tabs
        if '\t' in l:
            rows = []
            kk = k
            while kk < len(L) and L[kk].strip() and '\t' in L[kk]:
                rows.append(L[kk].split('\t'))
                kk += 1
            items.append({'type': 'table', 'rows': rows, 'page': pageno})
            while j < len(nb) and nb[j][0] < kk:
                j += 1
            continue
        typ = 'para'
        t = despace(l)
        if (HEAD1.match(t) or HEAD2.match(t)) and len(t) < 60 and not t.endswith('。'):
            typ = 'heading'
        elif re.match(r'^表\s*\d+\s', l):
            typ = 'caption'
        elif re.match(r'^(资料来源|数据来源)[：:]', l):
            typ = 'source'
        items.append({'type': typ, 'text': t, 'page': pageno})
        j += 1
    art['funding'] = funding
    art['author_notes'] = author_notes
    # footnote numbering: per page, markers and notes in order
    pages = {}
    for it in items:
        if it['type'] == 'note':
            pages.setdefault(it['page'], {'notes': [], 'marks': []})['notes'].append(it)
    for it in items:
        if it['type'] in ('para', 'heading', 'caption', 'source'):
            for m in MARK_RE.finditer(it['text']):
                pages.setdefault(it['page'], {'notes': [], 'marks': []})['marks'].append(m.group(1))
    notes = []
    pagemap = {}
    problems = []
    for p in sorted(pages):
        ns, ms = pages[p]['notes'], pages[p]['marks']
        exp = list(CIRC[:len(ns)])
        if [n['local'] for n in ns] != exp or ms != exp:
            problems.append((p, [n['local'] for n in ns], ms))
        for n in ns:
            notes.append({'n': len(notes) + 1, 'local': n['local'], 'page': p,
                          'raw': n['text'], 'text': clean_note(n['text'])})
            pagemap[(p, n['local'])] = len(notes)
    art['problems'] = problems
    # replace markers with placeholders {{fn:N}}
    for it in items:
        if it['type'] in ('para', 'heading', 'caption', 'source'):
            it['text'] = MARK_RE.sub(lambda m: '{{fn:%d}}' % pagemap[(it['page'], m.group(1))], it['text'])
            it['text'] = re.sub(r'\*([^*]+)\*', r'\1', it['text'])
    # join paragraphs across page breaks
    body = []
    joins = []
    pending = None
    for it in items:
        if it['type'] == 'note':
            continue
        if it['type'] == 'para':
            if pending is not None:
                joins.append((pending['text'][-15:], it['text'][:15]))
                pending['text'] += it['text']
                pending['pages'].append(it['page'])
                it = pending
            else:
                it = dict(it)
                it['pages'] = [it['page']]
                body.append(it)
            core = re.sub(r'(\{\{fn:\d+\}\})+$', '', it['text']).rstrip()
            pending = it if core and not terminal(core) else None
            continue
        if pending is not None and it['type'] in ('translator', 'editor'):
            pending = None
        if pending is not None and it['type'] in ('table', 'caption', 'source', 'heading'):
            problems.append(('unjoined before ' + it['type'], pending['text'][-20:]))
            pending = None
        body.append(it)
    art['body'] = body
    art['joins'] = joins
    art['notes'] = notes
    return art


if __name__ == '__main__':
    out = {}
    for p in RANGES:
        art = parse(p)
        print('== p.%d %s  notes=%d spec=%d problems=%s' % (p, art['title'], len(art['notes']), art['spec']['footnotes'], art['problems']))
        for jn in art['joins']:
            print('   join:', jn)
        out[p] = art
    json.dump(out, open('/work/eval/build/articles.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
