"""The app as a screen reader hears it, read through Qt's accessibility interfaces (what
the AT-SPI bridge hands to Orca)."""

import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QMenu,
    QToolButton,
    QWidget,
)

from briefing_studio import fileformat
from briefing_studio.gui.dialogs import PreferencesDialog
from briefing_studio.gui.spelling import spell_service
from briefing_studio.media import checked
from briefing_studio.model import (
    Briefing,
    Bullet,
    BulletList,
    Figure,
    Metadata,
    Paragraph,
    Priority,
    Section,
    Table,
)
from tests.figure_fixtures import png
from tests.gui.support import (
    click_cell,
    double_click_heading,
    focused,
    named,
    select_section,
    shown_dialog,
    type_text,
    when_shown,
)
from tests.gui.test_turkish_interface import open_dialog


def accessible_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_an_open_menu_is_announced_by_its_title(window, qtbot):
    menus = {menu.title().replace("&", ""): accessible_name(menu)
             for menu in window.menuBar().findChildren(QMenu) if menu.title()}
    assert menus == {name: name for name in ("File", "New", "Open Recent", "Edit", "Section",
                                             "Insert", "Tools", "View", "Help")}


def test_ctrl_comma_opens_the_preferences(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen = []

    def answer(dialog: PreferencesDialog) -> None:
        seen.append(dialog)
        dialog.reject()

    when_shown(lambda: shown_dialog(PreferencesDialog), answer)
    qtbot.keyClick(window.outline, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+, opened no Preferences"


def test_a_table_is_described_by_its_caption_as_it_is_typed(window, qtbot):
    heading = next(s.heading for s in window.document.sections
                   if any(type(b).__name__ == "Table" for b in s.blocks))
    select_section(window, heading)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table, caption = named(window, "Table"), named(window, "Table caption")
    qtbot.mouseClick(caption, Qt.MouseButton.LeftButton)
    qtbot.keyClick(caption, Qt.Key.Key_End)
    type_text(qtbot, " (2026)")
    interface = QAccessible.queryAccessibleInterface(table)
    assert interface.text(QAccessible.Text.Description) == caption.text()
    assert caption.text().endswith(" (2026)")


def test_each_blocks_panel_and_buttons_say_which_block(window, qtbot, tmp_path):
    path = tmp_path / "blocks.briefing"
    fileformat.save(Briefing(meta=Metadata(title="Talks"), sections=[Section("Water", [
        Paragraph("One."), BulletList(items=[Bullet(text="A")]), Paragraph("Two."),
        Table(caption="Delegations", header=["Name"], rows=[["Ankara"]])])]), path)
    assert window.open_path(path, ask=False)
    select_section(window, "Water")
    panels = [frame for frame in window.current_editor.frames]
    assert [accessible_name(frame) for frame in panels] == [
        "Paragraph 1", "Bullet list 1", "Paragraph 2", "Table 1: Delegations"]
    removers = [button for button in window.current_editor.findChildren(QToolButton)
                if button.accessibleName() == "Remove block"]
    told = {QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Description)
            for button in removers}
    assert len(removers) == 4 and len(told) == 4  # four buttons, four blocks told apart


# ---------------------------------------------------------------- table headings


def delegations(window, tmp_path) -> None:
    path = tmp_path / "delegations.briefing"
    fileformat.save(Briefing(meta=Metadata(title="Talks"), sections=[Section("Who", [
        BulletList(items=[Bullet(text="Arrive"), Bullet(text="Sign"), Bullet(text="Leave")]),
        Table(caption="Delegations", header=["Delegation", "Role", "Focus Area"],
              rows=[["Türkiye", "Lead Negotiator", "Dams"],
                    ["Iraq", "Observer", "Quotas"]])])]), path)
    assert window.open_path(path, ask=False)
    select_section(window, "Who")


def cells_heard(view) -> dict[str, tuple[list[str], list[str]]]:
    """Each cell's text, with the column and row headers a screen reader gives it."""
    table = QAccessible.queryAccessibleInterface(view)
    heard = {}
    for number in range(table.childCount()):
        child = table.child(number)
        cell = child.tableCellInterface()
        if child.role() == QAccessible.Role.Cell and cell is not None:
            heard[child.text(QAccessible.Text.Name)] = (
                [h.text(QAccessible.Text.Name) for h in cell.columnHeaderCells()],
                [h.text(QAccessible.Text.Name) for h in cell.rowHeaderCells()])
    return heard


def test_a_cell_is_heard_with_its_columns_real_heading_and_its_row_number(
        window, qtbot, tmp_path):
    delegations(window, tmp_path)
    heard = cells_heard(named(window, "Table"))
    assert heard["Lead Negotiator"] == (["Role"], ["Row 1"])
    assert heard["Quotas"] == (["Focus Area"], ["Row 2"])
    assert "Delegation" not in heard  # the heading row is no row of cells


def test_each_bullet_is_heard_by_its_number(window, qtbot, tmp_path):
    delegations(window, tmp_path)
    heard = cells_heard(named(window, "Bullets"))
    assert heard["Sign"] == (["Text"], ["Bullet 2"])
    assert heard["Leave"][1] == ["Bullet 3"]


def test_a_double_click_on_a_heading_renames_the_column_in_one_undo_step(
        window, qtbot, tmp_path):
    delegations(window, tmp_path)
    table = named(window, "Table")
    field = double_click_heading(qtbot, table, 1)
    assert field.text() == "Role"
    qtbot.keyClicks(field, " in talks")
    assert window.document.sections[0].blocks[1].header[1] == "Role in talks"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert focused() is table and table.currentIndex().column() == 1
    assert cells_heard(table)["Lead Negotiator"][0] == ["Role in talks"]
    window.undo_action.trigger()
    assert window.document.sections[0].blocks[1].header[1] == "Role"
    assert cells_heard(table)["Lead Negotiator"][0] == ["Role"]


def test_the_keyboard_reaches_a_heading_from_the_first_row_and_goes_back(
        window, qtbot, tmp_path):
    delegations(window, tmp_path)
    table = named(window, "Table")
    click_cell(qtbot, table, 0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    field = focused()
    assert field.accessibleName() == "Column heading"
    assert QAccessible.queryAccessibleInterface(field).text(
        QAccessible.Text.Description) == "Column 3 of 3"
    type_text(qtbot, " ve su")
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # the typing is kept, as in a cell
    assert window.document.sections[0].blocks[1].header[2] == "Focus Area ve su"
    assert focused() is table and table.currentIndex().row() == 0


def test_f2_on_a_clicked_heading_renames_it(window, qtbot, tmp_path):
    delegations(window, tmp_path)
    table = named(window, "Table")
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2))
    assert focused() is header
    qtbot.keyClick(header, Qt.Key.Key_F2)
    field = focused()
    field.selectAll()
    qtbot.keyClicks(field, "Party")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert window.document.sections[0].blocks[1].header[0] == "Party"
    assert focused() is named(window, "Add row")


