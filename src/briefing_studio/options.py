"""What the user asks of one export: style, marking, selection, language, template."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from .model import Priority
from .style import HouseStyle, load_style


@dataclass(frozen=True)
class ExportOptions:
    style: HouseStyle = dataclasses.field(default_factory=load_style)
    classification: str | None = None  # replaces the briefing's own marking when given
    min_priority: Priority | None = None  # leave out bullets below this priority
    sort_by_priority: bool = False
    language: str | None = None  # replaces the briefing's own language when given
    docx_template: Path | None = None  # the ministry's own Word template, for DOCX
