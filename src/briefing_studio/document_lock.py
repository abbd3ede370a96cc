"""Who has a briefing open: a lock file beside it, as LibreOffice keeps one.

Opening ``talks.briefing`` writes ``.~lock.talks.briefing#`` beside it, one line in
LibreOffice's form: ``name,user,host,DD.MM.YYYY HH:MM,briefing-studio:PID;``. Anyone
who opens the briefing meanwhile is told who has it and since when. The app also holds
an operating-system lock on that file while the briefing is open, so a lock of this
computer whose holder is gone (ended, killed, crashed) is known at once: nobody holds
the file's lock any more. A lock from another computer cannot be asked so; it counts
as stale once it is older than a day. Closing deletes the file.
"""

from __future__ import annotations

import datetime
import getpass
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from .filelock import ExclusiveFileLock, LockHeld

STAMP = "%d.%m.%Y %H:%M"
OURS = "briefing-studio:"
# A lock from another computer is trusted for this long; then it is taken for stale.
TRUSTED_FROM_ELSEWHERE = datetime.timedelta(days=1)


def lock_path(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


def this_host() -> str:
    return socket.gethostname()


@dataclass(frozen=True)
class LockOwner:
    """Who holds a briefing's lock, as its file says."""

    name: str  # the name they gave (Preferences), or their user name
    user: str
    host: str
    since: datetime.datetime | None

    def describe(self) -> str:
        """"Ayşe Yılmaz (ayse on ws-042)", "ayse on ws-042", for a sentence."""
        who = self.name or self.user or "someone"
        if self.user in ("", who):
            return f"{who} on {self.host}" if self.host else who
        return f"{who} ({self.user} on {self.host})" if self.host else f"{who} ({self.user})"


def read_owner(document: Path) -> LockOwner | None:
    """The owner the lock file beside ``document`` names; None when there is none.
    A file that cannot be read or understood names nobody in particular."""
    try:
        text = lock_path(document).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:
        return LockOwner("", "", "", None)
    fields = (text.strip().rstrip(";").split(",") + [""] * 5)[:5]
    try:
        since = datetime.datetime.strptime(fields[3].strip(), STAMP)
    except ValueError:
        since = None
    return LockOwner(fields[0].strip(), fields[1].strip(), fields[2].strip(), since)


class DocumentLocked(Exception):
    """Someone has the briefing open; ``stale`` when they are gone without unlocking."""

    def __init__(self, document: Path, owner: LockOwner, stale: bool) -> None:
        super().__init__(f"{document} is open by {owner.describe()}")
        self.document, self.owner, self.stale = document, owner, stale


class DocumentLock:
    """Our lock on an open briefing. Take it with :meth:`take`; :meth:`release` on close."""

    def __init__(self, document: Path, held: ExclusiveFileLock) -> None:
        self.document, self._held = document, held

    @classmethod
    def take(cls, document: Path, name: str = "", force: bool = False) -> DocumentLock:
        """Lock ``document`` for this process, under ``name``. Raises DocumentLocked
        when someone else has it (stale or not); ``force`` takes a stale lock's place.
        Raises OSError when the folder takes no lock file (the caller opens anyway)."""
        path = lock_path(document)
        try:
            held = ExclusiveFileLock.create(path)
        except FileExistsError:
            held = cls._take_over(document, force)
        held.write(_line(name).encode("utf-8"))
        return cls(document, held)

    @staticmethod
    def _take_over(document: Path, force: bool) -> ExclusiveFileLock:
        path = lock_path(document)
        owner = read_owner(document) or LockOwner("", "", "", None)
        try:
            held = ExclusiveFileLock.acquire(path)
        except LockHeld:
            raise DocumentLocked(document, owner, stale=False) from None
        # Nobody holds the file's own lock: its holder is gone, if it was this computer.
        stale = _is_stale(owner)
        if force and stale:
            return held
        held.release()
        raise DocumentLocked(document, owner, stale)

    def release(self) -> None:
        """Let the briefing go: the lock file is deleted. Releasing twice does nothing."""
        self._held.release_and_delete()


def _is_stale(owner: LockOwner) -> bool:
    if owner.host == this_host():
        return True  # its process would hold the file's lock
    if owner.since is None:
        return False
    return datetime.datetime.now() - owner.since > TRUSTED_FROM_ELSEWHERE


def _line(name: str) -> str:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment nor the password file
        user = ""
    when = datetime.datetime.now().strftime(STAMP)
    clean = (name or user).replace(",", " ").replace(";", " ")
    return f"{clean},{user},{this_host()},{when},{OURS}{os.getpid()};"
