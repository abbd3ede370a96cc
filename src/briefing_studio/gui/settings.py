"""The user's settings (QSettings): recent files, name, default style, interface
language, window layout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 30


class _Stored:
    """One setting, read and written through the store under ``key``."""

    def __init__(self, key: str, default: Any, read: Callable[[Any], Any]) -> None:
        self.key, self.default, self.read = key, default, read

    def __get__(self, settings: Settings, owner: type) -> Any:
        return self.read(settings.store.value(self.key, self.default))

    def __set__(self, settings: Settings, value: Any) -> None:
        settings.store.setValue(self.key, value)


class Settings:
    def __init__(self) -> None:
        self.store = QSettings()

    @property
    def recent_files(self) -> list[Path]:
        value = self.store.value("recentFiles", [])
        values = [value] if isinstance(value, str) else list(value or [])
        return [Path(v) for v in values if v]

    def add_recent(self, path: Path) -> None:
        paths = [p for p in self.recent_files if p != path.resolve()]
        paths.insert(0, path.resolve())
        self.store.setValue("recentFiles", [str(p) for p in paths[:MAX_RECENT]])

    user_name = _Stored("userName", "", str)
    default_style = _Stored("defaultStyle", "ministry", str)
    docx_template = _Stored("docxTemplate", "", str)  # the Word template last used
    autosave_seconds = _Stored("autosaveSeconds", DEFAULT_AUTOSAVE_SECONDS,
                               lambda value: max(1, int(value)))
    # Saving keeps the version it replaces, as NAME.briefing.bak beside it.
    keep_backups = _Stored("keepBackups", True, lambda value: str(value).lower() != "false")
    # "": the system's language; "en", "tr": the user's choice (i18n.INTERFACE_LANGUAGES).
    interface_language = _Stored("interfaceLanguage", "", str)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None, QByteArray | None]:
        return (self.store.value("window/geometry"), self.store.value("window/state"),
                self.store.value("window/splitter"))

    def save_window_state(self, geometry: QByteArray, state: QByteArray,
                          splitter: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)
        self.store.setValue("window/splitter", splitter)
