#!/usr/bin/env python3
"""Sanity check of the set against expected/*.json with crude per-file extractors
(written for this set only; not a reader).  Prints mismatches."""
import json, os, re, zipfile, glob
import xml.etree.ElementTree as ET

E = '/work/eval'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
H = re.compile(r'^(#+\s*)?([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)')
CIRC = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'


def norm(s):
    s = re.sub(r'<(https?://[^>]+)>', r'\1', s)
    s = s.replace('*', '').replace('\\', '')
    return re.sub(r'\s+', ' ', s).strip()


def docx_info(path):
    z = zipfile.ZipFile(path)
    doc = ET.fromstring(z.read('word/document.xml'))
    paras = []
    for p in doc.iter(W + 'p'):
        st = p.find(W + 'pPr/' + W + 'pStyle')
        txt = ''.join(t.text or '' for t in p.iter(W + 't'))
        paras.append((st.get(W + 'val') if st is not None else None, txt))
    fn = ET.fromstring(z.read('word/footnotes.xml'))
    notes = []
    for f in fn.findall(W + 'footnote'):
        if f.get(W + 'type') in ('separator', 'continuationSeparator'):
            continue
        notes.append(''.join(t.text or '' for t in f.iter(W + 't')).strip())
    refs = len(list(doc.iter(W + 'footnoteReference')))
    heads = sum(1 for s, t in paras if H.match(t))
    return {'title': paras[0], 'notes': notes, 'refs': refs, 'heads': heads}


def jats_info(path):
    x = open(path, encoding='utf-8').read()
    root = ET.fromstring(re.sub(r'<!DOCTYPE[^>]*>', '', x, flags=re.S))
    fns = [re.sub(r'\s+', ' ', ''.join(f.find('p').itertext())).strip() for f in root.iter('fn') if f.get('id', '').startswith('fn')]
    heads = sum(1 for t in root.iter('title') if H.match(''.join(t.itertext()).strip()))
    refs = sum(1 for r in root.iter('xref') if r.get('ref-type') == 'fn')
    fp = root.find('.//article-meta/fpage')
    return {'notes': fns, 'refs': refs, 'heads': heads, 'fpage': int(fp.text) if fp is not None else None,
            'title': ''.join(root.find('.//article-title').itertext()),
            'kwd': [k.text for g in root.iter('kwd-group') if g.get('{http://www.w3.org/XML/1998/namespace}lang') == 'zh' for k in g.iter('kwd')]}


def text_notes(path, lay):
    t = open(path, encoding='utf-8-sig').read().replace('\r\n', '\n')
    lines = t.split('\n')
    heads = sum(1 for l in lines if H.match(l) and len(l) < 70 and not l.endswith('。'))
    if '[^1]:' in t:
        defs = re.split(r'\n(?=\[\^\d+\]:)', t[t.index('[^1]:'):])
        notes = [norm(re.sub(r'^\[\^\d+\]:\s*', '', d)) for d in defs]
        refs = len(re.findall(r'\[\^\d+\](?!:)', t))
    elif lay == 'article' or re.search('^[%s] ' % CIRC, t, re.M):
        notes = [norm(re.sub(r'^\^?[%s]\s*' % CIRC, '', l)) for l in lines if re.match(r'^\^?[%s] ' % CIRC, l)]
        refs = len(re.findall(r'(?<!^)[%s]' % CIRC, t, re.M)) - (0 if lay != 'article' else 0)
        refs = sum(len(re.findall('[%s]' % CIRC, l)) for l in lines if not re.match(r'^\^?[%s] ' % CIRC, l))
    else:
        for head in ('## 注释', '**注释**', '注释：', '参考文献：'):
            if '\n' + head + '\n' in t:
                body, tail = t.split('\n' + head + '\n', 1)
                break
        notes = [norm(re.sub(r'^(\[\d+\]|［\d+］|\d+\.)\s*', '', l)) for l in tail.split('\n') if l.strip()]
        refs = len(re.findall(r'\[\d+\]|［\d+］|<sup>\d+</sup>|\^\d+', body))
    return {'notes': notes, 'refs': refs, 'heads': heads, 'title': lines[0]}


bad = 0
for ej in sorted(glob.glob(E + '/expected/*.json')):
    e = json.load(open(ej, encoding='utf-8'))
    path = os.path.join(E, e['file'])
    lay = e['layout']
    if lay == 'docx':
        i = docx_info(path)
    elif lay == 'jats':
        i = jats_info(path)
    else:
        i = text_notes(path, lay)
    msgs = []
    if len(i['notes']) != e['footnotes']:
        msgs.append('notes %d != %d' % (len(i['notes']), e['footnotes']))
    if i['refs'] != e['footnotes']:
        msgs.append('refs %d != %d' % (i['refs'], e['footnotes']))
    if i['notes'] and norm(i['notes'][0]) != norm(e['first_footnote']):
        msgs.append('first: %r / %r' % (i['notes'][0][:60], e['first_footnote'][:60]))
    if i['notes'] and norm(i['notes'][-1]) != norm(e['last_footnote']):
        msgs.append('last: %r / %r' % (i['notes'][-1][:90], e['last_footnote'][:90]))
    if i['heads'] != e['sections']:
        msgs.append('heads %d != %d' % (i['heads'], e['sections']))
    if lay == 'jats':
        if i['fpage'] != e['firstPage']:
            msgs.append('fpage')
        if i['kwd'] != e['keywords_zh']:
            msgs.append('kwd %s' % i['kwd'])
    raw = open(path, 'rb').read()
    if lay == 'docx':
        raw = zipfile.ZipFile(path).read('word/document.xml')
    s = raw.decode('utf-8', 'replace')
    if e['abstract_zh_start'] and e['abstract_zh_start'] not in s:
        msgs.append('abstract start not found')
    if e['title_zh'] not in s and lay not in ('article',):
        msgs.append('title not found verbatim')
    for au in e['authors_zh']:
        if au not in s and lay != 'article':
            msgs.append('author %s not verbatim' % au)
    print(('OK  ' if not msgs else 'BAD ') + e['file'], '|', i.get('title') if lay == 'docx' else '', '; '.join(msgs))
    bad += bool(msgs)
print('bad:', bad)
