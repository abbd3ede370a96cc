"""File ▸ Print, Help ▸ Keyboard shortcuts and Help ▸ User guide."""

import copy
import dataclasses
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
)

from briefing_studio import fileformat
from briefing_studio.gui.help import (
    ShortcutsDialog,
    UserGuideDialog,
    UserGuideError,
    editor_keys,
    shortcut_groups,
    user_guide_markdown,
)
from briefing_studio.gui.printing import PrintError, briefing_pdf, print_briefing, print_pdf
from briefing_studio.options import ExportOptions
from briefing_studio.resources import readme_path
from briefing_studio.style import load_style
from tests.gui.support import SAMPLE
from tests.pdf_reading import ink_share, needs_poppler

PROJECT = Path(__file__).parents[2]


@pytest.fixture
def long_briefing():
    """The sample three times over: five pages."""
    briefing = fileformat.load(SAMPLE)
    briefing.sections += copy.deepcopy(briefing.sections) + copy.deepcopy(briefing.sections)
    return briefing


def pdf_printer(path: Path, dpi: int = 150) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)  # enough to compare pages, and quick
    return printer


def gray_pixels(path: Path, page: int) -> bytes:
    pgm = subprocess.run(["pdftoppm", "-gray", "-r", "20", "-f", str(page), "-l", str(page),
                          str(path)], capture_output=True, check=True).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
    return pgm[header.end():]


def difference(a: bytes, b: bytes) -> float:
    """The mean difference of two renderings of the same size, 0 (same) to 255."""
    assert len(a) == len(b)
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def source_page_of(printed: Path, page: int, source: Path) -> int:
    """The page of ``source`` that printed page ``page`` shows: the closest rendering,
    and close in itself (a rasterised page never matches a drawn one pixel for pixel:
    about 10 here, against 25 for a different page)."""
    shown = gray_pixels(printed, page)
    differences = [difference(shown, gray_pixels(source, candidate))
                   for candidate in range(1, len(PdfReader(source).pages) + 1)]
    closest = min(range(len(differences)), key=differences.__getitem__)
    assert differences[closest] < 16, differences
    return closest + 1


@pytest.fixture
def modal(qtbot):
    """``modal(act)`` runs ``act`` on the next modal dialog. Any other modal dialog is
    closed and recorded in ``modal.unexpected``, so that a test fails instead of waiting
    for ever."""
    pending: list = []
    unexpected: list[str] = []

    def watch():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if not pending:
            said = dialog.text() if isinstance(dialog, QMessageBox) else ""
            unexpected.append(f"{dialog.windowTitle()}: {said}")
            dialog.close()
            return
        try:
            pending.pop(0)(dialog)
        except BaseException as error:
            unexpected.append(f"{dialog.windowTitle()}: {error!r}")
            dialog.close()

    timer = QTimer(interval=100)
    timer.timeout.connect(watch)
    timer.start()

    def answer(act) -> None:
        pending.append(act)

    answer.unexpected = unexpected
    yield answer
    timer.stop()


def button(dialog, text: str):
    found = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert found, f"no button {text!r}"
    return found[0]


def retype(qtbot, field, text: str) -> None:
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


# ------------------------------------------------------------ printing


@needs_poppler
def test_printing_to_a_file_gives_every_page_as_the_preview_draws_it(qtbot, tmp_path,
                                                                     long_briefing):
    source = tmp_path / "source.pdf"
    source.write_bytes(briefing_pdf(long_briefing, ExportOptions()))
    printed = tmp_path / "printed.pdf"

    count = print_pdf(source.read_bytes(), pdf_printer(printed))

    pages = len(PdfReader(source).pages)
    assert pages >= 4
    assert count == pages
    reader = PdfReader(printed)
    assert len(reader.pages) == pages
    assert all(list(page.images) for page in reader.pages)
    for page in range(1, pages + 1):
        assert ink_share(printed, page) > 0.01
        assert source_page_of(printed, page, source) == page


@needs_poppler
def test_a_page_range_prints_only_those_pages(qtbot, tmp_path, long_briefing):
    source = tmp_path / "source.pdf"
    source.write_bytes(briefing_pdf(long_briefing, ExportOptions()))
    printed = tmp_path / "printed.pdf"
    printer = pdf_printer(printed)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)

    assert print_pdf(source.read_bytes(), printer) == 2

    assert len(PdfReader(printed).pages) == 2
    assert [source_page_of(printed, page, source) for page in (1, 2)] == [2, 3]


def test_a_file_that_cannot_be_written_is_a_print_error(qtbot, tmp_path, long_briefing):
    pdf = briefing_pdf(long_briefing, ExportOptions())
    printer = pdf_printer(tmp_path / "no such folder" / "printed.pdf")

    with pytest.raises(PrintError, match="cannot be written"):
        print_pdf(pdf, printer)


