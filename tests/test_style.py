import json

import pytest

from briefing_studio.classification import marking, schemes
from briefing_studio.errors import StyleError
from briefing_studio.model import Priority
from briefing_studio.style import available_styles, load_style, style_title


def write(tmp_path, data) -> str:
    path = tmp_path / "house.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def test_bundled_styles_load_and_differ_where_they_should():
    assert {"ministry", "tr-resmi", "letter"} <= set(available_styles())
    ministry, resmi, letter = load_style(), load_style("tr-resmi"), load_style("letter")
    assert ministry.page_size == "A4" and letter.page_size == "Letter"
    assert resmi.words("tr-TR")["page_numbers"] == "{page}/{pages}"
    assert ministry.words("en-GB")["page_numbers"] == "Page {page} of {pages}"
    assert resmi.language == "tr-TR" and ministry.language == "en-GB"
    assert resmi.numbered_headings and not ministry.numbered_headings
    assert resmi.margins.right < ministry.margins.right
    assert letter.colours == ministry.colours  # a style names only what it changes


def test_a_style_file_overrides_only_what_it_names(tmp_path):
    style = load_style(write(tmp_path, {"colours": {"heading": "#003366"},
                                        "numbered_headings": True}))
    assert style.colours.heading == "#003366"
    assert style.numbered_headings
    assert style.colours.priority_high == load_style().colours.priority_high
    assert style.priority_colour(Priority.HIGH) == style.colours.priority_high


def test_bundled_styles_have_titles_for_people():
    assert {name: style_title(name) for name in available_styles()} == {
        "ministry": "Ministry (A4)", "letter": "US Letter",
        "submission": "Ministerial Submission (A4)",
        "tr-resmi": "Turkish official correspondence"}
    assert load_style().title == "Ministry (A4)"


def test_a_style_file_is_titled_by_its_own_title_or_else_its_file_name(tmp_path):
    assert style_title(write(tmp_path, {"title": "  Embassy letters "})) == "Embassy letters"
    # Not "Ministry (A4)", the title of the style it is laid over.
    assert style_title(write(tmp_path, {"numbered_headings": True})) == "house"


@pytest.mark.parametrize(("data", "message"), [
    ({"colour": {}}, "colour: unknown setting"),
    ({"colours": {"heading": "navy"}}, "colours.heading: expected a colour like #1F3864"),
    ({"page": {"size": "A3"}}, "page.size: expected A4 or Letter"),
    ({"sizes_pt": {"body": "11"}}, "sizes_pt.body: expected a positive number"),
    ({"sizes_pt": {"body": -1}}, "sizes_pt.body: expected a positive number"),
    ({"numbered_headings": "yes"}, "numbered_headings: expected true or false"),
    ({"fonts": {"pdf": {"body": "Comic Sans"}}}, "fonts.pdf.body: no bundled font 'Comic Sans'"),
    ({"page_numbers": "Sayfa"}, "page_numbers: expected a pattern with {page}"),
    ({"page_numbers": "{page} {total}"}, "page_numbers: expected a pattern with {page}"),
    ({"page_numbers": "{page} of {pages.x}"}, "page_numbers: expected a pattern with {page}"),
    ({"page_numbers": "{page} of {pages[0]}"}, "page_numbers: expected a pattern with {page}"),
    ({"classification_scheme": "nato"}, "classification_scheme: expected one of"),
    ({"page": "A4"}, "page: expected an object"),
    ({"title": 7}, "title: expected a string"),
    ({"title": " "}, "title: expected a short name to show in menus"),
    ("[1]", "expected a JSON object of style settings"),
    ("{", "invalid JSON at line 1, column 2"),
])
def test_bad_style_files_name_the_file_and_the_setting(tmp_path, data, message):
    path = write(tmp_path, data)
    with pytest.raises(StyleError) as caught:
        load_style(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_unknown_style_name_lists_the_choices():
    with pytest.raises(StyleError, match=r"no such style.*ministry.*tr-resmi"):
        load_style("fancy")


@pytest.mark.parametrize(("text", "level"), [
    ("OFFICIAL", "OFFICIAL"),
    ("Official Sensitive", "OFFICIAL-SENSITIVE"),
    ("official-sensitive personal", "OFFICIAL-SENSITIVE"),
    ("SECRET UK EYES ONLY", "SECRET"),
    ("top secret", "TOP SECRET"),
    ("hizmete özel", "HİZMETE ÖZEL"),
    ("ÖZEL", "ÖZEL"),
    ("Gizli", "GİZLİ"),
    ("ÇOK GİZLİ", "ÇOK GİZLİ"),
])
def test_markings_find_their_level_whatever_the_spelling(text, level):
    found = marking(text, "uk")
    assert found.text == text  # printed as written
    assert found.level.name == level
    assert found.colour == found.level.colour


def test_levels_compare_by_rank_in_every_scheme():
    for scheme in schemes().values():
        assert list(scheme.levels) == sorted(scheme.levels)
        assert len({level.colour for level in scheme.levels}) == len(scheme.levels)
    assert marking("SECRET", "uk").level > marking("OFFICIAL", "uk").level
    assert marking("ÇOK GİZLİ", "tr").level > marking("HİZMETE ÖZEL", "tr").level


def test_a_marking_outside_every_scheme_keeps_its_text_in_the_neutral_colour():
    found = marking("RESTRICTED - COMMERCIAL", "uk")
    assert found.level is None
    assert found.text == "RESTRICTED - COMMERCIAL"
    assert found.colour == schemes()["uk"].neutral_colour
