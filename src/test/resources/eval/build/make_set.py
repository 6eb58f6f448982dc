#!/usr/bin/env python3
"""Generate the held-out eval files from build/articles.json (made by parse_issue.py).
Each writer below produces one layout with its own variations; pandoc is run
afterwards by build.sh for docx/jats."""
import json, os, re, html

B = '/work/eval/build'
OUT = '/work/eval'
SRC = os.path.join(B, 'src')          # pandoc inputs that are not part of the set
os.makedirs(SRC, exist_ok=True)
D = json.load(open(os.path.join(B, 'articles.json'), encoding='utf-8'))
ISSUE = '/work/shared/corpus/russian-studies-2026-02.md'

FN = re.compile(r'\{\{fn:(\d+)\}\}')


def art(p):
    return D[str(p)]


def authors(a):
    return [x['name']['zh'] for x in a['spec']['authors']]


def keywords(a):
    return a['spec'].get('keywords', {}).get('zh', [])


def kw_source(a):
    """keywords as printed in the issue (quotes kept, e.g. “一带一路”)"""
    raw = a['head'].get('keywords_raw')
    return raw.split() if raw else []


def translator(a):
    return [x['name']['zh'] for x in a['spec'].get('translators', [])]


def mk(text, style, a=None):
    """render footnote placeholders"""
    def rep(m):
        n = int(m.group(1))
        if style == 'bracket':
            return '[%d]' % n
        if style == 'fw':
            return '［%d］' % n
        if style == 'caret':
            return '^%d' % n
        if style == 'sup':
            return '<sup>%d</sup>' % n
        if style == 'pandoc':
            return '[^%d]' % n
        if style == 'circled':
            return a['notes'][n - 1]['local']
        if style == 'none':
            return ''
        raise ValueError(style)
    return FN.sub(rep, text)


def fns_in(text):
    return [int(x) for x in FN.findall(text)]


def note_plain(a, n):
    return a['notes'][n - 1]['text']


def note_md(a, n, angle=True):
    """note in markdown: keep *italics*, URLs in <...> when angle"""
    raw = a['notes'][n - 1]['raw'].strip()
    if not angle:
        raw = re.sub(r'<(https?://[^>]+)>', r'\1', raw)
    return raw


def md_escape(s):
    return s.replace('~', '\\~').replace('$', '\\$')


def editor(a):
    for it in a['body']:
        if it['type'] == 'editor':
            name = it['text'].strip('（）').replace('责任编辑', '').replace(' ', '')
            return '（责任编辑 %s）' % name


TRANS_AFF = {3: '华东师范大学传播学院博士后，太平洋国立大学亚洲与北极经济研究中心兼职研究员',
             48: '华东师范大学外国语学院副教授'}


def translator_line(a):
    if a['page'] in TRANS_AFF:
        return '（翻译：%s，%s）' % (translator(a)[0], TRANS_AFF[a['page']])
    return None


def first_page(a):
    m = re.search(r'02-(\d{4})\((\d+)\)', a['head'].get('artno', '') or '')
    if m:
        fp, n = int(m.group(1)), int(m.group(2))
        return fp, fp + n - 1
    return a['spec']['firstPage'], a['spec']['lastPage']


def write(name, text, bom=False, crlf=False):
    if crlf:
        text = text.replace('\n', '\r\n')
    with open(os.path.join(OUT, name), 'w', encoding='utf-8-sig' if bom else 'utf-8', newline='') as f:
        f.write(text)


EXPECTED = {}


def expect(name, layout, a, with_page):
    notes = a['notes']
    ab = a['head'].get('abstract')
    EXPECTED[name] = {
        'file': name,
        'layout': layout,
        'title_zh': a['spec']['title']['zh'],
        'authors_zh': authors(a),
        'keywords_zh': keywords(a),
        'footnotes': len(notes),
        'first_footnote': notes[0]['text'],
        'last_footnote': notes[-1]['text'],
        'abstract_zh_start': ab[:20] if ab else None,
        'firstPage': first_page(a)[0] if with_page else None,
        'sections': sum(1 for it in a['body'] if it['type'] == 'heading'),
    }
    assert len(notes) == a['spec']['footnotes'], name


# ---------------------------------------------------------------- article layout

def article_layout(p, name):
    a = art(p)
    lines = a['raw_lines']
    text = '\n'.join(lines).rstrip('\n') + '\n'
    write(name, text)
    expect(name, 'article', a, True)


# ---------------------------------------------------------------- web layout

def table_txt(it, sep='\t'):
    return '\n'.join(sep.join(c.strip() for c in r) for r in it['rows'])


