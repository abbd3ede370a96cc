"""Fixing an importer's guess about sections: merge a heading into the section above,
or make a paragraph the heading of a new section. Nothing the user wrote is lost."""

import pytest

from briefing_studio.errors import ArticleImportError
from briefing_studio.importers import found_summary, import_pasted
from briefing_studio.model import Briefing, BulletList, Paragraph, Section, Table
from briefing_studio.restructure import merged_with_previous, split_at_paragraph


def sections():
    return [
        Section(blocks=[Paragraph("Lead.")]),
        Section(heading="By Jane Doe", blocks=[Paragraph("First point."), Paragraph("Outlook")]),
        Section(heading="Next", level=2, blocks=[Paragraph("More."), Paragraph("Last.")]),
    ]


def texts(section):
    return [block.text for block in section.blocks]


def test_a_merged_heading_becomes_the_next_paragraph_of_the_section_above():
    before = sections()
    merged = merged_with_previous(before, 1)
    assert [s.heading for s in merged] == ["", "Next"]
    assert texts(merged[0]) == ["Lead.", "By Jane Doe", "First point.", "Outlook"]
    assert texts(before[0]) == ["Lead."]  # the old list is untouched: undo restores it
    with pytest.raises(ValueError):
        merged_with_previous(before, 0)


def test_a_paragraph_made_a_heading_takes_the_blocks_after_it_at_its_sections_level():
    before = sections()
    outlook = before[1].blocks[1].id
    split, new = split_at_paragraph(before, outlook)
    assert new == 2
    assert [(s.heading, s.level) for s in split] == [
        ("", 1), ("By Jane Doe", 1), ("Outlook", 1), ("Next", 2)]
    more = before[2].blocks[0].id
    split, new = split_at_paragraph(before, more)
    assert [(s.heading, s.level, texts(s)) for s in split[new - 1:]] == [
        ("Next", 2, []), ("More.", 2, ["Last."])]


def test_the_first_paragraph_of_the_lead_made_a_heading_leaves_no_empty_lead():
    before = sections()
    split, new = split_at_paragraph(before, before[0].blocks[0].id)
    assert new == 0 and [s.heading for s in split] == ["Lead.", "By Jane Doe", "Next"]


def test_only_a_paragraph_can_become_a_heading():
    briefing = [Section(heading="A", blocks=[Table(header=["x"])])]
    with pytest.raises(ValueError):
        split_at_paragraph(briefing, briefing[0].blocks[0].id)


def test_the_found_summary_counts_sections_tables_and_lists():
    briefing = Briefing(sections=[
        Section(blocks=[Table(header=["a"]), BulletList()]),
        Section(heading="B", blocks=[Table(header=["b"]), Table(header=["c"])])])
    assert found_summary(briefing) == "2 sections, 3 tables, 1 list"
    assert found_summary(Briefing(sections=[Section()])) == "1 section, 0 tables, 0 lists"


def test_pasted_html_wins_over_its_text_and_an_empty_clipboard_is_refused():
    briefing = import_pasted("<h2>From the page</h2><p>Text of the page.</p>", "Plain words.")
    assert [s.heading for s in briefing.sections] == ["From the page"]
    assert import_pasted("<script>x()</script>", "Plain words.").sections[0].blocks == [
        Paragraph("Plain words.")]
    with pytest.raises(ArticleImportError, match=r"^the clipboard: it holds no text"):
        import_pasted("", " \n")


def test_an_empty_paragraph_cannot_become_a_heading():
    briefing = [Section(heading="A", blocks=[Paragraph("  "), Paragraph("Text.")])]
    with pytest.raises(ValueError):
        split_at_paragraph(briefing, briefing[0].blocks[0].id)
