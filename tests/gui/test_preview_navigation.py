"""The preview's pages and zoom, and a view that follows the edit."""

import copy
import io
import time

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication

from briefing_studio import fileformat
from briefing_studio.exporters.pdf import render_pdf
from briefing_studio.gui.preview import PreviewPane
from briefing_studio.model import Briefing, Metadata, Paragraph, Section
from briefing_studio.options import ExportOptions
from briefing_studio.plan import make_plan
from tests.gui.support import click_section, named

NAMES_AND_KEYS = {"Previous page": "PgUp", "Next page": "PgDown", "Fit width": "Ctrl+0",
                  "Zoom in": "Ctrl++", "Zoom out": "Ctrl+-"}


def long_briefing(sections: int = 30) -> Briefing:
    """Some fifteen pages; every paragraph starts with a word of its own (``s7p1w0``)."""
    return Briefing(meta=Metadata(title="Long talks"), sections=[
        Section(heading=f"Part {s}", blocks=[
            Paragraph(" ".join(f"s{s}p{p}w{i}" for i in range(40 + (s * 13 + p * 29) % 90)))
            for p in range(3)])
        for s in range(sections)])


def wait_for_preview(qtbot, pane: PreviewPane) -> None:
    qtbot.waitUntil(lambda: pane.shown_generation == pane.requested_generation
                    and not pane._busy and pane.pdf.pageCount() > 0, timeout=20000)


def shown_pane(qtbot, briefing: Briefing, width: int = 520) -> PreviewPane:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(width, 760)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_briefing(briefing, ExportOptions())
    wait_for_preview(qtbot, pane)
    return pane


@pytest.fixture
def pane(qtbot):
    pane = shown_pane(qtbot, long_briefing())
    yield pane
    pane.shutdown()


def page_box_number(pane: PreviewPane) -> int:
    return named(pane, "Page").value()


def click(qtbot, pane: PreviewPane, name: str) -> None:
    qtbot.mouseClick(named(pane, name), Qt.MouseButton.LeftButton)


def zoom_percent(pane: PreviewPane) -> int:
    return int(named(pane, "Zoom level").text().split()[0])


def places_of(briefing: Briefing):
    """Where the exporter says each place starts, in the PDF the preview shows."""
    options = ExportOptions()
    return render_pdf(make_plan(briefing, options), io.BytesIO(), options.style)


def turn_wheel(pane: PreviewPane, notches: int, modifiers=Qt.KeyboardModifier.NoModifier):
    """The mouse wheel over the middle of the page, as the window system delivers it."""
    viewport = pane.view.viewport()
    where = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(where, QPointF(viewport.mapToGlobal(where.toPoint())), QPoint(),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, modifiers,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def focus_the_view(qtbot, pane: PreviewPane) -> None:
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(pane.view.hasFocus)




# ------------------------------------------------------------ the navigation bar


def test_every_control_is_named_and_its_tooltip_gives_its_shortcut(pane):
    for name, key in NAMES_AND_KEYS.items():
        control = named(pane, name)
        assert key in control.toolTip(), name
    assert named(pane, "Fit page").toolTip().startswith("Fit page")
    assert named(pane, "Page").maximum() == pane.pdf.pageCount() >= 10
    assert f"of {pane.pdf.pageCount()}" in pane.page_total.text()


def test_shortcuts_are_the_ones_the_tooltips_name(pane):
    keys = {action.text(): [k.toString() for k in action.shortcuts()]
            for action in pane.actions()}
    assert keys["Next page"] == ["PgDown"]
    assert keys["Previous page"] == ["PgUp"]
    assert QKeySequence("Ctrl++").toString() in keys["Zoom in"]
    assert QKeySequence("Ctrl+-").toString() in keys["Zoom out"]


def test_next_and_previous_page_buttons_move_the_view_a_page(pane, qtbot):
    assert page_box_number(pane) == 1
    click(qtbot, pane, "Next page")
    click(qtbot, pane, "Next page")
    assert page_box_number(pane) == 3
    assert pane.view.pageNavigator().currentPage() == 2
    click(qtbot, pane, "Previous page")
    assert page_box_number(pane) == 2


def test_typing_a_page_number_shows_that_page(pane, qtbot):
    box = named(pane, "Page")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "9")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert pane.view.pageNavigator().currentPage() == 8
    assert page_box_number(pane) == 9


