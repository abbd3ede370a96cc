"""A long editing session of random key presses and clicks: afterwards the saved file
holds exactly what the widgets show, and undoing everything gives back the original."""

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget

from briefing_studio import fileformat
from briefing_studio.gui.block_editors import TableModel
from briefing_studio.gui.cell_views import EditingTableView
from briefing_studio.gui.fields import BoundLineEdit, BoundTextEdit
from briefing_studio.language import FALLBACK, language_of
from briefing_studio.plan import annex_labels
from tests.gui.support import (
    cell_centre,
    click_cell,
    click_outline_row,
    double_click_heading,
    focused,
    type_text,
)

ACTIONS = 500
WORDS = ["water", "Dicle", "şehir", "İzmir", "ılık", "دمشق", "barrage", "quota", "**firm**",
         "5 < 7 & 9", "Ayşe", "summer", "rapor", "Mosul", "draft"]
CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
# What the offscreen platform says it cannot do for windows and popups (hints, raising,
# grabbing the keyboard); anything else Qt says is a fault.
HARMLESS = ("This plugin does not support",)


def key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)



def close_popups(qtbot) -> None:
    """Escape out of an open list or calendar, as a user does before going elsewhere."""
    for _ in range(3):
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        qtbot.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None, "a popup would not close"


def visible_views(window) -> list[EditingTableView]:
    editor = window.editor_area.widget()
    return [v for v in editor.findChildren(EditingTableView) if v.isVisible()]


class Session:
    """What a desk officer does, picked at random: every step a key press or a click."""

    def __init__(self, window, qtbot, seed: int, path) -> None:
        self.window, self.qtbot, self.random = window, qtbot, random.Random(seed)
        self.path = path

    def step(self) -> None:
        close_popups(self.qtbot)
        choice = self.random.choices(
            [self.outline, self.into_editor, self.tab, self.type, self.enter, self.cell,
             self.edit_cell, self.priority, self.undo, self.redo, self.move_section,
             self.save, self.escape, self.arrow, self.heading],
            weights=[6, 4, 10, 14, 6, 8, 8, 4, 5, 3, 2, 2, 3, 5, 2])[0]
        choice()

    def outline(self) -> None:
        rows = self.window.outline.model().rowCount()
        click_outline_row(self.qtbot, self.window, self.random.randrange(rows))

    def into_editor(self) -> None:
        key(self.qtbot, Qt.Key.Key_2, CONTROL)

    def tab(self) -> None:
        for _ in range(self.random.randint(1, 4)):
            key(self.qtbot, Qt.Key.Key_Backtab if self.random.random() < 0.2 else Qt.Key.Key_Tab)

    def type(self) -> None:
        type_text(self.qtbot, " " + self.random.choice(WORDS))

    def enter(self) -> None:
        key(self.qtbot, Qt.Key.Key_Return)

    def escape(self) -> None:
        key(self.qtbot, Qt.Key.Key_Escape)

    def arrow(self) -> None:
        key(self.qtbot, self.random.choice([Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left,
                                            Qt.Key.Key_Right]))

    def _view(self) -> EditingTableView | None:
        views = visible_views(self.window)
        return self.random.choice(views) if views else None

    def _random_cell(self, view):
        model = view.model()
        if not model.rowCount() or not model.columnCount():
            return None
        return self.random.randrange(model.rowCount()), self.random.randrange(model.columnCount())

    def cell(self) -> None:
        view = self._view()
        if view is not None and (cell := self._random_cell(view)) is not None:
            click_cell(self.qtbot, view, *cell)
            type_text(self.qtbot, self.random.choice(WORDS))

    def edit_cell(self) -> None:
        view = self._view()
        if view is None or (cell := self._random_cell(view)) is None:
            return
        click_cell(self.qtbot, view, *cell)
        self.qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                               pos=cell_centre(view, *cell))
        widget = focused()
        if isinstance(widget, QAbstractItemView) and widget is not view:  # a priority list
            for _ in range(self.random.randint(0, 3)):
                self.qtbot.keyClick(widget, Qt.Key.Key_Down)
            self.qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif widget is not view:
            type_text(self.qtbot, " " + self.random.choice(WORDS))
            if self.random.random() < 0.5:
                key(self.qtbot, Qt.Key.Key_Return)

    def heading(self) -> None:
        """Rename a table's column: a double click on its heading, then typing."""
        views = [v for v in visible_views(self.window) if isinstance(v.model(), TableModel)
                 and v.model().columnCount()]
        if views:
            view = self.random.choice(views)
            double_click_heading(self.qtbot, view,
                                 self.random.randrange(view.model().columnCount()))
            type_text(self.qtbot, " " + self.random.choice(WORDS))

    def priority(self) -> None:
        boxes = [w for w in self.window.editor_area.widget().findChildren(QComboBox)
                 if w.accessibleName() == "Bullet priority" and w.isVisible() and w.isEnabled()]
        if boxes:
            box = self.random.choice(boxes)
            box.setFocus()
            self.qtbot.keyClick(box, self.random.choice([Qt.Key.Key_Up, Qt.Key.Key_Down]))

    def undo(self) -> None:
        key(self.qtbot, Qt.Key.Key_Z, CONTROL)

    def redo(self) -> None:
        key(self.qtbot, Qt.Key.Key_Y, CONTROL)

    def move_section(self) -> None:
        self.outline()
        key(self.qtbot, self.random.choice([Qt.Key.Key_Up, Qt.Key.Key_Down]), ALT | SHIFT)

    def save(self) -> None:
        key(self.qtbot, Qt.Key.Key_S, CONTROL)


