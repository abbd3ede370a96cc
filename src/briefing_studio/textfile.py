"""Reading a user's text and JSON files, with errors that name the file and the problem.

Both are bounded before they cost much: a file over its size limit is refused before it
is read, and JSON over MOST_JSON_VALUES values before it is parsed (Python holds each
value as an object of 30 to 60 bytes, so a 40 MB file of a million empty sections took
1.5 GB and half a minute). Every JSON value but the first follows a comma, a colon or
an opening bracket, so counting those three bounds the values from above, at the speed
of a byte search; base64 pictures hold none of them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import BriefingError

MIB = 1024 * 1024
# A briefing's values: a 500-page book has some 100,000, a short note a few hundred.
MOST_JSON_VALUES = 2_000_000


def read_text(path: Path, error: type[BriefingError], most_bytes: int | None = None,
              what: str = "file") -> str:
    """The file's text as UTF-8 (a byte-order mark is allowed), or ``error``; a file
    over ``most_bytes`` is refused unread, as too big for a ``what``."""
    try:
        if most_bytes is not None and (size := path.stat().st_size) > most_bytes:
            raise error(path, f"refused: the file is {size / MIB:,.0f} MB, more than the "
                              f"{most_bytes / MIB:,.0f} MB of any {what}")
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
    values = text.count(",") + text.count(":") + text.count("[") + 1
    if values > MOST_JSON_VALUES:
        raise error(path, f"refused: it holds up to {values:,} JSON values, more than the "
                          f"{MOST_JSON_VALUES:,} of any briefing")
    try:
        return json.loads(text)
    except json.JSONDecodeError as failure:
        raise error(
            path, f"invalid JSON at line {failure.lineno}, column {failure.colno}: {failure.msg}"
        ) from failure
    except RecursionError as failure:
        raise error(path, "invalid JSON: nested too deeply") from failure
