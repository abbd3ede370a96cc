"""Spell checking as you type, in every text field.

One service per app loads each language's dictionary in a background thread the first
time a field asks for it (the window never waits), and tells the fields when it is
there, so that they underline what is misspelt. A field is checked in the document's
language, or in the language its context menu chose for it; the context menu offers
the dictionary's suggestions, Add to dictionary (the user's own words, one file per
language in the data folder) and Ignore all (for the document, until it is closed).
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPointF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QPainter, QPainterPath, QPen, QTextLayout
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from ..language import default_doc_types
from ..spelling import (
    Speller,
    SpellingUnavailable,
    dictionary_for,
    load_speller,
    spelling_languages,
)
from .document import Document, TextTarget
from .emphasis import MISSPELT_COLOUR, _from_utf16, _utf16, field_text, replace_text
from .i18n import tr

DOC_TYPE = TextTarget("meta", name="doc_type")
# The names of spelling_languages() that are translated where the menu shows them (the
# others are written in their own language: Türkçe).
TRANSLATED_LANGUAGE_NAMES = (QT_TRANSLATE_NOOP("", "English (UK)"),
                             QT_TRANSLATE_NOOP("", "English (US)"))


class SpellService(QObject):
    """The app's dictionaries, loaded in the background as fields first need them."""

    changed = Signal()  # a dictionary arrived, or a word was added or ignored: check again
    unavailable = Signal(str)  # why there is no spell checking, once per reason
    _arrived = Signal(str, object)  # a dictionary's name, and the future that made it

    def __init__(self, personal_folder: Path | None = None) -> None:
        super().__init__()
        self.personal_folder = personal_folder or default_personal_folder()
        self.default_language = "en-GB"  # for a document that names none: the style's
        self._spellers: dict[str, Speller] = {}
        self._loading: dict[str, Future] = {}
        self._problems: set[str] = set()
        # One thread: Enchant's dictionaries are made one at a time.
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dictionaries")
        # Told from the worker thread; the signal brings the news to the GUI thread.
        self._arrived.connect(self._take, Qt.ConnectionType.QueuedConnection)

    def speller(self, language: str) -> Speller | None:
        """The speller for ``language``, or None while it loads (``changed`` follows)
        or when there is none."""
        name = dictionary_for(language)
        if name is None:
            return None
        if name in self._spellers:
            return self._spellers[name]
        if name not in self._loading:
            future = self._worker.submit(load_speller, language, self.personal_folder)
            self._loading[name] = future
            future.add_done_callback(lambda done, key=name: self._arrived.emit(key, done))
        return None

    def wait(self, language: str) -> Speller | None:
        """The speller, loading it now if need be (for the spelling dialog, which needs
        the words before it can show any)."""
        self.speller(language)
        name = dictionary_for(language) or ""
        future = self._loading.get(name)
        if future is not None and name not in self._spellers:
            future.exception()  # done: its news may still be on its way; take it now
            self._take(name, future)
        return self._spellers.get(name)

    def set_personal_folder(self, folder: Path) -> None:
        """Keep the user's words in ``folder`` from now on (tests keep theirs apart)."""
        self.personal_folder = folder
        self._spellers.clear()
        self._loading.clear()
        self.changed.emit()

    def _take(self, name: str, done: Future) -> None:
        if self._loading.get(name) is not done or name in self._spellers:
            return  # made for a folder no longer used, or taken already
        try:
            self._spellers[name] = done.result()
        except SpellingUnavailable as problem:
            if str(problem) not in self._problems:
                self._problems.add(str(problem))
                self.unavailable.emit(tr("No spell checking: {reason}.").format(reason=problem))
            return
        self.changed.emit()


_service: SpellService | None = None


def spell_service() -> SpellService:
    global _service
    if _service is None:
        _service = SpellService()
    return _service


def default_personal_folder() -> Path:
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(data) / "dictionaries"


# ---------------------------------------------------------------- a field's spelling


