"""``--min-priority`` makes a summary that still reads: decisions, paragraphs, tables
and unranked bullets stay, only bullets ranked below the threshold go, and no heading
or lead-in is left introducing nothing."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.model import (
    Briefing,
    Bullet,
    BulletList,
    Paragraph,
    Priority,
    Section,
    Table,
)
from briefing_studio.options import ExportOptions
from briefing_studio.plan import selected

from .pdf_reading import outline, page_texts
from .strategies import briefings

THRESHOLDS = st.sampled_from([Priority.HIGH, Priority.MEDIUM, Priority.LOW])


def has_content_under(sections: list[Section], index: int) -> bool:
    """Blocks in the section or in any section below it, before the next heading of its
    level or higher."""
    level = sections[index].level
    for later_index, later in enumerate(sections[index:], start=index):
        if later_index > index and later.level <= level:
            return False
        if later.blocks:
            return True
    return False


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefings, THRESHOLDS)
def test_a_summary_never_prints_a_heading_with_nothing_under_it(briefing, threshold):
    summary = selected(briefing, ExportOptions(min_priority=threshold))
    assert len(summary.sections) == len(briefing.sections)  # places keep their index
    for index, section in enumerate(summary.sections):
        if section.heading and not has_content_under(summary.sections, index):
            # Only a heading the author left empty may stand alone.
            assert not has_content_under(briefing.sections, index)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefings, THRESHOLDS)
def test_a_summary_drops_only_bullets_ranked_below_the_threshold(briefing, threshold):
    summary = selected(briefing, ExportOptions(min_priority=threshold))
    for original, section in zip(briefing.sections, summary.sections, strict=True):
        kept = [block for block in section.blocks if not isinstance(block, BulletList)]
        expected = [block for index, block in enumerate(original.blocks)
                    if isinstance(block, Table)
                    or (isinstance(block, Paragraph) and not _introduces_a_dropped_list(
                        original.blocks, index, threshold))]
        assert kept == expected
        printed_items = [item for block in section.blocks if isinstance(block, BulletList)
                         for item in block.items]
        wanted_items = [item for block in original.blocks if isinstance(block, BulletList)
                        for item in block.items
                        if block.numbered or item.priority is Priority.NONE
                        or item.priority.rank <= threshold.rank]
        assert printed_items == wanted_items


def _introduces_a_dropped_list(blocks, index, threshold) -> bool:
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (blocks[index].text.replace("*", "").rstrip().endswith(":")
            and isinstance(following, BulletList) and not following.numbered
            and bool(following.items)
            and all(item.priority is not Priority.NONE and item.priority.rank > threshold.rank
                    for item in following.items))


def test_the_printed_summary_keeps_decisions_and_loses_orphaned_lead_ins(tmp_path):
    briefing = Briefing(sections=[
        Section(heading="Agenda", blocks=[
            Paragraph("Key topics to be discussed include:"),
            BulletList(items=[Bullet(text="Routine gauge checks.", priority=Priority.LOW)]),
            Table(header=["Delegation", "Lead"], rows=[["Water", "Minister"]]),
        ]),
        Section(heading="Background", blocks=[]),
        Section(heading="Earlier rounds", level=2, blocks=[BulletList(items=[
            Bullet(text="Minor points from 2024.", priority=Priority.LOW)])]),
        Section(heading="Decisions Required", blocks=[BulletList(numbered=True, items=[
            Bullet(text="Agree the summer release timetable."),
            Bullet(text="Approve option B.", priority=Priority.LOW)])]),
        Section(heading="Other points", blocks=[BulletList(items=[
            Bullet(text="Unranked point stays."),
            Bullet(text="Urgent point stays.", priority=Priority.HIGH)])]),
    ])
    path = tmp_path / "summary.pdf"
    write_pdf(briefing, path, ExportOptions(min_priority=Priority.HIGH))
    text = " ".join(" ".join(page.split()) for page in page_texts(path))
    for kept in ("Agenda", "Delegation", "Decisions Required", "Agree the summer release",
                 "Approve option B.", "Unranked point stays.", "Urgent point stays."):
        assert kept in text
    for gone in ("Key topics", "Routine gauge", "Background", "Earlier rounds", "Minor points"):
        assert gone not in text
    assert [title for _, title in outline(path)] == [
        "Agenda", "Decisions Required", "Other points"]
