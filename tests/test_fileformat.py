import json
import os
import stat

import pytest
from hypothesis import given, settings

from briefing_studio import fileformat
from briefing_studio.errors import BriefingFileError
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
from tests.strategies import briefings


def small_briefing() -> Briefing:
    return Briefing(
        meta=Metadata(title="Su görüşmeleri", classification="OFFICIAL-SENSITIVE",
                      date="2026-11-24"),
        sections=[
            Section(heading="", blocks=[Paragraph("Lead text about دمشق.")]),
            Section(heading="Border management", blocks=[
                Paragraph("Plain text; **bold** and *italic* only."),
                BulletList(items=[Bullet(label="Joint security protocols",
                                         text="Coordinated measures.", priority=Priority.HIGH),
                                  Bullet(text="No label, no priority.")]),
                Table(header=["Delegation", "Role"], rows=[["Turkish Foreign Ministry"]],
                      caption="Who attends"),
            ]),
        ],
    )


def document(**changes) -> dict:
    base = json.loads(fileformat.dumps(small_briefing()))
    base.update(changes)
    return base


def load_error(tmp_path, content: str | bytes) -> str:
    path = tmp_path / "bad.briefing"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BriefingFileError) as caught:
        fileformat.load(path)
    return str(caught.value)


def test_saved_file_has_the_documented_shape(tmp_path):
    path = tmp_path / "note.briefing"
    fileformat.save(small_briefing(), path)
    saved = json.loads(path.read_text(encoding="utf-8"))

    assert list(saved) == ["format", "version", "meta", "sections"]
    assert saved["format"] == "briefing-studio" and saved["version"] == 1
    assert list(saved["meta"]) == list(fileformat.META_KEYS)
    bullets = saved["sections"][1]["blocks"][1]
    assert bullets["items"][0] == {"label": "Joint security protocols",
                                   "text": "Coordinated measures.", "priority": "high"}
    assert bullets["items"][1]["priority"] is None
    table = saved["sections"][1]["blocks"][2]
    assert table["rows"] == [["Turkish Foreign Ministry", ""]]


def test_file_is_pretty_utf8_json_ending_in_a_newline(tmp_path):
    path = tmp_path / "note.briefing"
    fileformat.save(small_briefing(), path)
    text = path.read_bytes().decode("utf-8")

    assert "Su görüşmeleri" in text and "دمشق" in text  # not \u-escaped
    assert text.startswith('{\n  "format": "briefing-studio",')
    assert text.endswith("}\n")


def test_save_then_load_gives_the_same_briefing(tmp_path):
    path = tmp_path / "note.briefing"
    fileformat.save(small_briefing(), path)
    assert fileformat.load(path) == small_briefing()


def test_unknown_keys_survive_load_and_save(tmp_path):
    data = document(future_top={"a": [1, 2]})
    data["meta"]["security_caveat"] = "EYES ONLY"
    data["sections"][1]["colour"] = "blue"
    data["sections"][1]["blocks"][1]["items"][0]["owner"] = "Ayşe Yılmaz"
    data["sections"][1]["blocks"][2]["style"] = "compact"
    path = tmp_path / "newer.briefing"
    path.write_text(json.dumps(data), encoding="utf-8")

    again = json.loads(fileformat.dumps(fileformat.load(path)))

    assert again["future_top"] == {"a": [1, 2]}
    assert again["meta"]["security_caveat"] == "EYES ONLY"
    assert again["sections"][1]["colour"] == "blue"
    assert again["sections"][1]["blocks"][1]["items"][0]["owner"] == "Ayşe Yılmaz"
    assert again["sections"][1]["blocks"][2]["style"] == "compact"


def test_missing_optional_keys_take_their_defaults():
    briefing = fileformat.loads(json.dumps({
        "format": "briefing-studio", "version": 1,
        "sections": [{"heading": "Only heading", "blocks": [
            {"type": "bullets", "items": [{"text": "x"}]}]}],
    }))
    section = briefing.sections[0]
    assert section.level == 1
    assert section.blocks[0].items[0] == Bullet(text="x")
    assert briefing.meta.doc_type == "Briefing Note"


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d["sections"][1]["blocks"][1]["items"][0].update(priority="urgent"),
     "sections[1].blocks[1].items[0].priority: expected high, medium, low or null"),
    (lambda d: d["sections"][1]["blocks"][0].update(type="image"),
     "sections[1].blocks[0].type: expected paragraph, bullets, table or figure"),
    (lambda d: d["sections"][1]["blocks"][0].update(text=42),
     "sections[1].blocks[0].text: expected a string"),
    (lambda d: d["sections"][1]["blocks"][2]["rows"][0].__setitem__(1, None),
     "sections[1].blocks[2].rows[0][1]: expected a string"),
    (lambda d: d["sections"][1]["blocks"][2].update(header="Delegation"),
     "sections[1].blocks[2].header: expected a list"),
    (lambda d: d["sections"][0].update(level=4),
     "sections[0].level: expected 1, 2 or 3"),
    (lambda d: d["sections"][0].update(level=True),
     "sections[0].level: expected a whole number"),
    (lambda d: d["sections"].append("text"), "sections[2]: expected an object"),
    (lambda d: d["meta"].update(title=["a"]), "meta.title: expected a string"),
    (lambda d: d.update(meta=[]), "meta: expected an object"),
    (lambda d: d.update(sections={}), "sections: expected a list"),
    (lambda d: d["sections"][1]["blocks"][1].update(numbered="yes"),
     "sections[1].blocks[1].numbered: expected true or false"),
])
def test_each_bad_file_names_its_first_problem_and_place(tmp_path, mutate, message):
    data = document()
    mutate(data)
    assert load_error(tmp_path, json.dumps(data)) == f"{tmp_path / 'bad.briefing'}: {message}"