# ---------------------------------------------------------------- the whole tree

Role = QAccessible.Role
CONTROLS = {Role.EditableText, Role.ComboBox, Role.PushButton, Role.CheckBox, Role.SpinBox,
            Role.Table, Role.Tree, Role.List, Role.RadioButton, Role.Slider, Role.ButtonMenu,
            Role.ButtonDropDown, Role.PageTab}
# The editor's states: Document info, a plain section, a section with bullets and a table.
STATES = {"info": 0, "plain section": 1, "bullets and a table": 4}
PROMISED = ("Document outline", "Title", "Classification", "Reference", "Date",
            "Prepared for", "Prepared by", "Section heading", "Paragraph text", "Bullets",
            "Bullet priority", "Table", "Preview")


def heard(interface) -> list:
    """The tree under ``interface`` as the bridge walks it, without a table's cells."""
    found = [interface]
    for number in range(interface.childCount()):
        child = interface.child(number)
        if child is not None and child.isValid() and not child.state().invisible \
                and child.role() not in (Role.Cell, Role.ColumnHeader, Role.RowHeader):
            found += heard(child)
    return found


def controls(window) -> list:
    """Every visible control a user can reach, as a screen reader hears it."""
    return [each for each in heard(QAccessible.queryAccessibleInterface(window))
            if each.role() in CONTROLS and each.state().focusable
            and each.parent().role() != Role.ComboBox]  # a box's line edit is the box


def name_of(interface) -> str:
    return interface.text(QAccessible.Text.Name)


def panel_of(interface) -> str:
    """The name of the nearest named panel around a control ("Paragraph 2")."""
    parent = interface.parent()
    while parent is not None and parent.isValid():
        if parent.role() in (Role.Pane, Role.Grouping) and name_of(parent):
            return name_of(parent)
        parent = parent.parent()
    return ""


def show_state(window, qtbot, state: str) -> None:
    window.select_row(STATES[state])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.mark.parametrize("state", STATES)
def test_every_control_is_named_and_told_apart_from_its_siblings(window, qtbot, state):
    show_state(window, qtbot, state)
    found = controls(window)
    assert found
    unnamed = [(each.role().name, type(each.object()).__name__) for each in found
               if not name_of(each).strip()]
    assert unnamed == []
    # Two controls of one name are told apart by their description or their panel.
    told = [(name_of(each), each.text(QAccessible.Text.Description), panel_of(each))
            for each in found]
    assert [t for t in told if told.count(t) > 1] == []


def test_the_promised_names_are_each_found(window, qtbot):
    names = set()
    for state in STATES:
        show_state(window, qtbot, state)
        names |= {name_of(each) for each in heard(QAccessible.queryAccessibleInterface(window))}
    assert [name for name in PROMISED if name not in names] == []


