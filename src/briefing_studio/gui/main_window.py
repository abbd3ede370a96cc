"""The main window: outline, editor and preview, menus, toolbar, files and export."""

from __future__ import annotations

import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QStandardPaths, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStyle,
    QWidget,
)

from .. import fileformat
from ..document_lock import DocumentLock, DocumentLocked
from ..errors import BriefingError
from ..exporters import FORMATS, OutputFormat
from ..importers import IMPORTABLE_SUFFIXES, found_summary, import_file, import_pasted
from ..media import SVG, without_alt_text
from ..model import Briefing, Paragraph, Section
from ..options import ExportOptions
from ..reading import reading_minutes
from ..resources import resource_path
from ..restructure import merged_with_previous, split_at_paragraph
from ..style import load_style
from . import emphasis, notes
from .accessibility import install_accessibility
from .cell_views import EditingTableView
from .dialogs import ExportDialog, PreferencesDialog
from .document import Document
from .error_dialog import show_error
from .fields import holds_markup, takes_notes
from .figures import choose_image, clipboard_image
from .find_dialog import FindDialog
from .help import ShortcutsDialog, UserGuideDialog, editor_keys, shortcut_groups
from .i18n import tr
from .info_editor import InfoEditor
from .keys import (
    BOLD,
    FIND_NEXT,
    FIND_PREVIOUS,
    ITALIC,
    REPLACE,
    redo_shortcuts,
    set_tab_order,
)
from .lock_dialog import LockChoice, ask_about_lock
from .outline import INFO_ROW, OutlineModel, OutlineView, row_section, section_row
from .preview import PreviewPane
from .recovery import Recovered, RecoveryFile, discard
from .section_editor import SectionEditor
from .settings import Settings
from .spelling import spell_service
from .spelling_dialog import SpellingDialog

APP_NAME = "Briefing Studio"
# File > New's choices: the menu text (translated where shown) and the template.
TEMPLATES = ((QT_TRANSLATE_NOOP("", "&Briefing Note"), "briefing-note"),
             (QT_TRANSLATE_NOOP("", "&Talking Points"), "talking-points"),
             (QT_TRANSLATE_NOOP("", "&Ministerial Submission"), "ministerial-submission"),
             (QT_TRANSLATE_NOOP("", "&Blank"), "blank"))


