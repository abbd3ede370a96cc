"""What a screen reader hears of a combo box, and the context-menu key of every desktop.

On Linux, Qt hands the AT-SPI bridge a combo box's current text as its name and
counts on the label's relation for the purpose, so Orca announced the classification
box as "HİZMETE ÖZEL" and the priority box as "None". Our combo boxes are heard by
their accessible name ("Classification"), with the choice as their value and at the
head of their description (the AT-SPI bridge hands on no value of a combo box, and a
screen reader reads the description after the name and role); the inner
line edit of an editable one carries the same name (the focus lands in it); and the
list of choices is a child only while it is open, so a closed list's entries never
claim to be showing.

Shift+F10 opens the focused field's context menu (its spelling suggestions), as the
Menu key does: the key of Windows and GTK, which Qt leaves to the Menu key alone on
Linux, and the only one on keyboards without a Menu key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QContextMenuEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAccessibleWidget,
    QApplication,
    QComboBox,
    QWidget,
)

Text = QAccessible.Text
_installed = False


class NamedComboBox(QAccessibleWidget):
    def __init__(self, box: QComboBox) -> None:
        super().__init__(box, QAccessible.Role.ComboBox)
        self.box = box
        if box.isEditable() and box.lineEdit() is not None \
                and not box.lineEdit().accessibleName():
            box.lineEdit().setAccessibleName(box.accessibleName())

    def text(self, kind: Text) -> str:
        if kind == Text.Name:
            return self.box.accessibleName() or super().text(kind)
        if kind == Text.Value:
            return self.box.currentText()
        if kind == Text.Description:
            return ". ".join(filter(None, (self.box.currentText(), super().text(kind))))
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        open_ = self.box.view().isVisible()
        state.expandable, state.hasPopup = True, True
        state.expanded, state.collapsed = open_, not open_
        state.editable = self.box.isEditable()
        return state

    def _children(self) -> list[QWidget]:
        children: list[QWidget] = []
        if self.box.isEditable() and self.box.lineEdit() is not None:
            children.append(self.box.lineEdit())
        if self.box.view().isVisible():
            children.append(self.box.view())
        return children

    def childCount(self) -> int:
        return len(self._children())

    def child(self, index: int) -> QAccessibleInterface | None:
        children = self._children()
        return QAccessible.queryAccessibleInterface(children[index]) \
            if 0 <= index < len(children) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        widgets = self._children()
        return widgets.index(child.object()) if child.object() in widgets else -1

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.showMenuAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.showMenuAction():
            self.box.showPopup()
        else:
            super().doAction(name)


def _interface_for(_class_name: str, thing: QObject) -> QAccessibleInterface | None:
    if isinstance(thing, QComboBox) and thing.accessibleName():
        return NamedComboBox(thing)
    return None  # Qt's own interface


class _ContextMenuKey(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_F10
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier):
            widget = QApplication.focusWidget()
            if widget is not None:
                target, point = _menu_place(widget)
                QApplication.sendEvent(target, QContextMenuEvent(
                    QContextMenuEvent.Reason.Keyboard, point, target.mapToGlobal(point)))
                return True
        return super().eventFilter(watched, event)


def _menu_place(widget: QWidget) -> tuple[QWidget, QPoint]:
    """Where a keyboard's context menu opens: at the text cursor, at a list's current
    item (its viewport takes the event), else in the middle of the widget."""
    if isinstance(widget, QAbstractItemView):
        rect = widget.visualRect(widget.currentIndex())
        return widget.viewport(), (rect.center() if rect.isValid()
                                   else widget.viewport().rect().center())
    cursor = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
    if cursor is not None and hasattr(cursor, "toRect") and cursor.toRect().isValid():
        return widget, cursor.toRect().bottomLeft()
    return widget, widget.rect().center()


def install_accessibility() -> None:
    """Hear our combo boxes, and take Shift+F10, as described above; once per process,
    before any box is shown."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_interface_for)
        app = QApplication.instance()
        app.installEventFilter(_ContextMenuKey(app))
        _installed = True
