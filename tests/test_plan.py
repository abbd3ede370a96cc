"""The plan decides what both outputs print: numbers, words, badges, the selection."""

import copy

import pytest

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
from briefing_studio.plan import Badge, ListNode, ParagraphNode, TableNode, make_plan
from briefing_studio.style import load_style

MINISTRY = ExportOptions()
RESMI = ExportOptions(style=load_style("tr-resmi"))  # numbers its headings
SUBMISSION = ExportOptions(style=load_style("submission"))  # numbers its paragraphs


def outline() -> Briefing:
    return Briefing(sections=[
        Section(blocks=[Paragraph("The lead, under no heading.")]),
        Section(heading="Background", blocks=[Paragraph("One.")]),
        Section(heading="Water", level=2, blocks=[Paragraph("Two.")]),
        Section(heading="Energy", level=2, blocks=[Paragraph("Three.")]),
        Section(heading="Assessment", blocks=[Paragraph("Four.")]),
        Section(heading="Risks", level=2, blocks=[Paragraph("Five.")]),
    ])


def headings(plan) -> list[tuple[str, str]]:
    return [(s.heading.number, s.heading.text) for s in plan.sections if s.heading]


def blocks(plan, kind) -> list:
    return [block for section in plan.sections for block in section.blocks
            if isinstance(block, kind)]


def ranked_bullets() -> BulletList:
    return BulletList(items=[Bullet("Dams.", "Releases", Priority.HIGH),
                             Bullet("Gauges.", "Data", Priority.MEDIUM),
                             Bullet("Courses.", "Training", Priority.LOW),
                             Bullet("Next round.", "", Priority.NONE)])


# ---------------------------------------------------------------- numbers


def test_headings_are_numbered_only_where_the_style_numbers_them():
    assert headings(make_plan(outline(), RESMI)) == [
        ("1.", "Background"), ("1.1.", "Water"), ("1.2.", "Energy"),
        ("2.", "Assessment"), ("2.1.", "Risks")]
    assert headings(make_plan(outline(), MINISTRY)) == [
        ("", "Background"), ("", "Water"), ("", "Energy"), ("", "Assessment"), ("", "Risks")]


def test_a_heading_the_selection_empties_goes_and_takes_no_number():
    briefing = outline()
    briefing.sections[2].blocks = [BulletList(items=[Bullet("Courses.", "", Priority.LOW)])]
    options = ExportOptions(style=RESMI.style, min_priority=Priority.MEDIUM)
    assert headings(make_plan(briefing, options)) == [
        ("1.", "Background"), ("1.1.", "Energy"), ("2.", "Assessment"), ("2.1.", "Risks")]


def test_captions_count_captioned_tables_only():
    tables = [Table(header=["A"], rows=[["1"]], caption="Flows"),
              Table(header=["B"], rows=[["2"]]),
              Table(header=["C"], rows=[["3"]], caption="Gauges")]
    briefing = Briefing(sections=[Section(heading="One", blocks=tables[:2]),
                                  Section(heading="Two", blocks=tables[2:])])
    captions = [t.caption for t in blocks(make_plan(briefing, MINISTRY), TableNode)]
    assert [(c.word, c.number, c.text) if c else None for c in captions] == [
        ("Table", 1, "Flows"), None, ("Table", 2, "Gauges")]
    briefing.meta.language = "tr-TR"
    captions = [t.caption for t in blocks(make_plan(briefing, MINISTRY), TableNode)]
    assert [(c.word, c.number) for c in captions if c] == [("Tablo", 1), ("Tablo", 2)]


def test_numbered_paragraphs_count_through_the_document_and_only_paragraphs():
    briefing = outline()
    briefing.sections[1].blocks.append(ranked_bullets())
    briefing.sections[3].blocks.append(Table(header=["A"], rows=[["1"]]))
    numbers = [p.number for p in blocks(make_plan(briefing, SUBMISSION), ParagraphNode)]
    assert numbers == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert {p.number for p in blocks(make_plan(briefing, MINISTRY), ParagraphNode)} == {""}


def test_a_numbered_list_counts_its_items_from_one_each_time():
    lists = [BulletList(items=[Bullet("a"), Bullet("b")], numbered=True),
             BulletList(items=[Bullet("c")], numbered=True), BulletList(items=[Bullet("d")])]
    briefing = Briefing(sections=[Section(heading="Steps", blocks=lists)])
    markers = [[item.marker for item in block.items]
               for block in blocks(make_plan(briefing, MINISTRY), ListNode)]
    assert markers == [["1.", "2."], ["1."], ["\u2022"]]


# ---------------------------------------------------------------- words and badges


@pytest.mark.parametrize(("language", "words"), [
    ("en-GB", {Priority.HIGH: "High", Priority.MEDIUM: "Medium", Priority.LOW: "Low"}),
    ("tr-TR", {Priority.HIGH: "Yüksek", Priority.MEDIUM: "Orta", Priority.LOW: "Düşük"}),
])
def test_badges_carry_the_word_of_the_language_and_the_styles_colour(language, words):
    briefing = Briefing(meta=Metadata(language=language),
                        sections=[Section(heading="Issues", blocks=[ranked_bullets()])])
    [bullets] = blocks(make_plan(briefing, MINISTRY), ListNode)
    assert [item.badge for item in bullets.items] == [
        Badge(Priority.HIGH, words[Priority.HIGH], "#B00020"),
        Badge(Priority.MEDIUM, words[Priority.MEDIUM], "#A35200"),
        Badge(Priority.LOW, words[Priority.LOW], "#2E6B30"),
        None,  # no priority: no badge, and no colour standing in for one
    ]
    assert [(item.label, item.text) for item in bullets.items] == [
        ("Releases", "Dams."), ("Data", "Gauges."), ("Training", "Courses."), ("", "Next round.")]