def shown_by_the_widgets(window, qtbot) -> list[dict]:
    """Every section as its editor shows it, visited through the outline."""
    shown = []
    for row in range(1, window.outline.model().rowCount()):
        click_outline_row(qtbot, window, row)
        editor: QWidget = window.editor_area.widget()
        fields = [w for w in editor.findChildren(QWidget) if w.isVisible()
                  and isinstance(w, BoundLineEdit | BoundTextEdit)]
        texts = [w.text() if isinstance(w, BoundLineEdit) else w.toPlainText() for w in fields]
        cells = []
        for view in visible_views(window):
            model = view.model()
            rows = [[model.index(r, c).data(Qt.ItemDataRole.EditRole)
                     for c in range(model.columnCount())] for r in range(model.rowCount())]
            if isinstance(model, TableModel):  # its header row is the view's header
                rows.insert(0, [model.headerData(c, Qt.Orientation.Horizontal,
                                                 Qt.ItemDataRole.EditRole)
                                for c in range(model.columnCount())])
            cells.append(rows)
        shown.append({"outline": window.outline.model().index(row, 0).data().strip(),
                      "fields": sorted(texts), "cells": cells})
    return shown


def held_by_the_file(briefing) -> list[dict]:
    held = []
    labels = annex_labels(briefing.sections, language_of(FALLBACK).words["annex"])
    for section, label in zip(briefing.sections, labels, strict=True):
        texts, cells = [section.heading], []
        for block in section.blocks:
            match type(block).__name__:
                case "Paragraph":
                    texts.append(block.text)
                case "BulletList":
                    cells.append([[item.priority.value, item.label, item.text]
                                  for item in block.items])
                case "Table":
                    texts.append(block.caption)
                    cells.append([list(block.header), *map(list, block.rows)])
        # The outline letters an annex as it prints.
        outline = f"{label}: {section.heading}" if label and section.heading else label
        held.append({"outline": outline or section.heading or None, "fields": sorted(texts),
                     "cells": cells})
    return held


@pytest.mark.parametrize("seed", [20261201, 7])
def test_a_long_session_saves_what_is_shown_and_undoes_to_the_original(
        window, qtbot, qtlog, tmp_path, seed):
    original = fileformat.dumps(window.document.briefing)
    path = tmp_path / "session.briefing"
    window.document.path = path  # Ctrl+S saves here without asking
    session = Session(window, qtbot, seed, path)
    for _ in range(ACTIONS):
        session.step()
    close_popups(qtbot)
    key(qtbot, Qt.Key.Key_S, CONTROL)
    on_disk = fileformat.load(path)
    assert fileformat.dumps(on_disk) == fileformat.dumps(window.document.briefing)

    shown = shown_by_the_widgets(window, qtbot)
    held = held_by_the_file(on_disk)
    for seen, kept in zip(shown, held, strict=True):
        assert seen["fields"] == kept["fields"]
        assert seen["cells"] == kept["cells"]
        if kept["outline"]:
            assert seen["outline"] == kept["outline"].strip()  # the outline indents by level

    window.outline.setFocus()
    for _ in range(window.document.undo_stack.index()):
        key(qtbot, Qt.Key.Key_Z, CONTROL)
    assert not window.document.undo_stack.canUndo()
    assert fileformat.dumps(window.document.briefing) == original
    complaints = [r.message for r in qtlog.records
                  if r.type != 0 and not any(h in r.message for h in HARMLESS)]
    assert complaints == []
    assert QApplication.focusWidget() is not None

