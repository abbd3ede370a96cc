"""The first window: the sample opens, and a bad file gives a dialog, not a crash."""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QTreeWidget

from briefing_studio.gui.app import open_into
from briefing_studio.gui.main_window import MainWindow

SAMPLE = Path(__file__).parents[1] / "resources" / "samples" / "regional-water-talks.briefing"


def test_sample_opens_with_its_outline(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    open_into(window, SAMPLE)

    outline = window.findChild(QTreeWidget)
    assert outline.accessibleName() == "Document outline"
    entries = [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]
    assert entries[0] == "Document info"
    assert "Background" in entries
    assert window.windowTitle().startswith("regional-water-talks.briefing")
    assert "Regional Water and Energy Talks" in window.view.toPlainText()


def test_unreadable_file_shows_a_dialog_and_the_window_stays(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    bad = tmp_path / "bad.briefing"
    bad.write_text("{", encoding="utf-8")

    open_into(window, bad)

    assert shown == [f"{bad}: invalid JSON at line 1, column 2: Expecting property name "
                     "enclosed in double quotes"]
    assert window.windowTitle() == "Briefing Studio"