def test_title_block_rows_are_in_the_documents_language_and_skip_empty_fields():
    meta = Metadata(title="Su görüşmeleri", reference="BRF-17", date="2026-11-24",
                    prepared_by="Elif Demir", version_label="Taslak 2", language="tr-TR")
    rows = make_plan(Briefing(meta=meta), MINISTRY).title_block.rows
    assert rows == (("Sayı", "BRF-17"), ("Tarih", "24 Kasım 2026"),
                    ("Hazırlayan", "Elif Demir"), ("Sürüm", "Taslak 2"))
    meta.language = "en-GB"
    rows = make_plan(Briefing(meta=meta), MINISTRY).title_block.rows
    assert rows == (("Reference", "BRF-17"), ("Date", "24 November 2026"),
                    ("Prepared by", "Elif Demir"), ("Version", "Taslak 2"))


def test_the_turkish_official_style_writes_its_own_date_and_page_numbers():
    meta = Metadata(date="2026-11-24")  # no language: the style's, Turkish
    plan = make_plan(Briefing(meta=meta), RESMI)
    assert plan.language == "tr-TR"
    assert plan.title_block.rows == (("Tarih", "24.11.2026"),)
    assert plan.page_label(2, 3) == "2/3"
    assert make_plan(Briefing(meta=Metadata(language="tr-TR")), MINISTRY).page_label(2, 3) \
        == "Sayfa 2 / 3"
    assert make_plan(Briefing(), MINISTRY).page_label(2, 3) == "Page 2 of 3"


@pytest.mark.parametrize(("written", "language", "printed"), [
    ("Briefing Note", "tr-TR", "Brifing Notu"),
    ("Brifing Notu", "en-GB", "Briefing Note"),
    ("Briefing Note", "en-GB", "Briefing Note"),
    ("Talking Points", "tr-TR", "Talking Points"),
    ("Konuşma Notları", "en-GB", "Konuşma Notları"),
])
def test_the_default_document_type_is_printed_in_the_documents_language(
        written, language, printed):
    plan = make_plan(Briefing(meta=Metadata(doc_type=written, language=language)), MINISTRY)
    assert plan.title_block.doc_type == printed
    assert printed in plan.info.keywords


def test_the_export_language_wins_over_the_briefings_and_that_over_the_styles():
    english = Briefing(meta=Metadata(language="en-GB"))
    assert make_plan(english, ExportOptions(language="tr-TR")).language == "tr-TR"
    assert make_plan(english, RESMI).language == "en-GB"
    assert make_plan(Briefing(), RESMI).language == "tr-TR"
    assert make_plan(Briefing(), MINISTRY).language == "en-GB"
    unknown = make_plan(Briefing(meta=Metadata(language="sv-SE")), MINISTRY)
    assert unknown.language == "sv-SE"  # declared as written, printed in English
    assert unknown.words["table"] == "Table"


# ---------------------------------------------------------------- the selection


def test_a_summary_keeps_the_ids_of_what_it_keeps_and_leaves_the_briefing_alone():
    lead_in = Paragraph("Minor points:")
    minor = BulletList(items=[Bullet("Courses.", "", Priority.LOW)])
    briefing = Briefing(sections=[
        Section(heading="Issues", blocks=[Paragraph("Main points:"), ranked_bullets(),
                                          lead_in, minor]),
        Section(heading="Minor", blocks=[BulletList(items=[Bullet("Signs.", "", Priority.LOW)])]),
    ])
    before = copy.deepcopy(briefing)
    plan = make_plan(briefing, ExportOptions(min_priority=Priority.MEDIUM))
    issues = briefing.sections[0]
    assert [s.id for s in plan.sections] == [s.id for s in briefing.sections]
    assert [b.id for b in plan.sections[0].blocks] == [issues.blocks[0].id, issues.blocks[1].id]
    [kept] = blocks(plan, ListNode)
    assert [item.text for item in kept.items] == ["Dams.", "Gauges.", "Next round."]
    # A heading with nothing left under it goes; its section stays, for the preview.
    assert plan.sections[1].heading is None and plan.sections[1].blocks == ()
    assert briefing == before
    assert [s.id for s in briefing.sections] == [s.id for s in before.sections]


def test_sorting_by_priority_keeps_ties_in_order():
    bullets = BulletList(items=[Bullet("a", "", Priority.LOW), Bullet("b", "", Priority.NONE),
                                Bullet("c", "", Priority.HIGH), Bullet("d", "", Priority.LOW)])
    briefing = Briefing(sections=[Section(heading="Points", blocks=[bullets])])
    [sorted_list] = blocks(make_plan(briefing, ExportOptions(sort_by_priority=True)), ListNode)
    assert [item.text for item in sorted_list.items] == ["c", "a", "d", "b"]
    assert sorted_list.id == bullets.id


def test_an_empty_list_the_author_left_keeps_its_heading():
    # Only what the selection empties loses its heading; nobody asked for a selection here.
    briefing = Briefing(sections=[Section(heading="Dams", blocks=[BulletList()])])
    assert headings(make_plan(briefing, MINISTRY)) == [("", "Dams")]


def test_the_models_default_document_type_is_one_every_language_translates():
    from briefing_studio.language import default_doc_types
    from briefing_studio.model import Metadata

    assert Metadata().doc_type in default_doc_types()