class FieldSpelling:
    """What a field is checked against: the document's language or the field's own, and
    the words ignored in the document."""

    def __init__(self, document: Document, target: TextTarget) -> None:
        self.document, self.target = document, target
        self.ignored = document.ignored_words

    @property
    def language(self) -> str:
        return (self._own() or self.document.briefing.meta.language
                or spell_service().default_language)

    def _own(self) -> str:
        return self.document.field_languages.get(self.target, "")

    def _set_own(self, language: str) -> None:
        if language:
            self.document.field_languages[self.target] = language
        else:
            self.document.field_languages.pop(self.target, None)

    def speller(self) -> Speller | None:
        return spell_service().speller(self.language)

    def misspelt(self, text: str) -> list[tuple[int, int]]:
        if self.target == DOC_TYPE and text in default_doc_types():
            return []  # "Briefing Note" stands for the document language's own words
        speller = self.speller()
        return [] if speller is None else speller.misspelt(text, self.ignored)

    def word_at(self, text: str, position: int) -> tuple[int, int, str] | None:
        """The misspelt word at ``position`` (code points) of ``text``, if any."""
        return next(((start, end, text[start:end]) for start, end in self.misspelt(text)
                     if start <= position <= end), None)

    def add_actions(self, menu: QMenu, widget: QWidget, position: int) -> None:
        """The spelling part of a field's context menu, above the standard actions:
        suggestions for the misspelt word under the pointer, Add to dictionary, Ignore
        all, and the language the field is checked in."""
        first = menu.actions()[0] if menu.actions() else None
        found = self.word_at(field_text(widget)[0], position)
        added: list[QAction] = []
        if found is not None:
            start, end, word = found
            speller = self.speller()
            for suggestion in speller.suggestions(word):
                action = QAction(suggestion, menu)
                action.triggered.connect(lambda _=False, s=suggestion: self._replace_word(
                    widget, start, end, s))
                added.append(action)
            if not added:
                none = QAction(tr("(no suggestions)"), menu)
                none.setEnabled(False)
                added.append(none)
            gap = QAction(menu)
            gap.setSeparator(True)
            added.append(gap)
            add = QAction(tr("Add to dictionary"), menu)
            add.triggered.connect(lambda: (speller.add(word), spell_service().changed.emit()))
            ignore = QAction(tr("Ignore all"), menu)
            ignore.triggered.connect(lambda: (self.ignored.add(word),
                                              spell_service().changed.emit()))
            added += [add, ignore]
        languages = QMenu(tr("Check this field in"), menu)
        for tag, name in {"": tr("The document's language"),
                          **spelling_languages()}.items():
            action = languages.addAction(tr(name) if name in TRANSLATED_LANGUAGE_NAMES
                                         else name)
            action.setCheckable(True)
            action.setChecked(self._own() == tag)
            action.triggered.connect(lambda _=False, t=tag: (self._set_own(t),
                                                            spell_service().changed.emit()))
        for action in added:
            menu.insertAction(first, action)
        menu.insertMenu(first, languages)
        if first is not None:
            menu.insertSeparator(first)

    def _replace_word(self, widget: QWidget, start: int, end: int, word: str) -> None:
        """The suggestion in place of the word, as a step of its own (not merged into
        the typing before it)."""
        text = field_text(widget)[0]
        stack = self.document.undo_stack
        stack.beginMacro(tr("Correct spelling"))
        replace_text(widget, text[:start] + word + text[end:], (start + len(word),) * 2)
        stack.endMacro()


def spelling_menu(widget: QWidget, spelling: FieldSpelling, event: QContextMenuEvent) -> QMenu:
    """A line or text edit's own context menu with the spelling actions on top, for the
    word under the pointer (or, from the keyboard's Menu key, at the cursor)."""
    menu = widget.createStandardContextMenu()
    text, cursor, _ = field_text(widget)
    if event.reason() == QContextMenuEvent.Reason.Keyboard:
        position = cursor
    elif isinstance(widget, QLineEdit):
        position = _from_utf16(text, widget.cursorPositionAt(event.pos()))
    else:
        assert isinstance(widget, QPlainTextEdit)
        position = _from_utf16(text, widget.cursorForPosition(event.pos()).position())
    spelling.add_actions(menu, widget, position)
    return menu


