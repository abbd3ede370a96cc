"""Every section and block has an id that stays with it through save, load and import."""

import json

import pytest

from briefing_studio import cli, fileformat
from briefing_studio.errors import BriefingFileError
from briefing_studio.model import Briefing, Paragraph, Section

UNNAMED = {
    "format": "briefing-studio", "version": 1, "meta": {"title": "Talks"},
    "sections": [
        {"heading": "", "blocks": [{"type": "paragraph", "text": "Lead."}]},
        {"heading": "Water", "blocks": [
            {"type": "paragraph", "text": "Flows fell."},
            {"type": "bullets", "items": [{"text": "Share data."}]},
            {"type": "table", "header": ["A"], "rows": [["1"]]}]},
    ],
}


def ids_of(briefing: Briefing) -> list[str]:
    return [item.id for section in briefing.sections for item in (section, *section.blocks)]


def test_a_file_without_ids_gets_one_for_every_section_and_block_and_keeps_them():
    briefing = fileformat.loads(json.dumps(UNNAMED))
    ids = ids_of(briefing)
    assert len(ids) == 6 and len(set(ids)) == 6 and all(ids)
    text = fileformat.dumps(briefing)
    again = fileformat.loads(text)
    assert ids_of(again) == ids
    assert fileformat.dumps(again) == text


def test_ids_in_a_file_are_kept_as_written_and_a_repeated_one_is_mended():
    document = json.loads(json.dumps(UNNAMED))
    document["sections"][0]["id"] = "lead"
    document["sections"][1]["id"] = "water"
    blocks = document["sections"][1]["blocks"]
    blocks[0]["id"] = blocks[1]["id"] = "b1"  # a block pasted by hand, id and all
    briefing = fileformat.loads(json.dumps(document))
    assert [s.id for s in briefing.sections] == ["lead", "water"]
    water = briefing.sections[1].blocks
    assert water[0].id == "b1" and water[1].id not in ("b1", "") and water[2].id


@pytest.mark.parametrize("bad", ["two words", 7, "", "x" * 33])
def test_an_id_that_is_not_one_is_an_error_naming_its_place(bad):
    document = json.loads(json.dumps(UNNAMED))
    document["sections"][1]["blocks"][0]["id"] = bad
    if bad == "":  # empty: no id, one is given
        assert fileformat.loads(json.dumps(document)).sections[1].blocks[0].id
        return
    with pytest.raises(BriefingFileError, match=r"sections\[1\]\.blocks\[0\]\.id: expected"):
        fileformat.loads(json.dumps(document))


def test_importing_a_briefing_file_keeps_its_ids(tmp_path):
    source = tmp_path / "talks.briefing"
    fileformat.save(Briefing(sections=[Section("Water", [Paragraph("Flows fell.")])]), source)
    out = tmp_path / "copy.briefing"
    assert cli.main(["import", str(source), "-o", str(out)]) == 0
    assert ids_of(fileformat.load(out)) == ids_of(fileformat.load(source))


def test_new_sections_and_blocks_never_share_an_id():
    sections = [Section(blocks=[Paragraph() for _ in range(50)]) for _ in range(50)]
    ids = ids_of(Briefing(sections=sections))
    assert len(set(ids)) == len(ids)


def test_a_file_without_ids_gets_the_same_ids_every_time_it_is_read():
    text = json.dumps(UNNAMED)
    assert ids_of(fileformat.loads(text)) == ids_of(fileformat.loads(text))


def test_an_article_imported_twice_gives_the_same_file(tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text("Talks in Ankara\n\nWater\nFlows fell.\n- [HIGH] Share data.\n",
                       encoding="utf-8")
    outputs = [tmp_path / "one.briefing", tmp_path / "two.briefing"]
    for out in outputs:
        assert cli.main(["import", str(article), "-o", str(out)]) == 0
    assert outputs[0].read_bytes() == outputs[1].read_bytes()
