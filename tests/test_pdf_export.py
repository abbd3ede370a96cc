"""The PDF an editor prints: every character, every page furniture, bookmarks, fonts."""

import io
import re
import subprocess

import pytest
from pypdf import PdfReader

from briefing_studio.exporters.pdf import render_pdf, write_pdf
from briefing_studio.importers.text import import_article_text
from briefing_studio.model import (
    Briefing,
    Bullet,
    BulletList,
    Metadata,
    Paragraph,
    Priority,
    Section,
    Table,
)
from briefing_studio.options import ExportOptions
from briefing_studio.plan import make_plan
from briefing_studio.style import load_style
from tests.pdf_reading import (
    characters_drawn_as_missing_glyphs,
    fonts,
    ink_share,
    needs_poppler,
    needs_qpdf,
    outline,
    page_texts,
    poppler_text,
    unembedded_fonts,
)


def export(tmp_path, briefing, **options):
    path = tmp_path / "out.pdf"
    write_pdf(briefing, path, ExportOptions(**options))
    return path


@pytest.fixture
def turkish(fixture_text):
    return import_article_text(fixture_text("turkish-briefing.txt"))


@pytest.fixture
def edge_cases(fixture_text):
    return import_article_text(fixture_text("edge-cases.txt"))


def flat(text: str) -> str:
    return " ".join(text.split())


@needs_poppler
def test_every_word_of_a_turkish_briefing_is_in_the_text(tmp_path, turkish):
    path = export(tmp_path, turkish)
    text = flat(poppler_text(path))
    latin_words = [w for w in turkish.words() if not re.search(r"[\u0600-\u06ff]", w)]
    assert [w for w in latin_words if w not in text] == []
    assert "■" not in text and "\ufffd" not in text


def test_no_character_is_drawn_as_a_missing_glyph(tmp_path, turkish):
    assert characters_drawn_as_missing_glyphs(export(tmp_path, turkish)) == set()


def test_the_tofu_check_does_see_a_missing_glyph(tmp_path):
    # No bundled font has Chinese: the check must notice, or it proves nothing above.
    briefing = Briefing(sections=[Section(blocks=[Paragraph("Beijing 北京 talks.")])])
    assert characters_drawn_as_missing_glyphs(export(tmp_path, briefing))


def test_arabic_is_drawn_in_the_arabic_font(tmp_path, turkish):
    names = list(fonts(export(tmp_path, turkish)))
    assert any("NotoSansArabic" in name for name in names)


@needs_poppler
def test_every_font_is_embedded(tmp_path, turkish):
    path = export(tmp_path, turkish, style=load_style("tr-resmi"))
    assert unembedded_fonts(path) == []
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing and all(line.split()[-5] == "yes" for line in listing)


def test_every_page_shows_its_number_the_total_and_the_marking_twice(tmp_path, edge_cases):
    path = export(tmp_path, edge_cases, classification="OFFICIAL-SENSITIVE")
    pages = page_texts(path)
    assert len(pages) >= 2  # the 45-row table alone runs over a page
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert text.count("OFFICIAL-SENSITIVE") == 2


def test_tr_resmi_numbers_pages_as_x_slash_y(tmp_path, turkish):
    pages = page_texts(export(tmp_path, turkish, style=load_style("tr-resmi")))
    assert all(f"{n}/{len(pages)}" in text for n, text in enumerate(pages, start=1))


def test_table_header_repeats_on_every_page_the_table_crosses(tmp_path, edge_cases):
    pages = page_texts(export(tmp_path, edge_cases))
    crossed = [text for text in pages if re.search(r"Province \d\d", text)]
    assert len(crossed) >= 2
    assert all("Officer" in text for text in crossed)


def test_bookmarks_follow_the_headings_nested_by_level(tmp_path):
    briefing = Briefing(meta=Metadata(title="Talks"), sections=[
        Section(blocks=[Paragraph("Lead.")]),
        Section(heading="Background"),
        Section(heading="Detail", level=2),
        Section(heading="Deep point", level=3),
        Section(heading="Skipped to three", level=3),
        Section(heading="Outlook"),
    ])
    assert outline(export(tmp_path, briefing)) == [
        (0, "Talks"), (1, "Background"), (2, "Detail"), (3, "Deep point"),
        (3, "Skipped to three"), (1, "Outlook")]


def test_an_untitled_briefing_still_has_a_title_and_heading_bookmarks(tmp_path, fixture_text):
    briefing = import_article_text(fixture_text("ankara-talks.txt"))
    path = export(tmp_path, briefing)
    headings = [s.heading for s in briefing.sections if s.heading]
    titles = [title for _, title in outline(path)]
    assert all(heading in titles for heading in headings)
    assert PdfReader(path).metadata.title == headings[0]


