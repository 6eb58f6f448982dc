#!/usr/bin/env python3
"""JATS 1.2 Journal Publishing file for the p.67 article, written out from a
hand-made template (not by pandoc): <name><surname/><given-names/></name>
authors with eastern name style and an English name-alternative, affiliations,
funding-group, table-wrap tables, <xref><sup>n</sup></xref> markers and a
back fn-group with ext-links."""
import json, re, html

B = '/work/eval/build'
D = json.load(open(B + '/articles.json', encoding='utf-8'))
a = D['67']
spec = a['spec']
FN = re.compile(r'\{\{fn:(\d+)\}\}')
E = lambda s: html.escape(s, quote=False)


def inline(text):
    t = E(text)
    return FN.sub(lambda m: '<xref ref-type="fn" rid="fn%s"><sup>%s</sup></xref>' % (m.group(1), m.group(1)), t)


def note_xml(raw):
    t = E(raw)
    t = re.sub(r'&lt;(https?://[^&]+?)&gt;', r'<ext-link ext-link-type="uri" xlink:href="\1">\1</ext-link>', t)
    t = re.sub(r'\*([^*]+)\*', r'<italic>\1</italic>', t)
    return t


names = [('崔', '珩', 'Cui', 'Heng'), ('付', '兴昶', 'Fu', 'Xinyang')]
affs = ['上海政法学院中国-上海合作组织国际司法合作交流培训基地；教育部人文社会科学重点研究基地华东师范大学俄罗斯研究中心',
        '莫斯科国立语言大学']

o = []
o.append('<?xml version="1.0" encoding="UTF-8"?>')
o.append('<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">')
o.append('<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" '
         'article-type="research-article" dtd-version="1.2" xml:lang="zh">')
o.append('  <front>')
o.append('    <journal-meta>')
o.append('      <journal-id journal-id-type="publisher-id">ELSYJ</journal-id>')
o.append('      <journal-title-group>')
o.append('        <journal-title>俄罗斯研究</journal-title>')
o.append('        <trans-title-group xml:lang="en"><trans-title>Russian Studies</trans-title></trans-title-group>')
o.append('      </journal-title-group>')
o.append('      <issn pub-type="ppub">1009-721X</issn>')
o.append('      <publisher><publisher-name>华东师范大学出版社有限公司</publisher-name><publisher-loc>上海</publisher-loc></publisher>')
o.append('    </journal-meta>')
o.append('    <article-meta>')
o.append('      <article-id pub-id-type="publisher-id">%s</article-id>' % spec['articleNumber'])
o.append('      <article-categories><subj-group subj-group-type="heading"><subject>%s</subject></subj-group></article-categories>' % spec['section'])
o.append('      <title-group>')
o.append('        <article-title>%s</article-title>' % E(spec['title']['zh']))
o.append('        <trans-title-group xml:lang="en"><trans-title>%s</trans-title></trans-title-group>' % E(spec['title']['en']))
o.append('      </title-group>')
o.append('      <contrib-group>')
for k, (sn, gn, esn, egn) in enumerate(names, 1):
    o.append('        <contrib contrib-type="author"%s>' % (' corresp="yes"' if k == 1 else ''))
    o.append('          <name-alternatives>')
    o.append('            <name name-style="eastern" xml:lang="zh"><surname>%s</surname><given-names>%s</given-names></name>' % (sn, gn))
    o.append('            <name name-style="western" xml:lang="en"><surname>%s</surname><given-names>%s</given-names></name>' % (esn, egn))
    o.append('          </name-alternatives>')
    o.append('          <xref ref-type="aff" rid="aff%d"><sup>%d</sup></xref>' % (k, k))
    o.append('        </contrib>')
o.append('      </contrib-group>')
for k, af in enumerate(affs, 1):
    o.append('      <aff id="aff%d"><label>%d</label><institution>%s</institution><country country="CN">%s</country></aff>'
             % (k, k, E(af), '中国' if k == 1 else '俄罗斯'))
o.append('      <author-notes>')
o.append('        <fn fn-type="other"><p>作者简介：%s</p></fn>' % E(a['author_notes'][0]))
o.append('      </author-notes>')
o.append('      <pub-date publication-format="print" date-type="pub"><day>28</day><month>04</month><year>2026</year></pub-date>')
o.append('      <issue>2</issue>')
o.append('      <fpage>67</fpage>')
o.append('      <lpage>90</lpage>')
o.append('      <abstract xml:lang="zh">')
o.append('        <title>内容提要</title>')
o.append('        <p>%s</p>' % E(a['head']['abstract']))
o.append('      </abstract>')
o.append('      <kwd-group xml:lang="zh" kwd-group-type="author">')
o.append('        <title>关键词</title>')
for kw in spec['keywords']['zh']:
    o.append('        <kwd>%s</kwd>' % E(kw))
o.append('      </kwd-group>')
o.append('      <kwd-group xml:lang="en" kwd-group-type="author">')
for kw in spec['keywords']['en']:
    o.append('        <kwd>%s</kwd>' % E(kw))
o.append('      </kwd-group>')
o.append('      <funding-group>')
o.append('        <award-group><funding-source>教育部人文社会科学研究一般项目</funding-source><award-id>20YJC752014</award-id></award-group>')
o.append('        <funding-statement>%s</funding-statement>' % E(a['funding']))
o.append('      </funding-group>')
o.append('    </article-meta>')
o.append('  </front>')
o.append('  <body>')
open_sec = False
tabno = 0
body = a['body']
k = 0
while k < len(body):
    it = body[k]
    ty = it['type']
    if ty == 'heading':
        if open_sec:
            o.append('    </sec>')
        o.append('    <sec sec-type="section">')
        o.append('      <title>%s</title>' % inline(it['text']))
        open_sec = True
    elif ty == 'para':
        o.append('      <p>%s</p>' % inline(it['text']))
    elif ty == 'caption':
        tabno += 1
        cap = re.sub(r'^表\s*\d+\s*', '', it['text'])
        tab = body[k + 1]
        src = body[k + 2] if k + 2 < len(body) and body[k + 2]['type'] == 'source' else None
        o.append('      <table-wrap id="T%d" position="float">' % tabno)
        o.append('        <label>表 %d</label>' % tabno)
        o.append('        <caption><title>%s</title></caption>' % inline(cap))
        o.append('        <table frame="hsides" rules="groups">')
        rows = tab['rows']
        o.append('          <thead><tr>%s</tr></thead>' % ''.join('<th>%s</th>' % E(c.strip()) for c in rows[0]))
        o.append('          <tbody>')
        for r in rows[1:]:
            o.append('            <tr>%s</tr>' % ''.join('<td>%s</td>' % E(c.strip()) for c in r))
        o.append('          </tbody>')
        o.append('        </table>')
        if src:
            o.append('        <table-wrap-foot><p>%s</p></table-wrap-foot>' % inline(src['text']))
        o.append('      </table-wrap>')
        k += 3 if src else 2
        continue
    elif ty in ('table', 'source'):
        raise SystemExit('unexpected %s' % ty)
    k += 1
if open_sec:
    o.append('    </sec>')
o.append('  </body>')
o.append('  <back>')
o.append('    <fn-group>')
o.append('      <title>注释</title>')
for nn in a['notes']:
    o.append('      <fn id="fn%d"><label>%d</label><p>%s</p></fn>' % (nn['n'], nn['n'], note_xml(nn['raw'])))
o.append('    </fn-group>')
o.append('  </back>')
o.append('</article>')
open('/work/eval/ers-2026-0067.jats.xml', 'w', encoding='utf-8').write('\n'.join(o) + '\n')
