"""The Help menu's dialogs: every keyboard shortcut, and the user guide.

The shortcuts are read from the window's own actions, so the list cannot fall behind
the menus. The guide is the README's user part, so it is written once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import BriefingError
from ..resources import readme_path
from .i18n import tr

ShortcutGroup = tuple[str, Sequence[QAction]]

# The README's level-2 sections that make the user guide, each with its sub-sections.
# Set-up, the file format, speed and the project layout are for developers.
GUIDE_SECTIONS = ("The desktop app", "Command line")
# Screenshots are 1400 pixels wide; the guide shows them at a readable width.
IMAGE_WIDTH = 640
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def bare_text(action: QAction) -> str:
    """The action's name as a reader says it: "Save As", not "Save &As..."."""
    # iconText() drops the mnemonic and "..."; an action may set it to a plainer name
    # than its menu text ("New" for File ▸ New ▸ Briefing Note).
    return action.iconText().replace("…", "").strip()


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts a keyboard has, as this platform writes them: "Ctrl+Shift+Z,
    Ctrl+Y". Keys of special keyboards the platform also binds (Undo, Close, F14) are
    left out: nobody looks for them here."""
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                     for key in action.shortcuts() if _on_every_keyboard(key))


def _on_every_keyboard(sequence: QKeySequence) -> bool:
    combination = sequence[0]
    key = combination.key()
    if combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return key < Qt.Key.Key_F13 or Qt.Key.Key_F35 < key < Qt.Key.Key_Back
    return Qt.Key.Key_F1 <= key <= Qt.Key.Key_F12 or key == Qt.Key.Key_Delete


def shortcut_groups(menu_bar: QMenuBar) -> list[ShortcutGroup]:
    """Each menu's title with the actions in it (and in its sub-menus) that have a key."""
    groups: list[ShortcutGroup] = []
    for entry in menu_bar.actions():
        if entry.menu() is not None:
            actions = [a for a in _menu_actions(entry.menu()) if a.shortcuts()]
            if actions:
                groups.append((bare_text(entry), actions))
    return groups


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def editor_keys() -> list[tuple[str, str]]:
    """The keys the editors take themselves, which no menu shows: (keys, what they do)."""
    native = QKeySequence.SequenceFormat.NativeText
    paste = QKeySequence(QKeySequence.StandardKey.Paste).toString(native)
    copy = QKeySequence(QKeySequence.StandardKey.Copy).toString(native)
    return [
        (tr("Tab, Shift+Tab"), tr("Next or previous field (out of a table, too)")),
        (tr("Arrow keys in a table"), tr("Move between cells")),
        (tr("Enter or F2 on a cell, or just type"), tr("Edit the cell, the cursor at its end")),
        (tr("Enter in a cell"), tr("Done; on to the cell below")),
        (tr("Enter on or in the last bullet"), tr("Add a bullet and type it")),
        (tr("Escape in a cell"), tr("Stop editing (what you typed is kept)")),
        (tr("Enter on a priority"), tr("Drop down the priorities; Enter takes one")),
        (tr("{keys} in a table").format(keys=paste),
         tr("Paste cells from a spreadsheet or a Word table")),
        (tr("{keys} in a table").format(keys=copy), tr("Copy the selected cells")),
        (tr("Up on a table's first row, F2 on a heading, or double-click it"),
         tr("Rename the column")),
        (tr("Alt+Down or F4 in the date"), tr("Open the calendar; Enter takes the day")),
        (tr("Alt+Down in a list of choices"), tr("Open the list")),
        (tr("Shift+F10 or the Menu key"),
         tr("The field's menu: spelling suggestions, its language")),
        (tr("Alt+the underlined letter of a label"), tr("Go to that field")),
    ]


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: one row per command, grouped by menu, then the keys
    inside the editors."""

    def __init__(self, groups: Sequence[ShortcutGroup], extra: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.table = QTreeWidget()
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHeaderLabels([tr("Command"), tr("Keys")])
        for title, actions in groups:
            self._add_group(title, [(bare_text(a), shortcut_text(a)) for a in actions])
        if extra:
            self._add_group(tr("In the editors"), [(what, keys) for keys, what in extra])
        self.table.expandAll()
        for column in (0, 1):
            self.table.resizeColumnToContents(column)
        self.table.setMinimumWidth(self.table.header().length() + 40)  # no key cut short
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        _name_close_button(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(self.sizeHint().width(), 620)

    def _add_group(self, title: str, rows: list[tuple[str, str]]) -> None:
        group = QTreeWidgetItem(self.table, [title])
        group.setFirstColumnSpanned(True)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        for command, keys in rows:
            QTreeWidgetItem(group, [command, keys])


def _name_close_button(buttons: QDialogButtonBox) -> None:
    """Qt's Close button, named in English whatever language its text is in."""
    buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")


