"""Web pages into briefings: the article's structure, nothing of the site around it, the
page's metadata, and hostile pages refused or read in bounded time."""

import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_studio.errors import ArticleImportError
from briefing_studio.importers import html as html_importer
from briefing_studio.importers import import_file
from briefing_studio.importers.html import import_html
from briefing_studio.model import BulletList, Paragraph, Table

ARTICLES = Path(__file__).parent / "fixtures" / "articles"

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Water talks resume in Ankara | The Daily Example</title>
<meta property="og:title" content="Water talks resume in Ankara">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:url" content="https://daily.example/world/water-talks">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2026-03-04T09:30:00Z">
<style>.x{color:red}</style><script>var tracking = "do not import me";</script></head>
<body><header><a href="/">The Daily Example</a><nav><ul><li><a href="/w">World</a></li>
<li><a href="/b">Business</a></li><li><a href="/s">Sport headlines</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve the site. <button>Accept all</button></div>
<main><article><header><h1>Water talks resume in Ankara</h1>
<p class="standfirst">Three countries are back at the table after a long drought.</p>
<p class="byline">By Jane Doe</p></header><div class="article-body">
<p>Delegations from three countries met in <strong>Ankara</strong> on Monday to resume
talks on the <em>Euphrates</em> basin, <a href="/world/earlier">officials said</a>.</p>
<p>The talks had been suspended for eight months after a dispute over dam releases.</p>
<h2>What is on the table</h2>
<p>Negotiators will discuss a joint monitoring station and a schedule of flows.</p>
<ul><li>Joint monitoring: one station at the border.</li>
<li>Minimum flows<ul><li>in summer</li><li>in winter</li></ul></li></ul>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">Email this page</a></div>
<h3>The figures</h3>
<table><tr><th>Country</th><th>Share</th><th>Note</th></tr>
<tr><td>Turkey</td><td>40%</td><td>upstream</td></tr>
<tr><td colspan="2">Others to be agreed</td><td>later</td></tr></table>
<h4>A deeper note</h4>
<p>More talks are planned for June, a diplomat said.</p>
</div></article>
<aside class="related"><h3>Related</h3><h3><a href="/x">Dam levels fall again</a></h3></aside>
<form class="newsletter"><input name="email"><button>Submit</button></form></main>
<footer><p>Copyright 2026 The Daily Example. All rights reserved.</p></footer>
</body></html>"""


def all_text(briefing) -> str:
    return " ".join(briefing.words())


def test_a_page_gives_its_article_and_nothing_of_the_site():
    briefing = import_html(PAGE)
    assert briefing.meta.title == "Water talks resume in Ankara"
    assert [(s.heading, s.level) for s in briefing.sections] == [
        ("", 1), ("What is on the table", 1), ("The figures", 2), ("A deeper note", 3)]
    text = all_text(briefing)
    assert "Three countries are back at the table after a long drought." in text
    for furniture in ("Business", "Sport headlines", "cookies", "Accept all", "Facebook",
                      "Dam levels fall", "Submit", "Copyright", "do not import me"):
        assert furniture not in text
    lead = briefing.sections[0].blocks
    assert Paragraph("Delegations from three countries met in **Ankara** on Monday to resume "
                     "talks on the *Euphrates* basin, officials said "
                     "(https://daily.example/world/earlier).") in lead


def test_lists_flatten_and_tables_keep_their_header_and_spanned_text_once():
    sections = import_html(PAGE).sections
    bullets = next(b for b in sections[1].blocks if isinstance(b, BulletList))
    assert [(i.label, i.text) for i in bullets.items] == [
        ("Joint monitoring", "one station at the border."), ("", "Minimum flows"),
        ("", "in summer"), ("", "in winter")]
    table = next(b for b in sections[2].blocks if isinstance(b, Table))
    assert table.header == ["Country", "Share", "Note"]
    assert table.rows == [["Turkey", "40%", "upstream"], ["Others to be agreed", "", "later"]]


def test_cells_spanning_rows_keep_every_other_cell_in_its_column():
    table = import_html(
        "<table><tr><th rowspan=2>Basin</th><th colspan=2>Reservoirs (%)</th></tr>"
        "<tr><th>2020</th><th>2021</th></tr><tr><td rowspan=2>Konya</td><td>58</td>"
        "<td>31</td></tr><tr><td>64</td><td>42</td></tr></table>").sections[0].blocks[0]
    assert table.header == ["Basin", "Reservoirs (%)", ""]
    assert table.rows == [["", "2020", "2021"], ["Konya", "58", "31"], ["", "64", "42"]]


def test_the_page_metadata_fills_the_briefing():
    meta = import_html(PAGE).meta
    assert meta.date == "2026-03-04"
    assert meta.source == "Jane Doe, The Daily Example, https://daily.example/world/water-talks"


def test_a_copied_selection_is_read_whole_in_its_language():
    fragment = ("<html><body><!--StartFragment--><h2>Kuraklık Eylem Planı</h2>"
                "<p>Bakanlık, kuraklığa karşı yeni bir plan açıkladı ve sulama birlikleri "
                "için yükümlülükler getirdi.</p><ol><li>Su tasarrufu</li><li>Sayaçlar</li>"
                "</ol><!--EndFragment--></body></html>")
    briefing = import_html(fragment, "the clipboard")
    assert [s.heading for s in briefing.sections] == ["Kuraklık Eylem Planı"]
    assert [type(b) for b in briefing.sections[0].blocks] == [Paragraph, BulletList]
    assert briefing.sections[0].blocks[1].numbered
    assert briefing.meta.language == "tr-TR"


def test_soft_hyphens_and_entities_are_what_a_reader_sees():
    briefing = import_html("<p>Bundes&shy;regierung&nbsp;&amp; L&auml;nder &lt;b&gt;</p>")
    assert briefing.sections[0].blocks == [Paragraph("Bundesregierung & Länder <b>")]


@pytest.mark.parametrize("folder", sorted(p.parent for p in ARTICLES.glob("*/truth.json")),
                         ids=lambda p: p.name)
def test_fixture_pages_give_their_own_headings_and_title(folder):
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    briefing = import_html((folder / "page.html").read_bytes(), str(folder))
    assert briefing.meta.title == truth["title"]
    assert [" ".join(s.heading.split()) for s in briefing.sections if s.heading] == [
        " ".join(h.split()) for h in truth["headings"]]
    lists = sum(isinstance(b, BulletList) for s in briefing.sections for b in s.blocks)
    tables = sum(isinstance(b, Table) for s in briefing.sections for b in s.blocks)
    assert (lists, tables) == (truth["lists"], truth["tables"])


def test_deeply_nested_and_entity_laden_pages_are_read_in_bounded_time():
    deep = "<html><body>" + "<div>" * 100_000 + "deep text" + "</div>" * 100_000 + "</body></html>"
    laughs = ('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
              '<html><body><p>&c;&c;&c; end</p></body></html>')
    start = time.perf_counter()
    for page in (deep, laughs):
        try:
            briefing = import_html(page)
        except ArticleImportError as error:
            assert str(error).startswith("the page: ")
        else:
            assert len(all_text(briefing)) < 1000  # entities are never expanded
    assert time.perf_counter() - start < 20


def test_a_page_too_big_to_be_an_article_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(html_importer, "MAX_PAGE_BYTES", 1000)
    page = tmp_path / "huge.html"
    page.write_text("<p>" + "word " * 1000 + "</p>", "utf-8")
    with pytest.raises(ArticleImportError, match=r"huge\.html: the page is 0 MB; pages over"):
        import_file(page)


def test_the_command_line_imports_a_page_and_refuses_an_empty_one(tmp_path):
    page, empty = tmp_path / "talks.html", tmp_path / "empty.htm"
    page.write_text(PAGE, "utf-8")
    empty.write_text("<html><head><script>x()</script></head><body><nav>Menu</nav></body>",
                     "utf-8")
    out = tmp_path / "talks.briefing"
    run = [sys.executable, "-m", "briefing_studio.cli", "import"]
    done = subprocess.run([*run, str(page), "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text("utf-8"))["meta"]["title"] == "Water talks resume in Ankara"
    failed = subprocess.run([*run, str(empty), "-o", str(tmp_path / "e.briefing")],
                            capture_output=True, text=True)
    assert failed.returncode == 2
    assert failed.stderr.strip().splitlines() == [
        f"briefing-studio: {empty}: the page holds no text to import"]


words = st.text("abcçğışöüİÉé", min_size=1, max_size=8)
sentence = st.lists(words, min_size=1, max_size=6).map(" ".join)
inline = st.one_of(
    sentence,
    sentence.map(lambda t: f"<strong>{t}</strong>"),
    sentence.map(lambda t: f"<em>{t}</em>"),
    sentence.map(lambda t: f'<a href="/x">{t}</a>'),
    sentence.map(lambda t: f"{t}<br>{t}"),
)
paragraph = st.lists(inline, min_size=1, max_size=3).map(" ".join)
html_blocks = st.one_of(
    paragraph.map(lambda t: f"<p>{t}</p>"),
    st.tuples(st.integers(1, 6), sentence).map(lambda h: f"<h{h[0]}>{h[1]}</h{h[0]}>"),
    st.lists(paragraph, min_size=1, max_size=4).map(
        lambda items: "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"),
    st.tuples(paragraph, st.lists(sentence, min_size=1, max_size=3)).map(
        lambda n: f"<ol><li>{n[0]}<ul>" + "".join(f"<li>{i}</li>" for i in n[1])
        + "</ul></li></ol>"),
    st.lists(st.lists(sentence, min_size=1, max_size=3), min_size=1, max_size=4).map(
        lambda rows: "<table>" + "".join(
            "<tr>" + "".join(f'<td colspan="{1 + len(c) % 2}">{c}</td>' for c in row) + "</tr>"
            for row in rows) + "</table>"),
    paragraph.map(lambda t: f"<blockquote><p>{t}</p></blockquote>"),
    sentence.map(lambda t: f"<pre>{t}</pre>"),
    # (a box of nothing but links is the site's: "Related", share buttons)
    st.tuples(sentence, paragraph).map(lambda n: f"<div>{n[0]} {n[1]}<div><p>{n[0]} {n[1]}"
                                                 "</p></div></div>"),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(html_blocks, min_size=1, max_size=8))
def test_a_page_without_furniture_keeps_every_word(blocks):
    page = "<html><body>" + "".join(blocks) + "</body></html>"
    briefing = import_html(page)
    # Each element's text apart: the generated page puts a space or a block between words.
    source = Counter(re.findall(r"\w+", " ".join(lxml.html.document_fromstring(page).itertext())))
    kept = Counter(re.findall(r"\w+", " ".join([briefing.meta.title, *briefing.words()])))
    assert not source - kept


def test_furniture_is_judged_by_boxes_never_by_the_words_inside_a_paragraph():
    page = ("<html><body><nav>Menu</nav><main><article><h1>Talks</h1>"
            '<div class="ad-free has-sidebar print-friendly">'
            '<p>The <span class="x">mayor</span> met <a class="email" href="/m">Ayşe Demir</a>'
            ' about <span class="tag">water</span> and dams, officials said on Monday.</p>'
            '<div class="overflow-x-auto"><table><tr><th>Dam</th></tr><tr><td>Atatürk</td>'
            "</tr></table></div><p>The talks will resume in June after a pause.</p>"
            '<div class="related"><p>Related</p><a href="/a">Dams fall</a></div>'
            "</div></article></main><footer>Site</footer></body></html>")
    text = all_text(import_html(page))
    for kept in ("mayor", "Ayşe Demir", "water", "Atatürk", "resume in June"):
        assert kept in text
    assert "Dams fall" not in text


def test_headings_and_titles_cite_no_addresses_and_stay_one_line():
    briefing = import_html('<h1><a href="https://site/x">The headline</a></h1><p>Text.</p>'
                           '<h2>Part<br>one <a href="/live/3">now</a></h2><p>More.</p>')
    assert briefing.meta.title == "The headline"
    assert [s.heading for s in briefing.sections] == ["", "Part one now"]


def test_a_document_copied_from_google_docs_keeps_its_headings():
    briefing = import_html('<meta charset="utf-8"><b style="font-weight:normal" '
                           'id="docs-internal-guid-1"><h1>Water plan</h1><p>The plan.</p>'
                           "<h2>Background</h2><p>It began in 2020.</p></b>")
    assert briefing.meta.title == "Water plan"
    assert [s.heading for s in briefing.sections] == ["", "Background"]


def test_a_fragment_declares_no_title_so_a_heading_is_not_taken_for_one():
    briefing = import_html("<h2>Background</h2><p>It began in 2020.</p>")
    assert briefing.meta.title == "" and briefing.sections[0].heading == "Background"


def test_a_broken_clipboard_character_is_dropped_not_a_crash():
    assert all_text(import_html("<p>a \ud800 b</p>")) == "a b"


def test_the_declared_language_is_kept_as_declared():
    assert import_html('<html lang="de-AT"><body><p>Der Text.</p></body></html>'
                       ).meta.language == "de-AT"


WORD_CLIPBOARD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal {margin:0cm}</style></head>
<body lang=TR><!--StartFragment--><p class=MsoTitle>Su Görüşmeleri<o:p></o:p></p>
<h1>Genel Çerçeve<o:p></o:p></h1>
<p class=MsoNormal>Heyetler Ankara'da bir araya geldi.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>
&nbsp;&nbsp;&nbsp;&nbsp;</span></span><![endif]>Ortak izleme istasyonu<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;</span></span>
<![endif]>Asgari akış takvimi<o:p></o:p></p>
<p class=MsoNormal style='mso-list:l1 level1 lfo2'><![if !supportLists]><span>1.<span>&nbsp;</span>
</span><![endif]>Verileri paylaşmak<o:p></o:p></p><!--EndFragment--></body></html>"""


def test_text_copied_from_word_keeps_its_title_headings_and_lists():
    briefing = import_html(WORD_CLIPBOARD, "the clipboard")
    assert briefing.meta.title == "Su Görüşmeleri"
    assert [s.heading for s in briefing.sections] == ["Genel Çerçeve"]
    paragraph, bullets, steps = briefing.sections[0].blocks
    assert paragraph == Paragraph("Heyetler Ankara'da bir araya geldi.")
    assert [i.text for i in bullets.items] == ["Ortak izleme istasyonu", "Asgari akış takvimi"]
    assert not bullets.numbered
    assert steps.numbered and [i.text for i in steps.items] == ["Verileri paylaşmak"]


def test_words_parted_only_by_a_space_between_links_stay_apart():
    briefing = import_html('<div>Read <a href="/a">the plan</a> <a href="/b">and its annex</a>'
                           ' today, <a href="https://gov.example/c">online</a>.</div>')
    # Without the page's address a relative link leads nowhere; an absolute one is cited.
    assert briefing.sections[0].blocks == [Paragraph(
        "Read the plan and its annex today, online (https://gov.example/c).")]
