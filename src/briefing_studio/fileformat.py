"""The ``.briefing`` file, format 1: UTF-8 JSON with a stable key order.

Loading validates everything and reports the first problem with its place
(``sections[2].blocks[0].priority: expected high, medium, low or null``, and in words
for the app: see ``problem_words``); keys this
version does not know are kept in the model's ``extra`` and written back. Saving is
atomic and gives the same bytes for the same document.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from pathlib import Path
from typing import Any, NamedTuple, NoReturn, TypeVar

from . import atomicfile
from .errors import BriefingFileError
from .language import is_tag
from .media import MEDIA_TYPES, ImageProblem, checked
from .model import (
    BLOCK_TYPES,
    CONTENTS_AUTO,
    CONTENTS_OFF,
    CONTENTS_ON,
    HEADING_LEVELS,
    LIST_FIELDS,
    SIGNATORY_FIELDS,
    Block,
    Briefing,
    Bullet,
    BulletList,
    Figure,
    Media,
    Metadata,
    Paragraph,
    Priority,
    Section,
    Signatory,
    Table,
)
from .problem_words import Place, dotted, problem_in_words
from .textfile import parse_json, read_text

FORMAT_NAME = "briefing-studio"
FORMAT_VERSION = 1
SUFFIX = ".briefing"
# A name made from a title is at most this long: the title's first words.
NAME_FROM_TITLE_LENGTH = 60

META_KEYS = (
    "title", "subtitle", "doc_type", "classification", "reference", "date",
    "prepared_for", "prepared_by", "approved_by", "organisation", "source", "version_label",
)
# Optional keys, written only when they hold something, so that a file that does not
# use them reads as it did before they existed.
OPTIONAL_META_KEYS = ("language", "contents", "subject")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")  # fits a Word bookmark name (40)

T = TypeVar("T")


# ---------------------------------------------------------------- saving


def dumps(briefing: Briefing) -> str:
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "meta": _with_extra(_meta_json(briefing.meta), briefing.meta.extra),
        "sections": [_section_json(section) for section in briefing.sections],
    }
    # Written only when a figure shows an image, so that a file without figures reads as
    # it did before they existed; an image no figure shows any more is dropped.
    media = briefing.used_media()
    if media:
        document["media"] = {key: {"type": image.type,
                                   "data": base64.b64encode(image.data).decode("ascii")}
                             for key, image in media.items()}
    return json.dumps(_with_extra(document, briefing.extra), indent=2, ensure_ascii=False) + "\n"


def backup_path(path: Path) -> Path:
    """Where saving keeps the version it replaces: ``talks.briefing.bak`` beside it."""
    return path.with_name(path.name + ".bak")


def save(briefing: Briefing, path: str | Path, keep_backup: bool = False) -> None:
    """Write the briefing to ``path`` atomically; ``keep_backup`` first keeps the
    file it replaces as ``backup_path`` (whole, also written atomically)."""
    path = Path(path)
    try:
        data = dumps(briefing).encode("utf-8")
    except UnicodeEncodeError as error:
        raise BriefingFileError(path, f"cannot write: {error.reason}") from error
    try:
        if keep_backup and path.is_file():
            atomicfile.write_bytes(backup_path(path), path.read_bytes())
        atomicfile.write_bytes(path, data)
    except OSError as error:
        raise BriefingFileError(path, f"cannot write: {error.strerror or error}") from error


def _meta_json(meta: Metadata) -> dict[str, Any]:
    known = {key: getattr(meta, key) for key in META_KEYS}
    known |= {key: getattr(meta, key) for key in OPTIONAL_META_KEYS if getattr(meta, key)}
    known |= {key: list(getattr(meta, key)) for key in LIST_FIELDS if getattr(meta, key)}
    if not meta.signatory.is_empty or meta.signatory.extra:
        known["signatory"] = _with_extra(
            {key: getattr(meta.signatory, key) for key in SIGNATORY_FIELDS},
            meta.signatory.extra)
    return known


def _with_extra(known: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    return known | {key: value for key, value in extra.items() if key not in known}


# A section's settings written only when they are on, as OPTIONAL_META_KEYS are.
OPTIONAL_SECTION_KEYS = ("annex", "page_break_before")


def _section_json(section: Section) -> dict[str, Any]:
    known = {
        "id": section.id,
        "heading": section.heading,
        "level": section.level,
        **{key: True for key in OPTIONAL_SECTION_KEYS if getattr(section, key)},
        "blocks": [_block_json(block) for block in section.blocks],
    }
    return _with_extra(known, section.extra)


def _block_json(block: Block) -> dict[str, Any]:
    match block:
        case Paragraph():
            content: dict[str, Any] = {"text": block.text}
        case BulletList():
            content = {
                "numbered": block.numbered,
                "items": [_bullet_json(item) for item in block.items],
            }
        case Table():
            content = {
                "caption": block.caption,
                "header": list(block.header),
                "rows": [list(row) for row in block.rows],
            }
        case Figure():
            content = {"media": block.media, "caption": block.caption, "alt": block.alt,
                       "width": block.width}
    return _with_extra({"id": block.id, "type": block.TYPE, **content}, block.extra)


def _bullet_json(bullet: Bullet) -> dict[str, Any]:
    priority = None if bullet.priority is Priority.NONE else bullet.priority.value
    known = {"label": bullet.label, "text": bullet.text, "priority": priority}
    return _with_extra(known, bullet.extra)


# ---------------------------------------------------------------- loading


# Pictures make a briefing big (twenty photographs: 56 MB); nothing else does.
MOST_BRIEFING_BYTES = 256 * 1024 * 1024


def load(path: str | Path) -> Briefing:
    path = Path(path)
    text = read_text(path, BriefingFileError, MOST_BRIEFING_BYTES, "briefing")
    return loads(text, path)


def loads(text: str, path: str | Path = "<string>") -> Briefing:
    return _Reader(path).briefing(parse_json(text, path, BriefingFileError))


class _Expected(NamedTuple):
    """What a value must be, as the command line says it (after "expected") and as
    the app says it (after "must be")."""

    technical: str
    words: str


def _alternatives(choices: list[str], last: str = "or") -> str:
    return f"{', '.join(choices[:-1])} {last} {choices[-1]}"


_PRIORITIES = tuple(priority.value for priority in Priority.ranked())
_PRIORITY = _Expected(f"{', '.join(_PRIORITIES)} or null", f"{', '.join(_PRIORITIES)} or empty")
_LEVEL = _Expected(*[_alternatives([str(level) for level in HEADING_LEVELS])] * 2)
_BLOCK_TYPE = _Expected(_alternatives(list(BLOCK_TYPES)),
                        _alternatives([f'"{kind}"' for kind in BLOCK_TYPES]))
_ID = _Expected("a string of letters and digits", "letters and digits in double quotes")
_LANGUAGE = _Expected("a language tag like en-GB or tr-TR", "a language tag like en-GB or tr-TR")
_VERSION = _Expected("a whole number from 1", "a whole number from 1")
_CONTENTS = _Expected(*[_alternatives([f'"{value}"' for value in (
    CONTENTS_AUTO, CONTENTS_ON, CONTENTS_OFF)])] * 2)
_WIDTH = _Expected("a number above 0 and at most 1", "a number above 0 and at most 1 "
                   "(the share of the text's width)")
_MEDIA_TYPE = _Expected(_alternatives(list(MEDIA_TYPES)),
                        _alternatives([f'"{kind}"' for kind in MEDIA_TYPES]))
_MEDIA_KEY = _Expected('an image named in "media"', 'the key of an image in "media"')
_KINDS: dict[type, _Expected] = {
    dict: _Expected("an object", "an object in braces { }"),
    list: _Expected("a list", "a list in brackets [ ]"),
    str: _Expected("a string", "in double quotes"),
    int: _Expected("a whole number", "a whole number"),
    bool: _Expected("true or false", "true or false"),
}


class _Reader:
    """Turns parsed JSON into the model, failing on the first problem with its place."""

    def __init__(self, path: str | Path) -> None:
        self.path = path
        self.document: Any = None
        self.media: dict[str, Media] = {}  # the file's images, read before its figures

    def refuse(self, problem: str) -> NoReturn:
        """The file as a whole is not one this version can read."""
        raise BriefingFileError(self.path, problem)

    def fail(self, place: Place, expected: _Expected) -> NoReturn:
        words = problem_in_words(self.document, place, expected.words)
        raise BriefingFileError(
            self.path, f"{dotted(place)}: expected {expected.technical}",
            words=f"{Path(self.path).name} cannot be opened. {words}", place=place)

    def bad_image(self, place: Place, problem: str) -> NoReturn:
        raise BriefingFileError(
            self.path, f"{dotted(place)}: {problem}",
            words=f"{Path(self.path).name} cannot be opened. One of its images is {problem}.",
            place=place)

    def briefing(self, document: Any) -> Briefing:
        self.document = document
        if not isinstance(document, dict):
            self.refuse("not a Briefing Studio file (expected a JSON object)")
        if document.get("format") != FORMAT_NAME:
            self.refuse(f'not a Briefing Studio file ("format" is not "{FORMAT_NAME}")')
        version = document.get("version")
        if type(version) is not int or version < 1:
            self.fail(("version",), _VERSION)
        if version > FORMAT_VERSION:
            self.refuse(f"written by a newer Briefing Studio (file format {version}); "
                        f"this version reads format {FORMAT_VERSION}; please upgrade")
        self.media = self.images(self.field(document, "media", (), dict, {}))
        briefing = Briefing(
            meta=self.metadata(self.field(document, "meta", (), dict, {})),
            sections=[
                self.section(item, ("sections", index))
                for index, item in enumerate(self.field(document, "sections", (), list, []))
            ],
            extra=_unknown(document, {"format", "version", "meta", "sections", "media"}),
            media=self.media,
        )
        # A file written before ids, or by hand, gets them; ids it has stay.
        briefing.give_unique_ids()
        return briefing

    def images(self, media: dict[str, Any]) -> dict[str, Media]:
        """The images, each checked to be what its key and type say (its header read:
        a briefing of twenty photographs opens at once)."""
        images = {}
        for key, entry in media.items():
            place: Place = ("media", key)
            entry = self.expect(entry, place, dict)
            kind = self.field(entry, "type", place, str, "")
            if kind not in MEDIA_TYPES:
                self.fail((*place, "type"), _MEDIA_TYPE)
            # Read as it is: base64 is ASCII, and a photograph's megabytes are not
            # searched for half surrogate pairs as text is (see expect).
            text = entry.get("data", "")
            if not isinstance(text, str):
                self.fail((*place, "data"), _KINDS[str])
            try:
                data = base64.b64decode(text, validate=True)
            except (binascii.Error, ValueError):
                self.bad_image((*place, "data"), "not base64 data")
            try:
                image = checked(data, kind)
            except ImageProblem as problem:
                self.bad_image((*place, "data"), str(problem))
            if image.key != key:
                self.bad_image(place, "not the image its key names (its data were changed)")
            images[key] = image
        return images

    def metadata(self, meta: dict[str, Any]) -> Metadata:
        keys = (*META_KEYS, *OPTIONAL_META_KEYS)
        values = {key: self.field(meta, key, ("meta",), str, None) for key in keys}
        given: dict[str, Any] = {key: value for key, value in values.items() if value is not None}
        for key in LIST_FIELDS:
            if key in meta:
                given[key] = self.cells(meta[key], ("meta", key))
        signatory = self.field(meta, "signatory", ("meta",), dict, {})
        given["signatory"] = Signatory(
            **{key: self.field(signatory, key, ("meta", "signatory"), str, "")
               for key in SIGNATORY_FIELDS},
            extra=_unknown(signatory, set(SIGNATORY_FIELDS)))
        if given.get("language") and not is_tag(given["language"]):
            self.fail(("meta", "language"), _LANGUAGE)
        if "contents" in given:
            if given["contents"] not in (CONTENTS_AUTO, CONTENTS_ON, CONTENTS_OFF):
                self.fail(("meta", "contents"), _CONTENTS)
            given["contents"] = "" if given["contents"] == CONTENTS_AUTO else given["contents"]
        return Metadata(**given, extra=_unknown(meta, {*keys, *LIST_FIELDS, "signatory"}))

    def identity(self, item: dict[str, Any], place: Place) -> dict[str, str]:
        """The item's ``id`` as keyword arguments; empty when the file has none, for
        ``give_unique_ids`` to fill in."""
        value = self.field(item, "id", place, str, "")
        if value and not ID.match(value):
            self.fail((*place, "id"), _ID)
        return {"id": value}

    def section(self, item: Any, place: Place) -> Section:
        item = self.expect(item, place, dict)
        level = self.field(item, "level", place, int, 1)
        if level not in HEADING_LEVELS:
            self.fail((*place, "level"), _LEVEL)
        blocks = self.field(item, "blocks", place, list, [])
        return Section(
            heading=self.field(item, "heading", place, str, ""),
            level=level,
            blocks=[self.block(block, (*place, "blocks", i)) for i, block in enumerate(blocks)],
            **{key: self.field(item, key, place, bool, False) for key in OPTIONAL_SECTION_KEYS},
            extra=_unknown(item, {"id", "heading", "level", "blocks", *OPTIONAL_SECTION_KEYS}),
            **self.identity(item, place),
        )

    def block(self, item: Any, place: Place) -> Block:
        item = self.expect(item, place, dict)
        kind = BLOCK_TYPES.get(item.get("type"))
        identity = self.identity(item, place)
        if kind is Paragraph:
            return Paragraph(
                text=self.field(item, "text", place, str, ""),
                extra=_unknown(item, {"id", "type", "text"}), **identity,
            )
        if kind is BulletList:
            items = self.field(item, "items", place, list, [])
            return BulletList(
                items=[self.bullet(one, (*place, "items", i)) for i, one in enumerate(items)],
                numbered=self.field(item, "numbered", place, bool, False),
                extra=_unknown(item, {"id", "type", "numbered", "items"}), **identity,
            )
        if kind is Table:
            rows = self.field(item, "rows", place, list, [])
            return Table(
                caption=self.field(item, "caption", place, str, ""),
                header=self.cells(self.field(item, "header", place, list, []),
                                  (*place, "header")),
                rows=[self.cells(row, (*place, "rows", i)) for i, row in enumerate(rows)],
                extra=_unknown(item, {"id", "type", "caption", "header", "rows"}), **identity,
            )
        if kind is Figure:
            key = self.field(item, "media", place, str, "")
            if key not in self.media:
                self.fail((*place, "media"), _MEDIA_KEY)
            width = item.get("width", 1.0)
            if isinstance(width, bool) or not isinstance(width, int | float) \
                    or not 0 < width <= 1:
                self.fail((*place, "width"), _WIDTH)
            return Figure(
                media=key, width=float(width),
                caption=self.field(item, "caption", place, str, ""),
                alt=self.field(item, "alt", place, str, ""),
                extra=_unknown(item, {"id", "type", "media", "caption", "alt", "width"}),
                **identity,
            )
        self.fail((*place, "type"), _BLOCK_TYPE)

    def bullet(self, item: Any, place: Place) -> Bullet:
        item = self.expect(item, place, dict)
        priority = item.get("priority")
        if priority is not None and priority not in _PRIORITIES:
            self.fail((*place, "priority"), _PRIORITY)
        return Bullet(
            label=self.field(item, "label", place, str, ""),
            text=self.field(item, "text", place, str, ""),
            priority=Priority(priority) if priority else Priority.NONE,
            extra=_unknown(item, {"label", "text", "priority"}),
        )

    def cells(self, row: Any, place: Place) -> list[str]:
        row = self.expect(row, place, list)
        for index, cell in enumerate(row):
            self.expect(cell, (*place, index), str)
        return row

    def field(self, item: dict[str, Any], key: str, place: Place, kind: type[T],
              default: T) -> T:
        """``item[key]`` checked to be of ``kind``; ``default`` when the key is absent."""
        if key not in item:
            return default
        return self.expect(item[key], (*place, key), kind)

    def expect(self, value: Any, place: Place, kind: type[T]) -> T:
        # bool is a subclass of int in Python but not a number in a user's file.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(place, _KINDS[kind])
        if isinstance(value, str):
            # JSON can spell half a surrogate pair ("\ud83d"), which no text can hold:
            # it becomes the replacement character rather than make the file unsavable.
            value = LONE_SURROGATE.sub("\ufffd", value)
        return value


def _unknown(item: dict[str, Any], known: set[str]) -> dict[str, Any]:
    return {key: value for key, value in item.items() if key not in known}


def file_name_for(title: str) -> str:
    """A file name (without its suffix) for a briefing of this title: its first words,
    without the characters file systems refuse; Save As offers it."""
    name = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]', " ", title).split())
    if len(name) > NAME_FROM_TITLE_LENGTH:
        name = name[:NAME_FROM_TITLE_LENGTH].rsplit(" ", 1)[0]
    return name.strip(" .")