def test_the_print_dialog_prints_the_chosen_pages_to_a_file(qtbot, modal, tmp_path,
                                                            long_briefing):
    printed = tmp_path / "printed.pdf"

    def choose_pages_and_print(dialog):
        retype(qtbot, dialog.findChild(QLineEdit, "filename"), str(printed))
        qtbot.mouseClick(button(dialog, "Options >>"), Qt.MouseButton.LeftButton)
        pages_from = [r for r in dialog.findChildren(QRadioButton) if r.text() == "Pages from"]
        qtbot.mouseClick(pages_from[0], Qt.MouseButton.LeftButton)
        retype(qtbot, dialog.findChild(QSpinBox, "to"), "3")
        retype(qtbot, dialog.findChild(QSpinBox, "from"), "2")
        qtbot.mouseClick(button(dialog, "Print"), Qt.MouseButton.LeftButton)

    modal(choose_pages_and_print)
    result = print_briefing(None, long_briefing, ExportOptions())

    assert not modal.unexpected
    assert result is True
    assert len(PdfReader(printed).pages) == 2


def test_cancelling_the_print_dialog_prints_nothing(qtbot, modal, tmp_path, long_briefing):
    printed = tmp_path / "printed.pdf"

    def cancel(dialog):
        retype(qtbot, dialog.findChild(QLineEdit, "filename"), str(printed))
        qtbot.mouseClick(button(dialog, "Cancel"), Qt.MouseButton.LeftButton)

    modal(cancel)
    assert print_briefing(None, long_briefing, ExportOptions()) is False
    assert not modal.unexpected
    assert not printed.exists()


def test_a_briefing_that_cannot_be_laid_out_is_told_in_one_line(qtbot, modal, long_briefing):
    style = load_style()
    # Margins wider than the page: the PDF cannot be laid out at all.
    style = dataclasses.replace(style, margins=dataclasses.replace(style.margins, left=120,
                                                                   right=120))
    told: list[str] = []

    def read_and_close(box):
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    modal(read_and_close)
    assert print_briefing(None, long_briefing, ExportOptions(style=style)) is False

    assert not modal.unexpected
    assert len(told) == 1
    assert told[0].startswith("The briefing cannot be printed: ")
    assert "\n" not in told[0]
    assert "Traceback" not in told[0]


# ------------------------------------------------------------ keyboard shortcuts


def rows(dialog: ShortcutsDialog) -> dict[str, list[tuple[str, str]]]:
    tree = dialog.table
    shown = {}
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        shown[group.text(0)] = [(group.child(r).text(0), group.child(r).text(1))
                                for r in range(group.childCount())]
    return shown


def test_the_shortcuts_dialog_lists_every_command_with_a_key_by_menu(qtbot):
    bar = QMenuBar()
    qtbot.addWidget(bar)
    file_menu = bar.addMenu("&File")
    new_menu = file_menu.addMenu("&New")
    new_menu.addAction("&Briefing Note").setShortcut(QKeySequence("Ctrl+N"))
    new_menu.addAction("&Blank")  # no key: not listed
    file_menu.addSeparator()
    file_menu.addAction("Save &As...").setShortcut(QKeySequence("Ctrl+Shift+S"))
    edit_menu = bar.addMenu("&Edit")
    redo = QAction("&Redo", bar)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addAction(redo)
    bar.addMenu("&View").addAction("Go to &outline")  # a menu without keys is left out
    extra = [("Enter on the last bullet", "Add a bullet"), ("Ctrl+V in a table", "Paste cells")]

    dialog = ShortcutsDialog(shortcut_groups(bar), extra)
    qtbot.addWidget(dialog)

    assert dialog.table.accessibleName() == "Keyboard shortcuts"
    assert rows(dialog) == {
        "File": [("Briefing Note", "Ctrl+N"), ("Save As", "Ctrl+Shift+S")],
        "Edit": [("Redo", "Ctrl+Shift+Z, Ctrl+Y")],
        "In the editors": [("Add a bullet", "Enter on the last bullet"),
                           ("Paste cells", "Ctrl+V in a table")],
    }


