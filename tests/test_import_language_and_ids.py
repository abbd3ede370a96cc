"""Our own DOCX back in, in its own language and with its ids; a colleague's with new ids."""

import zipfile
from copy import deepcopy

import docx
import pytest

from briefing_studio.exporters.docx import write_docx
from briefing_studio.importers.docx import import_docx
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

from .docx_fixtures import FIXTURES, rewrite_package, write_fixture

TITLE_BLOCK = dict(reference="BRF-2026-0417", date="2026-11-24", prepared_for="Bakan",
                   prepared_by="Elif Demir", approved_by="Kerem Aydın",
                   organisation="Dışişleri Bakanlığı", source="Heyet raporları",
                   version_label="Taslak 2")


def briefing_in(language: str, words: dict[str, str]) -> Briefing:
    """A briefing with a lead, every priority, two lists in a row, and tables with and
    without a caption, in ``language``."""
    return Briefing(meta=Metadata(title=words["title"], language=language, **TITLE_BLOCK),
                    sections=[
        Section(blocks=[Paragraph(words["lead"])]),
        Section(heading=words["heading"], blocks=[
            BulletList(items=[Bullet(text=words["high"], priority=Priority.HIGH),
                              Bullet(label=words["label"], text=words["medium"],
                                     priority=Priority.MEDIUM),
                              Bullet(text=words["low"], priority=Priority.LOW)]),
            BulletList(items=[Bullet(text=words["plain"])]),
            Table(header=words["header"], rows=[words["row"]], caption=words["caption"]),
        ]),
        Section(heading=words["second"], level=2, blocks=[
            Table(header=words["header"][::-1], rows=[words["row"][::-1]]),
            BulletList(items=[Bullet(text=words["step"])], numbered=True),
            Paragraph(words["closing"]),
        ]),
    ])


TURKISH = briefing_in("tr-TR", dict(
    title="Su ve Enerji Görüşmeleri", lead="Bu not, Ankara’da yapılan ilk turu özetler.",
    heading="Öne çıkan başlıklar", high="Yaz salımlarının takvime bağlanması",
    label="Veri paylaşımı", medium="akış verilerinin her gün iletilmesi",
    low="Iraklı hidrologlar için kurslar", plain="Sulama kanallarının onarımı",
    caption="Görev dağılımı", header=["Kurum", "Görev"], row=["DSİ", "Baraj işletmesi"],
    second="Sonraki adımlar", step="Raporun tamamlanması",
    closing="Taraflar bir sonraki turu İstanbul’da yapacaktır."))
ENGLISH = briefing_in("en-GB", dict(
    title="Water and Energy Talks", lead="This note summarises the first round in Ankara.",
    heading="Key points", high="Agree the summer releases", label="Data sharing",
    medium="exchange gauge readings every day", low="Courses for hydrologists",
    plain="Repair of irrigation canals", caption="Who does what",
    header=["Body", "Task"], row=["State Water Works", "Dams"], second="Next steps",
    step="Finish the report", closing="The next round is in Istanbul."))


def ids_of(briefing: Briefing) -> list[tuple[str, list[str]]]:
    return [(section.id, [block.id for block in section.blocks])
            for section in briefing.sections]


def document_text(path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize(("briefing", "printed"), [
    (TURKISH, ["\u00a0Yüksek\u00a0", "\u00a0Orta\u00a0", "\u00a0Düşük\u00a0", ">Sayı<",
               ">Hazırlayan<", ">Tablo <"]),
    (ENGLISH, ["\u00a0High\u00a0", "\u00a0Medium\u00a0", "\u00a0Low\u00a0", ">Reference<",
               ">Prepared by<", ">Table <"]),
], ids=["Turkish", "English"])
def test_our_docx_comes_back_with_its_words_language_and_ids(tmp_path, briefing, printed):
    path = tmp_path / "note.docx"
    write_docx(briefing, path, ExportOptions())
    assert all(word in document_text(path) for word in printed)  # in its own language

    back = import_docx(path)

    assert back.meta.language == briefing.meta.language
    assert back.meta == briefing.meta  # the title block's values, read by their labels
    assert back.sections == briefing.sections  # priorities, captions without "Tablo 1:"
    assert ids_of(back) == ids_of(briefing)


def test_the_same_bookmark_twice_gives_the_second_block_a_new_id(tmp_path):
    """A paragraph copied from one of our documents into another brings its bookmark."""
    path = tmp_path / "copied.docx"
    write_docx(ENGLISH, path, ExportOptions())
    closing = ENGLISH.sections[-1].blocks[-1].id
    document = docx.Document(str(path))
    copied = next(p for p in document.paragraphs if p.text == "The next round is in Istanbul.")
    copied._p.addnext(deepcopy(copied._p))
    document.save(str(path))

    back = import_docx(path)

    *_, first, second = back.sections[-1].blocks
    assert first == second == Paragraph("The next round is in Istanbul.")
    assert first.id == closing and second.id not in {closing, ""}
    every = [item for section, blocks in ids_of(back) for item in (section, *blocks)]
    assert len(every) == len(set(every))


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_a_colleagues_document_gets_an_id_for_every_section_and_block(tmp_path, name):
    briefing = import_docx(write_fixture(name, tmp_path))
    every = [item for section, blocks in ids_of(briefing) for item in (section, *blocks)]
    assert every and all(every) and len(every) == len(set(every))


def test_a_document_declares_its_language_but_turkish_text_is_turkish(tmp_path):
    path = tmp_path / "colleague.docx"
    english = docx.Document()  # python-docx's template, as Word in English, says en-US
    english.add_paragraph("The delegations met in Ankara and agreed to meet again.")
    english.save(str(path))
    assert import_docx(path).meta.language == "en-US"

    turkish = docx.Document()
    turkish.add_paragraph("Heyetler Ankara’da bir araya geldi ve bu konuda anlaştı.")
    turkish.add_paragraph("Görüşmeler için bir sonraki tur İstanbul’da yapılacaktır.")
    turkish.save(str(path))
    assert import_docx(path).meta.language == "tr-TR"


def test_without_the_styles_language_the_core_properties_say_it_and_else_nothing(tmp_path):
    path = tmp_path / "undeclared.docx"
    document = docx.Document()
    document.add_paragraph("The delegations met in Ankara and agreed to meet again.")
    document.save(str(path))
    rewrite_package(path, lambda name, data: data.replace(b'w:val="en-US"', b"")
                    if name == "word/styles.xml" else data)
    assert import_docx(path).meta.language == ""  # the house style's, then

    document = docx.Document(str(path))
    document.core_properties.language = "de-AT"
    document.save(str(path))
    assert import_docx(path).meta.language == "de-AT"


def test_a_badge_says_its_priority_in_its_word_in_any_language(tmp_path):
    """The word carries the priority (its colour only repeats it): a reviewer who
    retypes "Yüksek" as "Düşük" in Word lowers the bullet, a word we do not know
    leaves the badge's own priority."""
    path = tmp_path / "retyped.docx"
    write_docx(TURKISH, path, ExportOptions())
    rewrite_package(path, lambda name, data: data.replace(
        "\u00a0Yüksek\u00a0".encode(), "\u00a0DÜŞÜK\u00a0".encode()).replace(
        "\u00a0Orta\u00a0".encode(), "\u00a0Acil\u00a0".encode())
        if name == "word/document.xml" else data)

    items = import_docx(path).sections[1].blocks[0].items

    assert [item.priority for item in items] == [Priority.LOW, Priority.MEDIUM, Priority.LOW]
