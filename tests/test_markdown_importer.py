import re
from collections import Counter

import pypandoc

from briefing_studio.importers.markdown import import_markdown
from briefing_studio.model import Bullet, BulletList, Paragraph, Priority, Table

NOTE = """\
# Water and Energy Talks

The delegations met in **Ankara** for *two* days; see [the report](https://example.org/r).

## Agenda

- [HIGH] **Seasonal releases:** agree a summer schedule.
- [P3] Data sharing: publish gauge readings
  - nested point kept in order
- plain point with `code`

1. First step
2. Second step

| Delegation | Role |
|---|---|
| Turkish Foreign Ministry | Lead |
| Iraqi Ministry of Water | Delegate | Observer |

### Details

> A quoted line & <b>literal</b> markup.
"""


def test_single_top_heading_is_the_title_and_others_move_up():
    briefing = import_markdown(NOTE)
    assert briefing.meta.title == "Water and Energy Talks"
    assert [(s.heading, s.level) for s in briefing.sections] == [
        ("", 1), ("Agenda", 1), ("Details", 2)]


def test_inline_emphasis_is_kept_as_briefing_markup_and_links_keep_their_address():
    lead = import_markdown(NOTE).sections[0].blocks[0]
    assert lead == Paragraph(
        "The delegations met in **Ankara** for *two* days; "
        "see the report (https://example.org/r).")


def test_lists_keep_priorities_labels_and_nested_items():
    bullets, numbered = import_markdown(NOTE).sections[1].blocks[:2]
    assert isinstance(bullets, BulletList) and not bullets.numbered
    assert bullets.items == [
        Bullet(label="Seasonal releases", text="agree a summer schedule.",
               priority=Priority.HIGH),
        Bullet(label="Data sharing", text="publish gauge readings", priority=Priority.LOW),
        Bullet(text="nested point kept in order"),
        Bullet(text="plain point with code"),
    ]
    assert numbered.numbered and [i.text for i in numbered.items] == ["First step", "Second step"]


def test_pipe_tables_become_tables():
    table = import_markdown(NOTE).sections[1].blocks[2]
    assert isinstance(table, Table)
    assert table.header == ["Delegation", "Role"]
    # markdown-it drops cells beyond the header, as CommonMark tables do
    assert table.rows == [["Turkish Foreign Ministry", "Lead"], ["Iraqi Ministry of Water",
                                                                 "Delegate"]]


def test_html_and_entities_stay_literal():
    quote = import_markdown(NOTE).sections[2].blocks[0]
    assert quote == Paragraph("A quoted line & <b>literal</b> markup.")


def test_several_top_headings_are_all_sections():
    briefing = import_markdown("# One\n\nText.\n\n# Two\n\nMore.\n")
    assert briefing.meta.title == ""
    assert [s.heading for s in briefing.sections] == ["One", "Two"]


def test_text_before_any_heading_is_the_lead_section():
    briefing = import_markdown("Opening words.\n\n## Later\n")
    assert briefing.sections[0].heading == ""
    assert briefing.sections[0].blocks == [Paragraph("Opening words.")]


def test_turkish_markdown_is_taken_for_turkish_and_english_is_left_to_the_house_style():
    turkish = import_markdown(
        "# Su Görüşmeleri\n\nHeyetler Ankara’da bir araya geldi ve bu konuda anlaştı.\n\n"
        "- [YÜKSEK] **Yaz salımları:** takvim için bir öneri hazırlanacak.\n")
    assert turkish.meta.language == "tr-TR"
    assert turkish.sections[0].blocks[1].items[0].priority is Priority.HIGH
    assert import_markdown(NOTE).meta.language == ""


NOTED = """# Crossings report

Arrivals rose for the third week.[^talks] Patrols began^[From the joint cell, *provisional*.]
and continue.

- Councils report daily.[^councils]
- A reference without a note stays as written.[^missing]

| Point | Note |
|---|---|
| Jarablus | Busy.[^talks] |

[^talks]: As reported by Daily Sabah.

    Its second paragraph.

[^councils]: Three of seven councils.
"""


def test_footnotes_become_notes_where_they_are_referenced():
    briefing = import_markdown(NOTED)
    lead, bullets, table = briefing.sections[0].blocks
    assert lead.text == (
        "Arrivals rose for the third week.^[As reported by Daily Sabah. Its second paragraph.]"
        " Patrols began^[From the joint cell, *provisional*.] and continue.")
    assert [item.text for item in bullets.items] == [
        "Councils report daily.^[Three of seven councils.]",
        "A reference without a note stays as written.[^missing]"]
    assert table.rows == [["Jarablus", "Busy.^[As reported by Daily Sabah. Its second paragraph.]"]]


def test_every_word_pandoc_reads_in_a_noted_document_is_kept():
    # pandoc numbers its notes ([1], [2]): the numbers are its, not the document's words
    pandoc = Counter(word for word in re.findall(
        r"\w+", pypandoc.convert_text(NOTED, "plain", format="markdown")) if not word.isdigit())
    kept = Counter(re.findall(r"\w+", " ".join(import_markdown(NOTED).words())))
    assert not pandoc - kept
