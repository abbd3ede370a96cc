"""The main window under test, with settings kept apart from the user's."""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from briefing_studio import fileformat
from briefing_studio.gui.main_window import MainWindow
from briefing_studio.gui.settings import Settings
from briefing_studio.gui.spelling import spell_service
from briefing_studio.media import checked
from briefing_studio.model import (
    Briefing,
    Bullet,
    BulletList,
    Figure,
    Metadata,
    Paragraph,
    Section,
    Signatory,
    Table,
)
from tests.figure_fixtures import png
from tests.gui.support import SAMPLE


@pytest.fixture
def window(qtbot, tmp_path):
    """The main window on the bundled sample, with settings kept in tmp_path."""
    QCoreApplication.setOrganizationName("Briefing Studio Tests")
    QCoreApplication.setApplicationName("Briefing Studio Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    # The words a test adds to the dictionary are its own.
    spell_service().set_personal_folder(tmp_path / "dictionaries")
    main = MainWindow(Settings(), recovery_folder=tmp_path / "recovery")
    assert main.open_path(SAMPLE, ask=False)
    main.show()
    yield main
    # Closing a window with unsaved changes asks in a modal dialog; tests leave quietly.
    main.document.undo_stack.setClean()
    main.close()
    main.deleteLater()


@pytest.fixture
def letter(tmp_path):
    """A Turkish letter with a block of every kind and the end matter filled in."""
    media = checked(png(40, 30), "image/png")
    briefing = Briefing(meta=Metadata(title="Sınır", language="tr-TR",
                                      signatory=Signatory(name="Ayşe KARACA"),
                                      attachments=["Gündem"]),
                        sections=[Section("Görüşme", [
                            Paragraph("Heyet toplandı."),
                            BulletList(items=[Bullet(text="Kapılar")]),
                            Table(header=["Heyet", "Görev"], rows=[["Ankara", "Başkan"]]),
                            Figure(media=media.key, alt="Harita")])],
                        media={media.key: media})
    path = tmp_path / "mektup.briefing"
    fileformat.save(briefing, path)
    return path