def underline_misspelt(edit: QLineEdit, spans: list[tuple[int, int]]) -> None:
    """Draw a wavy red line under each span (code points) of a line edit's text, where
    the line edit draws that text (as scrolled, in its font, right to left or not)."""
    if not spans:
        return
    text = edit.text()
    layout = laid_out(text, edit.font(), None)
    if layout.lineCount() == 0:
        return
    cursor = edit.cursorRect()
    # Where the text's origin stands now: the cursor's place less its place in the text.
    line = layout.lineAt(0)
    origin = QPointF(cursor.center().x() - line.cursorToX(edit.cursorPosition())[0],
                     cursor.bottom() - 1 - line.ascent() - line.descent())
    painter = QPainter(edit)
    draw_waves(painter, layout, origin, text, spans)
    painter.end()


def underline_misspelt_in_cell(painter: QPainter, option: QStyleOptionViewItem, text: str,
                               spans: list[tuple[int, int]]) -> None:
    """The same under a table cell's words, as the item view draws them: wrapped at the
    cell's width and centred in its height."""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    rect = rect.adjusted(margin, 0, -margin, 0)
    layout = laid_out(text, option.font, rect.width())
    height = sum(layout.lineAt(i).height() for i in range(layout.lineCount()))
    top = rect.top() + max(0.0, (rect.height() - height) / 2)
    painter.save()
    painter.setClipRect(option.rect)
    draw_waves(painter, layout, QPointF(rect.left(), top), text, spans)
    painter.restore()


def laid_out(text: str, font, width: float | None) -> QTextLayout:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        if width is not None:
            line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        if width is None:
            break
    layout.endLayout()
    return layout


def draw_waves(painter: QPainter, layout: QTextLayout, origin: QPointF, text: str,
               spans: list[tuple[int, int]]) -> None:
    """A wave under each span, on each line of the layout the span crosses."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(MISSPELT_COLOUR, 1))
    for start, end in spans:
        first, last = _utf16(text, start), _utf16(text, end)
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            begin = max(first, line.textStart())
            finish = min(last, line.textStart() + line.textLength())
            if begin >= finish:
                continue
            left, right = line.cursorToX(begin)[0], line.cursorToX(finish)[0]
            y = origin.y() + line.y() + line.ascent() + line.descent()
            painter.drawPath(wave(origin.x() + min(left, right), origin.x() + max(left, right),
                                  y))


def wave(left: float, right: float, y: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(left, y)
    x, up = left, True
    while x < right:
        x = min(x + 2, right)
        path.lineTo(x, y - 2 if up else y)
        up = not up
    return path


class _SpellingMenu:
    """A field's context menu with the spelling actions on top, once it has a
    ``spelling``."""

    spelling: FieldSpelling | None = None

    def contextMenuEvent(self, event) -> None:
        if self.spelling is None:
            super().contextMenuEvent(event)
            return
        menu = spelling_menu(self, self.spelling, event)
        menu.exec(event.globalPos())
        menu.deleteLater()


class SpellCheckedLineEdit(_SpellingMenu, QLineEdit):
    """A line edit that underlines its misspelt words and offers their corrections in
    its context menu, once ``spelling`` is given."""

    def check_spelling(self, spelling: FieldSpelling) -> None:
        self.spelling = spelling
        # A dictionary arrived, a word was added: draw again. (A connection to a slot of
        # a QObject ends with the object.)
        spell_service().changed.connect(self.update)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.spelling is not None:
            underline_misspelt(self, self.spelling.misspelt(self.text()))


class SpellCheckedTextEdit(_SpellingMenu, QPlainTextEdit):
    """A text edit whose context menu offers the corrections of the misspelt word under
    the pointer; its highlighter (emphasis.MarkupHighlighter) underlines them."""