@pytest.mark.parametrize("state", STATES)
def test_no_name_changes_when_its_control_changes_value(window, qtbot, state):
    show_state(window, qtbot, state)
    for each in controls(window):
        widget = each.object()
        if each.role() not in (Role.ComboBox, Role.CheckBox, Role.SpinBox, Role.EditableText) \
                or not widget.isEnabled():
            continue
        before = name_of(each)
        widget.setFocus()
        key = {Role.ComboBox: Qt.Key.Key_Down, Role.CheckBox: Qt.Key.Key_Space,
               Role.SpinBox: Qt.Key.Key_Up}.get(each.role(), Qt.Key.Key_X)
        qtbot.keyClick(QApplication.focusWidget(), key)
        changed = QAccessible.queryAccessibleInterface(widget)
        assert name_of(changed) == before, f"{before!r} became {name_of(changed)!r}"
        assert not QApplication.activePopupWidget(), "a closed box opened its list"


def test_a_combo_box_is_heard_by_its_purpose_with_its_choice_as_value(window, qtbot):
    show_state(window, qtbot, "info")
    box = named(window, "Classification")
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    box.lineEdit().selectAll()
    type_text(qtbot, "HİZMETE ÖZEL")
    interface = QAccessible.queryAccessibleInterface(box)
    assert (name_of(interface), interface.text(QAccessible.Text.Value)) == (
        "Classification", "HİZMETE ÖZEL")
    # The focus is in the box's line edit: it is named too.
    assert name_of(QAccessible.queryAccessibleInterface(focused())) == "Classification" \
        or name_of(QAccessible.queryAccessibleInterface(box.lineEdit())) == "Classification"
    # Its choice heads its description, which a screen reader reads after its role.
    assert interface.text(QAccessible.Text.Description).startswith("HİZMETE ÖZEL")
    # The closed list of choices is no child that claims to be showing.
    children = [interface.child(n) for n in range(interface.childCount())]
    assert all(child.role() != Role.List for child in children)
    assert not interface.state().expanded


@pytest.mark.parametrize("state", STATES)
def test_each_tab_press_lands_on_a_named_visible_control(window, qtbot, state):
    show_state(window, qtbot, state)
    window.outline.setFocus()
    seen = []
    for _ in range(60):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        widget = focused()
        interface = QAccessible.queryAccessibleInterface(widget)
        told = interface.focusChild() or interface
        assert widget.isVisible() and name_of(told).strip(), \
            f"Tab fell silent on {type(widget).__name__} after {seen[-3:]}"
        seen.append(name_of(interface))
        if widget is window.outline:
            break
    assert seen[-1] == "Document outline", "Tab never came round to the outline"
    assert len(seen) > 5


# ---------------------------------------------------------------- keys and themes


def test_alt_down_in_the_date_opens_the_calendar_and_enter_takes_a_day(window, qtbot):
    show_state(window, qtbot, "info")
    date = named(window, "Date")
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton)
    before = window.document.briefing.meta.date

    def in_the_calendar() -> QWidget | None:
        widget = QApplication.focusWidget()
        return widget if widget is not None and any(
            isinstance(each, QCalendarWidget) for each in (widget, widget.parentWidget())) \
            else None

    def pick(calendar: QWidget) -> None:
        qtbot.keyClick(calendar, Qt.Key.Key_Right)  # the next day
        qtbot.keyClick(calendar, Qt.Key.Key_Return)

    when_shown(in_the_calendar, pick)
    qtbot.keyClick(date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    after = window.document.briefing.meta.date
    assert (datetime.date.fromisoformat(after) - datetime.date.fromisoformat(before)).days == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is date)  # back where it was


def test_a_date_that_is_no_date_is_told_to_a_screen_reader(window, qtbot):
    show_state(window, qtbot, "info")
    date = named(window, "Date")
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton)
    date.selectAll()
    type_text(qtbot, "someday")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    told = QAccessible.queryAccessibleInterface(date).text(QAccessible.Text.Description)
    assert told.startswith("“someday” is not a date")
    assert [mark for mark in date.actions() if mark.isVisible()]


