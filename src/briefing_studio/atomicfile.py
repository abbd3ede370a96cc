"""Write a file so that a crash at any moment leaves the old file or the new one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` whole.

    The temporary file lives in the same folder so that ``os.replace`` is a rename
    on one file system, which POSIX and Windows both make atomic. On failure the
    temporary file is removed and ``path`` is left as it was. A ``path`` that is a
    symbolic link keeps being one: the file it points to is replaced (a shared drive's
    links to the current version stay links). A folder is refused before anything is
    written.
    """
    path = Path(os.path.realpath(path)) if path.is_symlink() else path
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        _match_permissions(temporary, path)
        _fsync(temporary)
        os.replace(temporary, path)
        _fsync_folder(path.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    with replacing(path) as temporary:
        temporary.write_bytes(data)


def _match_permissions(temporary: Path, path: Path) -> None:
    # mkstemp makes the file private (0600); the user expects the mode the old file
    # had, or the usual mode of a new file under their umask.
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    # The rename itself is durable only once the folder's entry is on disk.
    # Windows cannot open a folder for fsync; there the rename is already durable.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
