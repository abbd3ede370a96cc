"""Every piece of text of a briefing in reading order, and the way to it on screen.

Find and replace and the spelling check walk the briefing field by field: the
Document info form first (as it reads from the top), then each section's heading and
blocks. ``show_text`` takes the user there as a click would: the outline row, the
field in the editor (a table's cell opened for editing), and the words selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from ..model import LIST_FIELDS, SIGNATORY_FIELDS, BulletList, Figure, Paragraph, Table
from .cell_views import EditingTableView
from .column_headings import open_heading
from .document import Document, TextTarget
from .emphasis import field_text, set_cursor
from .fields import BoundLineEdit, BoundTextEdit
from .info_editor import TEXT_FIELDS
from .outline import INFO_ROW, section_row

if TYPE_CHECKING:
    from .main_window import MainWindow


def text_targets(document: Document) -> list[TextTarget]:
    """Every text of the briefing a user types, in the order a reader meets it."""
    meta = document.briefing.meta
    found = [TextTarget("meta", name=name) for name, _, _ in TEXT_FIELDS]
    for name in LIST_FIELDS:
        found += [TextTarget("meta", name=name, item=index)
                  for index in range(len(getattr(meta, name)))]
        if name == "heading_lines":
            found += [TextTarget("meta", name=f"signatory.{field}")
                      for field in SIGNATORY_FIELDS]
    for section in document.sections:
        found.append(TextTarget("heading", section=section.id))
        for block in section.blocks:
            found += _block_targets(block)
    return found


def _block_targets(block) -> list[TextTarget]:
    match block:
        case Paragraph():
            return [TextTarget("paragraph", block=block.id)]
        case BulletList():
            return [TextTarget(kind, block=block.id, item=index)
                    for index in range(len(block.items)) for kind in ("label", "text")]
        case Table():
            return [TextTarget("caption", block=block.id)] + [
                TextTarget("cell", block=block.id, item=row, column=column)
                for row in range(-1, len(block.rows)) for column in range(block.column_count)]
        case Figure():
            return [TextTarget("caption", block=block.id), TextTarget("alt", block=block.id)]
    return []


def section_of(document: Document, target: TextTarget) -> int:
    """The outline row that shows the target's field."""
    if target.kind == "meta":
        return INFO_ROW
    if target.kind == "heading":
        return section_row(document.section_index(target.section))
    return section_row(document.block_place(target.block)[0])


def show_text(window: MainWindow, target: TextTarget, start: int, end: int) -> QWidget | None:
    """Select ``start`` to ``end`` (code points) of the target's text where the user
    edits it, with the focus there; the field, or None if it is not on screen."""
    row = section_of(window.document, target)
    if window.outline.currentIndex().row() != row:
        window.select_row(row)
    editor = window.current_editor
    field = next((widget for widget in editor.findChildren(QWidget)
                  if isinstance(widget, BoundLineEdit | BoundTextEdit)
                  and widget.target == target and not widget.retired), None)
    if field is None and target.kind in ("label", "text", "cell"):
        field = _cell_editor(editor, target)
    if field is None:
        return None
    window.editor_area.ensureWidgetVisible(field)
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    set_cursor(field, start, end)
    return field


def _cell_editor(editor: QWidget, target: TextTarget) -> QWidget | None:
    """The cell's editor, opened as a double click opens it."""
    for view in editor.findChildren(EditingTableView):
        model = view.model()
        if getattr(model, "block", None) != target.block:
            continue
        if target.kind == "cell" and target.item < 0:
            return open_heading(view, target.column)
        if target.kind == "cell":
            index = model.index(target.item, target.column)
        else:
            index = model.index(target.item, 1 if target.kind == "label" else 2)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.setCurrentIndex(index)
        view.edit(index)
        # The editor has the window's focus (the window's: a dialog may be the active one).
        opened = view.window().focusWidget()
        return opened if isinstance(opened, QLineEdit) and view.isAncestorOf(opened) else None
    return None


Finder = Callable[[TextTarget, str], list[tuple[int, int]]]
Found = tuple[TextTarget, int, int]


def search(document: Document, find: Finder, start: tuple[TextTarget | None, int],
           backwards: bool = False) -> Found | None:
    """The next match (or the one before) of ``find`` in the briefing from ``start``
    (a target and a place in its text; None: the beginning), going round the end; None
    if there is none anywhere."""
    targets = text_targets(document)
    if not targets:
        return None
    target, offset = start
    first = targets.index(target) if target in targets else (len(targets) - 1 if backwards
                                                            else 0)
    if target not in targets:
        offset = -1 if backwards else 0
    step = -1 if backwards else 1
    for turn in range(len(targets) + 1):
        here = targets[(first + step * turn) % len(targets)]
        spans = find(here, document.text(here))
        if turn == 0 and offset >= 0:  # in the field it starts from: beyond the start
            spans = [s for s in spans if (s[1] <= offset if backwards else s[0] >= offset)]
        elif turn == len(targets):  # round the end and back to it: before the start
            spans = [s for s in spans if (s[0] >= offset if backwards else s[0] < offset)]
        if spans:
            chosen = spans[-1] if backwards else spans[0]
            return here, *chosen
    return None


def focused_place(window: QWidget, backwards: bool = False) -> tuple[TextTarget | None, int]:
    """Where a search starts: the window's field with the focus (while a dialog has it,
    the field the window gives it back to), after its selection (before it, going
    back); the beginning when that is no field of the text."""
    widget = window.focusWidget()
    target = getattr(widget, "target", None)
    if target is None:
        spelling = getattr(widget, "spelling", None)  # a table cell's editor
        target = getattr(spelling, "target", None)
    found = field_text(widget) if widget is not None else None
    if target is None or found is None:
        return None, 0
    _, selection_start, selection_end = found
    return target, selection_start if backwards else selection_end
