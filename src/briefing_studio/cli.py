"""The command line: open the app, import material, report the version.

Bad input gives one line on stderr naming the file and the problem, and exit status 2.
Nothing here imports Qt unless the app is opened.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib.metadata import version
from pathlib import Path

from . import fileformat
from .errors import BriefingError, BriefingFileError
from .importers import IMPORTABLE_SUFFIXES, import_file

PROGRAM = "briefing-studio"
EXIT_BAD_INPUT = 2
EXIT_NO_DISPLAY = 1
COMMANDS = ("import",)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in COMMANDS:
            return run_command(argv)
        return open_app(app_parser().parse_args(argv).file)
    except BriefingError as error:
        print(f"{PROGRAM}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT


def app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        usage=f"{PROGRAM} [FILE] | {PROGRAM} import SRC -o OUT.briefing | {PROGRAM} --version",
        description="Draft briefing documents and export them as PDF and DOCX. "
                    "Without a command, open the desktop app (on FILE if given).",
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE",
                        help=f"a briefing or text to open ({', '.join(IMPORTABLE_SUFFIXES)})")
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {version(PROGRAM)}")
    return parser


def command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROGRAM)
    commands = parser.add_subparsers(dest="command", required=True)
    importing = commands.add_parser(
        "import", help="turn article text, Markdown or a briefing into a .briefing file"
    )
    importing.add_argument("source", type=Path, metavar="SRC",
                           help=f"the file to import ({', '.join(IMPORTABLE_SUFFIXES)})")
    importing.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.briefing")
    return parser


def run_command(argv: list[str]) -> int:
    arguments = command_parser().parse_args(argv)
    if arguments.output.suffix.lower() != fileformat.SUFFIX:
        raise BriefingFileError(arguments.output, f"the output must be a {fileformat.SUFFIX} file")
    fileformat.save(import_file(arguments.source), arguments.output)
    return 0


def open_app(file: Path | None) -> int:
    if not display_available():
        print(f"{PROGRAM}: no display to open the app on (DISPLAY is not set); "
              f"'{PROGRAM} import' works without one", file=sys.stderr)
        return EXIT_NO_DISPLAY
    from .gui.app import run_app  # Qt loads only when the app is wanted

    return run_app(file)


def display_available() -> bool:
    """Whether Qt can open a window here, asked without loading Qt (which aborts if not)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


if __name__ == "__main__":
    sys.exit(main())
