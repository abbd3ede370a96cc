"""The Export options and Preferences dialogs."""

from __future__ import annotations

from pathlib import Path

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
from .block_editors import priority_name


def _minimum_choices() -> tuple[tuple[str, Priority | None], ...]:
    """"Every bullet", then for each priority but the lowest, a summary that leaves out
    the bullets ranked below it ("Leave out medium and low bullets"); bullets nobody
    ranked stay."""
    ranked = Priority.ranked()
    names = [priority_name(priority).lower() for priority in ranked]
    return (("Every bullet", None), *((f"Leave out {' and '.join(names[rank + 1:])} bullets",
                                       priority) for rank, priority in enumerate(ranked[:-1])))


MINIMUM_CHOICES = _minimum_choices()
# Room beside a window's title for the window manager's icon and buttons, in lines of
# the title's text: three or four buttons, each a little wider than a line, and padding.
TITLE_BAR_ROOM_LINES = 10


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
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    # Only now: buttons joining a dialog lose a default set before and Qt makes its
    # own choice (Cancel, here), so Enter would cancel.
    accept.setDefault(True)


def style_box(current: str) -> QComboBox:
    """The house styles by title, each holding its id (or file path) as item data."""
    box = QComboBox()
    box.setAccessibleName("House style")
    titles = {name: style_title(name) for name in available_styles()}
    for name in sorted(titles, key=lambda name: (name != DEFAULT_STYLE,
                                                 titles[name].casefold())):
        box.addItem(titles[name], name)
    if names_a_file(current):
        # A style file of the user's own, chosen in an earlier version or in the
        # settings file, stays the choice rather than turn silently into the default.
        box.addItem(_file_style_title(current), current)
    found = box.findData(current)
    box.setCurrentIndex(found if found >= 0 else box.findData(DEFAULT_STYLE))
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
        self.setWindowTitle(f"Export {kind}")
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
            self.minimum.addItem(text)
        self.sort = QCheckBox("&Sort bullets from high to low priority")
        self.sort.setAccessibleName("Sort by priority")
        self.template = QLineEdit(template)
        self.template.setAccessibleName("Word template")
        self.template.setPlaceholderText("None: the house style's own page and styles")
        fit_placeholder(self.template)
        browse = QPushButton("Br&owse...")
        browse.setAccessibleName("Choose a Word template")
        browse.setAutoDefault(False)  # Enter in the template's field exports
        browse.clicked.connect(self._choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse)
        form = QFormLayout(self)
        add_row(form, "&Classification", self.classification)
        add_row(form, "&House style", self.style)
        add_row(form, "&Bullets", self.minimum)
        form.addRow(self.sort)
        if output.uses_template:
            add_row(form, "&Word template", self.template, template_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = buttons.addButton("&Export", QDialogButtonBox.ButtonRole.AcceptRole)
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
        path, _ = QFileDialog.getOpenFileName(self, "Word template", self.template.text(),
                                              "Word documents (*.docx)")
        if path:
            self.template.setText(path)


class PreferencesDialog(QDialog):
    def __init__(self, user_name: str, style: str, autosave_seconds: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.user_name = QLineEdit(user_name)
        self.user_name.setAccessibleName("Your name")
        self.user_name.setPlaceholderText("Fills in 'Prepared by' in new briefings")
        fit_placeholder(self.user_name)
        self.style = style_box(style)
        self.autosave = QSpinBox()
        self.autosave.setAccessibleName("Autosave interval")
        self.autosave.setRange(5, 600)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(autosave_seconds)
        form = QFormLayout(self)
        add_row(form, "Your &name", self.user_name)
        add_row(form, "Default &house style", self.style)
        add_row(form, "&Autosave every", self.autosave)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        add_buttons(form, buttons, buttons.button(QDialogButtonBox.StandardButton.Save))
        fit_title(self)

    def selected_style(self) -> str:
        """The chosen default house style's id (or the path of a style file)."""
        return self.style.currentData()