def test_numbered_headings_are_numbered_in_text_and_bookmarks(tmp_path, turkish):
    path = export(tmp_path, turkish, style=load_style("tr-resmi"))
    titles = [title for _, title in outline(path)]
    assert "1. Görüşmelerin Genel Çerçevesi" in titles
    assert re.search(r"^1\.\s+Görüşmelerin Genel Çerçevesi$", page_texts(path)[0], re.M)


def test_markup_characters_print_literally_and_only_stars_make_bold(tmp_path):
    briefing = Briefing(sections=[Section(blocks=[
        Paragraph("5 < 7 & 9 > 3 and <b>not bold</b> &amp; **really bold**")])])
    path = export(tmp_path, briefing)
    text = flat(page_texts(path)[0])
    assert "5 < 7 & 9 > 3 and <b>not bold</b> &amp; really bold" in text
    bold_runs = []
    PdfReader(path).pages[0].extract_text(visitor_text=lambda t, cm, tm, font, size: (
        bold_runs.append(t) if font and "Bold" in str(font["/BaseFont"]) else None))
    assert "really bold" in "".join(bold_runs)
    assert "not bold" not in "".join(bold_runs)


def test_priority_is_a_word_beside_its_bullet(tmp_path):
    briefing = Briefing(sections=[Section(blocks=[BulletList(items=[
        Bullet(label="Dams", text="Agree releases.", priority=Priority.HIGH),
        Bullet(text="Plain point."),
    ])])])
    text = flat(page_texts(export(tmp_path, briefing))[0])
    assert "High Dams: Agree releases." in text
    assert "Plain point." in text


def test_min_priority_leaves_out_lower_bullets(tmp_path):
    briefing = Briefing(sections=[Section(blocks=[BulletList(items=[
        Bullet(text="Urgent one.", priority=Priority.HIGH),
        Bullet(text="Routine one.", priority=Priority.LOW)])])])
    text = page_texts(export(tmp_path, briefing, min_priority=Priority.HIGH))[0]
    assert "Urgent one." in text and "Routine one." not in text


def test_document_info_and_xmp_carry_the_metadata_and_classification(tmp_path):
    briefing = Briefing(meta=Metadata(title="Water Talks", prepared_by="Elif Demir",
                                      subtitle="First round", classification="SECRET",
                                      reference="BRF-7"))
    reader = PdfReader(export(tmp_path, briefing))
    info = reader.metadata
    assert (info.title, info.author, info.subject) == ("Water Talks", "Elif Demir", "First round")
    assert "SECRET" in info["/Keywords"] and "BRF-7" in info["/Keywords"]
    assert info["/Creator"].startswith("Briefing Studio")
    assert info["/Classification"] == "SECRET"
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<bs:Classification>SECRET</bs:Classification>" in xmp
    assert "Water Talks" in xmp


def test_page_size_is_a4_by_default_and_letter_by_style(tmp_path):
    briefing = Briefing(sections=[Section(blocks=[Paragraph("x")])])
    a4 = PdfReader(export(tmp_path, briefing)).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    letter = PdfReader(export(tmp_path, briefing, style=load_style("letter"))).pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_long_cells_wrap_inside_the_page(tmp_path):
    long_text = "A very long cell " * 40
    briefing = Briefing(sections=[Section(blocks=[Table(header=["A", "B"],
                                                        rows=[["short", long_text]])])])
    pages = page_texts(export(tmp_path, briefing))
    assert len(pages) == 1
    assert pages[0].count("very long cell") == 40


@needs_qpdf
def test_qpdf_finds_the_file_sound(tmp_path, edge_cases):
    path = export(tmp_path, edge_cases, classification="GİZLİ")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_poppler
def test_rendered_pages_are_not_blank(tmp_path, edge_cases):
    path = export(tmp_path, edge_cases)
    pages = len(page_texts(path))
    assert ink_share(path, 1) > 0.03
    assert all(ink_share(path, page) > 0.003 for page in range(2, pages + 1))


def test_a_failed_write_leaves_no_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    path = tmp_path / "out.pdf"
    path.write_bytes(b"old")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("reportlab.pdfgen.canvas.Canvas.save", fail)
    with pytest.raises(Exception, match="No space left on device"):
        write_pdf(Briefing(), path, ExportOptions())
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_tr_resmi_labels_the_title_block_and_tables_in_turkish(tmp_path):
    briefing = Briefing(meta=Metadata(reference="E-123", date="2026-11-24"), sections=[
        Section(heading="Ek", blocks=[Table(header=["A"], rows=[["b"]], caption="Heyet")])])
    text = flat(page_texts(export(tmp_path, briefing, style=load_style("tr-resmi")))[0])
    assert "Sayı E-123" in text and "Tarih 24.11.2026" in text
    assert "Tablo 1: Heyet" in text


