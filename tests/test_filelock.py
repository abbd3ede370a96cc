"""The exclusive file lock: one holder at a time, let go when its process dies."""

import os
import signal
import subprocess
import sys

import pytest

from briefing_studio import filelock
from briefing_studio.filelock import ExclusiveFileLock, LockHeld

# Takes the lock named on the command line, says so, and holds it until killed.
HOLDER = """
import sys, time
from pathlib import Path
from briefing_studio.filelock import ExclusiveFileLock
lock = ExclusiveFileLock.acquire(Path(sys.argv[1]))
print("locked", flush=True)
time.sleep(120)
"""


def test_a_lock_has_one_holder_until_it_is_released(tmp_path):
    path = tmp_path / "document.lock"
    first = ExclusiveFileLock.acquire(path)
    assert path.exists() and first.held
    with pytest.raises(LockHeld, match="locked by another program"):
        ExclusiveFileLock.acquire(path)  # a second open in the same process is refused too
    first.release()
    first.release()  # releasing twice does nothing
    assert not first.held
    with ExclusiveFileLock.acquire(path) as second:
        assert second.held
    assert not second.held
    assert path.exists()  # released, not deleted
    ExclusiveFileLock.acquire(path).release()


def test_release_and_delete_removes_the_file(tmp_path):
    path = tmp_path / "document.lock"
    lock = ExclusiveFileLock.acquire(path)
    lock.release_and_delete()
    assert not lock.held
    assert not path.exists()


def test_a_file_deleted_by_its_holder_while_another_opened_it_is_not_granted(tmp_path,
                                                                              monkeypatch):
    # The race: a second program opens the file, its holder deletes it and lets go,
    # then the second locks what it opened. It must not believe it holds the lock,
    # since a third could lock a new file at the same name.
    path = tmp_path / "document.lock"
    holder = ExclusiveFileLock.acquire(path)
    real_lock = filelock._lock

    def holder_lets_go_in_between(fd, locked_path):
        holder.release_and_delete()
        real_lock(fd, locked_path)

    monkeypatch.setattr(filelock, "_lock", holder_lets_go_in_between)
    with pytest.raises(LockHeld, match="removed by the program that held its lock"):
        ExclusiveFileLock.acquire(path)
    monkeypatch.undo()
    ExclusiveFileLock.acquire(path).release_and_delete()  # the name is free again


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL and zombies are POSIX")
def test_another_process_holds_the_lock_until_it_is_killed_even_before_it_is_reaped(tmp_path):
    path = tmp_path / "document.lock"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "locked\n"
        with pytest.raises(LockHeld):
            ExclusiveFileLock.acquire(path)
        holder.send_signal(signal.SIGKILL)
        # Wait until it has died, but leave it unreaped: a zombie whose pid still
        # answers os.kill(pid, 0), as after a kill -9 from a terminal.
        os.waitid(os.P_PID, holder.pid, os.WEXITED | os.WNOWAIT)
        os.kill(holder.pid, 0)
        with ExclusiveFileLock.acquire(path) as lock:
            assert lock.held
    finally:
        holder.kill()
        holder.wait(timeout=30)
        holder.stdout.close()


def test_a_file_that_cannot_be_opened_is_an_os_error_not_a_held_lock(tmp_path):
    with pytest.raises(OSError) as raised:
        ExclusiveFileLock.acquire(tmp_path / "no such folder" / "document.lock")
    assert not isinstance(raised.value, LockHeld)
