"""Reading a user's text and JSON files, with errors that name the file and the problem."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import BriefingError


def read_text(path: Path, error: type[BriefingError]) -> str:
    """The file's text as UTF-8 (a byte-order mark is allowed), or ``error``."""
    try:
        raw = path.read_bytes()
    except OSError as failure:
        raise error(path, f"cannot read: {failure.strerror or failure}") from failure
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as failure:
        byte = raw[failure.start]
        raise error(
            path, f"not UTF-8 text (byte 0x{byte:02x} at offset {failure.start}); "
                  "save it as UTF-8 and try again"
        ) from failure


def parse_json(text: str, path: str | Path, error: type[BriefingError]) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as failure:
        raise error(
            path, f"invalid JSON at line {failure.lineno}, column {failure.colno}: {failure.msg}"
        ) from failure
    except RecursionError as failure:
        raise error(path, "invalid JSON: nested too deeply") from failure
