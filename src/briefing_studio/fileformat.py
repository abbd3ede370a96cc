"""The ``.briefing`` file, format 1: UTF-8 JSON with a stable key order.

Loading validates everything and reports the first problem with its place
(``sections[2].blocks[0].priority: expected high, medium, low or null``); keys this
version does not know are kept in the model's ``extra`` and written back. Saving is
atomic and gives the same bytes for the same document.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from . import atomicfile
from .errors import BriefingFileError
from .model import (
    Block,
    Briefing,
    Bullet,
    BulletList,
    Metadata,
    Paragraph,
    Priority,
    Section,
    Table,
)
from .textfile import parse_json, read_text

FORMAT_NAME = "briefing-studio"
FORMAT_VERSION = 1
SUFFIX = ".briefing"

META_KEYS = (
    "title", "subtitle", "doc_type", "classification", "reference", "date",
    "prepared_for", "prepared_by", "approved_by", "organisation", "source", "version_label",
)
HEADING_LEVELS = (1, 2, 3)
LONE_SURROGATE = re.compile("[\ud800-\udfff]")

T = TypeVar("T")


# ---------------------------------------------------------------- saving


def dumps(briefing: Briefing) -> str:
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "meta": _with_extra({key: getattr(briefing.meta, key) for key in META_KEYS},
                            briefing.meta.extra),
        "sections": [_section_json(section) for section in briefing.sections],
    }
    return json.dumps(_with_extra(document, briefing.extra), indent=2, ensure_ascii=False) + "\n"


def save(briefing: Briefing, path: str | Path) -> None:
    path = Path(path)
    try:
        data = dumps(briefing).encode("utf-8")
    except UnicodeEncodeError as error:
        raise BriefingFileError(path, f"cannot write: {error.reason}") from error
    try:
        atomicfile.write_bytes(path, data)
    except OSError as error:
        raise BriefingFileError(path, f"cannot write: {error.strerror or error}") from error


def _with_extra(known: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    return known | {key: value for key, value in extra.items() if key not in known}


def _section_json(section: Section) -> dict[str, Any]:
    known = {
        "heading": section.heading,
        "level": section.level,
        "blocks": [_block_json(block) for block in section.blocks],
    }
    return _with_extra(known, section.extra)


def _block_json(block: Block) -> dict[str, Any]:
    match block:
        case Paragraph():
            known: dict[str, Any] = {"type": "paragraph", "text": block.text}
        case BulletList():
            known = {
                "type": "bullets",
                "numbered": block.numbered,
                "items": [_bullet_json(item) for item in block.items],
            }
        case Table():
            known = {
                "type": "table",
                "caption": block.caption,
                "header": list(block.header),
                "rows": [list(row) for row in block.rows],
            }
    return _with_extra(known, block.extra)


def _bullet_json(bullet: Bullet) -> dict[str, Any]:
    priority = None if bullet.priority is Priority.NONE else bullet.priority.value
    known = {"label": bullet.label, "text": bullet.text, "priority": priority}
    return _with_extra(known, bullet.extra)


# ---------------------------------------------------------------- loading


def load(path: str | Path) -> Briefing:
    path = Path(path)
    text = read_text(path, BriefingFileError)
    return loads(text, path)


def loads(text: str, path: str | Path = "<string>") -> Briefing:
    return _Reader(path).briefing(parse_json(text, path, BriefingFileError))


class _Reader:
    """Turns parsed JSON into the model, failing on the first problem with its place."""

    def __init__(self, path: str | Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> NoReturn:
        raise BriefingFileError(self.path, f"{where}: {problem}" if where else problem)

    def briefing(self, document: Any) -> Briefing:
        if not isinstance(document, dict):
            self.fail("", "not a Briefing Studio file (expected a JSON object)")
        if document.get("format") != FORMAT_NAME:
            self.fail("", f'not a Briefing Studio file ("format" is not "{FORMAT_NAME}")')
        version = document.get("version")
        if type(version) is not int or version < 1:
            self.fail("version", "expected a whole number from 1")
        if version > FORMAT_VERSION:
            self.fail("", f"written by a newer Briefing Studio (file format {version}); "
                          f"this version reads format {FORMAT_VERSION}; please upgrade")
        return Briefing(
            meta=self.metadata(self.field(document, "meta", "", dict, {})),
            sections=[
                self.section(item, f"sections[{index}]")
                for index, item in enumerate(self.field(document, "sections", "", list, []))
            ],
            extra=_unknown(document, {"format", "version", "meta", "sections"}),
        )

    def metadata(self, meta: dict[str, Any]) -> Metadata:
        values = {key: self.field(meta, key, "meta", str, None) for key in META_KEYS}
        given = {key: value for key, value in values.items() if value is not None}
        return Metadata(**given, extra=_unknown(meta, set(META_KEYS)))

    def section(self, item: Any, where: str) -> Section:
        item = self.expect(item, where, dict)
        level = self.field(item, "level", where, int, 1)
        if level not in HEADING_LEVELS:
            self.fail(f"{where}.level", "expected 1, 2 or 3")
        blocks = self.field(item, "blocks", where, list, [])
        return Section(
            heading=self.field(item, "heading", where, str, ""),
            level=level,
            blocks=[self.block(block, f"{where}.blocks[{i}]") for i, block in enumerate(blocks)],
            extra=_unknown(item, {"heading", "level", "blocks"}),
        )

    def block(self, item: Any, where: str) -> Block:
        item = self.expect(item, where, dict)
        kind = item.get("type")
        if kind == "paragraph":
            return Paragraph(
                text=self.field(item, "text", where, str, ""),
                extra=_unknown(item, {"type", "text"}),
            )
        if kind == "bullets":
            items = self.field(item, "items", where, list, [])
            return BulletList(
                items=[self.bullet(one, f"{where}.items[{i}]") for i, one in enumerate(items)],
                numbered=self.field(item, "numbered", where, bool, False),
                extra=_unknown(item, {"type", "numbered", "items"}),
            )
        if kind == "table":
            rows = self.field(item, "rows", where, list, [])
            return Table(
                caption=self.field(item, "caption", where, str, ""),
                header=self.cells(self.field(item, "header", where, list, []), f"{where}.header"),
                rows=[self.cells(row, f"{where}.rows[{i}]") for i, row in enumerate(rows)],
                extra=_unknown(item, {"type", "caption", "header", "rows"}),
            )
        self.fail(f"{where}.type", "expected paragraph, bullets or table")

    def bullet(self, item: Any, where: str) -> Bullet:
        item = self.expect(item, where, dict)
        priority = item.get("priority")
        if priority is not None and priority not in ("high", "medium", "low"):
            self.fail(f"{where}.priority", "expected high, medium, low or null")
        return Bullet(
            label=self.field(item, "label", where, str, ""),
            text=self.field(item, "text", where, str, ""),
            priority=Priority(priority) if priority else Priority.NONE,
            extra=_unknown(item, {"label", "text", "priority"}),
        )

    def cells(self, row: Any, where: str) -> list[str]:
        row = self.expect(row, where, list)
        for index, cell in enumerate(row):
            self.expect(cell, f"{where}[{index}]", str)
        return row

    def field(self, item: dict[str, Any], key: str, where: str, kind: type[T], default: T) -> T:
        """``item[key]`` checked to be of ``kind``; ``default`` when the key is absent."""
        if key not in item:
            return default
        return self.expect(item[key], f"{where}.{key}" if where else key, kind)

    def expect(self, value: Any, where: str, kind: type[T]) -> T:
        # bool is a subclass of int in Python but not a number in a user's file.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(where, f"expected {_KIND_NAMES[kind]}")
        if isinstance(value, str):
            # JSON can spell half a surrogate pair ("\ud83d"), which no text can hold:
            # it becomes the replacement character rather than make the file unsavable.
            value = LONE_SURROGATE.sub("\ufffd", value)
        return value


_KIND_NAMES: dict[type, str] = {
    dict: "an object",
    list: "a list",
    str: "a string",
    int: "a whole number",
    bool: "true or false",
}


def _unknown(item: dict[str, Any], known: set[str]) -> dict[str, Any]:
    return {key: value for key, value in item.items() if key not in known}

