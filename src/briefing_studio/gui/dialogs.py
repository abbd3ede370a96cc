"""The Export options and Preferences dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..classification import schemes
from ..errors import StyleError
from ..exporters import OutputFormat
from ..model import Priority
from ..options import ExportOptions
from ..style import DEFAULT_STYLE, available_styles, load_style, names_a_file, style_title
from .i18n import INTERFACE_LANGUAGES, tr

# For each priority but the lowest, the summary that leaves out the bullets ranked below
# it, each a whole sentence to translate; bullets nobody ranked stay.
_LEAVE_OUT = {
    Priority.HIGH: QT_TRANSLATE_NOOP("", "Leave out medium and low bullets"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("", "Leave out low bullets"),
}


def _minimum_choices() -> tuple[tuple[str, Priority | None], ...]:
    """"Every bullet", then for each priority but the lowest, a summary that leaves out
    the bullets ranked below it ("Leave out medium and low bullets"), in English: shown
    through ``tr``."""
    return ((QT_TRANSLATE_NOOP("", "Every bullet"), None),
            *((_LEAVE_OUT[priority], priority) for priority in Priority.ranked()[:-1]))


MINIMUM_CHOICES = _minimum_choices()
# Room beside a window's title for the window manager's icon and buttons, in lines of
# the title's text: three or four buttons, each a little wider than a line, and padding.
TITLE_BAR_ROOM_LINES = 10
# The accessible names of Qt's standard buttons (translated by Qt's own translations).
STANDARD_BUTTON_NAMES = {QDialogButtonBox.StandardButton.Save: "Save",
                         QDialogButtonBox.StandardButton.Cancel: "Cancel"}


def fit_title(dialog: QDialog) -> None:
    """Make ``dialog`` wide enough that the window manager shows its whole title.

    Qt adds the application's name to the title on X11 and Wayland ("Export PDF —
    Briefing Studio"). The desktop's title-bar font (which Qt's platform theme gives
    as the font of "QMdiSubWindowTitleBar", else the application's) is measured in
    bold, as most window managers draw titles."""
    shown = dialog.windowTitle()
    application = QGuiApplication.applicationDisplayName()
    if application and application not in shown:
        shown = f"{shown} — {application}"
    font = QFont(QApplication.font("QMdiSubWindowTitleBar"))
    font.setBold(True)
    metrics = QFontMetrics(font)
    dialog.setMinimumWidth(metrics.horizontalAdvance(shown)
                           + TITLE_BAR_ROOM_LINES * metrics.height())


def fit_placeholder(edit: QLineEdit) -> None:
    """Room for the whole placeholder text: it explains what an empty field means."""
    metrics = edit.fontMetrics()
    edit.setMinimumWidth(metrics.horizontalAdvance(edit.placeholderText()) + metrics.height())


def add_row(form: QFormLayout, text: str, field: QWidget,
            beside: QLayout | None = None) -> None:
    """A row whose label carries the mnemonic (``&``) that moves the focus to ``field``;
    ``beside`` lays out the field with its companions (a Browse button)."""
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, beside or field)


def add_buttons(form: QFormLayout, buttons: QDialogButtonBox, accept: QPushButton) -> None:
    """The dialog's buttons under its form, ``accept`` the default (Enter presses it)."""
    dialog = form.parentWidget()
    # Qt's own buttons named in English, as before, whatever language they show.
    for standard, name in STANDARD_BUTTON_NAMES.items():
        button = buttons.button(standard)
        if button is not None and not button.accessibleName():
            button.setAccessibleName(name)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    # Only now: buttons joining a dialog lose a default set before and Qt makes its
    # own choice (Cancel, here), so Enter would cancel.
    accept.setDefault(True)


# The bundled styles' titles, which their files give in English, for lupdate: a style's
# title is shown through tr, and a style file of the user's own shows its own.
BUNDLED_STYLE_TITLES = (
    QT_TRANSLATE_NOOP("", "Ministry (A4)"), QT_TRANSLATE_NOOP("", "US Letter"),
    QT_TRANSLATE_NOOP("", "Ministerial Submission (A4)"),
    QT_TRANSLATE_NOOP("", "Turkish official correspondence"),
)


def style_box(current: str) -> QComboBox:
    """The house styles by title, each holding its id (or file path) as item data."""
    box = QComboBox()
    box.setAccessibleName("House style")
    titles = {name: style_title(name) for name in available_styles()}
    for name in sorted(titles, key=lambda name: (name != DEFAULT_STYLE,
                                                 titles[name].casefold())):
        box.addItem(tr(titles[name]), name)
    if names_a_file(current):
        # A style file of the user's own, chosen in an earlier version or in the
        # settings file, stays the choice rather than turn silently into the default.
        box.addItem(_file_style_title(current), current)
    found = box.findData(current)
    box.setCurrentIndex(found if found >= 0 else box.findData(DEFAULT_STYLE))
    return box


