"""Recovery files: what the user typed, written aside so that a crash loses nothing.

Every open document has its own recovery file, named by a random id, holding the
briefing, the file it belongs to and the process that writes it. A file whose process
is gone was left by a crash or a kill, and the next start offers to restore it; a
clean save or close removes it.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from .. import atomicfile, fileformat
from ..errors import BriefingFileError
from ..model import Briefing

SUFFIX = ".recovery.json"
# Tells this process's files from those of a dead process that had the same pid.
SESSION = uuid.uuid4().hex


@dataclass(frozen=True)
class Recovered:
    """A recovery file left by a process that is gone."""

    file: Path
    briefing: Briefing
    name: str
    original: Path | None
    saved_at: datetime.datetime


class RecoveryFile:
    """The recovery file of one open document."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / f"{uuid.uuid4().hex}{SUFFIX}"

    def write(self, briefing: Briefing, name: str, original: Path | None) -> None:
        record = {
            "pid": os.getpid(),
            "session": SESSION,
            "name": name,
            "original": str(original) if original else None,
            "saved_at": datetime.datetime.now().isoformat(timespec="seconds"),
            "briefing": json.loads(fileformat.dumps(briefing)),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomicfile.write_bytes(self.path, json.dumps(record, ensure_ascii=False).encode("utf-8"))

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


def left_behind(folder: Path) -> list[Recovered]:
    """Recovery files whose writing process no longer runs, newest first."""
    found = []
    for file in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            record = json.loads(file.read_text(encoding="utf-8"))
            if _writer_alive(record["pid"], record.get("session")):
                continue  # another window of a running Briefing Studio
            briefing = fileformat.loads(json.dumps(record["briefing"]), file)
            found.append(Recovered(
                file=file, briefing=briefing, name=record["name"],
                original=Path(record["original"]) if record["original"] else None,
                saved_at=datetime.datetime.fromisoformat(record["saved_at"]),
            ))
        except (OSError, ValueError, KeyError, TypeError, BriefingFileError):
            continue  # unreadable, or written by another version: nothing to offer
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def _writer_alive(pid: int, session: str | None) -> bool:
    if pid == os.getpid():
        return session == SESSION  # else a dead process whose pid this one inherited
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def discard(recovered: Recovered) -> None:
    with contextlib.suppress(OSError):
        recovered.file.unlink()