def test_shift_f10_opens_the_fields_menu_with_its_spelling_suggestions(window, qtbot):
    show_state(window, qtbot, "info")
    title = named(window, "Title")
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    title.selectAll()
    type_text(qtbot, "Goverment talks")
    title.setCursorPosition(2)  # in the misspelt word
    spell_service().wait("en-GB")
    menus = []

    def look(menu: QMenu) -> None:
        menus.append([action.text() for action in menu.actions()])
        menu.close()

    when_shown(lambda: menu if isinstance(menu := QApplication.activePopupWidget(), QMenu)
               else None, look)
    qtbot.keyClick(title, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert menus and "Government" in menus[0]


@pytest.fixture
def high_contrast(qtbot):
    """The desktop's high-contrast theme and large print, as Qt hands them to the app."""
    app = QApplication.instance()
    palette, font = app.palette(), app.font()
    contrast = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#000000"),
                         (QPalette.ColorRole.WindowText, "#FFFFFF"),
                         (QPalette.ColorRole.Base, "#000000"),
                         (QPalette.ColorRole.AlternateBase, "#202020"),
                         (QPalette.ColorRole.Text, "#FFFFFF"),
                         (QPalette.ColorRole.PlaceholderText, "#C0C0C0"),
                         (QPalette.ColorRole.Link, "#FFFF00"),
                         (QPalette.ColorRole.Button, "#000000"),
                         (QPalette.ColorRole.ButtonText, "#FFFFFF"),
                         (QPalette.ColorRole.Highlight, "#1AEBFF"),
                         (QPalette.ColorRole.HighlightedText, "#000000")):
        contrast.setColor(role, QColor(colour))
    large = QFont(font)
    large.setPointSizeF(font.pointSizeF() * 2)
    app.setPalette(contrast)
    app.setFont(large)
    yield contrast, large
    app.setPalette(palette)
    app.setFont(font)


def test_the_editors_take_the_desktops_high_contrast_theme_and_large_print(
        high_contrast, window, qtbot, tmp_path):
    contrast, large = high_contrast
    path = tmp_path / "themed.briefing"
    media = checked(png(300, 200), "image/png")
    fileformat.save(Briefing(meta=Metadata(title=""), sections=[Section("Water", [
        Paragraph("The **dam** holds^[Since 2019.]."),
        BulletList(items=[Bullet(text="Quotas", priority=Priority.HIGH)]),
        Table(header=["Party"], rows=[["Ankara"]]),
        Figure(media=media.key)])], media={media.key: media}), path)
    assert window.open_path(path, ask=False)
    for state in ("info", "Water"):
        window.select_row(0) if state == "info" else select_section(window, state)
        styled = [(w.accessibleName(), w.styleSheet()) for w in window.findChildren(QWidget)
                  if w.isVisible() and w.styleSheet()]
        assert styled == []  # no colours of our own over the theme's
    paragraph = named(window, "Paragraph text")
    block = paragraph.document().firstBlock()
    qtbot.waitUntil(lambda: bool(block.layout().formats()))  # highlighted once shown

    formats = block.layout().formats()

    def colour_at(position: int) -> QColor:
        return next(f.format for f in formats
                    if f.start <= position < f.start + f.length).foreground().color()

    assert colour_at(block.text().index("^[")) == contrast.color(QPalette.ColorRole.Link)
    assert colour_at(block.text().index("**")) == contrast.color(
        QPalette.ColorRole.PlaceholderText)
    # The priority says its word in the theme's text colour, its swatch beside it.
    bullets = named(window, "Bullets").model()
    assert bullets.index(0, 0).data() == "High"
    assert bullets.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    # Large print: rows as tall as their text, no line cut.
    table = named(window, "Table")
    line = QFontMetrics(large).height()
    assert table.rowHeight(0) >= line and table.horizontalHeader().height() >= line
    picture = named(window, "Figure image")  # the thumbnail grows with the print
    assert picture.width() >= 8 * line


def test_a_screen_reader_asking_a_combo_box_for_its_actions_can_open_it(window, qtbot):
    show_state(window, qtbot, "plain section")
    box = named(window, "Heading level")
    interface = QAccessible.queryAccessibleInterface(box)
    actions = interface.actionNames()  # what Orca asks of every combo box it meets
    assert "Show Menu" in actions
    interface.doAction("Show Menu")
    qtbot.waitUntil(box.view().isVisible)
    assert interface.state().expanded and interface.childCount() == 1
    box.hidePopup()


@pytest.mark.parametrize("which", ["preferences", "find", "spelling", "shortcuts",
                                   "export_pdf", "save question", "footnote", "recovery"])
def test_every_dialogs_controls_are_named_and_told_apart(window, letter, qtbot, which):
    assert window.open_path(letter, ask=False)
    seen: list = []

    def read_dialog(dialog: QDialog) -> None:
        found = controls(dialog)
        seen.append([(each.role().name, name_of(each),
                      each.text(QAccessible.Text.Description), panel_of(each))
                     for each in found])
        dialog.reject()

    when_shown(shown_dialog, read_dialog)
    open_dialog(qtbot, window, which)
    qtbot.waitUntil(lambda: bool(seen))
    told = seen[0]
    assert told, "the dialog has no control a screen reader reaches"
    assert [t for t in told if not t[1].strip()] == []
    assert [t for t in told if told.count(t) > 1] == []
    window.document.undo_stack.setClean()