class UserGuideError(BriefingError):
    """The README the user guide is read from is missing or lacks its sections."""


def user_guide_markdown(readme: Path) -> str:
    """The user part of the README: the GUIDE_SECTIONS with their sub-sections, and
    only the images that are there (a wheel may leave screenshots out)."""
    try:
        text = readme.read_text(encoding="utf-8")
    except OSError as error:
        raise UserGuideError(readme, f"cannot be read ({error.strerror})") from error
    kept: list[str] = []
    found: set[str] = set()
    keep = fenced = False
    for line in text.splitlines():
        if line.startswith(("```", "~~~")):
            fenced = not fenced  # a "## " line inside a code block is not a heading
        elif not fenced and line.startswith("## "):
            keep = line[3:].strip() in GUIDE_SECTIONS
            if keep:
                found.add(line[3:].strip())
        if keep:
            kept.append(line)
    missing = [title for title in GUIDE_SECTIONS if title not in found]
    if missing:
        raise UserGuideError(readme, f"has no section '## {missing[0]}'")
    guide = "\n".join(kept) + "\n"
    return _IMAGE.sub(lambda m: m[0] if (readme.parent / m[1]).is_file() else "", guide)


class UserGuideDialog(QDialog):
    """Help ▸ User guide: the README's user part, with its screenshots, and a search box."""

    def __init__(self, parent: QWidget | None = None, readme: Path | None = None) -> None:
        super().__init__(parent)
        readme = readme or readme_path()
        self.setWindowTitle(tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("User guide")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(readme.parent)])  # images are relative to it
        try:
            self.browser.setMarkdown(user_guide_markdown(readme))
        except UserGuideError as error:
            self.browser.setPlainText(tr("The user guide cannot be shown. {reason}").format(
                reason=error))
        _fit_images(self.browser.document(), IMAGE_WIDTH)
        self.search = QLineEdit()
        self.search.setAccessibleName("Find in the user guide")
        self.search.setPlaceholderText(tr("Find (Enter for the next match)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search_result = QLabel()
        find_label = QLabel(tr("&Find"))
        find_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(find_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        _name_close_button(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 720)

    def find_next(self) -> None:
        """Select the next match of the search text, going round to the top at the end."""
        text = self.search.text()
        if not text:
            return
        found = self.browser.find(text)
        if not found:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(text)
        self.search_result.setText("" if found else tr("Not found"))


def _fit_images(document: QTextDocument, width: int) -> None:
    """Show every image at ``width`` pixels (its height follows) when it is wider."""
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            image = fragment.charFormat()
            if image.isImageFormat():
                image = image.toImageFormat()
                _set_image_width(document, fragment.position(), fragment.length(), image, width)
            fragments += 1
        block = block.next()


def _set_image_width(document: QTextDocument, position: int, length: int, image: QTextImageFormat,
            width: int) -> None:
    size = document.resource(QTextDocument.ResourceType.ImageResource.value, image.name())
    if size is None or size.width() <= width:
        return
    image.setWidth(width)
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(image)
