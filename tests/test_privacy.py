"""Exported files carry nothing of the machine they were made on that the user did not
type: no folder, host name, user name or home, in any part of the DOCX or any stream of
the PDF (its information dictionary and XMP included)."""

import getpass
import re
import socket
import zipfile
import zlib
from pathlib import Path

import pytest

from briefing_studio import cli
from tests.figure_fixtures import png

NEEDLES = ("secret-folder-qx7", "host-qx7", "user-qx7", "home-qx7")
STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)


def pdf_texts(path: Path) -> list[bytes]:
    """The PDF's bytes and every one of its streams, unpacked where packed."""
    raw = path.read_bytes()
    found = [raw]
    for match in STREAM.finditer(raw):
        try:
            found.append(zlib.decompress(match.group(1)))
        except zlib.error:
            found.append(match.group(1))
    return found


@pytest.fixture
def machine(tmp_path, monkeypatch):
    """A machine whose folder, host, user and home have names no output may hold."""
    monkeypatch.setattr(socket, "gethostname", lambda: "host-qx7")
    monkeypatch.setattr(getpass, "getuser", lambda: "user-qx7")
    for name in ("USER", "LOGNAME", "USERNAME"):
        monkeypatch.setenv(name, "user-qx7")
    monkeypatch.setenv("HOME", str(tmp_path / "home-qx7"))
    folder = tmp_path / "secret-folder-qx7"
    folder.mkdir()
    return folder


def test_outputs_hold_no_folder_host_or_user_name(machine, tmp_path):
    (machine / "map.png").write_bytes(png(60, 40))
    source = machine / "note.md"
    source.write_text("# Crossings\n\n## Routes\n\nThe routes.\n\n![Map of the routes](map.png)"
                      "\n\nA note.^[From the desk.]\n", encoding="utf-8")
    pdf, docx = machine / "note.pdf", machine / "note.docx"
    assert cli.main(["export", str(source), "--pdf", str(pdf), "--docx", str(docx)]) == 0
    with zipfile.ZipFile(docx) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    needles = [*NEEDLES, str(tmp_path)]
    found = [(name, needle) for name, data in parts.items() for needle in needles
             if needle.encode() in data]
    found += [("pdf", needle) for data in pdf_texts(pdf) for needle in needles
              if needle.encode() in data]
    assert found == []
    assert any(b"Crossings" in data for data in pdf_texts(pdf))  # the check reads the text
