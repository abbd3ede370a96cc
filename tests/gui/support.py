"""Finding widgets the way a screen reader or a black-box test does."""

from pathlib import Path

from PySide6.QtWidgets import QWidget

from briefing_studio.gui.main_window import MainWindow

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "regional-water-talks.briefing"


def named(root: QWidget, name: str) -> QWidget:
    """The visible widget with this accessible name (the GUI's contract)."""
    found = [w for w in root.findChildren(QWidget) if w.accessibleName() == name
             and w.isVisibleTo(root)]
    assert found, f"no widget named {name!r}"
    return found[0]


def select_section(window: MainWindow, heading: str) -> None:
    index = next(i for i, s in enumerate(window.document.sections) if s.heading == heading)
    window.select_row(index + 1)
