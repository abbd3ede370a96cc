"""The app's words in the user's language: every visible string goes through ``tr``.

Translations are Qt's own: ``resources/translations/briefing_studio_tr.ts`` is the
source (made by ``pyside6-lupdate`` from the calls to ``tr``, and to Qt's
``QT_TRANSLATE_NOOP("", ...)`` for strings kept in constants and translated where shown,
edited in Qt Linguist or by hand), ``briefing_studio_tr.qm`` the compiled file the app
loads (``pyside6-lrelease``; committed, so that a fresh clone and a wheel have it), and
Qt's ``qtbase_tr.qm`` translates its standard dialogs and buttons. All the app's
strings share one context, the empty one, which is what lupdate gives a plain ``tr``
call; a word that must be translated two ways carries a disambiguation.

Accessible names are not translated: they are a contract with screen-reader scripts and
tests, and stay English whatever the interface language.
"""

from __future__ import annotations

import datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QMessageBox, QPushButton

from ..resources import resource_path

CONTEXT = ""
# The interface languages: a setting's value, and its name in its own words.
INTERFACE_LANGUAGES = {"": "", "en": "English", "tr": "Türkçe"}


def tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation)


def interface_language(setting: str) -> str:
    """The language the interface speaks: the user's choice, or the system's when it is
    one we have (Turkish), else English."""
    if setting in INTERFACE_LANGUAGES and setting:
        return setting
    return "tr" if QLocale.system().language() == QLocale.Language.Turkish else "en"


def install_translations(app: QCoreApplication, setting: str) -> list[QTranslator]:
    """Put the interface in the chosen language (before any window is made); the
    translators, which must live as long as the app."""
    language = interface_language(setting)
    # Dates and numbers the app formats itself follow the interface.
    QLocale.setDefault(QLocale(QLocale.Language.Turkish if language == "tr"
                               else QLocale.Language.English, QLocale.Country.AnyCountry))
    if language == "en":
        return []
    installed = []
    for name, folder in ((f"briefing_studio_{language}", str(resource_path("translations"))),
                         (f"qtbase_{language}",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def shown_language() -> str:
    """The language the interface speaks now (a primary subtag: "en", "tr")."""
    return "tr" if QLocale().language() == QLocale.Language.Turkish else "en"


def dialog_button(text: str, slot) -> QPushButton:
    """A dialog's button showing ``text`` (English, marked for lupdate) translated, and
    named by it in English; Enter in the dialog's fields does not press it."""
    button = QPushButton(tr(text))
    button.setAccessibleName(text.replace("&", ""))
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


def message_button(box: QMessageBox, text: str, accessible_name: str,
                   role: QMessageBox.ButtonRole, description: str) -> QPushButton:
    """A button of a message box: ``text`` translated already, ``accessible_name``
    English whatever the interface speaks, ``description`` what it does."""
    button = box.addButton(text, role)
    button.setAccessibleName(accessible_name)
    button.setAccessibleDescription(description)
    return button


Choice = TypeVar("Choice")


def chosen(box: QMessageBox, buttons: dict[Choice, QPushButton], otherwise: Choice) -> Choice:
    """Show ``box`` and give the choice of the button pressed; ``otherwise`` when it
    was closed another way."""
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((choice for choice, button in buttons.items() if button is clicked),
                otherwise)


def moment(when: datetime.datetime) -> str:
    """"2 December 2026 at 10:15", in the interface's language."""
    stamp = QDateTime(when)
    return tr("{date} at {time}").format(date=QLocale().toString(stamp.date(), "d MMMM yyyy"),
                                         time=QLocale().toString(stamp.time(), "HH:mm"))
