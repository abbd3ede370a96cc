"""The command line as a user meets it: a separate process, exit codes and stderr."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

SAMPLE = Path(__file__).parents[1] / "resources" / "samples" / "regional-water-talks.briefing"


def run(*arguments: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing_studio.cli", *map(str, arguments)],
        capture_output=True, text=True, timeout=60, env=env,
    )


def assert_one_line_error(result, *fragments: str) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == "briefing-studio 0.1.0"


def test_import_article_text_writes_a_briefing(tmp_path):
    out = tmp_path / "talks.briefing"
    result = run("import", FIXTURES / "ankara-talks.txt", "-o", out)

    assert result.returncode == 0, result.stderr
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["format"] == "briefing-studio"
    assert [s["heading"] != "" for s in saved["sections"]] == [False, True, True, True, True]


def test_importing_a_briefing_again_gives_the_same_bytes(tmp_path):
    first, again = tmp_path / "first.briefing", tmp_path / "again.briefing"
    assert run("import", FIXTURES / "turkish-briefing.txt", "-o", first).returncode == 0
    assert run("import", first, "-o", again).returncode == 0
    assert again.read_bytes() == first.read_bytes()


def test_import_markdown(tmp_path):
    source = tmp_path / "note.md"
    source.write_text("# Talks\n\n## Agenda\n\n- [HIGH] **Water:** releases\n", encoding="utf-8")
    out = tmp_path / "note.briefing"
    assert run("import", source, "-o", out).returncode == 0
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["meta"]["title"] == "Talks"
    assert saved["sections"][0]["blocks"][0]["items"][0] == {
        "label": "Water", "text": "releases", "priority": "high"}


@pytest.mark.parametrize(("name", "content", "fragments"), [
    ("absent.txt", None, ["absent.txt: cannot read: No such file or directory"]),
    ("notes.pdf", b"%PDF-1.7",
     ["notes.pdf: cannot import '.pdf' files (expected .txt, .text, .md"]),
    ("README", b"text", ["README: cannot import files without an extension"]),
    ("latin1.txt", "Çağrı".encode("cp1254"),
     ["latin1.txt: not UTF-8 text (byte 0xc7 at offset 0)"]),
    ("empty.txt", b"  \n\n", ["empty.txt: the file is empty"]),
    ("fake.docx", b"not a zip", ["fake.docx: not a Word document (.docx) that can be read"]),
    ("broken.briefing", b'{"format": ', ["broken.briefing: invalid JSON at line 1"]),
    ("future.briefing", b'{"format": "briefing-studio", "version": 9}',
     ["future.briefing: written by a newer Briefing Studio"]),
])
def test_bad_source_gives_one_line_exit_2_and_no_output(tmp_path, name, content, fragments):
    source = tmp_path / name
    if content is not None:
        source.write_bytes(content)
    out = tmp_path / "out.briefing"

    result = run("import", source, "-o", out)

    assert_one_line_error(result, *fragments)
    assert result.stderr.startswith("briefing-studio: ")
    assert not out.exists()


def test_a_folder_as_source_is_named(tmp_path):
    folder = tmp_path / "drafts.txt"
    folder.mkdir()
    assert_one_line_error(run("import", folder, "-o", tmp_path / "o.briefing"),
                          "drafts.txt: cannot read: Is a directory")


def test_output_must_be_a_briefing_file(tmp_path):
    source = FIXTURES / "ankara-talks.txt"
    result = run("import", source, "-o", tmp_path / "talks.txt")
    assert_one_line_error(result, "talks.txt: the output must be a .briefing file")
    assert not (tmp_path / "talks.txt").exists()


def test_output_into_a_missing_folder_is_named(tmp_path):
    out = tmp_path / "absent" / "talks.briefing"
    result = run("import", FIXTURES / "ankara-talks.txt", "-o", out)
    assert_one_line_error(result, f"{out}: cannot write: No such file or directory")


def test_failed_import_keeps_an_existing_output_untouched(tmp_path):
    out = tmp_path / "talks.briefing"
    out.write_text("precious", encoding="utf-8")
    result = run("import", tmp_path / "absent.txt", "-o", out)
    assert result.returncode == 2
    assert out.read_text(encoding="utf-8") == "precious"


def test_opening_the_app_without_a_display_says_so_in_one_line():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run(SAMPLE, env=env)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "briefing-studio: no display to open the app on (DISPLAY is not set); "
        "'briefing-studio import' works without one"
    )


def test_opening_the_app_without_qts_x11_libraries_names_them_in_one_line(tmp_path):
    # An ldd that reports two of the xcb plugin's libraries missing, as on a minimal system.
    ldd = tmp_path / "ldd"
    ldd.write_text("#!/bin/sh\n"
                   "printf '\\tlibxcb-cursor.so.0 => not found\\n'\n"
                   "printf '\\tlibxkbcommon-x11.so.0 => not found\\n'\n", encoding="utf-8")
    ldd.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env |= {"DISPLAY": ":0", "PATH": f"{tmp_path}{os.pathsep}{env['PATH']}"}
    result = run(SAMPLE, env=env)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "briefing-studio: Qt cannot open a window: the X11 libraries libxcb-cursor.so.0, "
        "libxkbcommon-x11.so.0 are missing; install them with 'sudo apt-get install "
        "libxcb-cursor0 libxkbcommon-x11-0' (in a source checkout, 'make run' installs them "
        "when run as root)")


def test_import_needs_an_output():
    result = run("import", FIXTURES / "ankara-talks.txt")
    assert result.returncode == 2
    assert "the following arguments are required: -o/--output" in result.stderr


def test_export_docx_and_pdf_in_one_call(tmp_path):
    docx_out, pdf_out = tmp_path / "talks.docx", tmp_path / "talks.pdf"
    result = run("export", SAMPLE, "--docx", docx_out, "--pdf", pdf_out)
    assert result.returncode == 0, result.stderr
    assert docx_out.read_bytes()[:2] == b"PK"
    assert pdf_out.read_bytes()[:5] == b"%PDF-"


def test_export_docx_from_article_text(tmp_path):
    out = tmp_path / "talks.docx"
    result = run("export", FIXTURES / "ankara-talks.txt", "--docx", out,
                 "--classification", "OFFICIAL-SENSITIVE", "--style", "tr-resmi",
                 "--min-priority", "low", "--sort-by-priority")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["talks.docx"]


@pytest.mark.parametrize(("arguments", "fragments"), [
    (["--docx", "{tmp}/out.docx", "--style", "fancy"], ["fancy: no such style"]),
    (["--docx", "{tmp}/out.pdf"], ["out.pdf: the output must be a .docx file"]),
    (["--pdf", "{tmp}/out.docx"], ["out.docx: the output must be a .pdf file"]),
    (["--pdf", "{tmp}/absent/out.pdf"], ["out.pdf: cannot write: No such file"]),
    (["--docx", "{tmp}/absent/out.docx"], ["out.docx: cannot write: No such file"]),
    (["--docx", "{tmp}/out.docx", "--style", "{tmp}/bad.json"],
     ["bad.json: invalid JSON at line 1"]),
])
def test_bad_export_requests_give_one_line_and_no_output(tmp_path, arguments, fragments):
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    arguments = [a.replace("{tmp}", str(tmp_path)) for a in arguments]
    result = run("export", FIXTURES / "ankara-talks.txt", *arguments)
    assert_one_line_error(result, *fragments)
    assert not (tmp_path / "out.docx").exists() and not (tmp_path / "out.pdf").exists()


def test_export_of_a_missing_source_names_it(tmp_path):
    result = run("export", tmp_path / "gone.briefing", "--docx", tmp_path / "out.docx")
    assert_one_line_error(result, "gone.briefing: cannot read: No such file or directory")
    assert not (tmp_path / "out.docx").exists()


def test_export_needs_an_output():
    result = run("export", FIXTURES / "ankara-talks.txt")
    assert result.returncode == 2
    assert "nothing to write" in result.stderr


def test_export_rejects_an_unknown_priority():
    result = run("export", FIXTURES / "ankara-talks.txt", "--docx", "x.docx",
                 "--min-priority", "urgent")
    assert result.returncode == 2
    assert "invalid choice: 'urgent'" in result.stderr


def test_an_output_may_not_overwrite_its_source(tmp_path):
    source = tmp_path / "colleague.docx"
    assert run("export", SAMPLE, "--docx", source).returncode == 0
    before = source.read_bytes()
    result = run("export", source, "--docx", source)
    assert_one_line_error(result, "colleague.docx: the output would overwrite the source")
    assert source.read_bytes() == before


def test_when_one_output_fails_neither_is_written(tmp_path):
    huge = tmp_path / "huge.briefing"
    table = {"type": "table", "caption": "", "header": ["A"] * 120, "rows": [["x"] * 120]}
    huge.write_text(json.dumps({"format": "briefing-studio", "version": 1, "sections": [
        {"heading": "Wide", "blocks": [table]}]}), encoding="utf-8")
    docx_out, pdf_out = tmp_path / "wide.docx", tmp_path / "missing" / "wide.pdf"
    result = run("export", huge, "--docx", docx_out, "--pdf", pdf_out)
    assert_one_line_error(result, "wide.pdf: cannot write")
    assert not docx_out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huge.briefing"]


@pytest.mark.parametrize("blocks", [
    [{"type": "table", "caption": "", "header": ["A", "B"], "rows": [["word " * 1500, "x"]]}],
    [{"type": "table", "caption": "", "header": [f"C{i}" for i in range(90)],
      "rows": [[f"v{i}" for i in range(90)]]}],
])
def test_tables_that_outgrow_the_page_still_export(tmp_path, blocks):
    source = tmp_path / "big.briefing"
    source.write_text(json.dumps({"format": "briefing-studio", "version": 1, "sections": [
        {"heading": "Annex", "blocks": blocks}]}), encoding="utf-8")
    result = run("export", source, "--docx", tmp_path / "o.docx", "--pdf", tmp_path / "o.pdf")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o.pdf").read_bytes()[:5] == b"%PDF-"


def test_long_metadata_and_half_surrogates_do_not_break_exports(tmp_path):
    source = tmp_path / "odd.briefing"
    source.write_text('{"format": "briefing-studio", "version": 1, "meta": {"title": "T \\ud83d",'
                      f' "source": "{"https://example.org/" + "a" * 400}"}}, "sections": []}}',
                      encoding="utf-8")
    result = run("export", source, "--docx", tmp_path / "o.docx", "--pdf", tmp_path / "o.pdf")
    assert result.returncode == 0, result.stderr
    again = tmp_path / "again.briefing"
    assert run("import", source, "-o", again).returncode == 0
    assert "T \ufffd" in again.read_text(encoding="utf-8")


def test_deeply_nested_json_is_a_clear_error(tmp_path):
    source = tmp_path / "deep.briefing"
    source.write_text("[" * 100000, encoding="utf-8")
    assert_one_line_error(run("import", source, "-o", tmp_path / "o.briefing"),
                          "deep.briefing: invalid JSON")


def test_importing_a_reviewed_word_file_says_once_that_its_changes_were_accepted(tmp_path):
    from tests.docx_fixtures import write_fixture

    source = write_fixture("tracked-changes", tmp_path)
    result = run("import", str(source), "-o", str(tmp_path / "out.briefing"))
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "note:" in line]
    assert len(notes) == 1 and "tracked changes" in notes[0] and str(source) in notes[0]
