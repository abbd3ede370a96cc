"""Dates as people type them, and Ctrl+B / Ctrl+I on the plain-text markup."""

import datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefing_studio.dates import display_date, parse_date
from briefing_studio.inline import parse_inline, plain_text, toggle_emphasis

DAY = datetime.date(2026, 11, 24)


@pytest.mark.parametrize("text", [
    "24.11.2026", "24/11/2026", "24-11-2026", "2026-11-24", "24 November 2026",
    "24 Nov 2026", "Nov 24, 2026", "24 Kasım 2026", "24 KASIM 2026", "24 kasim 2026",
    "  24.11.2026 ",
])
def test_common_ways_of_writing_a_date_are_read(text):
    assert parse_date(text) == DAY


@pytest.mark.parametrize("text", ["", "24.11", "24.11.26", "31.02.2026", "next Tuesday",
                                  "24 Novembr 2026", "24 No 2026", "2026"])
def test_what_is_not_a_whole_date_is_refused(text):
    with pytest.raises(ValueError):
        parse_date(text)


@given(st.dates(min_value=datetime.date(1000, 1, 1)))
def test_the_shown_date_reads_back(date):
    assert parse_date(display_date(date)) == date


def test_bold_wraps_the_selection_and_a_second_time_unwraps_it():
    text, start, end = toggle_emphasis("Water talks resume", 6, 11, "**")
    assert (text, text[start:end]) == ("Water **talks** resume", "talks")
    assert toggle_emphasis(text, start, end, "**") == ("Water talks resume", 6, 11)


def test_italic_inside_bold_makes_both():
    text, start, end = toggle_emphasis("a **word** here", 4, 8, "*")
    assert text == "a ***word*** here"
    assert parse_inline(text)[1].bold and parse_inline(text)[1].italic
    assert toggle_emphasis(text, start, end, "**")[0] == "a *word* here"


def test_no_selection_takes_the_word_under_the_cursor():
    assert toggle_emphasis("Dam safety first", 5, 5, "**")[0] == "Dam **safety** first"


def test_a_selection_with_its_markers_unwraps():
    assert toggle_emphasis("a **word** here", 2, 10, "**")[0] == "a word here"


@given(st.text(alphabet="ab *ş", max_size=20), st.data())
def test_toggling_twice_gives_back_the_words(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    once, first, last = toggle_emphasis(text, start, end, "**")
    twice, _, _ = toggle_emphasis(once, first, last, "**")
    assert plain_text(twice).replace("*", "") == plain_text(text).replace("*", "")


@pytest.mark.parametrize(("text", "start", "end", "marker", "expected"), [
    ("**a** b", 0, 7, "**", "**a b**"),  # bold inside the selection gives way to one span
    ("**ab**", 2, 3, "**", "a**b**"),  # part of a bold word leaves it
    ("x *y* **word**", 0, 14, "**", "**x *y* word**"),
    ("**a b c**", 4, 5, "**", "**a** b **c**"),  # the span splits around the selection
    ("**bold *it* x**", 8, 10, "*", "**bold it x**"),  # italic inside bold comes off alone
    ("***w***", 3, 4, "**", "*w*"),
])
def test_markup_already_in_or_around_the_selection_is_respected(text, start, end, marker,
                                                               expected):
    new, first, last = toggle_emphasis(text, start, end, marker)
    assert new == expected
    assert plain_text(new[first:last]) == plain_text(text[start:end])  # still selected
    assert "*" not in plain_text(new)  # every marker is markup, none prints


@given(st.text(alphabet="ab ş", max_size=20), st.data())
def test_on_then_off_gives_back_plain_text_exactly(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assume(start == end or text[start:end].strip())  # a selection of spaces stays as it is
    once, first, last = toggle_emphasis(text, start, end, "**")
    assert toggle_emphasis(once, first, last, "**")[0] == text
