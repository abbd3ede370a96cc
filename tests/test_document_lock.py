"""The lock beside an open briefing: written in LibreOffice's form, seen by anyone else
who opens it (another process, another computer), known stale when its holder is gone."""

import datetime
import subprocess
import sys
import textwrap

import pytest

from briefing_studio import document_lock
from briefing_studio.document_lock import DocumentLock, DocumentLocked, lock_path, read_owner


@pytest.fixture
def briefing(tmp_path):
    path = tmp_path / "talks.briefing"
    path.write_text("{}", encoding="utf-8")
    return path


def hold_in_another_process(path, name="Ayşe Yılmaz"):
    """A process that takes the lock, says so, and keeps it until its input closes."""
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from briefing_studio.document_lock import DocumentLock
        lock = DocumentLock.take(Path({str(path)!r}), {name!r})
        print("held", flush=True)
        sys.stdin.read()
        lock.release()
    """)
    process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    return process


def test_the_lock_file_is_libreoffices_line_and_goes_on_release(briefing):
    lock = DocumentLock.take(briefing, "Ayşe Yılmaz")
    line = lock_path(briefing).read_text(encoding="utf-8")
    assert lock_path(briefing).name == ".~lock.talks.briefing#"
    name, user, host, when, ours = line.rstrip(";").split(",")
    assert name == "Ayşe Yılmaz" and host == document_lock.this_host() and user
    assert datetime.datetime.strptime(when, "%d.%m.%Y %H:%M")
    assert ours.startswith("briefing-studio:")
    lock.release()
    assert not lock_path(briefing).exists()
    lock.release()  # twice does nothing


def test_another_process_is_told_who_has_it_and_since_when(briefing):
    holder = hold_in_another_process(briefing)
    try:
        with pytest.raises(DocumentLocked) as told:
            DocumentLock.take(briefing, "Kerem")
        assert not told.value.stale
        assert told.value.owner.name == "Ayşe Yılmaz"
        assert told.value.owner.since is not None
        with pytest.raises(DocumentLocked):  # not even by force
            DocumentLock.take(briefing, "Kerem", force=True)
    finally:
        holder.communicate("")
    assert not lock_path(briefing).exists()  # the holder let it go on close
    DocumentLock.take(briefing, "Kerem").release()


def test_a_lock_whose_process_was_killed_is_stale_and_can_be_taken(briefing):
    holder = hold_in_another_process(briefing)
    holder.kill()
    holder.wait()
    holder.stdin.close()
    holder.stdout.close()
    assert lock_path(briefing).exists()  # left behind
    with pytest.raises(DocumentLocked) as told:
        DocumentLock.take(briefing, "Kerem")
    assert told.value.stale and told.value.owner.name == "Ayşe Yılmaz"
    lock = DocumentLock.take(briefing, "Kerem", force=True)
    assert read_owner(briefing).name == "Kerem"
    lock.release()


def write_foreign_lock(briefing, age: datetime.timedelta) -> None:
    when = (datetime.datetime.now() - age).strftime("%d.%m.%Y %H:%M")
    lock_path(briefing).write_text(
        f"Elif Demir,elif,ws-other-042,{when},file:///home/elif/.config/libreoffice/4;",
        encoding="utf-8")


def test_another_computers_lock_is_trusted_for_a_day(briefing):
    write_foreign_lock(briefing, datetime.timedelta(hours=3))
    with pytest.raises(DocumentLocked) as told:
        DocumentLock.take(briefing)
    assert not told.value.stale
    assert told.value.owner.describe() == "Elif Demir (elif on ws-other-042)"


def test_another_computers_lock_older_than_a_day_is_stale(briefing):
    write_foreign_lock(briefing, datetime.timedelta(days=2))
    with pytest.raises(DocumentLocked) as told:
        DocumentLock.take(briefing)
    assert told.value.stale
