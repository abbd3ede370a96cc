"""A letter's heading lines, signatory, attachments and distribution, typed into the
Document info form as a user types them: the lists are rows, Enter starts the next,
Backspace in an empty row removes it, and every step is saved and undoable."""

import pytest
from PySide6.QtCore import Qt

from briefing_studio import fileformat
from briefing_studio.model import Briefing, Metadata, Paragraph, Section, Signatory
from tests.gui.support import focused, named, type_text


@pytest.fixture
def letter(window, tmp_path):
    path = tmp_path / "letter.briefing"
    fileformat.save(Briefing(meta=Metadata(title="Sınır görüşmeleri", language="tr-TR"),
                             sections=[Section("Değerlendirme", [Paragraph("Yoğunluk sürüyor.")])]),
                    path)
    assert window.open_path(path, ask=False)
    window.select_row(0)  # Document info
    return path


def save(window, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_addressees_typed_as_rows_with_enter_between_them_are_saved(window, letter, qtbot):
    qtbot.mouseClick(named(window, "Add addressee"), Qt.MouseButton.LeftButton)
    type_text(qtbot, "İçişleri Bakanlığına")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused().accessibleName() == "Addressee 2"
    type_text(qtbot, "Hatay Valiliğine")
    save(window, qtbot)
    assert fileformat.load(letter).meta.distribution == ["İçişleri Bakanlığına",
                                                        "Hatay Valiliğine"]


def test_enter_in_the_middle_of_the_list_opens_a_row_below_that_one(window, letter, qtbot):
    qtbot.mouseClick(named(window, "Add attachment"), Qt.MouseButton.LeftButton)
    type_text(qtbot, "Gündem")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(qtbot, "Harita")
    qtbot.mouseClick(named(window, "Attachment 1"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(qtbot, "Katılımcılar")
    assert window.document.briefing.meta.attachments == ["Gündem", "Katılımcılar", "Harita"]


def test_backspace_in_an_empty_row_removes_it_and_goes_back_up(window, letter, qtbot):
    qtbot.mouseClick(named(window, "Add heading line"), Qt.MouseButton.LeftButton)
    type_text(qtbot, "T.C.")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    assert focused().accessibleName() == "Heading line 1"
    assert focused().cursorPosition() == len("T.C.")
    type_text(qtbot, " DIŞİŞLERİ")  # on with the line above, at its end
    assert window.document.briefing.meta.heading_lines == ["T.C. DIŞİŞLERİ"]


def test_a_row_removed_with_its_button_comes_back_with_undo(window, letter, qtbot):
    qtbot.mouseClick(named(window, "Add addressee"), Qt.MouseButton.LeftButton)
    type_text(qtbot, "İçişleri Bakanlığına")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(qtbot, "Hatay Valiliğine")
    qtbot.mouseClick(named(window, "Remove addressee 1"), Qt.MouseButton.LeftButton)
    assert window.document.briefing.meta.distribution == ["Hatay Valiliğine"]
    assert named(window, "Addressee 1").text() == "Hatay Valiliğine"
    window.undo_action.trigger()
    assert window.document.briefing.meta.distribution == ["İçişleri Bakanlığına",
                                                        "Hatay Valiliğine"]
    assert named(window, "Addressee 1").text() == "İçişleri Bakanlığına"


def test_tab_goes_through_the_new_rows_in_their_order(window, letter, qtbot):
    qtbot.mouseClick(named(window, "Add attachment"), Qt.MouseButton.LeftButton)
    type_text(qtbot, "Gündem")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    visited = []
    qtbot.mouseClick(named(window, "Attachment 1"), Qt.MouseButton.LeftButton)
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        visited.append(focused().accessibleName())
    assert visited == ["Remove attachment 1", "Attachment 2", "Remove attachment 2",
                       "Add attachment"]


def test_the_signatory_typed_in_is_saved_and_printed(window, letter, qtbot):
    for name, text in (("Signatory name", "Ayşe YILMAZ"), ("Signatory title", "Genel Müdür"),
                       ("On behalf of", "Bakan"), ("Subject", "Sınır görüşmeleri hk.")):
        qtbot.mouseClick(named(window, name), Qt.MouseButton.LeftButton)
        type_text(qtbot, text)
    save(window, qtbot)
    meta = fileformat.load(letter).meta
    assert (meta.signatory.name, meta.signatory.title, meta.signatory.on_behalf_of,
            meta.subject) == ("Ayşe YILMAZ", "Genel Müdür", "Bakan", "Sınır görüşmeleri hk.")


def test_the_preview_goes_to_the_signature_while_it_is_typed(window, qtbot, tmp_path):
    path = tmp_path / "long-letter.briefing"
    fileformat.save(Briefing(
        meta=Metadata(title="Uzun yazı", language="tr-TR",
                      signatory=Signatory(name="Ayşe KARACA")),
        sections=[Section(f"Bölüm {n}", [Paragraph("Görüşmeler sürüyor. " * 80)])
                  for n in range(1, 7)]), path)
    assert window.open_path(path, ask=False)
    window.select_row(0)
    pane = window.preview
    qtbot.waitUntil(lambda: pane.pdf.pageCount() >= 3, timeout=20000)
    page_box = named(pane, "Page")
    qtbot.mouseClick(named(window, "Title"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_box.value() == 1)
    assert not in_view(pane, "end matter")
    qtbot.mouseClick(named(window, "Signatory title"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: in_view(pane, "end matter"), timeout=10000)
    assert pane._position("end matter").page == pane.pdf.pageCount() - 1  # the last page


def in_view(pane, place) -> bool:
    """Whether the place's first line is on screen in the preview."""
    position = pane._position(place)
    if position is None:
        return False
    y = pane._pixel_y(position.page, position.top)
    top = pane.view.verticalScrollBar().value()
    return top <= y <= top + pane.view.viewport().height()
