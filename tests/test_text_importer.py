import re
import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_studio.importers.text import import_article_text
from briefing_studio.model import Bullet, BulletList, Paragraph, Priority, Table
from briefing_studio.xmltext import clean

# Words a reader must find again: markers, priority tags and table rulers are syntax, and
# so is a pipe, which is a cell border in a table and may stand beside a word elsewhere.
MARKER = re.compile(r"^([-*•◦▪–]\s+|\d+[.)]\s+)")
FENCE = re.compile(r"^(```|~~~)[\w+-]*$")  # a fence line is syntax, as the README says
# What no reader sees: a soft hyphen, zero-width spaces, a byte order mark.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
TAG = re.compile(r"^\[(HIGH|MEDIUM|LOW|P[123]|YÜKSEK|ORTA|DÜŞÜK)\]\s*", re.IGNORECASE)
WORD = re.compile(r"[^\s|]+")


def source_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", clean(text)).translate(INVISIBLE)
    words = []
    for line in text.splitlines():
        line = line.strip()
        if re.fullmatch(r"[-|\s]*", line) or FENCE.match(line):
            continue
        line = TAG.sub("", MARKER.sub("", line))
        words += WORD.findall(line)
    return words


def briefing_words(briefing) -> list[str]:
    return [w for word in briefing.words() for w in WORD.findall(word)]


def test_seed_shaped_article_gives_the_exact_structure(fixture_text):
    briefing = import_article_text(fixture_text("ankara-talks.txt"))

    assert briefing.meta.title == ""  # the article opens with its lead: nothing invented
    lead, *headed = briefing.sections
    assert lead.heading == "" and [type(b) for b in lead.blocks] == [Paragraph]
    assert len(headed) == 4 and all(s.heading for s in headed)
    tables = [b for s in headed for b in s.blocks if isinstance(b, Table)]
    assert [(t.column_count, len(t.rows)) for t in tables] == [(3, 3), (3, 3), (4, 3)]
    lists = [b for s in headed for b in s.blocks if isinstance(b, BulletList)]
    assert [len(b.items) for b in lists] == [4, 4, 4]
    assert all(item.label for item in lists[0].items)
    assert not any(item.label for b in lists[1:] for item in b.items)


def test_every_word_of_a_seed_shaped_article_is_kept(fixture_text):
    text = fixture_text("ankara-talks.txt")
    assert sorted(briefing_words(import_article_text(text))) == sorted(source_words(text))


def test_short_unpunctuated_first_line_is_the_title():
    briefing = import_article_text(
        "Water Talks in Ankara\nThe delegations met on Monday.\nNext Steps\nA final line.\n"
    )
    assert briefing.meta.title == "Water Talks in Ankara"
    assert [s.heading for s in briefing.sections] == ["", "Next Steps"]
    assert briefing.sections[0].blocks == [Paragraph("The delegations met on Monday.")]


def test_lines_ending_in_punctuation_or_long_lines_are_paragraphs():
    long_line = "Word " * 30
    briefing = import_article_text(f"Lead.\nKey topics include:\nReally?\n{long_line}\n")
    assert [s.heading for s in briefing.sections] == [""]
    assert len(briefing.sections[0].blocks) == 4


def test_priority_tags_set_priority_and_leave_the_text():
    briefing = import_article_text(
        "Lead.\n- [HIGH] Border management: Improve surveillance.\n- [p2] Aid corridors\n"
        "- [LOW] Cultural exchanges.\n- [P3] Label: text\n- Untagged point.\n"
    )
    items = briefing.sections[0].blocks[1].items
    assert items == [
        Bullet(label="Border management", text="Improve surveillance.", priority=Priority.HIGH),
        Bullet(text="Aid corridors", priority=Priority.MEDIUM),
        Bullet(text="Cultural exchanges.", priority=Priority.LOW),
        Bullet(label="Label", text="text", priority=Priority.LOW),
        Bullet(text="Untagged point."),
    ]


def test_priority_words_of_every_language_are_tags_in_any_case():
    briefing = import_article_text(
        "Giriş.\n- [YÜKSEK] Sınır yönetimi: Denetimin artırılması.\n- [orta] Yardım koridorları\n"
        "- [Düşük] Kültürel değişim.\n- [yüksek]Bitişik\n- [DÜŞÜK] son\n"
        "- [hıgh] HIGH as a Turkish keyboard writes it in lower case\n"
        "- [ek] Bir not, öncelik değil\n"
    )
    items = briefing.sections[0].blocks[1].items
    assert items == [
        Bullet(label="Sınır yönetimi", text="Denetimin artırılması.", priority=Priority.HIGH),
        Bullet(text="Yardım koridorları", priority=Priority.MEDIUM),
        Bullet(text="Kültürel değişim.", priority=Priority.LOW),
        Bullet(text="Bitişik", priority=Priority.HIGH),
        Bullet(text="son", priority=Priority.LOW),
        Bullet(text="HIGH as a Turkish keyboard writes it in lower case", priority=Priority.HIGH),
        Bullet(text="[ek] Bir not, öncelik değil"),
    ]


