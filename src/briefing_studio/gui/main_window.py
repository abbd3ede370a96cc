"""The main window: the document outline beside a read-only view of the briefing."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem

from ..model import Briefing, BulletList, Paragraph, Table


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setAccessibleName("Document outline")
        self.view = QTextBrowser()
        self.view.setAccessibleName("Document")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.outline)
        splitter.addWidget(self.view)
        splitter.setSizes([260, 740])
        self.setCentralWidget(splitter)
        self.resize(1100, 760)
        self.setWindowTitle("Briefing Studio")

    def show_briefing(self, briefing: Briefing, file: Path) -> None:
        self.setWindowTitle(f"{file.name} — Briefing Studio")
        self.outline.clear()
        QTreeWidgetItem(self.outline, ["Document info"])
        for section in briefing.sections:
            QTreeWidgetItem(self.outline, [section.heading or "(Lead)"])
        self.view.setHtml(briefing_html(briefing))


def briefing_html(briefing: Briefing) -> str:
    """A plain HTML reading of the briefing for the read-only view."""
    parts = [f"<h1>{html.escape(briefing.meta.title or 'Untitled briefing')}</h1>"]
    for section in briefing.sections:
        if section.heading:
            tag = f"h{section.level + 1}"
            parts.append(f"<{tag}>{html.escape(section.heading)}</{tag}>")
        for block in section.blocks:
            match block:
                case Paragraph():
                    parts.append(f"<p>{html.escape(block.text)}</p>")
                case BulletList():
                    tag = "ol" if block.numbered else "ul"
                    items = "".join(f"<li>{_bullet_html(item)}</li>" for item in block.items)
                    parts.append(f"<{tag}>{items}</{tag}>")
                case Table():
                    parts.append(_table_html(block))
    return "\n".join(parts)


def _bullet_html(item) -> str:
    lead = f"<b>[{item.priority.word}]</b> " if item.priority.word else ""
    label = f"<b>{html.escape(item.label)}:</b> " if item.label else ""
    return lead + label + html.escape(item.text)


def _table_html(table: Table) -> str:
    head = "".join(f"<th>{html.escape(cell)}</th>" for cell in table.header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in table.rows
    )
    return f'<table border="1" cellpadding="4"><tr>{head}</tr>{body}</table>'