def interface_language_box(current: str) -> QComboBox:
    """The interface languages, each by its own name (the system's first), holding the
    setting's value as item data."""
    box = QComboBox()
    box.setAccessibleName("Interface language")
    box.setToolTip(tr("The language of menus and dialogs; it takes effect when Briefing "
                      "Studio starts again"))
    for value, name in INTERFACE_LANGUAGES.items():
        box.addItem(name or tr("The system's language"), value)
    found = box.findData(current)
    box.setCurrentIndex(max(found, 0))
    return box


def _file_style_title(path: str) -> str:
    try:
        return f"{style_title(path)} ({Path(path).name})"
    except StyleError:  # still offered: exporting with it names the problem
        return Path(path).name


class ExportDialog(QDialog):
    """Options for one export: marking, house style, which bullets and in what order."""

    def __init__(self, output: OutputFormat, classification: str, style: str,
                 template: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.output = output
        kind = output.title
        self.setWindowTitle(tr("Export {format}").format(format=kind))
        self.classification = QComboBox()
        self.classification.setEditable(True)
        self.classification.setAccessibleName("Classification for this export")
        self.classification.addItem(classification)
        for scheme in schemes().values():
            self.classification.addItems([level.name for level in scheme.levels
                                          if level.name != classification])
        self.style = style_box(style)
        self.minimum = QComboBox()
        self.minimum.setAccessibleName("Minimum priority")
        for text, _ in MINIMUM_CHOICES:
            self.minimum.addItem(tr(text))
        self.sort = QCheckBox(tr("&Sort bullets from high to low priority"))
        self.sort.setAccessibleName("Sort by priority")
        self.template = QLineEdit(template)
        self.template.setAccessibleName("Word template")
        self.template.setPlaceholderText(tr("None: the house style's own page and styles"))
        fit_placeholder(self.template)
        browse = QPushButton(tr("Br&owse..."))
        browse.setAccessibleName("Choose a Word template")
        browse.setAutoDefault(False)  # Enter in the template's field exports
        browse.clicked.connect(self._choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse)
        form = QFormLayout(self)
        add_row(form, tr("&Classification"), self.classification)
        add_row(form, tr("&House style"), self.style)
        add_row(form, tr("&Bullets"), self.minimum)
        form.addRow(self.sort)
        if output.uses_template:
            add_row(form, tr("&Word template"), self.template, template_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = buttons.addButton(tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setAccessibleName(f"Export {kind}")
        add_buttons(form, buttons, export)
        fit_title(self)

    def selected_style(self) -> str:
        """The chosen house style's id (or the path of a style file)."""
        return self.style.currentData()

    def options(self) -> ExportOptions:
        # Only the DOCX dialog shows the template: a PDF exported here is the house
        # style's, as the preview shows it.
        template = self.template.text().strip() if self.output.uses_template else ""
        return ExportOptions(
            style=load_style(self.selected_style()),
            classification=self.classification.currentText(),
            min_priority=MINIMUM_CHOICES[self.minimum.currentIndex()][1],
            sort_by_priority=self.sort.isChecked(),
            docx_template=Path(template) if template else None,
        )

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Word template"), self.template.text(),
                                              tr("Word documents (*.docx)"))
        if path:
            self.template.setText(path)


class PreferencesDialog(QDialog):
    def __init__(self, user_name: str, style: str, autosave_seconds: int,
                 parent: QWidget | None = None, *, interface_language: str = "",
                 keep_backups: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.user_name = QLineEdit(user_name)
        self.user_name.setAccessibleName("Your name")
        self.user_name.setPlaceholderText(tr("Fills in 'Prepared by' in new briefings"))
        fit_placeholder(self.user_name)
        self.style = style_box(style)
        self.autosave = QSpinBox()
        self.autosave.setAccessibleName("Autosave interval")
        self.autosave.setRange(5, 600)
        self.autosave.setSuffix(tr(" s"))
        self.autosave.setValue(autosave_seconds)
        self.interface_language = interface_language_box(interface_language)
        self.keep_backups = QCheckBox(tr("Keep the previous version as NAME.briefing.bak"))
        self.keep_backups.setAccessibleName("Keep a backup when saving")
        self.keep_backups.setChecked(keep_backups)
        form = QFormLayout(self)
        add_row(form, tr("Your &name"), self.user_name)
        add_row(form, tr("Default &house style"), self.style)
        add_row(form, tr("&Autosave every"), self.autosave)
        add_row(form, tr("&Interface language"), self.interface_language)
        add_row(form, tr("&Backups"), self.keep_backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        add_buttons(form, buttons, buttons.button(QDialogButtonBox.StandardButton.Save))
        fit_title(self)

    def selected_style(self) -> str:
        """The chosen default house style's id (or the path of a style file)."""
        return self.style.currentData()

    def selected_interface_language(self) -> str:
        """The chosen interface language: "en", "tr", or "" for the system's."""
        return self.interface_language.currentData()