def load_failure(tmp_path, mutate) -> BriefingFileError:
    data = document()
    mutate(data)
    path = tmp_path / "note.briefing"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BriefingFileError) as caught:
        fileformat.load(path)
    return caught.value


@pytest.mark.parametrize(("mutate", "words"), [
    (lambda d: d["sections"][1]["blocks"][1]["items"][1].update(priority="urgent"),
     'In section 2 ("Border management"), block 2 (a bullet list), bullet 2 ("No label, '
     'no priority."): the priority must be high, medium, low or empty.'),
    (lambda d: d["sections"][1]["blocks"][1].update(numbered=True, items=[{"label": 3}]),
     'In section 2 ("Border management"), block 2 (a numbered list), item 1: the label '
     "must be in double quotes."),
    (lambda d: d["sections"][1]["blocks"][0].update(type="image"),
     'In section 2 ("Border management"), block 1 (of type "image"): the block type must '
     'be "paragraph", "bullets", "table" or "figure".'),
    (lambda d: d["sections"][1]["blocks"][2]["rows"][0].__setitem__(1, None),
     'In section 2 ("Border management"), block 3 (a table), row 1 under the header '
     '("Turkish Foreign Ministry"): cell 2 (column "Role") must be in double quotes.'),
    (lambda d: d["sections"][1]["blocks"][2]["header"].__setitem__(0, 7),
     'In section 2 ("Border management"), block 3 (a table): cell 1 of the header row '
     "must be in double quotes."),
    (lambda d: d["sections"][0].update(level=4),
     "In section 1 (the lead, before the first heading): the heading level must be "
     "1, 2 or 3."),
    (lambda d: d["sections"].append({"heading": "", "blocks": {}}),
     "In section 3 (untitled): the list of blocks must be a list in brackets [ ]."),
    (lambda d: d["sections"].append("text"), "Section 3 must be an object in braces { }."),
    (lambda d: d["meta"].update(prepared_for=["a"]),
     'In the document info: the "Prepared for" field must be in double quotes.'),
    (lambda d: d.update(version="1"), "The format version must be a whole number from 1."),
])
def test_each_bad_file_says_where_in_the_words_of_the_document(tmp_path, mutate, words):
    error = load_failure(tmp_path, mutate)
    assert error.words == f"note.briefing cannot be opened. {words}"


def test_a_long_heading_is_quoted_cut_at_a_word(tmp_path):
    def mutate(data):
        data["sections"][1]["heading"] = "A heading far too long to be quoted whole in a message"
        data["sections"][1]["blocks"][0]["text"] = 1

    assert load_failure(tmp_path, mutate).words == (
        'note.briefing cannot be opened. In section 2 ("A heading far too long to be '
        'quoted…"), block 1 (a paragraph): the text must be in double quotes.')


def test_the_place_is_carried_as_steps_into_the_file(tmp_path):
    error = load_failure(
        tmp_path, lambda d: d["sections"][1]["blocks"][1]["items"][0].update(priority="p1"))
    assert error.place == ("sections", 1, "blocks", 1, "items", 0, "priority")
    assert error.problem == "sections[1].blocks[1].items[0].priority: expected high, " \
                            "medium, low or null"


def test_a_file_wrong_as_a_whole_has_no_place_and_no_extra_words(tmp_path):
    error = load_failure(tmp_path, lambda d: d.update(format="word"))
    assert error.place == () and error.words == ""


def test_newer_format_version_is_refused_with_a_clear_message(tmp_path):
    message = load_error(tmp_path, json.dumps(document(version=2)))
    assert "written by a newer Briefing Studio (file format 2)" in message
    assert "reads format 1" in message


@pytest.mark.parametrize(("content", "message"), [
    ('{"format": "briefing-studio", "version": 1,', "invalid JSON at line 1, column"),
    ("[1, 2]", "not a Briefing Studio file (expected a JSON object)"),
    ('{"format": "word", "version": 1}', 'not a Briefing Studio file ("format" is not'),
    ('{"format": "briefing-studio", "version": "1"}', "version: expected a whole number"),
    (b"\xff\xfe{\x00", "not UTF-8 text (byte 0xff at offset 0)"),
    ("", "invalid JSON at line 1, column 1"),
])
def test_unreadable_files_get_one_clear_message(tmp_path, content, message):
    assert message in load_error(tmp_path, content)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(BriefingFileError, match=r"nowhere\.briefing: cannot read: No such file"):
        fileformat.load(tmp_path / "nowhere.briefing")


def test_failed_save_leaves_the_old_file_whole_and_no_debris(tmp_path, monkeypatch):
    path = tmp_path / "note.briefing"
    fileformat.save(small_briefing(), path)
    before = path.read_bytes()

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    changed = small_briefing()
    changed.meta.title = "Changed"
    with pytest.raises(BriefingFileError, match="cannot write: No space left on device"):
        fileformat.save(changed, path)

    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["note.briefing"]


def test_save_keeps_the_permissions_of_the_file_it_replaces(tmp_path):
    path = tmp_path / "note.briefing"
    fileformat.save(small_briefing(), path)
    path.chmod(0o640)
    fileformat.save(small_briefing(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_save_into_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(BriefingFileError, match="cannot write: No such file or directory"):
        fileformat.save(small_briefing(), tmp_path / "absent" / "note.briefing")


@settings(max_examples=150, deadline=None)
@given(briefings)
def test_any_briefing_survives_save_and_load_unchanged(briefing):
    text = fileformat.dumps(briefing)
    loaded = fileformat.loads(text)
    assert loaded == briefing
    assert fileformat.dumps(loaded) == text