def web(p, name, *, byline, head_style, kw_sep, marker, notes_head, note_fmt,
        blank=True, author_label='作者简介：', funding=True, title_split=False,
        inline_notes=False, keep_editor=False, trans=None, kw_quotes=False,
        bom=False, crlf=False, after_byline=None, after_kw=None):
    a = art(p)
    out = []
    t = a['spec']['title']['zh']
    if title_split and '——' in t:
        main, sub = t.split('——', 1)
        out += [main, '——' + sub]
    else:
        out.append(t)
    out.append(byline)
    if after_byline:
        out.append(after_byline)
    ab = a['head'].get('abstract')
    kws = kw_source(a) if kw_quotes else keywords(a)
    lab = {'lenticular': ('【内容提要】', '【关键词】', '【作者简介】', '【基金项目】'),
           'colon': ('摘要：', '关键词：', author_label, '基金项目：'),
           'square': ('[摘要]', '[关键词]', '[作者简介]', '[基金项目]')}[head_style]
    if ab:
        out.append(lab[0] + ab)
    if kws:
        out.append(lab[1] + kw_sep.join(kws))
    if after_kw:
        out.append(after_kw)
    if funding and a['funding']:
        fund = re.sub(r'^本文系', '', a['funding'])
        fund = re.sub(r'(的)?(阶段性成果|阶段成果|成果)。.*$', '', fund)
        out.append(lab[3] + fund)
    if a['author_notes'] and author_label:
        out.append((lab[2] if head_style != 'colon' else author_label) + a['author_notes'][0])
    if trans:
        out.append(trans)
    for it in a['body']:
        ty = it['type']
        if ty in ('para', 'heading', 'caption', 'source'):
            out.append(mk(it['text'], marker, a))
            if inline_notes:
                for n in fns_in(it['text']):
                    out.append('%s %s' % (a['notes'][n - 1]['local'], note_plain(a, n)))
        elif ty == 'table':
            out.append(table_txt(it))
        elif ty == 'translator' and keep_editor:
            out.append(translator_line(a))
        elif ty == 'editor' and keep_editor:
            out.append(editor(a))
    if not inline_notes:
        out.append(notes_head)
        for nn in a['notes']:
            out.append(note_fmt.format(n=nn['n'], t=nn['text']))
    sep = '\n\n' if blank else '\n'
    text = sep.join(out) + '\n'
    write(name, text, bom=bom, crlf=crlf)
    expect(name, 'web', a, False)


# ---------------------------------------------------------------- markdown layout

def pipe_table(it):
    rows = [[c.strip().replace('|', '\\|') for c in r] for r in it['rows']]
    w = max(len(r) for r in rows)
    rows = [r + [''] * (w - len(r)) for r in rows]
    o = ['| ' + ' | '.join(rows[0]) + ' |', '|' + '|'.join(['---'] * w) + '|']
    o += ['| ' + ' | '.join(r) + ' |' for r in rows[1:]]
    return '\n'.join(o)


def html_table(it):
    o = ['<table>']
    for k, r in enumerate(it['rows']):
        tag = 'th' if k == 0 else 'td'
        o.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, html.escape(c.strip()), tag) for c in r) + '</tr>')
    o.append('</table>')
    return '\n'.join(o)


def pandoc_md(p, *, title='#', head_bold=True, fund=True, trans_end=True, yaml=None,
              heading_levels=('##', '###'), wrap_notes=False, angle=True, abstract_label='内容提要',
              kw_sep='；', for_jats=False):
    """pandoc-flavoured markdown text for article p"""
    a = art(p)
    o = []
    if yaml is not None:
        o.append(yaml)
    t = a['spec']['title']['zh']
    if title == '#':
        o.append('# ' + t)
    elif title == 'plain':
        o.append(t)
    if yaml is None or not for_jats:
        if title is not None:
            o.append('　'.join(authors(a)) if len(authors(a)) > 1 else authors(a)[0])
    B_ = (lambda s: '**%s：**' % s) if head_bold else (lambda s: '%s：' % s)
    if not for_jats:
        ab = a['head'].get('abstract')
        if ab:
            o.append(B_(abstract_label) + ab)
        if keywords(a):
            o.append(B_('关键词') + kw_sep.join(keywords(a)))
        if fund and a['funding']:
            o.append(B_('基金项目') + a['funding'])
        if a['author_notes']:
            o.append(B_('作者简介') + a['author_notes'][0])
    for it in a['body']:
        ty = it['type']
        if ty == 'heading':
            lvl = heading_levels[0] if re.match(r'^[一二三四五六七八九十]+、', it['text']) else heading_levels[1]
            o.append(lvl + ' ' + md_escape(mk(it['text'], 'pandoc')))
        elif ty in ('para', 'caption', 'source'):
            o.append(md_escape(mk(it['text'], 'pandoc')))
        elif ty == 'table':
            o.append(pipe_table(it))
        elif ty == 'translator' and trans_end:
            o.append(translator_line(a))
        elif ty == 'editor' and trans_end and not for_jats:
            o.append(editor(a))
    defs = []
    for nn in a['notes']:
        txt = note_md(a, nn['n'], angle)
        if wrap_notes and len(txt) > 70:
            # pandoc-like: break at spaces, continuation lines indented by 4
            words = txt.split(' ')
            lines, cur = [], ''
            for w in words:
                if cur and len(cur) + 1 + len(w) > 72:
                    lines.append(cur)
                    cur = w
                else:
                    cur = (cur + ' ' + w) if cur else w
            lines.append(cur)
            txt = ('\n    ').join(lines)
        defs.append('[^%d]: %s' % (nn['n'], txt))
    return '\n\n'.join(o) + '\n\n' + '\n\n'.join(defs) + '\n'


