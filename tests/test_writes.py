"""Every output is written whole or not at all, as a user meets it on the command line:
a link stays a link, a folder or a full disk gives one line and leaves the old file,
two exports to one path leave one complete file."""

import os
import resource
import signal
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_studio import cli
from tests.test_cli import SAMPLE, assert_one_line_error, run

OUTPUTS = ("--pdf", "--docx")


def export(source: Path, flag: str, target: Path, **popen) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing_studio.cli", "export", str(source),
                           flag, str(target)], capture_output=True, text=True, timeout=120,
                          **popen)


def leftovers(folder: Path) -> list[str]:
    return [path.name for path in folder.iterdir() if path.name.endswith(".part")]


@pytest.mark.parametrize("flag", OUTPUTS)
def test_an_output_that_is_a_link_stays_a_link_and_its_file_is_replaced(tmp_path, flag):
    suffix = flag.removeprefix("--")
    real = tmp_path / "shared" / f"current.{suffix}"
    real.parent.mkdir()
    real.write_bytes(b"the old version")
    real.chmod(0o640)
    link = tmp_path / f"latest.{suffix}"
    link.symlink_to(real)
    assert run("export", SAMPLE, flag, link).returncode == 0
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes() != b"the old version" and real.stat().st_size > 1000
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # its permissions kept
    assert leftovers(tmp_path) == leftovers(real.parent) == []


def test_a_saved_briefing_that_is_a_link_stays_a_link(tmp_path):
    real = tmp_path / "real.briefing"
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.briefing"
    link.symlink_to(real)
    assert run("import", SAMPLE, "-o", link).returncode == 0
    assert link.is_symlink() and '"briefing-studio"' in real.read_text(encoding="utf-8")


@pytest.mark.parametrize("flag", OUTPUTS)
def test_an_output_that_is_a_folder_is_refused_in_one_line(tmp_path, flag):
    folder = tmp_path / f"out.{flag.removeprefix('--')}"
    folder.mkdir()
    assert_one_line_error(run("export", SAMPLE, flag, folder), str(folder),
                          "cannot write: it is a folder")
    assert leftovers(tmp_path) == [] and list(folder.iterdir()) == []


def _small_disk() -> None:
    # Writes past 8 KB fail as on a full disk (EFBIG for ENOSPC), without the signal.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (8_000, 8_000))


@pytest.mark.parametrize("flag", OUTPUTS)
def test_a_full_disk_leaves_the_old_file_and_says_so_in_one_line(tmp_path, flag):
    target = tmp_path / f"briefing.{flag.removeprefix('--')}"
    target.write_bytes(b"yesterday's version")
    result = export(SAMPLE, flag, target, preexec_fn=_small_disk)
    assert_one_line_error(result, str(target), "cannot write: File too large")
    assert target.read_bytes() == b"yesterday's version"
    assert leftovers(tmp_path) == []


def test_a_read_only_folder_is_said_in_one_line(tmp_path, monkeypatch, capsys):
    # As root (CI) a folder's mode binds nobody, so the refusal is the one the system
    # gives a user: permission denied when the file beside the target is made.
    def denied(*_, **__):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    target = tmp_path / "out.pdf"
    assert cli.main(["export", str(SAMPLE), "--pdf", str(target)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines == [f"briefing-studio: {target}: cannot write: Permission denied"]
    assert not target.exists()


def test_an_output_that_links_to_the_source_is_refused(tmp_path):
    source = tmp_path / "talks.briefing"
    source.write_bytes(SAMPLE.read_bytes())
    link = tmp_path / "again.briefing"
    link.symlink_to(source)
    assert_one_line_error(run("import", source, "-o", link), "would overwrite the source")
    assert source.read_bytes() == SAMPLE.read_bytes()


def test_two_exports_to_one_path_at_once_leave_one_complete_file(tmp_path):
    target = tmp_path / "together.pdf"
    for _ in range(3):
        both = [subprocess.Popen([sys.executable, "-m", "briefing_studio.cli", "export",
                                  str(SAMPLE), "--pdf", str(target)],
                                 stderr=subprocess.PIPE) for _ in range(2)]
        assert [process.wait(timeout=120) for process in both] == [0, 0]
        for process in both:
            process.stderr.close()
        pages = PdfReader(target).pages
        assert len(pages) >= 2 and "Regional Water" in pages[0].extract_text()
        assert leftovers(tmp_path) == []
    assert os.access(target, os.R_OK)
