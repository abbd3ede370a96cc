"""The Export options and Preferences dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..classification import schemes
from ..exporters import ExportOptions
from ..model import Priority
from ..style import available_styles, load_style

MINIMUM_CHOICES = (("Every bullet", None), ("High only", Priority.HIGH),
                   ("Medium and above", Priority.MEDIUM), ("Low and above", Priority.LOW))


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def style_box(current: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName("House style")
    box.addItems(available_styles())
    box.setCurrentText(current)
    return box


class ExportDialog(QDialog):
    """Options for one export: marking, house style, which bullets and in what order."""

    def __init__(self, kind: str, classification: str, style: str, template: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        browse = QPushButton("&Browse...")
        browse.setAccessibleName("Choose a Word template")
        browse.clicked.connect(self._choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow("&Classification", self.classification)
        form.addRow("House &style", self.style)
        form.addRow("&Bullets", self.minimum)
        form.addRow(self.sort)
        if kind == "DOCX":
            form.addRow("&Word template", template_row)
        form.addRow(_buttons(self))

    def options(self) -> ExportOptions:
        template = self.template.text().strip()
        return ExportOptions(
            style=load_style(self.style.currentText()),
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
        self.style = style_box(style)
        self.autosave = QSpinBox()
        self.autosave.setAccessibleName("Autosave interval")
        self.autosave.setRange(5, 600)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(autosave_seconds)
        form = QFormLayout(self)
        form.addRow("Your &name", self.user_name)
        form.addRow("Default house &style", self.style)
        form.addRow("&Autosave every", self.autosave)
        form.addRow(_buttons(self))
