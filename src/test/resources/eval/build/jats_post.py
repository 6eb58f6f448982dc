#!/usr/bin/env python3
"""Add journal-meta, pages, keywords (and per-file extras) to pandoc's JATS output.
usage: jats_post.py PAGE IN.xml OUT.xml"""
import json, re, sys, html

B = '/work/eval/build'
D = json.load(open(B + '/articles.json', encoding='utf-8'))
ISSUE = '/work/shared/corpus/russian-studies-2026-02.md'
ORDER = [5, 24, 48, 67, 91, 121]          # order of the issue's English abstract pages


def en_abstract(page):
    lines = open(ISSUE, encoding='utf-8').read().split('\n')
    abs_ = [l for l in lines if l.startswith('【Abstract】')]
    return abs_[ORDER.index(page)][len('【Abstract】'):].strip()


def main(page, fin, fout):
    a = D[str(page)]
    spec = a['spec']
    x = open(fin, encoding='utf-8').read()
    m = re.search(r'02-(\d{4})\((\d+)\)', a['head'].get('artno') or '')
    if m:
        fp, lp = int(m.group(1)), int(m.group(1)) + int(m.group(2)) - 1
    else:  # p.3 carries no article number: pages from the table of contents (3, next article 5)
        fp, lp = spec['firstPage'], spec['lastPage']
    x = x.replace('article-type="other">', 'article-type="research-article" xml:lang="zh">')
    jm = ('<journal-meta>\n<journal-id journal-id-type="publisher-id">eluosi-yanjiu</journal-id>\n'
          '<journal-title-group><journal-title>俄罗斯研究</journal-title>'
          '<abbrev-journal-title>俄罗斯研究</abbrev-journal-title></journal-title-group>\n'
          '<issn pub-type="ppub">1009-721X</issn>\n<publisher>\n'
          '<publisher-name>华东师范大学出版社有限公司</publisher-name>\n</publisher>\n</journal-meta>')
    x = re.sub(r'<journal-meta>.*?</journal-meta>', jm, x, flags=re.S)
    # extras per file
    extra_contrib = ''
    for t in spec.get('translators', []):
        extra_contrib += ('<contrib contrib-type="translator">\n<string-name>%s</string-name>\n</contrib>\n'
                          % t['name']['zh'])
    if extra_contrib:
        x = x.replace('</contrib-group>', extra_contrib + '</contrib-group>', 1)
    if page in (48, 121):
        tt = '<trans-title-group xml:lang="en"><trans-title>%s</trans-title></trans-title-group>' % html.escape(spec['title']['en'], quote=False)
        if page == 121:
            tt += '<trans-title-group xml:lang="ru"><trans-title>%s</trans-title></trans-title-group>' % html.escape(spec['title']['ru'], quote=False)
        x = x.replace('</article-title>', '</article-title>\n' + tt, 1)
    if page in (48, 91):
        cat = ('<article-categories><subj-group subj-group-type="heading"><subject>%s</subject></subj-group>'
               '</article-categories>\n' % spec['section'])
        x = x.replace('<article-meta>\n', '<article-meta>\n<article-id pub-id-type="other">%s</article-id>\n%s'
                      % (spec.get('articleNumber', ''), cat), 1)
    pages = ('<pub-date pub-type="ppub"><year>2026</year></pub-date>\n<issue>2</issue>\n'
             '<fpage>%d</fpage>\n<lpage>%d</lpage>\n' % (fp, lp))
    x = x.replace('</contrib-group>\n', '</contrib-group>\n' + pages, 1)
    tail = ''
    if page in (48, 91, 121):
        tail += '<trans-abstract xml:lang="en">\n<p>%s</p>\n</trans-abstract>\n' % html.escape(en_abstract(page), quote=False)
    kw = spec.get('keywords', {})
    if kw.get('zh'):
        tail += '<kwd-group xml:lang="zh">\n' + ''.join('<kwd>%s</kwd>\n' % html.escape(k, quote=False) for k in kw['zh']) + '</kwd-group>\n'
    if page in (91, 121) and kw.get('en'):
        tail += '<kwd-group xml:lang="en">\n' + ''.join('<kwd>%s</kwd>\n' % html.escape(k, quote=False) for k in kw['en']) + '</kwd-group>\n'
    if a.get('funding') and page == 91:
        tail += ('<funding-group>\n<funding-statement>%s</funding-statement>\n</funding-group>\n'
                 % html.escape(a['funding'], quote=False))
    if '</abstract>' in x:
        x = x.replace('</abstract>\n', '</abstract>\n' + tail, 1)
    else:
        x = x.replace('</article-meta>', tail + '</article-meta>', 1)
    open(fout, 'w', encoding='utf-8').write(x)


if __name__ == '__main__':
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3])
