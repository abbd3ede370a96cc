"""Files built to hurt a reader are refused in one line, or read harmlessly: zip bombs,
the billion laughs in each part of a Word file, outside entities and references,
JSON nested deep or holding a million sections, pathological Markdown and text.
benchmarks/hostile_files.py measures what each costs."""

import socket
from pathlib import Path

import pytest

from briefing_studio import fileformat
from briefing_studio.importers import import_file
from tests import hostile_fixtures as hostile
from tests.test_cli import assert_one_line_error, run

PARTS = ("word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml",
         "word/footnotes.xml", "[Content_Types].xml", "word/_rels/document.xml.rels")


def refused(source: Path, tmp_path: Path, *fragments: str) -> None:
    """`briefing-studio import` refuses ``source``: exit 2, one line naming it and what
    is wrong, and no output written."""
    out = tmp_path / "out.briefing"
    result = run("import", source, "-o", out)
    assert_one_line_error(result, str(source), *fragments)
    assert not out.exists()


def test_a_document_xml_bomb_is_refused_before_it_is_unpacked(tmp_path):
    refused(hostile.document_bomb(tmp_path / "bomb.docx"), tmp_path,
            "word/document.xml would unpack to 300 MB", "100 MB")


def test_a_bomb_that_lies_about_its_size_fails_its_check_unpacked_no_further(tmp_path):
    refused(hostile.lying_bomb(tmp_path / "lying.docx"), tmp_path, "not a Word document")


@pytest.mark.parametrize("part", PARTS)
def test_the_billion_laughs_in_any_part_is_refused(tmp_path, part):
    refused(hostile.entity_attack(tmp_path / "laughs.docx", part), tmp_path,
            f"{part} declares a DTD")


def test_an_entity_reaching_for_a_file_of_the_machine_is_refused(tmp_path):
    refused(hostile.outside_entity(tmp_path / "xxe.docx"), tmp_path, "declares a DTD")


def test_a_word_template_with_the_billion_laughs_is_refused_as_a_template(tmp_path):
    template = hostile.entity_attack(tmp_path / "template.docx", "word/styles.xml")
    source = tmp_path / "note.txt"
    source.write_text("Talks\n\nThe delegations met.\n", encoding="utf-8")
    out = tmp_path / "out.docx"
    result = run("export", source, "--docx", out, "--docx-template", template)
    assert_one_line_error(result, str(template), "refused as a Word template", "DTD")
    assert not out.exists()


def test_outside_references_are_never_followed(tmp_path, monkeypatch):
    reached = []

    def no_network(*address, **_):
        reached.append(address)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    source = hostile.outside_references(tmp_path / "links.docx")
    briefing = import_file(source)
    texts = [block.text for section in briefing.sections for block in section.blocks
             if hasattr(block, "text")]
    assert texts == ["Before the links.", "After the links."]
    assert not briefing.media  # the picture on the machine's disk was not taken
    assert reached == []
    assert "root:" not in fileformat.dumps(briefing)
    assert not Path("/tmp/briefing-studio-escaped.xml").exists()


def test_json_nested_deep_is_refused(tmp_path):
    refused(hostile.deep_json(tmp_path / "deep.briefing"), tmp_path, "nested too deeply")


def test_json_of_a_million_sections_is_refused_before_it_is_parsed(tmp_path):
    refused(hostile.many_sections_json(tmp_path / "many.briefing"), tmp_path,
            "JSON values, more than the 2,000,000")


def test_a_text_file_too_big_for_an_article_is_refused_unread(tmp_path):
    refused(hostile.long_line_text(tmp_path / "long.txt"), tmp_path,
            "the file is 20 MB, more than the 8 MB of any article")


def test_markdown_nested_beyond_reason_is_refused_not_read_short(tmp_path):
    refused(hostile.deep_markdown(tmp_path / "deep.md"), tmp_path,
            "nested more than 50 deep")


def test_markdown_nested_as_deep_as_it_is_read_keeps_every_word(tmp_path):
    source = tmp_path / "nested.md"
    source.write_text("Notes\n\n" + "".join(f"{'  ' * depth}- level {depth}\n"
                                            for depth in range(30)), encoding="utf-8")
    out = tmp_path / "nested.briefing"
    assert run("import", source, "-o", out).returncode == 0
    assert "level 29" in out.read_text(encoding="utf-8")  # markdown-it's own limit: 10