def converter_md(p, name, *, marker, notes_head, list_fmt, tables='html', head='bracket'):
    """PDF-converter style markdown (MinerU/marker-like)"""
    a = art(p)
    o = ['# ' + a['spec']['title']['zh'], ' '.join(authors(a))]
    ab = a['head'].get('abstract')
    if head == 'bracket':
        if ab:
            o.append('【内容提要】' + ab)
        if keywords(a):
            o.append('【关键词】' + ' '.join(kw_source(a)))
        o.append('【中图分类号】%s 【文章标识】%s 【文章编号】%s' % (a['head']['clc'], a['head']['doccode'], a['head']['artno']))
    else:
        if ab:
            o.append('**摘要**：' + ab)
        if keywords(a):
            o.append('**关键词**：' + '；'.join(keywords(a)))
    if a['funding']:
        o.append('\\* ' + a['funding'])
        o.append('\\*\\* ' + a['author_notes'][0])
    else:
        o.append('\\* ' + a['author_notes'][0])
    for it in a['body']:
        ty = it['type']
        if ty == 'heading':
            lvl = '##' if re.match(r'^[一二三四五六七八九十]+、', it['text']) else '###'
            o.append(lvl + ' ' + mk(it['text'], marker))
        elif ty in ('para', 'caption', 'source'):
            o.append(mk(it['text'], marker))
        elif ty == 'table':
            o.append(html_table(it) if tables == 'html' else pipe_table(it))
        elif ty in ('translator', 'editor'):
            o.append((translator_line(a) if ty == 'translator' else editor(a)))
    o.append(notes_head)
    o.append('\n'.join(list_fmt.format(n=nn['n'], t=note_md(a, nn['n'])) for nn in a['notes']))
    write(name, '\n\n'.join(o) + '\n')
    expect(name, 'markdown', a, False)


def yaml_block(a, *, title=True, author=True, keywords_=True, abstract=False, extra=''):
    y = ['---']
    if title:
        y.append('title: "%s"' % a['spec']['title']['zh'].replace('"', '\\"'))
    if author:
        y.append('author:')
        for n in authors(a):
            y.append('- %s' % n)
    if keywords_ and keywords(a):
        y.append('keywords:')
        for k in keywords(a):
            y.append('- %s' % k)
    if abstract and a['head'].get('abstract'):
        y.append('abstract: |')
        y.append('  ' + a['head']['abstract'])
    y.append('lang: zh-CN')
    if extra:
        y.append(extra)
    y.append('...')
    return '\n'.join(y)