def test_the_shortcuts_dialog_shows_the_main_windows_keys(qtbot, window):
    dialog = ShortcutsDialog(shortcut_groups(window.menuBar()), editor_keys(), window)
    qtbot.addWidget(dialog)

    shown = rows(dialog)
    assert ("Export PDF", "Ctrl+Shift+E") in shown["File"]
    assert ("Add section", "Ctrl+Shift+N") in shown["Section"]
    assert ("Add a bullet and type it", "Enter on or in the last bullet") in shown["In the editors"]
    # The keys a screen-reader user moves by, which no menu shows.
    assert ("Rename the column", "Up on a table's first row, F2 on a heading, or double-click it"
            ) in shown["In the editors"]
    assert ("The field's menu: spelling suggestions, its language",
            "Shift+F10 or the Menu key") in shown["In the editors"]
    assert ("Bold", "Ctrl+B") in shown["Edit"]
    keys = dict(shown["Edit"] + shown["File"])
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(keys["Redo"].split(", "))
    assert "Ctrl+W" in keys["Close"].split(", ") and "Ctrl+Q" in keys["Quit"].split(", ")
    assert "Ctrl+P" in keys["Print"].split(", ")
    # Keys of special keyboards (Undo, F14) are not what anybody looks for.
    assert all("Undo" not in k and "F14" not in k for k in keys["Undo"].split(", "))


def test_escape_and_close_close_the_shortcuts_dialog(qtbot):
    dialog = ShortcutsDialog([], editor_keys())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    dialog.show()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


# ------------------------------------------------------------ user guide


def headings(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.append(block.text())
        block = block.next()
    return found


def test_the_user_guide_shows_the_readmes_user_sections_and_screenshot(qtbot):
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)

    shown = headings(dialog.browser.document())
    assert shown[0] == "The desktop app"
    assert shown.index("With a screen reader") < shown.index("Command line")
    assert "House styles" in shown
    for developer_part in ("Set-up", "The .briefing file", "Speed", "Project layout"):
        assert developer_part not in shown
    text = dialog.browser.toPlainText()
    assert "document outline" in text
    assert "Project layout" not in text
    image = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                               "docs/main-window-section.png")
    assert image is not None and not image.isNull()


def test_find_in_the_user_guide_selects_the_next_match(qtbot):
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.search, "recovery file")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    first = dialog.browser.textCursor()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    second = dialog.browser.textCursor()

    assert first.selectedText().lower() == "recovery file"
    assert second.selectedText().lower() == "recovery file"
    assert second.position() > first.position()
    assert dialog.search_result.text() == ""
    # Past the last match, the search goes round to the first one.
    for _ in range(dialog.browser.toPlainText().lower().count("recovery file") - 1):
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.browser.textCursor().position() == first.position()

    qtbot.keyClick(dialog.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.search, "no such words in the guide")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.search_result.text() == "Not found"


def test_a_missing_readme_is_told_not_a_crash(qtbot, tmp_path):
    missing = tmp_path / "README.md"
    with pytest.raises(UserGuideError, match=r"README\.md: cannot be read"):
        user_guide_markdown(missing)

    dialog = UserGuideDialog(readme=missing)
    qtbot.addWidget(dialog)
    assert dialog.browser.toPlainText().startswith("The user guide cannot be shown.")
    assert str(missing) in dialog.browser.toPlainText()


def test_a_readme_without_the_guide_names_the_missing_section(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# Tool\n\n## The desktop app\n\nText.\n\n```\n## Command line\n```\n",
                      encoding="utf-8")
    with pytest.raises(UserGuideError, match="has no section '## Command line'"):
        user_guide_markdown(readme)


def test_a_screenshot_left_out_of_the_install_is_left_out_of_the_guide(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text((PROJECT / "README.md").read_text(encoding="utf-8"), encoding="utf-8")
    guide = user_guide_markdown(readme)
    assert "docs/main-window-section.png" not in guide
    assert guide.startswith("## The desktop app\n")


def test_the_readme_is_found_in_a_checkout():
    assert readme_path() == PROJECT / "README.md"


def test_the_wheel_carries_the_user_guide_and_its_screenshot(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                            str(tmp_path / "dist"), str(PROJECT)], capture_output=True, text=True)
    if built.returncode != 0 and "hatchling" in built.stderr and "No matching" in built.stderr:
        pytest.skip("the wheel cannot be built here: pip cannot get hatchling")
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("briefing_studio-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "installed")
    assert "briefing_studio/README.md" in names
    assert "briefing_studio/docs/main-window-section.png" in names

    # Installed, the package finds its own README and the screenshot beside it.
    found = subprocess.run(
        [sys.executable, "-c", "from briefing_studio.resources import readme_path;"
         "from briefing_studio.gui.help import user_guide_markdown;"
         "print(readme_path()); print(user_guide_markdown(readme_path()))"],
        capture_output=True, text=True, check=True, cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "installed"), "PATH": ""})
    first_line, guide = found.stdout.split("\n", 1)
    assert Path(first_line) == tmp_path / "installed" / "briefing_studio" / "README.md"
    assert "](docs/main-window-section.png)" in guide