# ------------------------------------------------------------ where each place printed


def places_briefing() -> Briefing:
    """A briefing of some twenty pages in which every heading and block begins with a
    word found nowhere else (``s4b2w0``): headings the page-break test moves over,
    paragraphs and tables that start at a page's foot or move to the next page, captioned
    tables kept with their caption, a lead without a heading, and an empty bullet list,
    which prints nothing."""
    def words(prefix: str, count: int) -> str:
        return " ".join(f"{prefix}w{i}" for i in range(count))

    sections = [Section(blocks=[Paragraph(words("s0b0", 60)), BulletList(items=[])])]
    for s in range(1, 28):
        blocks = [Paragraph(words(f"s{s}b0", 20 + s * 37 % 170)),
                  BulletList(items=[Bullet(text=words(f"s{s}b1i{i}", 12))
                                    for i in range(s % 5 + 1)]),
                  Table(header=[words(f"s{s}b2", 1), "Detail"],
                        rows=[[f"s{s}r{r}", words(f"s{s}r{r}d", 4 + r % 9)]
                              for r in range(1 + s * 7 % 23)],
                        caption=words(f"s{s}c", 3) if s % 2 else "")]
        if s % 3 == 0:
            blocks.append(Paragraph(words(f"s{s}b3", 5 + s * 11 % 90)))
        sections.append(Section(heading=words(f"s{s}h", 4), level=1 + s % 3, blocks=blocks))
    # No contents: they would print every heading's first word once more.
    return Briefing(meta=Metadata(title=words("title", 3), contents="off"), sections=sections)


def first_word(briefing: Briefing, place) -> str:
    if place is None:
        return briefing.meta.title.split()[0]
    section_index, block_index = briefing.find(place)
    section = briefing.sections[section_index]
    if block_index == -1 and section.heading:
        return section.heading.split()[0]
    block = section.blocks[max(block_index, 0)]  # a lead without heading starts at its block
    match block:
        case Paragraph():
            return block.text.split()[0]
        case BulletList():
            return block.items[0].text.split()[0]
        case Table():
            return (block.caption or block.header[0]).split()[0]


def word_positions(path) -> dict[str, tuple[int, float]]:
    """Where poppler finds each word first: its page (from 0) and the top of its glyphs,
    in points from the page's top."""
    layout = poppler_bbox(path)
    found: dict[str, tuple[int, float]] = {}
    for page, words in enumerate(layout):
        for word, top in words:
            found.setdefault(word, (page, top))
    return found


def poppler_bbox(path) -> list[list[tuple[str, float]]]:
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [[(word, float(top)) for top, word in
             re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', page)]
            for page in html.split("<page ")[1:]]


@needs_poppler
def test_the_place_map_says_on_which_page_and_how_far_down_each_block_starts(tmp_path):
    briefing = places_briefing()
    options = ExportOptions()
    path = tmp_path / "places.pdf"
    places = render_pdf(make_plan(briefing, options), path, options.style)

    expected = {None} | {item.id for section in briefing.sections
                         for item in (section, *section.blocks)} - {
                             briefing.sections[0].blocks[1].id}
    assert set(places) == expected  # the empty bullet list prints nothing
    words = word_positions(path)
    assert len(poppler_bbox(path)) >= 15
    for place, position in places.items():
        page, top = words[first_word(briefing, place)]
        assert page == position.page, place
        # The glyphs start a little below the recorded line: the space above a heading,
        # the leading, a table's padding.
        assert position.top - 2 <= top <= position.top + 30, place
    frame_top = options.style.margins.top * 72 / 25.4
    moved = [place for place, position in places.items()
             if place is not None and briefing.find(place)[1] >= 0
             and position.top == pytest.approx(frame_top)]
    assert moved, "no block was moved to the top of a page: the briefing tests too little"


def test_places_name_the_blocks_the_briefing_has_when_the_options_leave_some_out():
    opening, closing = Paragraph("Opening words."), Paragraph("Closing words.")
    section = Section(heading="Talks", blocks=[
        opening, BulletList(items=[Bullet(text="Routine one.", priority=Priority.LOW)]), closing])
    briefing = Briefing(sections=[section])
    options = ExportOptions(min_priority=Priority.HIGH)
    buffer = io.BytesIO()
    places = render_pdf(make_plan(briefing, options), buffer, options.style)
    assert set(places) == {None, section.id, opening.id, closing.id}
    assert places[None].top < places[section.id].top < places[opening.id].top \
        < places[closing.id].top
    assert "Closing words." in PdfReader(buffer).pages[places[closing.id].page].extract_text()