if __name__ == '__main__':
    # ---------------- p.3 托尔库诺夫 (专论, translated, 1 note, no head fields)
    article_layout(3, 'rs2026-2_p003_torkunov.article.md')
    a3 = art(3)
    web(3, 'torkunov_zhong-e-jiaoyunian.txt',
        byline='〔俄〕阿纳托利·托尔库诺夫 著　崔雯怡 译',
        head_style='lenticular', kw_sep='；', marker='fw', notes_head='注释：',
        note_fmt='［{n}］{t}', blank=True, author_label='【作者简介】', keep_editor=False)
    md3 = pandoc_md(3, abstract_label='内容提要')
    write('lun-zhong-e-jiaoyunian.md', md3)
    expect('lun-zhong-e-jiaoyunian.md', 'markdown', a3, False)
    open(os.path.join(SRC, 'p003.docx.md'), 'w').write(md3)
    expect('lun-zhong-e-jiaoyunian.docx', 'docx', a3, False)
    open(os.path.join(SRC, 'p003.jats.md'), 'w').write(
        pandoc_md(3, title=None, yaml=yaml_block(a3), for_jats=True, trans_end=True))
    expect('ERS-2026-02-003.xml', 'jats', a3, True)

    # ---------------- p.48 叶夫列缅科 (translated, 42 notes, 4 headings)
    a48 = art(48)
    web(48, 'cnki_eluosi-yanjiu_2026-02_yefremenko.txt',
        byline='作者：德米特里·叶夫列缅科', head_style='colon', kw_sep='；', marker='bracket',
        notes_head='注释：', note_fmt='[{n}] {t}', blank=False, funding=False,
        trans='译者：李畅', after_kw='中图分类号：D851.2')
    web(48, 'oyazhuyi_shijiao_dangqian_wenti.txt',
        byline='德米特里·叶夫列缅科', head_style='lenticular', kw_sep=' ', marker='circled',
        notes_head='', note_fmt='', blank=True, inline_notes=True, keep_editor=True)
    converter_md(48, 'yefremenko_eurasianism_2026.md', marker='sup', notes_head='## 注释',
                 list_fmt='{n}. {t}', tables='pipe', head='bracket')
    md48 = pandoc_md(48, title=None, yaml=yaml_block(a48, keywords_=False), head_bold=False, abstract_label='内容提要')
    open(os.path.join(SRC, 'p048.docx.md'), 'w').write(md48)
    expect('Yefremenko_Eurasianism_zh.docx', 'docx', a48, False)
    open(os.path.join(SRC, 'p048.jats.md'), 'w').write(
        pandoc_md(48, title=None, yaml=yaml_block(a48, abstract=True), for_jats=True))
    expect('ERS-2026-02-048.xml', 'jats', a48, True)

    # ---------------- p.67 崔珩 付兴昶 (funding, 44 notes, 2 tables)
    a67 = art(67)
    web(67, '俄罗斯转向东方2.0与一带一路的互动合作前景.txt',
        byline='崔珩 付兴昶', head_style='square', kw_sep='，', marker='fw',
        notes_head='参考文献：', note_fmt='［{n}］{t}', blank=True, kw_quotes=True,
        bom=True, crlf=True)
    md67 = pandoc_md(67, wrap_notes=True)
    write('pivot-east-2.0_bri.md', md67)
    expect('pivot-east-2.0_bri.md', 'markdown', a67, False)
    # docx whose title is a plain first paragraph (no Title / Heading style)
    md67plain = pandoc_md(67, title='plain', head_bold=False, abstract_label='摘要')
    open(os.path.join(SRC, 'p067.docx.md'), 'w').write(md67plain)
    expect('cui-fu_zhuanxiang-dongfang.docx', 'docx', a67, False)
    expect('ers-2026-0067.jats.xml', 'jats', a67, True)   # written by jats_hand.py

    # ---------------- p.91 张家郡 毕洪业 (funding, 61 notes, 15 headings, 5 tables)
    a91 = art(91)
    article_layout(91, 'eluosi-yanjiu-2026-2-091.article.md')
    web(91, 'nangaojiasuo_zhanlue_tiaoshi.txt',
        byline='张家郡 毕洪业', head_style='lenticular', kw_sep=' ', marker='circled',
        notes_head='', note_fmt='', blank=False, inline_notes=True, keep_editor=True)
    converter_md(91, 'south-caucasus_supply-deficit.md', marker='bracket', notes_head='**注释**',
                 list_fmt='[{n}] {t}', tables='html', head='bold')
    md91 = pandoc_md(91)
    open(os.path.join(SRC, 'p091.docx.md'), 'w').write(md91)
    expect('zhang-bi_south-caucasus.docx', 'docx', a91, False)
    open(os.path.join(SRC, 'p091.jats.md'), 'w').write(
        pandoc_md(91, title=None, yaml=yaml_block(a91, abstract=True), for_jats=True))
    expect('ERS-2026-02-091.xml', 'jats', a91, True)

    # ---------------- p.121 张泽明 (funding, 43 notes, 7 headings, subtitle)
    a121 = art(121)
    web(121, 'zangezur_zoulang_zhili.txt',
        byline='作者：张泽明', head_style='colon', kw_sep='\u3000', marker='caret',
        after_byline='来源：《俄罗斯研究》2026年第2期',
        notes_head='注释：', note_fmt='{n}. {t}', blank=True, title_split=True,
        keep_editor=True)
    md121 = pandoc_md(121)
    open(os.path.join(SRC, 'p121.pre.md'), 'w').write(md121)
    expect('zangezur_corridor_governance.md', 'markdown', a121, False)   # pandoc -t markdown of p121.pre.md
    expect('zangezur_corridor_governance.docx', 'docx', a121, False)
    open(os.path.join(SRC, 'p121.jats.md'), 'w').write(
        pandoc_md(121, title=None, yaml=yaml_block(a121, abstract=True), for_jats=True))
    expect('ERS-2026-02-121.xml', 'jats', a121, True)

    os.makedirs(os.path.join(OUT, 'expected'), exist_ok=True)
    for name, e in EXPECTED.items():
        json.dump(e, open(os.path.join(OUT, 'expected', name + '.json'), 'w', encoding='utf-8'),
                  ensure_ascii=False, indent=1)
    print(len(EXPECTED), 'expected files')
