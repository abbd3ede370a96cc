"""Recovery files: what the user typed, written aside so that a crash loses nothing.

Every open document has its own recovery file, named by a random id, holding the
briefing and the file it belongs to. Beside it, ``<id>.lock`` is locked by the
writing process for as long as the recovery file exists; the OS lets the lock go
when that process dies, however it dies. A recovery file whose lock can be taken
was left by a crash or a kill, and the next start offers it; a clean save or close
removes it.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from .. import atomicfile, fileformat
from ..errors import BriefingFileError
from ..filelock import ExclusiveFileLock
from ..inline import plain_text
from ..model import Briefing, block_texts
from .i18n import tr

SUFFIX = ".recovery.json"
LOCK_SUFFIX = ".lock"
# How much of a title and of the opening text names an untitled draft in the dialog.
TITLE_CHARACTERS = 80
OPENING_WORDS = 8
OPENING_CHARACTERS = 60


@dataclass(frozen=True)
class Recovered:
    """A recovery file left by a process that is gone, locked while it is offered so
    that two starting instances never both restore it."""

    file: Path
    briefing: Briefing
    name: str
    original: Path | None
    saved_at: datetime.datetime
    lock: ExclusiveFileLock = field(repr=False, compare=False)

    @property
    def description(self) -> str:
        """The document as the user knows it: its file, or its title and first words."""
        if self.original is not None:
            return tr('unsaved changes to "{name}" in {folder}').format(
                name=self.original.name, folder=self.original.parent)
        title = _shortened(" ".join(self.briefing.meta.title.split()), TITLE_CHARACTERS)
        opening = _opening(self.briefing)
        if title and opening:
            return tr('"{title}", an unsaved draft beginning "{opening}"').format(
                title=title, opening=opening)
        if title:
            return tr('"{title}", an unsaved draft with no text yet').format(title=title)
        if opening:
            return tr('an untitled unsaved draft beginning "{opening}"').format(opening=opening)
        return tr("an empty untitled draft")


class RecoveryFile:
    """The recovery file of one open document, and the lock that tells it is alive."""

    def __init__(self, folder: Path) -> None:
        name = uuid.uuid4().hex
        self.path = folder / f"{name}{SUFFIX}"
        self.lock_path = folder / f"{name}{LOCK_SUFFIX}"
        self._lock: ExclusiveFileLock | None = None

    def write(self, briefing: Briefing, name: str, original: Path | None) -> None:
        record = {
            "name": name,
            "original": str(original) if original else None,
            "saved_at": datetime.datetime.now().isoformat(timespec="seconds"),
            "briefing": json.loads(fileformat.dumps(briefing)),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock is None:
            # Locked before the file exists, so that no starting instance ever sees
            # this file unlocked while this process runs.
            self._lock = ExclusiveFileLock.acquire(self.lock_path)
        atomicfile.write_bytes(self.path, json.dumps(record, ensure_ascii=False).encode("utf-8"))

    def remove(self) -> None:
        """Delete the recovery file, then its lock; a later write takes a new lock. A
        data folder that cannot be used holds no recovery file to delete."""
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
        if self._lock is not None:
            self._lock.release_and_delete()
            self._lock = None


def left_behind(folder: Path) -> list[Recovered]:
    """Recovery files whose writing process no longer runs, newest first, each locked
    until it is restored, discarded or kept for later."""
    _delete_stray_locks(folder)
    found = []
    for file in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            lock = ExclusiveFileLock.acquire(_lock_path(file))
        except OSError:
            continue  # a running Briefing Studio writes it, or is offering it now
        try:
            found.append(_read(file, lock))
        except FileNotFoundError:
            lock.release_and_delete()  # restored or discarded by another instance meanwhile
        except (OSError, ValueError, KeyError, TypeError, BriefingFileError):
            lock.release()  # unreadable, or written by another version: nothing to offer
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def keep_for_later(recovered: Recovered) -> None:
    """Leave the recovery file to be offered again at the next start."""
    recovered.lock.release()


def discard(recovered: Recovered) -> None:
    """Delete the recovered changes for good."""
    with contextlib.suppress(OSError):
        recovered.file.unlink()
    recovered.lock.release_and_delete()


def _read(file: Path, lock: ExclusiveFileLock) -> Recovered:
    record = json.loads(file.read_text(encoding="utf-8"))
    return Recovered(
        file=file, briefing=fileformat.loads(json.dumps(record["briefing"]), file),
        name=record["name"],
        original=Path(record["original"]) if record["original"] else None,
        saved_at=datetime.datetime.fromisoformat(record["saved_at"]),
        lock=lock,
    )


def _lock_path(file: Path) -> Path:
    return file.with_name(file.name.removesuffix(SUFFIX) + LOCK_SUFFIX)


def _delete_stray_locks(folder: Path) -> None:
    # A crash between deleting a recovery file and deleting its lock leaves the lock.
    for lock_path in folder.glob(f"*{LOCK_SUFFIX}"):
        if lock_path.with_name(lock_path.name.removesuffix(LOCK_SUFFIX) + SUFFIX).exists():
            continue
        try:
            lock = ExclusiveFileLock.acquire(lock_path)
        except OSError:
            continue  # its writer is about to write the recovery file
        lock.release_and_delete()


def _opening(briefing: Briefing) -> str:
    """The first words a reader sees below the title: the body's, else the headings'."""
    body = [plain_text(text) for section in briefing.sections for block in section.blocks
            for text in block_texts(block)]
    headings = [section.heading for section in briefing.sections]
    for texts in (body, headings):
        words = " ".join(texts).split()
        if words:
            return _shortened(" ".join(words[:OPENING_WORDS]), OPENING_CHARACTERS,
                              cut=len(words) > OPENING_WORDS)
    return ""


def _shortened(text: str, limit: int, cut: bool = False) -> str:
    """``text`` within ``limit`` characters, ending in "…" where something was left out."""
    if not cut and len(text) <= limit:
        return text
    return text[:limit].rstrip() + "…"