def test_page_down_and_page_up_move_pages_when_the_preview_has_the_focus(pane, qtbot):
    scroll_bar = pane.view.verticalScrollBar()
    click(qtbot, pane, "Next page")
    click(qtbot, pane, "Next page")
    third_page = scroll_bar.value()
    click(qtbot, pane, "Previous page")
    click(qtbot, pane, "Previous page")
    focus_the_view(qtbot, pane)
    # A page, not the height of the view as a scroll area's own Page Down would.
    qtbot.keyClick(pane.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(pane.view, Qt.Key.Key_PageDown)
    assert scroll_bar.value() == third_page
    assert page_box_number(pane) == 3
    qtbot.keyClick(pane.view, Qt.Key.Key_PageUp)
    assert page_box_number(pane) == 2


def test_the_page_box_follows_scrolling(pane, qtbot):
    for _ in range(10):  # down through several pages
        turn_wheel(pane, -5)
    assert pane.view.verticalScrollBar().value() > 0
    qtbot.waitUntil(lambda: page_box_number(pane) > 2)
    assert page_box_number(pane) == pane.view.pageNavigator().currentPage() + 1


# ------------------------------------------------------------ zoom


def test_zoom_buttons_step_the_zoom_and_fit_width_fits_the_page_again(pane, qtbot):
    fitted = pane.view.zoomFactor()
    shown = zoom_percent(pane)
    click(qtbot, pane, "Zoom in")
    assert pane.view.zoomFactor() == pytest.approx(fitted * 1.25)
    assert zoom_percent(pane) > shown
    assert pane.view.horizontalScrollBar().maximum() > 0  # wider than the view now
    click(qtbot, pane, "Zoom out")
    click(qtbot, pane, "Zoom out")
    assert zoom_percent(pane) < shown
    click(qtbot, pane, "Fit width")
    assert pane.view.zoomFactor() == pytest.approx(fitted)
    assert pane.view.horizontalScrollBar().maximum() == 0


def test_fit_page_shows_a_whole_page(pane, qtbot):
    pane.resize(900, 760)  # so wide that a page fitted to the width is taller than the view
    click(qtbot, pane, "Fit page")
    pixels_per_point = pane.view.logicalDpiY() / 72 * pane.view.zoomFactor()
    page_height = pane.pdf.pagePointSize(0).height() * pixels_per_point
    assert page_height <= pane.view.viewport().height()
    assert page_height > pane.view.viewport().height() * 0.8


def test_ctrl_wheel_zooms_and_the_plain_wheel_scrolls(pane, qtbot):
    fitted = pane.view.zoomFactor()
    turn_wheel(pane, -2)
    assert pane.view.zoomFactor() == fitted
    turn_wheel(pane, 1, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoomFactor() == pytest.approx(fitted * 1.25)
    turn_wheel(pane, -2, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoomFactor() == pytest.approx(fitted / 1.25)


def test_ctrl_plus_and_minus_zoom_when_the_preview_has_the_focus(pane, qtbot):
    fitted = pane.view.zoomFactor()
    focus_the_view(qtbot, pane)
    qtbot.keyClick(pane.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoomFactor() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(pane.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoomFactor() == pytest.approx(fitted / 1.25)


def test_fit_width_follows_a_resize(pane, qtbot):
    narrow = pane.view.zoomFactor()
    pane.resize(700, 760)
    qtbot.waitUntil(lambda: pane.view.zoomFactor() > narrow)
    pixels_per_point = pane.view.logicalDpiX() / 72 * pane.view.zoomFactor()
    page_width = pane.pdf.pagePointSize(0).width() * pixels_per_point
    margins = pane.view.documentMargins()
    room = pane.view.viewport().width() - margins.left() - margins.right()
    assert room - 2 <= page_width <= room
    assert pane.view.horizontalScrollBar().maximum() == 0


# ------------------------------------------------------------ following the edit


def test_show_place_brings_a_block_far_down_into_view_at_once(pane):
    briefing = pane.briefing
    places = places_of(briefing)
    # One high on its page, so that the page box, which names the page across the
    # view's upper half, names the block's own page.
    third = pane.pdf.pagePointSize(0).height() / 3
    target = next(block.id for section in briefing.sections[25:] for block in section.blocks
                  if block.id in places and places[block.id].top < third)
    pane.show_place(target)
    assert page_box_number(pane) == places[target].page + 1 >= 10


def test_a_render_brings_the_edited_place_back_into_view(pane, qtbot):
    briefing = copy.deepcopy(pane.briefing)  # the same blocks, by their ids
    target = briefing.sections[27].blocks[1].id
    pane.show_place(target)
    click(qtbot, pane, "Next page")
    click(qtbot, pane, "Next page")  # the user looks elsewhere, then types on
    away = pane.view.verticalScrollBar().value()
    briefing.sections[27].blocks[1].text += " More."
    pane.show_briefing(briefing, ExportOptions())
    wait_for_preview(qtbot, pane)
    assert pane.view.verticalScrollBar().value() != away
    assert page_box_number(pane) - 1 in (places_of(briefing)[target].page,
                                         places_of(briefing)[target].page + 1)


def test_a_render_that_finds_the_place_in_view_leaves_the_view_where_the_user_put_it(pane,
                                                                                     qtbot):
    briefing = copy.deepcopy(pane.briefing)
    pane.show_place(briefing.sections[20].blocks[0].id)
    turn_wheel(pane, 1)  # a little further up; the paragraph's start is still in view
    where = pane.view.verticalScrollBar().value()
    briefing.sections[20].blocks[0].text += " More."
    pane.show_briefing(briefing, ExportOptions())
    wait_for_preview(qtbot, pane)
    assert pane.view.verticalScrollBar().value() == where


def test_typing_in_the_last_section_of_a_long_briefing_shows_its_page(window, qtbot, tmp_path):
    path = tmp_path / "long.briefing"
    fileformat.save(long_briefing(), path)
    window.resize(1280, 800)
    assert window.open_path(path, ask=False)
    preview = window.preview
    wait_for_preview(qtbot, preview)
    last = len(window.document.sections) - 1
    click_section(qtbot, window, f"Part {last}")
    paragraph = named(window, "Paragraph text")
    qtbot.mouseClick(paragraph.viewport(), Qt.MouseButton.LeftButton)  # the focus: the place
    # At the paragraph's start, on the page where the paragraph (the place) starts.
    qtbot.keyClick(paragraph, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(paragraph, "Omegaword ")
    page = places_of(window.document.briefing)[window.document.sections[last].blocks[0].id].page
    qtbot.waitUntil(lambda: preview.pdf.pageCount() > page
                    and "Omegaword" in page_text(preview, page), timeout=20000)
    wait_for_preview(qtbot, preview)
    assert page >= 10
    # The page box names the page across the view's upper half: the paragraph's, or
    # the next one when the paragraph starts low on its page.
    assert page_box_number(preview) in (page + 1, page + 2)
    top = preview.view.verticalScrollBar().value()
    assert top > 0 and top >= preview.view.verticalScrollBar().maximum() * 0.6


def page_text(pane: PreviewPane, page: int) -> str:
    return pane.pdf.getAllText(page).text()


# ------------------------------------------------------------ sharp pages


def test_pages_asked_for_before_a_resize_are_drawn_again_at_the_new_size(qtbot):
    briefing = long_briefing(4)
    reference = shown_pane(qtbot, briefing, width=600)
    qtbot.wait(1500)
    wanted = reference.view.viewport().grab().toImage()
    pane = shown_pane(qtbot, briefing, width=300)
    try:
        pane.view.viewport().repaint()  # the pages are asked for at the narrow size ...
        pane.resize(600, 760)  # ... the window gets its real size ...
        time.sleep(1.0)  # ... and the narrow pages arrive after it
        qtbot.wait(1500)
        assert pane.view.zoomFactor() == reference.view.zoomFactor()
        assert pane.view.viewport().grab().toImage() == wanted
    finally:
        for each in (pane, reference):
            each.shutdown()


def has_ink(image: QImage) -> bool:
    """Whether any text is drawn yet: a page still being rendered shows blank."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return min(bytes(grey.constBits())) < 96


def settled_image(qtbot, pane):
    """The pane as drawn once its pages stop changing: a grab taken while a page is still
    being drawn would stand for a picture the pane never keeps. A blank page can look
    steady on a loaded machine, so the grab must also show text, and hold for a second."""
    steady, image = 0, None
    for _ in range(60):
        qtbot.wait(300)
        again = pane.view.viewport().grab().toImage()
        steady = steady + 1 if again == image and has_ink(again) else 0
        if steady == 3:
            return again
        image = again
    raise AssertionError("the reference preview never settled on a drawn page")


@pytest.mark.xfail(strict=False, reason=(
    "in a full run (not alone) the swapped document's page can stay blank past 30 s: "
    "QPdfView never draws a page asked for while old images arrive; open, see the note"))
def test_a_page_image_of_the_previous_render_never_stands_for_the_new_one(qtbot):
    before = long_briefing(4)
    after = long_briefing(4)
    after.meta.title = "Quite another title"
    after.sections[0].blocks[0].text = "Rewritten from the first word. " * 20
    reference = shown_pane(qtbot, after, width=600)
    qtbot.wait(1500)
    wanted = settled_image(qtbot, reference)
    pane = shown_pane(qtbot, before, width=600)
    try:
        qtbot.wait(1500)
        buffer = io.BytesIO()
        places = render_pdf(make_plan(after, ExportOptions()), buffer, ExportOptions().style)
        pane.view.setZoomFactor(pane.view.zoomFactor() * 1.0001)  # pages asked for again
        pane.view.viewport().repaint()  # ... for the old document, still on screen ...
        pane._rendered(pane.shown_generation + 1, buffer.getvalue(), places)  # ... the new
        time.sleep(1.0)  # ... and the old images arrive after it
        # The new pages are drawn in the renderer's own time (a blank page meanwhile);
        # an old image would stand for good.
        qtbot.waitUntil(lambda: pane.view.viewport().grab().toImage() == wanted, timeout=30000)
    finally:
        for each in (pane, reference):
            each.shutdown()