def open_filter() -> str:
    """The Open dialog's filters, in the interface's language; the patterns stay."""
    patterns = " ".join("*" + suffix for suffix in IMPORTABLE_SUFFIXES)
    return (tr("Briefings and importable text ({patterns})").format(patterns=patterns)
            + ";;" + tr("All files ({patterns})").format(patterns="*"))


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None,
                 recovery_folder: Path | None = None) -> None:
        super().__init__()
        install_accessibility()
        self.settings = settings or Settings()
        self.recovery_folder = recovery_folder or default_recovery_folder()
        self.recovery: RecoveryFile | None = None
        self.lock: DocumentLock | None = None  # ours on the open briefing's file
        self.document: Document | None = None
        self.setAcceptDrops(True)
        self._selected_row = INFO_ROW
        self._selected_section: str | None = None  # its id: it stays with the section
        self._last_editor_focus: QWidget | None = None
        self._guide: UserGuideDialog | None = None
        self.find_dialog: FindDialog | None = None
        self.spelling_dialog: SpellingDialog | None = None
        self._build_widgets()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._restore_layout()
        self._word_count_timer = QTimer(self, singleShot=True, interval=300)
        self._word_count_timer.timeout.connect(self._update_word_count)
        self._autosave_timer = QTimer(self, interval=self.settings.autosave_seconds * 1000)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        spelling = spell_service()
        spelling.default_language = load_style(self.settings.default_style).language
        spelling.unavailable.connect(lambda why: self.statusBar().showMessage(why, 10000))
        self.set_document(Document(self._from_template("blank")))
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # ------------------------------------------------------------ building the window

    def _build_widgets(self) -> None:
        self.outline = OutlineView()
        self.editor_area = QScrollArea()
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        self.editor_area.setAccessibleName("Editor")
        self.preview = PreviewPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self.editor_area)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([240, 620, 420])
        self.setCentralWidget(self.splitter)
        self.word_count = QLabel()
        self.page_count = QLabel()
        self.save_state = QLabel()
        self.preview.pageCountChanged.connect(
            lambda pages: self.page_count.setText(
                tr("1 page") if pages == 1 else tr("{count} pages").format(count=pages)))
        self.statusBar().addPermanentWidget(self.page_count)
        self.statusBar().addPermanentWidget(self.word_count)
        self.statusBar().addPermanentWidget(self.save_state)
        screen = self.screen().availableGeometry()
        self.resize(min(1280, int(screen.width() * 0.95)), min(820, int(screen.height() * 0.9)))

    def _action(self, text: str, slot, shortcut=None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setToolTip(text.replace("&", "").replace("...", ""))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys, pixmap = QKeySequence.StandardKey, QStyle.StandardPixmap
        self.new_actions = [self._action(tr(name), lambda _=False, t=template: self.new(t))
                            for name, template in TEMPLATES]
        self.new_actions[0].setShortcut(QKeySequence(keys.New))
        self.new_actions[0].setIconText(tr("New"))
        self.new_actions[0].setIcon(self.style().standardIcon(pixmap.SP_FileIcon))
        self.open_action = self._action(tr("&Open..."), self.open_dialog, keys.Open,
                                        pixmap.SP_DialogOpenButton)
        self.save_action = self._action(tr("&Save"), self.save, keys.Save,
                                        pixmap.SP_DialogSaveButton)
        # Two ways to one command: File > New from clipboard, Edit > Paste as new briefing.
        self.new_from_clipboard_action = self._action(tr("New from &clipboard"),
                                                      self.paste_as_new_briefing)
        self.paste_new_action = self._action(tr("Paste as &new briefing"),
                                             self.paste_as_new_briefing, "Ctrl+Shift+V")
        self.save_as_action = self._action(tr("Save &As..."), self.save_as, keys.SaveAs)
        self.revert_action = self._action(tr("Re&vert to saved"), self.revert_to_saved)
        self.restore_backup_action = self._action(tr("Restore the &backup..."),
                                                  self.restore_backup)
        # One action a format, in the order the registry lists them.
        self.export_actions = {
            output.name: self._action(tr("Export &{format}...").format(format=output.title),
                                      lambda _=False, o=output: self.export(o), output.shortcut,
                                      getattr(pixmap, output.icon))
            for output in FORMATS.values()}
        self.close_action = self._action(tr("&Close"), self.close)
        self.close_action.setShortcuts(with_key(keys.Close, "Ctrl+W"))
        self.quit_action = self._action(tr("&Quit"), self.close)
        self.quit_action.setShortcuts(with_key(keys.Quit, "Ctrl+Q"))
        self.print_action = self._action(tr("&Print..."), self.print_document, keys.Print)
        self.guide_action = self._action(tr("&User guide"), self.show_user_guide,
                                         keys.HelpContents)
        self.shortcuts_action = self._action(tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.preferences_action = self._action(tr("Pr&eferences..."), self.preferences)
        # Linux desktops give Preferences no key: Ctrl+, as GNOME's and KDE's own apps.
        self.preferences_action.setShortcuts(with_key(keys.Preferences, "Ctrl+,"))
        self.add_section_action = self._action(tr("Add &section"), self.add_section,
                                               "Ctrl+Shift+N", pixmap.SP_FileDialogNewFolder)
        self.duplicate_action = self._action(tr("D&uplicate section"), self.duplicate_section,
                                             "Ctrl+Shift+U")
        self.delete_action = self._action(tr("&Delete section"), self.delete_section,
                                          "Ctrl+Shift+Del")
        self.move_up_action = self._action(tr("Move section &up"), lambda: self.move_section(-1),
                                           "Alt+Shift+Up", pixmap.SP_ArrowUp)
        self.move_down_action = self._action(tr("Move section do&wn"),
                                             lambda: self.move_section(1), "Alt+Shift+Down",
                                             pixmap.SP_ArrowDown)
        # An importer's guess about where a section begins, fixed in one key.
        self.merge_action = self._action(tr("&Merge with previous section"),
                                         self.merge_with_previous, "Ctrl+Shift+M")
        self.make_heading_action = self._action(tr("Make &heading"), self.make_heading,
                                                "Ctrl+Shift+H")
        self.focus_outline_action = self._action(tr("Go to &outline"), self.outline.setFocus,
                                                 "Ctrl+1")
        self.focus_editor_action = self._action(tr("Go to &editor"), self._focus_editor, "Ctrl+2")
        # Undo and Redo act on the open document's stack and name the step they undo.
        self.undo_group = QUndoGroup(self)
        self.undo_action = self._history_action(tr("&Undo"), self.undo, "edit-undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(keys.Undo))
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(
            lambda step: self._name_history_step(
                self.undo_action, tr("&Undo {step}").format(step=step) if step else tr("&Undo")))
        self.redo_action = self._history_action(tr("&Redo"), self.redo, "edit-redo")
        self.redo_action.setShortcuts(redo_shortcuts())
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.redoTextChanged.connect(
            lambda step: self._name_history_step(
                self.redo_action, tr("&Redo {step}").format(step=step) if step else tr("&Redo")))
        self.figure_action = self._action(tr("&Figure..."), self.insert_figure)
        self.clipboard_figure_action = self._action(tr("Figure from &clipboard"),
                                                    self.insert_clipboard_figure)
        # Not Word's Ctrl+Alt+F: a text field takes Ctrl+Alt for AltGr and types the "f".
        self.footnote_action = self._action(tr("Foot&note..."), self.insert_footnote,
                                            "Ctrl+Shift+F")
        self.find_action = self._action(tr("&Find..."), lambda: self.find(replacing=False),
                                        keys.Find)
        self.replace_action = self._action(tr("&Replace..."), lambda: self.find(replacing=True))
        self.replace_action.setShortcuts(with_key(keys.Replace, REPLACE.toString()))
        self.find_next_action = self._action(tr("Find ne&xt"), lambda: self.find_again(False))
        self.find_next_action.setShortcuts(with_key(keys.FindNext, FIND_NEXT.toString()))
        self.find_previous_action = self._action(tr("Find pre&vious"),
                                                 lambda: self.find_again(True))
        self.find_previous_action.setShortcuts(with_key(keys.FindPrevious,
                                                        FIND_PREVIOUS.toString()))
        self.spelling_action = self._action(tr("Check &spelling..."), self.check_spelling, "F7")
        self.bold_action = self._action(tr("&Bold"), lambda: self._toggle_markup("**"), BOLD)
        self.italic_action = self._action(tr("&Italic"), lambda: self._toggle_markup("*"),
                                          ITALIC)
        self.outline.addActions([self.add_section_action, self.duplicate_action,
                                 self.delete_action, self.move_up_action,
                                 self.move_down_action])

    def _build_menus_and_toolbar(self) -> None:
        file_menu = named_menu(self.menuBar(), tr("&File"), "File")
        new_menu = named_menu(file_menu, tr("&New"), "New")
        new_menu.addActions(self.new_actions)
        file_menu.addAction(self.new_from_clipboard_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = named_menu(file_menu, tr("Open &Recent"), "Open Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action, self.revert_action,
                              self.restore_backup_action])
        file_menu.aboutToShow.connect(self._offer_file_versions)
        file_menu.addSeparator()
        file_menu.addActions(list(self.export_actions.values()))
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        edit_menu = named_menu(self.menuBar(), tr("&Edit"), "Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.paste_new_action)
        edit_menu.addSeparator()
        edit_menu.addActions([self.bold_action, self.italic_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.replace_action, self.find_next_action,
                              self.find_previous_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        section_menu = named_menu(self.menuBar(), tr("&Section"), "Section")
        section_menu.addActions([self.add_section_action, self.duplicate_action,
                                 self.delete_action])
        section_menu.addSeparator()
        section_menu.addActions([self.move_up_action, self.move_down_action])
        section_menu.addSeparator()
        section_menu.addActions([self.merge_action, self.make_heading_action])
        insert_menu = named_menu(self.menuBar(), tr("&Insert"), "Insert")
        insert_menu.addActions([self.figure_action, self.clipboard_figure_action])
        insert_menu.addSeparator()
        insert_menu.addAction(self.footnote_action)
        tools_menu = named_menu(self.menuBar(), tr("&Tools"), "Tools")
        tools_menu.addAction(self.spelling_action)
        view_menu = named_menu(self.menuBar(), tr("&View"), "View")
        view_menu.addActions([self.focus_outline_action, self.focus_editor_action])
        help_menu = named_menu(self.menuBar(), tr("&Help"), "Help")
        help_menu.addActions([self.guide_action, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addAction(self._action(tr("&About Briefing Studio"), self.about))
        toolbar = self.addToolBar(tr("Main", "toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setAccessibleName("Main")  # English whatever the interface speaks
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_actions[0], self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        for action in (self.undo_action, self.redo_action):
            # Their text names the step ("Undo Paste cells"); the tooltip shows it, and
            # the toolbar keeps still.
            toolbar.widgetForAction(action).setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addSeparator()
        toolbar.addActions([self.add_section_action, *self.export_actions.values()])
        # The buttons' names stay English whatever the interface speaks.
        named = [(self.new_actions[0], "New"), (self.open_action, "Open"),
                 (self.save_action, "Save"), (self.undo_action, "Undo"),
                 (self.redo_action, "Redo"), (self.add_section_action, "Add section"),
                 *((self.export_actions[output.name], f"Export {output.title}")
                   for output in FORMATS.values())]
        for action, name in named:
            toolbar.widgetForAction(action).setAccessibleName(name)

    # ------------------------------------------------------------ the document

    def set_document(self, document: Document, lock: DocumentLock | None = None) -> None:
        """Show ``document``, holding ``lock`` on its file (the previous one let go)."""
        if self.lock is not lock:
            self._release_lock()
        self.lock = lock
        if self.document is not None:
            self.undo_group.removeStack(self.document.undo_stack)
            self.document.deleteLater()
        self._discard_recovery()
        self.recovery = RecoveryFile(self.recovery_folder)
        self._changed_since_autosave = True
        self.document = document
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.setParent(self)
        self.outline_model = OutlineModel(document)
        self.outline.setModel(self.outline_model)
        self.outline.selectionModel().currentChanged.connect(self._current_row_changed)
        document.sectionsChanged.connect(self._sections_changed)
        # Another language: every field is checked again, in it.
        document.metaChanged.connect(
            lambda field: spell_service().changed.emit() if field == "language" else None)
        for signal in (document.metaChanged, document.sectionsChanged, document.sectionChanged,
                       document.blockChanged, document.headingChanged):
            signal.connect(self._word_count_timer.start)
            signal.connect(self.preview.schedule)
            signal.connect(self._note_change)
        document.undo_stack.cleanChanged.connect(self._update_title)
        self.preview.show_briefing(document.briefing, self.preview_options())
        self.select_row(INFO_ROW)
        self._update_title()
        self._update_word_count()

    def select_row(self, row: int) -> None:
        row = max(0, min(row, self.outline_model.rowCount() - 1))
        self._selected_row = row
        if self.outline.currentIndex().row() == row:
            self._show_selected()  # the same row, perhaps a different section now
        else:  # the selection change shows the editor
            self.outline.selectionModel().setCurrentIndex(
                self.outline_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _current_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self._selected_row = current.row()
            self._show_selected()

    def current_section(self) -> int:
        """The selected section, or -1 when "Document info" is selected."""
        return row_section(self.outline.currentIndex().row())

    def _show_selected(self) -> None:
        previous = self.editor_area.widget()
        # A change made from inside the editor (delete section, undo) keeps the user there.
        had_focus = previous is not None and previous.isAncestorOf(QApplication.focusWidget())
        if previous is not None:
            # Retired first: after an undo its places may already name other blocks, and
            # taking it out of the window makes Qt ask its models (its cells' text is in
            # the document already).
            previous.retire()
        section = self.current_section()
        if section < 0:
            editor: InfoEditor | SectionEditor = InfoEditor(self.document)
            self._selected_section = None
        else:
            self._selected_section = self.document.sections[section].id
            editor = SectionEditor(self.document, self._selected_section)
        previous = self.editor_area.takeWidget()
        if previous is not None:
            # Deleted later, not now: the change may come from a key press inside it.
            # Parented to the window meanwhile, so Python does not delete it first.
            previous.setParent(self)
            previous.hide()
            previous.deleteLater()
        self.editor_area.setWidget(editor)
        self.current_editor = editor
        # The new editor's fields come right after the outline, before the preview's.
        set_tab_order([self.outline, *editor.focus_chain()])
        self.preview.show_place(None if section < 0 else self.document.sections[section].id)
        if had_focus:
            editor.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ finding and spelling

    def find(self, replacing: bool) -> None:
        if self.find_dialog is None:
            self.find_dialog = FindDialog(self)
        self.find_dialog.open_for(replacing)

    def find_again(self, backwards: bool) -> None:
        if self.find_dialog is None or not self.find_dialog.find_text.text():
            self.find(replacing=False)
        else:
            self.find_dialog.find_next(backwards)

    def check_spelling(self) -> None:
        if self.spelling_dialog is None:
            self.spelling_dialog = SpellingDialog(self)
        self.spelling_dialog.start()

    def _sections_changed(self) -> None:
        # The outline was rebuilt: stay with the section the user was on, wherever it
        # went (dragged, moved, undone), or on the same row if it is gone.
        row = self._selected_row
        found = self._selected_section and self.document.find(self._selected_section)
        if found:
            row = section_row(found[0])
        self.select_row(row)

    def _focus_editor(self) -> None:
        """Ctrl+2: back to the field last edited in this editor, or to its first field."""
        last = self._last_editor_focus
        if last is not None and shiboken6.isValid(last) \
                and self.current_editor.isAncestorOf(last) and last.isVisible():
            last.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            # Not "shortcut" focus: a line edit would select all, and typing replace it.
            self.current_editor.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The words selected are counted in the field with the focus.
        if isinstance(new, QLineEdit | QPlainTextEdit):
            new.selectionChanged.connect(self._word_count_timer.start,
                                         Qt.ConnectionType.UniqueConnection)
        self._word_count_timer.start()
        editor = self.editor_area.widget()
        if new is not None and editor is not None and editor.isAncestorOf(new):
            self._last_editor_focus = new
            self.preview.show_place(editor.place_of(new))

    def finish_editing(self) -> None:
        """Close a table cell's editor, keeping its text, before the model changes under
        it (undo, a structural change, another section)."""
        editor = self.editor_area.widget()
        if editor is not None:
            for view in editor.findChildren(EditingTableView):
                view.finish_editing()

    def undo(self) -> None:
        self.finish_editing()
        self.undo_group.undo()

    def redo(self) -> None:
        self.finish_editing()
        self.undo_group.redo()

    def _history_action(self, text: str, slot, icon_name: str) -> QAction:
        action = self._action(text, slot)
        action.setIconText(text.replace("&", ""))  # the menu's text names the step
        fallback = QIcon(str(resource_path("icons", f"{icon_name}.svg")))
        action.setIcon(QIcon.fromTheme(icon_name, fallback))
        action.setEnabled(False)
        return action

    @staticmethod
    def _name_history_step(action: QAction, text: str) -> None:
        action.setText(text)
        action.setToolTip(action.text().replace("&", ""))

    def _toggle_markup(self, marker: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and holds_markup(widget):
            emphasis.toggle(widget, marker)

    # ------------------------------------------------------------ figures and notes

    def _figure_place(self, no_section: str) -> tuple[SectionEditor, int] | None:
        """The section editor a figure goes into, and where: after the block being
        edited, or at the end of the section; ``no_section`` tells the user when the
        outline's selection is no section."""
        editor = self.current_editor
        if not isinstance(editor, SectionEditor):
            self.statusBar().showMessage(no_section, 6000)
            return None
        return editor, editor.index_after(QApplication.focusWidget())

    def insert_figure(self) -> None:
        self.finish_editing()
        place = self._figure_place(
            tr("Add figure: choose the section it belongs to in the outline first."))
        if place is None:
            return
        folder = str(self.document.path.parent) if self.document.path else ""
        media = choose_image(self, folder)
        if media is not None:
            place[0].insert_figure(media, place[1])

    def insert_clipboard_figure(self) -> None:
        self.finish_editing()
        place = self._figure_place(tr("Add figure from the clipboard: choose the section it "
                                       "belongs to in the outline first."))
        if place is None:
            return
        data = QApplication.clipboard().mimeData()
        if data is None or not (data.hasImage() or data.hasUrls() or data.hasFormat(SVG)):
            self.statusBar().showMessage(tr("The clipboard holds no image to add."), 6000)
            return
        media = clipboard_image(data, self)
        if media is not None:
            place[0].insert_figure(media, place[1])

    def insert_footnote(self) -> None:
        """A note at the cursor of the text being edited, or the note under the cursor
        opened for editing."""
        widget = QApplication.focusWidget()
        if widget is None or not takes_notes(widget) or not notes.edit_note(
                widget, self, self.document.undo_stack):
            self.statusBar().showMessage(
                tr("Insert footnote: put the cursor where the note belongs in a text."), 6000)

    def preview_options(self) -> ExportOptions:
        """What the preview shows: the document as Export PDF writes it by default."""
        try:
            return ExportOptions(style=load_style(self.settings.default_style))
        except BriefingError:
            return ExportOptions()

    # ------------------------------------------------------------ autosave and recovery

    def autosave(self) -> None:
        """Write the unsaved changes to the recovery file, if there are new ones."""
        if self.document.undo_stack.isClean():
            self._discard_recovery()
            return
        if not self._changed_since_autosave:
            return
        try:
            self.recovery.write(self.document.briefing, self.document.name, self.document.path)
        except (OSError, ValueError) as error:
            self.statusBar().showMessage(
                tr("Cannot write the recovery file: {error}").format(error=error), 8000)
            return
        self._changed_since_autosave = False

    def _note_change(self) -> None:
        # Every change counts, typing merged into one undo step included.
        self._changed_since_autosave = True

    def restore(self, recovered: Recovered) -> None:
        """Take back a document left by a crash, as unsaved changes to its file, whose
        lock the crash left behind (taken again; read-only if another has it now)."""
        document = Document(recovered.briefing, path=recovered.original, name=recovered.name)
        lock = None
        if recovered.original is not None:
            try:
                lock = DocumentLock.take(recovered.original, self.settings.user_name,
                                         force=True)
            except DocumentLocked:
                document.read_only = True
            except OSError:
                pass  # a folder that takes no lock file: the briefing is still restored
        self.set_document(document, lock)
        document.undo_stack.resetClean()
        self._update_title()
        self.autosave()
        discard(recovered)

    def _discard_recovery(self) -> None:
        if self.recovery is not None:
            self.recovery.remove()

    # ------------------------------------------------------------ sections

    def add_section(self) -> None:
        self.finish_editing()
        at = self.current_section() + 1
        sections = self.document.sections
        if at == 0 and sections and not sections[0].heading:
            at = 1  # the lead stays first
        self.document.insert_section(at, Section(heading=tr("New section")))
        self.select_row(section_row(at))
        self.current_editor.heading.setFocus()
        self.current_editor.heading.selectAll()

    def duplicate_section(self) -> None:
        self.finish_editing()
        section = self.current_section()
        if section >= 0:
            self.document.duplicate_section(section)
            self.select_row(section_row(section + 1))

    def delete_section(self) -> None:
        self.finish_editing()
        section = self.current_section()
        if section >= 0:
            self.document.delete_section(section)
            self.select_row(section_row(min(section, len(self.document.sections) - 1)))

    def move_section(self, offset: int) -> None:
        self.finish_editing()
        section = self.current_section()
        destination = section + offset
        if section >= 0 and 0 <= destination < len(self.document.sections):
            self.document.move_section(section, destination)
            self.select_row(section_row(destination))

    def merge_with_previous(self) -> None:
        """The current section's heading becomes a paragraph of the section above."""
        self.finish_editing()
        section = self.current_section()
        if section < 1:
            self.statusBar().showMessage(
                tr("Merge with previous section: choose a section below another one."), 6000)
            return
        merged = merged_with_previous(self.document.sections, section)
        joined = self.document.sections[section - 1]
        first_new = merged[section - 1].blocks[len(joined.blocks)]  # the heading's paragraph
        self.document.change_sections(tr("Merge with previous section"), merged)
        self.select_row(section_row(section - 1))
        self.current_editor.focus_block(first_new.id)

    def make_heading(self) -> None:
        """The paragraph being edited becomes the heading of a new section, which takes
        the blocks after it."""
        self.finish_editing()
        editor = self.current_editor
        focus = QApplication.focusWidget()
        place = editor.place_of(focus) if isinstance(editor, SectionEditor) and focus else ""
        if not (self.document.has(place) and place != editor.section_id
                and isinstance(block := self.document.block(place), Paragraph)
                and block.text.strip()):
            self.statusBar().showMessage(
                tr("Make heading: put the cursor in the paragraph that should be a heading."),
                6000)
            return
        sections, new = split_at_paragraph(self.document.sections, place)
        self.document.change_sections(tr("Make heading"), sections)
        self.select_row(section_row(new))
        self.current_editor.heading.setFocus()

    # ------------------------------------------------------------ files

    def paste_as_new_briefing(self) -> None:
        """A new briefing from the clipboard: its HTML (a web page keeps its headings,
        lists and tables) when it has some, its text otherwise."""
        data = QApplication.clipboard().mimeData()
        html = data.html() if data is not None and data.hasHtml() else ""
        text = data.text() if data is not None and data.hasText() else ""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a long page takes seconds
        try:
            briefing = import_pasted(html, text)
        except BriefingError as error:
            QApplication.restoreOverrideCursor()
            show_error(self, tr("Cannot paste as a new briefing"), error)
            return
        QApplication.restoreOverrideCursor()
        if not self.maybe_save():
            return
        briefing.meta.prepared_by = briefing.meta.prepared_by or self.settings.user_name
        name = fileformat.file_name_for(briefing.meta.title) or tr("Pasted article")
        self.set_document(Document(briefing, name=f"{name}{fileformat.SUFFIX}"))
        self.document.undo_stack.resetClean()  # pasted text is not yet saved
        self._update_title()
        self.statusBar().showMessage(
            tr("Pasted as a new briefing: {summary}.").format(summary=found_summary(briefing)),
            15000)


    def new(self, template: str) -> None:
        if self.maybe_save():
            self.set_document(Document(self._from_template(template)))

    def _from_template(self, template: str) -> Briefing:
        briefing = fileformat.load(resource_path("templates", f"{template}.briefing"))
        briefing.meta.date = datetime.date.today().isoformat()
        briefing.meta.prepared_by = self.settings.user_name
        return briefing

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.document.folder or "")
        path, _ = QFileDialog.getOpenFileName(self, tr("Open briefing"), start,
                                              open_filter())
        if path:
            self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a briefing, or import text or Markdown into a new unsaved briefing."""
        if ask and not self.maybe_save():
            return False
        is_briefing = path.suffix.lower() == fileformat.SUFFIX
        lock, choice = self._lock(path) if is_briefing and path.is_file() else (None, None)
        if choice is LockChoice.CANCEL:
            return False
        try:
            notes: list[str] = []
            briefing = import_file(path, notes)
        except BriefingError as error:
            if lock is not None and lock is not self.lock:
                lock.release()
            show_error(self, tr("Cannot open file"), error)
            return False
        if is_briefing and choice is LockChoice.COPY:
            self.set_document(Document(briefing, name=tr("Copy of {name}").format(
                name=path.name), folder=path.parent))
            self.document.undo_stack.resetClean()  # a copy not yet saved anywhere
            self._update_title()
        elif is_briefing:
            document = Document(briefing, path=path)
            document.read_only = choice is LockChoice.READ_ONLY
            self.set_document(document, lock)
        else:
            self.set_document(Document(briefing, name=f"{path.stem}{fileformat.SUFFIX}",
                                       folder=path.parent))
            self.document.undo_stack.resetClean()  # imported text is not yet saved
            self._update_title()
        self.settings.add_recent(path)
        if notes:  # what the import did that the user should know (changes accepted)
            self.statusBar().showMessage(f"{path.name}: " + " ".join(notes), 15000)
        return True

    def _lock(self, path: Path) -> tuple[DocumentLock | None, LockChoice | None]:
        """Our lock on the briefing at ``path``, and what the user chose when someone
        else has it (None: nobody had it). A folder that takes no lock file (a
        read-only share) opens the briefing without one."""
        if self.lock is not None and self.lock.document.resolve() == path.resolve():
            return self.lock, None  # opened again here: the lock stays ours
        try:
            return DocumentLock.take(path, self.settings.user_name), None
        except OSError:
            return None, None
        except DocumentLocked as locked:
            choice = ask_about_lock(self, locked)
        if choice is not LockChoice.REMOVE:
            return None, choice
        try:
            return DocumentLock.take(path, self.settings.user_name, force=True), None
        except DocumentLocked as locked:  # someone opened it in the meantime
            return None, ask_about_lock(self, locked)
        except OSError:
            return None, None

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _offer_file_versions(self) -> None:
        path = self.document.path
        self.revert_action.setEnabled(path is not None and path.is_file()
                                      and not self.document.undo_stack.isClean())
        self.restore_backup_action.setEnabled(
            path is not None and fileformat.backup_path(path).is_file())

    def revert_to_saved(self) -> None:
        """Drop the changes since the briefing was last saved, once the user agrees."""
        path = self.document.path
        if path is None:
            return
        if not self.document.undo_stack.isClean() and QMessageBox.question(
                self, tr("Revert to saved"),
                tr("Discard every change since {name} was last saved?").format(
                    name=path.name)) != QMessageBox.StandardButton.Yes:
            return
        self.open_path(path, ask=False)

    def restore_backup(self) -> None:
        """The version the last save replaced, as unsaved changes to this briefing:
        Save makes it the briefing again, Undo history starts afresh."""
        path = self.document.path
        if path is None:
            return
        backup = fileformat.backup_path(path)
        try:
            briefing = fileformat.load(backup)
        except BriefingError as error:
            show_error(self, tr("Cannot restore the backup"), error)
            return
        if not self.maybe_save():
            return
        document = Document(briefing, path=path)
        document.read_only = self.document.read_only
        self.set_document(document, self.lock)
        document.undo_stack.resetClean()  # the backup is not what the file holds
        self._update_title()
        self.statusBar().showMessage(tr("The backup of {name} is open: save to keep it.")
                                     .format(name=path.name), 10000)

    def save(self) -> bool:
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        suggestion = str(self.document.suggested_path())
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save briefing"), suggestion,
            tr("Briefings ({patterns})").format(patterns="*.briefing"))
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != fileformat.SUFFIX:
            path = path.with_name(path.name + fileformat.SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        ours = self.lock is not None and self.lock.document.resolve() == path.resolve()
        lock = self.lock if ours else None
        if not ours:
            try:
                lock = DocumentLock.take(path, self.settings.user_name)
            except DocumentLocked as locked:
                show_error(self, tr("Cannot save"), BriefingError(path, tr(
                    "it is open by {who}; save under another name").format(
                        who=locked.owner.describe())))
                return False
            except OSError:
                lock = None  # a folder that takes no lock file: saved all the same
        try:
            fileformat.save(self.document.briefing, path, self.settings.keep_backups)
        except BriefingError as error:
            if not ours and lock is not None:
                lock.release()
            show_error(self, tr("Cannot save"), error)
            return False
        if not ours:
            self._release_lock()
            self.lock = lock
        self.document.read_only = False
        self.document.path, self.document.name, self.document.folder = path, path.name, path.parent
        self.document.undo_stack.setClean()
        self._discard_recovery()
        self.settings.add_recent(path)
        self._update_title()
        if self.document.unparsed_date:
            self.statusBar().showMessage(
                tr("Saved {path}. The Date field says “{date}”, which is not a date: the "
                   "briefing was saved with its previous date.").format(
                    path=path, date=self.document.unparsed_date), 12000)
        else:
            self.statusBar().showMessage(tr("Saved {path}").format(path=path), 4000)
        return True

    def export(self, output: OutputFormat) -> None:
        meta = self.document.briefing.meta
        dialog = ExportDialog(output, meta.classification, self.settings.default_style,
                              self.settings.docx_template, self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        suffix, kind = output.extension, output.title
        path, _ = QFileDialog.getSaveFileName(self, tr("Export {format}").format(format=kind),
                                              str(self.document.suggested_path(suffix)),
                                              f"{kind} (*{suffix})")
        if not path:
            return
        path = Path(path) if path.lower().endswith(suffix) else Path(path + suffix)
        try:
            # The format's library (reportlab, python-docx) loads on its first export.
            output.write(self.document.briefing, path, dialog.options())
        except BriefingError as error:
            show_error(self, tr("Cannot export {format}").format(format=kind), error)
            return
        if output.uses_template:
            self.settings.docx_template = dialog.template.text().strip()
        message = tr("Exported {path}").format(path=path)
        if unlabelled := self.document.briefing.unlabelled_figures():
            message = tr("Exported {path}; {warning}").format(
                path=path, warning=without_alt_text(len(unlabelled)))
        self.statusBar().showMessage(message, 10000)

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels."""
        if self.document is None or self.document.undo_stack.isClean():
            return True
        answer = QMessageBox.warning(
            self, APP_NAME, tr("Save the changes to {name}?").format(
                name=self.document.display_name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            action = self.recent_menu.addAction(path.name, lambda p=path: self.open_path(p))
            action.setToolTip(str(path))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("No recent files")).setEnabled(False)

    # ------------------------------------------------------------ window and settings

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.settings.user_name, self.settings.default_style,
                                   self.settings.autosave_seconds, self,
                                   interface_language=self.settings.interface_language,
                                   keep_backups=self.settings.keep_backups)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.settings.user_name = dialog.user_name.text()
            self.settings.keep_backups = dialog.keep_backups.isChecked()
            if dialog.selected_interface_language() != self.settings.interface_language:
                self.settings.interface_language = dialog.selected_interface_language()
                self.statusBar().showMessage(tr(
                    "The interface language changes when Briefing Studio starts again."), 10000)
            self.settings.default_style = dialog.selected_style()
            spell_service().default_language = load_style(self.settings.default_style).language
            spell_service().changed.emit()
            self.settings.autosave_seconds = dialog.autosave.value()
            self._autosave_timer.setInterval(self.settings.autosave_seconds * 1000)
            self.preview.show_briefing(self.document.briefing, self.preview_options())

    def print_document(self) -> None:
        from .printing import print_briefing  # Qt's print support loads on first use

        if print_briefing(self, self.document.briefing, self.preview_options()):
            self.statusBar().showMessage(tr("Sent to the printer"), 4000)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(shortcut_groups(self.menuBar()), editor_keys(), self).exec()

    def show_user_guide(self) -> None:
        if self._guide is None:
            self._guide = UserGuideDialog(self)  # kept open beside the work
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, tr("About {app}").format(app=APP_NAME),
                          tr("<b>{app}</b> {version}<br>Draft briefings; export PDF and DOCX."
                             "<br>Fonts: Liberation and Noto (SIL Open Font Licence).").format(
                              app=APP_NAME, version=__version__))

    def _update_title(self) -> None:
        modified = not self.document.undo_stack.isClean()
        name = self.document.display_name
        if self.document.read_only:
            name = tr("{name} (read-only)").format(name=name)
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(modified)
        self.save_state.setText(tr("Unsaved changes") if modified else tr("Saved"))

    def _update_word_count(self) -> None:
        """The document's words and its reading time, and the words selected in the
        field being edited, as editors size a briefing."""
        count = len(self.document.briefing.words())
        found = emphasis.field_text(self.focusWidget()) if self.focusWidget() else None
        selected = len(found[0][found[1]:found[2]].split()) if found else 0
        words = (tr("{selected} of {count} words").format(selected=f"{selected:,}",
                                                          count=f"{count:,}")
                 if selected else tr("{count} words").format(count=f"{count:,}"))
        minutes = reading_minutes(selected or count)
        reading = (tr("{minutes} min read").format(minutes=minutes) if minutes
                   else tr("under 1 min read"))
        self.word_count.setText(f"{words} · {reading}")

    def _restore_layout(self) -> None:
        geometry, state, splitter = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.save_window_state(self.saveGeometry(), self.saveState(),
                                        self.splitter.saveState())
        self._discard_recovery()
        self._release_lock()
        self.preview.shutdown()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(Path(url.toLocalFile()).suffix.lower() in IMPORTABLE_SUFFIXES
               for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMPORTABLE_SUFFIXES:
                event.acceptProposedAction()
                self.open_path(path)
                return


def named_menu(parent: QMenuBar | QMenu, title: str, name: str) -> QMenu:
    """A menu whose screen-reader name is its English title (``name``), whatever the
    interface's language: an open menu is announced by it, not by the window's."""
    menu = parent.addMenu(title)
    menu.setAccessibleName(name)
    return menu


def with_key(standard: QKeySequence.StandardKey, key: str) -> list[QKeySequence]:
    """The platform's keys for an action, and the one the README promises everywhere
    (GNOME's Close is Ctrl+W, KDE's Ctrl+F4; some desktops give Quit none)."""
    keys = QKeySequence.keyBindings(standard)
    return keys + [QKeySequence(key)] * (QKeySequence(key) not in keys)


def default_recovery_folder() -> Path:
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(data) / "recovery"


def window_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "briefing-studio.svg")))
