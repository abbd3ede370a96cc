"""An exclusive lock on a file that the operating system lets go when its holder dies.

A process id says nothing reliable about whether its owner still runs: a process
killed but not yet reaped by its parent is a zombie whose pid still answers, and a
pid is reused. The OS drops a lock the moment the process's files are closed, which
happens on every exit, ``kill -9`` included, before the process even becomes a zombie.

POSIX uses ``flock``, which conflicts between any two opens of the file, within one
process too (unlike ``fcntl``/``lockf`` record locks). Windows uses ``msvcrt.locking``
on the file's first byte, which conflicts between handles in the same way.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

if os.name == "nt":
    import msvcrt
else:
    import fcntl


class LockHeld(OSError):
    """Someone else holds the lock: another process, or another open in this one."""


class ExclusiveFileLock:
    """An exclusive lock on ``path``, held until released or until the process ends.

    Take one with :meth:`acquire`, which never waits; use it as a context manager or
    call :meth:`release`.
    """

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path) -> ExclusiveFileLock:
        """Lock ``path``, creating the file if needed; raise :class:`LockHeld` at once
        if someone else holds it, or ``OSError`` if the file cannot be opened."""
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)  # not inherited by children
        try:
            _lock(fd, path)
            if os.name != "nt" and not _still_named(fd, path):
                # Its holder deleted the file while letting go (Windows cannot delete
                # an open file): whoever locks the file now at that name has the lock,
                # not this handle on the deleted one.
                raise LockHeld(f"{path} was removed by the program that held its lock")
        except BaseException:
            os.close(fd)
            raise
        return cls(path, fd)

    @classmethod
    def create(cls, path: Path) -> ExclusiveFileLock:
        """Make the file ``path`` and lock it; raise FileExistsError if it is there
        already (so that two programs creating it at once never both have it)."""
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            _lock(fd, path)
        except BaseException:
            os.close(fd)
            raise
        return cls(path, fd)

    def write(self, data: bytes) -> None:
        """Make ``data`` the locked file's content."""
        assert self._fd is not None, "the lock was released"
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, data)
        os.fsync(self._fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let the lock go and leave the file; releasing twice does nothing."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def release_and_delete(self) -> None:
        """Let the lock go and delete its file, for a lock no longer needed by anyone."""
        if os.name == "nt":
            # Windows cannot delete a file that is open; another process may open it
            # in between, and then keeps it (a lock file left over is harmless).
            self.release()
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
        else:
            # Deleted while still locked: a process that opened it before it went
            # finds it no longer named so (see ``acquire``).
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
            self.release()

    def __enter__(self) -> ExclusiveFileLock:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.release()


if os.name == "nt":
    def _lock(fd: int, path: Path) -> None:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # the byte at offset 0
        except OSError as error:
            raise LockHeld(f"{path} is locked by another program") from error

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt unlocks from the current position
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    def _lock(fd: int, path: Path) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise LockHeld(f"{path} is locked by another program") from error

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _still_named(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd``."""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)
