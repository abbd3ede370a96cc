from hypothesis import given
from hypothesis import strategies as st

from briefing_studio.inline import Span, parse_inline, plain_text
from briefing_studio.layout import column_widths_mm
from briefing_studio.model import Table
from briefing_studio.script import split_by_direction


def test_bold_italic_and_both():
    assert parse_inline("a **b** *c* ***d***") == [
        Span("a "), Span("b", bold=True), Span(" "), Span("c", italic=True), Span(" "),
        Span("d", bold=True, italic=True)]


def test_nested_emphasis():
    assert parse_inline("**bold *both* bold**") == [
        Span("bold ", bold=True), Span("both", bold=True, italic=True), Span(" bold", bold=True)]


def test_asterisks_that_do_not_pair_around_text_stay_literal():
    for text in ("5 * 3 * 2", "**", "** not **", "a * b", "**open", "<b>x</b>"):
        assert plain_text(text) == text


@given(st.text())
def test_inline_parsing_never_loses_or_invents_a_letter(text):
    assert plain_text(text).replace("*", "") == text.replace("*", "")


@given(st.text())
def test_direction_pieces_join_back_to_the_text(text):
    assert "".join(piece for piece, _ in split_by_direction(text)) == text


def test_arabic_phrase_is_one_right_to_left_piece():
    assert split_by_direction("near مدينة دمشق القديمة today") == [
        ("near ", False), ("مدينة دمشق القديمة", True), (" today", False)]


def test_columns_fill_the_width_and_long_content_gets_more_room():
    table = Table(header=["Phase", "Key actions"],
                  rows=[["Phase 1", "Military dialogue, ceasefire verification, patrols"]])
    narrow, wide = column_widths_mm(table, 160, 9.5)
    assert abs(narrow + wide - 160) < 1e-6
    assert narrow < wide
    assert narrow >= len("Phase 1") * 9.5 * 0.58 * 25.4 / 72  # "Phase 1" is not broken


@given(st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=6), min_size=1,
                max_size=6))
def test_widths_always_add_up_to_the_table_width(rows):
    table = Table(header=rows[0], rows=rows[1:])
    widths = column_widths_mm(table, 170, 10)
    assert len(widths) == table.column_count
    assert abs(sum(widths) - 170) < 1e-6
    assert all(width > 0 for width in widths)
