"""A section made an annex or started on a new page, with the section editor's check
boxes, as a user clicks them; the outline letters annexes as they print."""

import pytest
from PySide6.QtCore import Qt

from briefing_studio import fileformat
from briefing_studio.model import Briefing, Metadata, Paragraph, Section
from tests.gui.support import named, select_section


@pytest.fixture
def book(window, tmp_path):
    path = tmp_path / "book.briefing"
    fileformat.save(Briefing(meta=Metadata(title="Book"), sections=[
        Section("Summary", [Paragraph("In brief.")]),
        Section("Crossing points", [Paragraph("Seven.")]),
        Section("Arrivals", [Paragraph("Six weeks.")], annex=True),
    ]), path)
    assert window.open_path(path, ask=False)
    return path


def outline_text(window, row: int) -> str:
    model = window.outline.model()
    return model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole).strip()


def test_making_a_section_an_annex_letters_it_and_those_after_it(window, book, qtbot):
    assert outline_text(window, 3) == "Annex A: Arrivals"
    select_section(window, "Crossing points")
    qtbot.mouseClick(named(window, "Annex"), Qt.MouseButton.LeftButton)
    section = window.document.sections[1]
    assert section.annex
    assert outline_text(window, 2) == "Annex A: Crossing points"
    assert outline_text(window, 3) == "Annex B: Arrivals"
    new_page = named(window, "Start on a new page")
    assert new_page.isChecked() and not new_page.isEnabled()  # an annex always does
    window.undo_action.trigger()
    assert not window.document.sections[1].annex
    assert outline_text(window, 3) == "Annex A: Arrivals"


def test_start_on_a_new_page_is_kept_in_the_file(window, book, qtbot):
    select_section(window, "Summary")
    qtbot.mouseClick(named(window, "Start on a new page"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = fileformat.load(book)
    assert [s.page_break_before for s in saved.sections] == [True, False, False]
