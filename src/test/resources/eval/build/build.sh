#!/bin/sh
# Rebuild the whole eval set from the issue text. Run from /work/eval/build.
set -e
cd /work/eval/build
python3 parse_issue.py > joins.log
python3 make_set.py
E=/work/eval
# docx (pandoc makes real Word footnotes from [^n])
pandoc -f markdown -t docx src/p003.docx.md -o $E/lun-zhong-e-jiaoyunian.docx              # "# title" -> Heading 1
pandoc -f markdown -t docx src/p048.docx.md -o $E/Yefremenko_Eurasianism_zh.docx          # YAML title/author -> Title/Author styles
pandoc -f markdown -t docx src/p067.docx.md -o $E/cui-fu_zhuanxiang-dongfang.docx         # title is a plain first paragraph
pandoc -f markdown -t docx src/p091.docx.md -o $E/zhang-bi_south-caucasus.docx            # "# title" -> Heading 1
# p.121: markdown re-written by pandoc itself (wrapped lines, long indented [^n]: definitions), then docx from it
pandoc -f markdown -t markdown-smart src/p121.pre.md -o $E/zangezur_corridor_governance.md
pandoc -f markdown -t docx $E/zangezur_corridor_governance.md -o $E/zangezur_corridor_governance.docx
# jats (pandoc archiving) + journal-meta, pages, keywords
pandoc -s -f markdown -t jats src/p003.jats.md -o src/p003.raw.xml
pandoc -s -f markdown -t jats src/p048.jats.md -o src/p048.raw.xml
pandoc -s -f markdown -t jats --wrap=none src/p091.jats.md -o src/p091.raw.xml
pandoc -s -f markdown -t jats src/p121.jats.md -o src/p121.raw.xml
python3 jats_post.py 3 src/p003.raw.xml $E/ERS-2026-02-003.xml
python3 jats_post.py 48 src/p048.raw.xml $E/ERS-2026-02-048.xml
python3 jats_post.py 91 src/p091.raw.xml $E/ERS-2026-02-091.xml
python3 jats_post.py 121 src/p121.raw.xml $E/ERS-2026-02-121.xml
# jats publishing, hand template
python3 jats_hand.py
python3 verify.py
# intermediates are reproducible; drop them to keep the set small (KEEP=1 ./build.sh keeps them)
[ -n "$KEEP" ] || rm -rf src articles.json
