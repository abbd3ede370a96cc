"""The user's settings (QSettings): recent files, name, default style, window layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 30


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

    @property
    def user_name(self) -> str:
        return str(self.store.value("userName", ""))

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.store.setValue("userName", value)

    @property
    def autosave_seconds(self) -> int:
        return max(1, int(self.store.value("autosaveSeconds", DEFAULT_AUTOSAVE_SECONDS)))

    @autosave_seconds.setter
    def autosave_seconds(self, value: int) -> None:
        self.store.setValue("autosaveSeconds", value)

    @property
    def docx_template(self) -> str:
        """The Word template last used for a DOCX export ("" for none)."""
        return str(self.store.value("docxTemplate", ""))

    @docx_template.setter
    def docx_template(self, value: str) -> None:
        self.store.setValue("docxTemplate", value)

    @property
    def default_style(self) -> str:
        return str(self.store.value("defaultStyle", "ministry"))

    @default_style.setter
    def default_style(self, value: str) -> None:
        self.store.setValue("defaultStyle", value)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None, QByteArray | None]:
        return (self.store.value("window/geometry"), self.store.value("window/state"),
                self.store.value("window/splitter"))

    def save_window_state(self, geometry: QByteArray, state: QByteArray,
                          splitter: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)
        self.store.setValue("window/splitter", splitter)
