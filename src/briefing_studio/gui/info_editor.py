"""The "Document info" form: title, classification, reference, people and dates; and
a letter's heading lines, signatory, attachments and distribution."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ..classification import schemes
from ..language import languages
from ..model import CONTENTS_FROM_PAGES, CONTENTS_FROM_SECTIONS, CONTENTS_OFF, CONTENTS_ON
from ..plan import END_MATTER_PLACE
from .date_field import DateField
from .document import Document, DocumentListener, TextTarget
from .fields import BoundLineEdit, mark_problem
from .i18n import tr
from .keys import leave_window_keys, set_tab_order
from .rows_field import RowsField, RowTexts

# (field, label, accessible name); the accessible names are the GUI's contract, and stay
# English: only the labels are translated, where they are shown.
# The mnemonics leave F, E, S, V and H to the menus.
TEXT_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("", "&Title"), "Title"),
    ("subtitle", QT_TRANSLATE_NOOP("", "Subtit&le"), "Subtitle"),
    ("doc_type", QT_TRANSLATE_NOOP("", "Document t&ype"), "Document type"),
    ("reference", QT_TRANSLATE_NOOP("", "&Reference"), "Reference"),
    ("subject", QT_TRANSLATE_NOOP("", "Sub&ject"), "Subject"),
    ("prepared_for", QT_TRANSLATE_NOOP("", "&Prepared for"), "Prepared for"),
    ("prepared_by", QT_TRANSLATE_NOOP("", "Prepared &by"), "Prepared by"),
    ("approved_by", QT_TRANSLATE_NOOP("", "&Approved by"), "Approved by"),
    ("organisation", QT_TRANSLATE_NOOP("", "&Organisation"), "Organisation"),
    ("source", QT_TRANSLATE_NOOP("", "So&urce"), "Source"),
    ("version_label", QT_TRANSLATE_NOOP("", "Versio&n"), "Version"),
)
# The signatory's lines: (field, label, accessible name).
SIGNATORY_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("", "Signatory na&me"), "Signatory name"),
    ("title", QT_TRANSLATE_NOOP("", "Signatory's title"), "Signatory title"),
    ("on_behalf_of", QT_TRANSLATE_NOOP("", "On behalf of"), "On behalf of"),
)
# The lists, edited as rows: (field, label, what a row is called). A row's name
# ("Attachment 2") is its accessible name, in English.
LIST_FIELDS = (
    ("heading_lines", QT_TRANSLATE_NOOP("", "Heading l&ines"), "Heading line"),
    ("attachments", QT_TRANSLATE_NOOP("", "Attachments"), "Attachment"),
    ("distribution", QT_TRANSLATE_NOOP("", "Distribution"), "Addressee"),
)
# What each list's buttons and undo steps say, whole sentences for the translators.
LIST_TEXTS = {
    "heading_lines": RowTexts(QT_TRANSLATE_NOOP("", "Add heading line"),
                              QT_TRANSLATE_NOOP("", "Remove heading line"),
                              QT_TRANSLATE_NOOP("", "Remove heading line {number}")),
    "attachments": RowTexts(QT_TRANSLATE_NOOP("", "Add attachment"),
                            QT_TRANSLATE_NOOP("", "Remove attachment"),
                            QT_TRANSLATE_NOOP("", "Remove attachment {number}")),
    "distribution": RowTexts(QT_TRANSLATE_NOOP("", "Add addressee"),
                             QT_TRANSLATE_NOOP("", "Remove addressee"),
                             QT_TRANSLATE_NOOP("", "Remove addressee {number}")),
}
LIST_TIPS = {
    "heading_lines": QT_TRANSLATE_NOOP(
        "", "Printed centred above the title: \"T.C.\", the ministry, the unit"),
    "attachments": QT_TRANSLATE_NOOP(
        "", "Listed after the signature; more than five have a page of their own"),
    "distribution": QT_TRANSLATE_NOOP("", "The addressees, listed after the attachments"),
}


class InfoEditor(QWidget, DocumentListener):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.fields: dict[str, BoundLineEdit] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        heading = QLabel("<b>" + tr("Document info") + "</b>")
        layout.addRow(heading)
        self.chain: list[QWidget] = []  # the fields in the order Tab visits them
        for field, label, accessible in TEXT_FIELDS:
            edit = BoundLineEdit(document, TextTarget("meta", name=field), accessible)
            self.fields[field] = edit
            layout.addRow(tr(label), edit)
            self.chain.append(edit)
            if field == "doc_type":
                layout.addRow(tr("&Classification"), self._classification_box())
                layout.addRow(tr("Lan&guage"), self._language_box())
                layout.addRow(tr("Contents"), self._contents_box())
                self.date = DateField(self.document)
                date_label = QLabel(tr("&Date"))
                date_label.setBuddy(self.date.edit)
                layout.addRow(date_label, self.date)
                self.chain += [self.classification, self.language, self.contents,
                               self.date.edit, self.date.pick]
        self._add_letter_fields(layout)
        self.fields["title"].setPlaceholderText(tr("Every briefing needs a title"))
        self.fields["title"].textChanged.connect(self._mark_empty_title)
        self._mark_empty_title()
        self.listen(document.metaChanged, self._meta_changed)

    def _add_letter_fields(self, layout: QFormLayout) -> None:
        """What a letter opens and ends with; empty fields print nothing."""
        layout.addRow(QLabel("<b>" + tr("Letter") + "</b>"))
        self.lists: dict[str, RowsField] = {}
        for field, label, line_name in LIST_FIELDS:
            rows = RowsField(self.document, field, line_name, LIST_TEXTS[field])
            rows.setToolTip(tr(LIST_TIPS[field]))
            rows.rowsRebuilt.connect(lambda: set_tab_order(self.focus_chain()))
            self.lists[field] = rows
            caption = QLabel(tr(label))
            caption.setBuddy(rows.add)
            layout.addRow(caption, rows)
            self.chain.append(rows)
            if field == "heading_lines":
                for name, signatory_label, accessible in SIGNATORY_FIELDS:
                    edit = BoundLineEdit(self.document,
                                         TextTarget("meta", name=f"signatory.{name}"), accessible)
                    self.fields[f"signatory.{name}"] = edit
                    layout.addRow(tr(signatory_label), edit)
                    self.chain.append(edit)
        self.fields["signatory.on_behalf_of"].setPlaceholderText(
            tr("Whom the signatory signs for: the Minister (\"Bakan a.\" in Turkish)"))

    def _classification_box(self) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.setAccessibleName("Classification")
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItem("")
        for scheme in schemes().values():
            box.addItems([level.name for level in scheme.levels])
        box.setCurrentText(self.document.briefing.meta.classification)
        leave_window_keys(box)  # the focus is on the box, which hands keys to its line edit
        self.listen(box.currentTextChanged, lambda text: self.document.set_text(
            TextTarget("meta", name="classification"), text))
        self.classification = box
        return box

    def _language_box(self) -> QComboBox:
        """The document's language, which picks the words its outputs print; the first
        choice leaves it to the house style."""
        box = QComboBox()
        box.setAccessibleName("Language")
        box.setToolTip(tr("The language of the document: its outputs print their words "
                          "(priorities, labels, page numbers) in it"))
        box.addItem(tr("The house style's"), "")
        for language in languages().values():
            box.addItem(f"{language.name} ({language.tag})", language.tag)
        self.language = box
        self._show_language()
        self.listen(box.activated, lambda _row: self.document.set_text(
            TextTarget("meta", name="language"), box.currentData()))
        return box

    def _contents_box(self) -> QComboBox:
        """Whether the outputs print a table of contents after the title block."""
        box = QComboBox()
        box.setAccessibleName("Contents")
        box.setToolTip(tr("A table of contents after the title block: automatic prints one "
                          "from {sections} headings or {pages} pages on").format(
            sections=CONTENTS_FROM_SECTIONS, pages=CONTENTS_FROM_PAGES))
        box.addItem(tr("Automatic"), "")
        box.addItem(tr("Always"), CONTENTS_ON)
        box.addItem(tr("Never"), CONTENTS_OFF)
        self.contents = box
        self._show_contents()
        self.listen(box.activated, lambda _row: self.document.set_text(
            TextTarget("meta", name="contents"), box.currentData()))
        return box

    def _show_contents(self) -> None:
        self.contents.setCurrentIndex(
            max(0, self.contents.findData(self.document.briefing.meta.contents)))

    def _show_language(self) -> None:
        tag = self.document.briefing.meta.language
        if self.language.findData(tag) < 0:  # a tag we have no words for ("de-AT")
            self.language.addItem(tag, tag)
        self.language.setCurrentIndex(self.language.findData(tag))

    def first_field(self) -> QWidget:
        return self.fields["title"]

    def focus_chain(self) -> list[QWidget]:
        return [widget for item in self.chain for widget in (
            item.focus_chain() if isinstance(item, RowsField) else [item])]

    def place_of(self, widget: QWidget) -> str | None:
        """Where the field prints: the signature and the lists after it at the end of
        the body, everything else in the title block at the top of the first page."""
        name = next((rows.name for rows in self.lists.values() if rows.isAncestorOf(widget)),
                    getattr(getattr(widget, "target", None), "name", ""))
        if name.startswith("signatory.") or name in ("attachments", "distribution"):
            return END_MATTER_PLACE
        return None

    def _meta_changed(self, field: str) -> None:
        if field in self.fields:
            self.fields[field].refresh()
        elif field == "classification":
            value = self.document.briefing.meta.classification
            if self.classification.currentText() != value:
                self.classification.blockSignals(True)
                self.classification.setCurrentText(value)
                self.classification.blockSignals(False)
        elif field == "date":
            self.date.refresh()
        elif field == "language":
            self._show_language()
        elif field == "contents":
            self._show_contents()

    def _mark_empty_title(self) -> None:
        empty = not self.fields["title"].text().strip()
        mark_problem(self.fields["title"], tr("The title is empty") if empty else "")