def test_a_turkish_article_is_taken_for_turkish(fixture_text):
    assert import_article_text(fixture_text("turkish-briefing.txt")).meta.language == "tr-TR"


def test_an_english_article_with_turkish_names_is_left_to_the_house_style():
    briefing = import_article_text(
        "Water Talks in Ankara\n"
        "The Turkish delegation, led by Ayşe Yılmaz and Çağrı Öztürk, met officials from "
        "Şanlıurfa and Diyarbakır in Ankara.\n"
        "- [HIGH] İsmail Güneş: agree the summer releases of the dams on the Euphrates.\n"
        "The talks covered the sharing of gauge data and the repair of canals.\n")
    assert briefing.meta.language == ""


def test_a_clause_before_a_colon_is_not_a_label():
    item = import_article_text(
        "- The minister said that the talks would continue well into next week: details follow.\n"
    ).sections[0].blocks[0].items[0]
    assert item.label == ""
    assert item.text.startswith("The minister said")


def test_numbered_items_form_a_numbered_list_apart_from_bullets():
    blocks = import_article_text("Lead.\n1. First step.\n2. [HIGH] Second step.\n- A bullet.\n")\
        .sections[0].blocks
    assert isinstance(blocks[1], BulletList) and blocks[1].numbered
    assert [i.text for i in blocks[1].items] == ["First step.", "Second step."]
    assert blocks[1].items[1].priority is Priority.HIGH
    assert not blocks[2].numbered and blocks[2].items[0].text == "A bullet."


def test_table_runs_while_lines_hold_pipes_and_ragged_rows_lose_nothing():
    table = import_article_text(
        "Lead.\nName | Role | Area |\n---|---|---|---|\nAyşe Yılmaz | Lead |\n"
        "Çağrı Öztürk | Adviser | Water | Extra note |\nİsmail Güneş | Delegate | Energy | |\n"
        "After the table.\n"
    ).sections[0].blocks[1]
    assert table.header == ["Name", "Role", "Area", ""]  # widened for the long row
    assert table.rows == [
        ["Ayşe Yılmaz", "Lead", "", ""],
        ["Çağrı Öztürk", "Adviser", "Water", "Extra note"],
        ["İsmail Güneş", "Delegate", "Energy", ""],
    ]


def test_markup_characters_are_kept_literally():
    text = "Lead: 5 < 7 & 9 > 3 and <b>not bold</b> &amp; AT&T.\n"
    assert import_article_text(text).sections[0].blocks[0].text == text.strip()


def test_turkish_and_arabic_pass_through_in_nfc():
    decomposed = unicodedata.normalize("NFD", "Çağrı Öztürk İstanbul’da şunu söyledi.")
    arabic = "مدينة دمشق القديمة و حلب."
    briefing = import_article_text(f"{decomposed}\n{arabic}\n")
    texts = [b.text for b in briefing.sections[0].blocks]
    assert texts == [unicodedata.normalize("NFC", decomposed), arabic]


article_lines = st.one_of(
    st.text(max_size=60),
    st.builds(lambda t: f"- {t}", st.text(max_size=40)),
    st.builds(lambda t, n: f"{n}. {t}", st.text(max_size=40), st.integers(0, 99)),
    st.builds(lambda tag, t: f"- [{tag}] {t}",
              st.sampled_from(["HIGH", "medium", "Low", "P1", "p2", "P3", "YÜKSEK", "orta",
                               "Düşük", "note"]), st.text(max_size=40)),
    st.builds(lambda cells: " | ".join(cells) + " |", st.lists(st.text("ab çİ", max_size=8),
                                                                min_size=1, max_size=4)),
    st.sampled_from(["---|---|---|", "|---|---|", "", "Heading Line", "A sentence.", "```",
                     "Advertisement", "By Jane Doe, Reuters", "ANKARA, Sept 25 (Reuters) - Talks.",
                     "Photo: AFP", "25 September 2018, 14:32", "EUROPE | ELECTIONS"]),
    # what a browser puts on the clipboard: other markers, tabs, quotes, invisible marks
    st.builds(lambda marker, t: f"{marker} {t}", st.sampled_from(["•", "◦", "*", "–", "1)"]),
              st.text(max_size=30)),
    st.builds("\t".join, st.lists(st.text("ab çİ\u00a0", max_size=8), min_size=2, max_size=4)),
    st.builds(lambda t: f"„{t}.“", st.text(max_size=30)),
    st.builds(lambda a, b: f"{a}\u00ad{b}\u00a0{a}", st.text("abcğ", min_size=1, max_size=6),
              st.text("xyzş", min_size=1, max_size=6)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(article_lines, max_size=25).map("\n".join))
def test_importer_never_raises_and_never_drops_a_word(text):
    briefing = import_article_text(text)
    assert not Counter(source_words(text)) - Counter(briefing_words(briefing))
