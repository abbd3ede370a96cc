"""The command line: open the app, import material, report the version.

Bad input gives one line on stderr naming the file and the problem, and exit status 2.
Nothing here imports Qt unless the app is opened.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from . import __version__, desktop_libs, fileformat
from .atomicfile import replacing
from .errors import BriefingError, ExportError
from .exporters import FORMATS, OutputFormat
from .importers import IMPORTABLE_SUFFIXES, import_file
from .language import is_tag, languages
from .media import without_alt_text
from .model import Briefing, Priority
from .options import ExportOptions
from .style import available_styles, load_style

PROGRAM = "briefing-studio"
EXIT_BAD_INPUT = 2
EXIT_NO_DISPLAY = 1
EXIT_INTERNAL_ERROR = 1
COMMANDS = ("import", "export")
PRIORITY_CHOICES = tuple(p.value for p in Priority.ranked())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in COMMANDS:
            return run_command(argv)
        return open_app(app_parser().parse_args(argv).file)
    except BriefingError as error:
        print(f"{PROGRAM}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # a bug of ours: still one line, never a traceback
        print(f"{PROGRAM}: unexpected error ({type(error).__name__}: {error}); "
              "please report it", file=sys.stderr)
        return EXIT_INTERNAL_ERROR


def app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        usage=f"{PROGRAM} [FILE] | {PROGRAM} {{import,export}} ... | {PROGRAM} --version",
        description="Draft briefing documents and export them as PDF and DOCX. "
                    "Without a command, open the desktop app (on FILE if given).",
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE",
                        help=f"a briefing or text to open ({', '.join(IMPORTABLE_SUFFIXES)})")
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
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
    titles = " and/or ".join(output.title for output in FORMATS.values())
    exporting = commands.add_parser(
        "export", help=f"write a {titles} from a briefing, article text or Markdown"
    )
    exporting.add_argument("source", type=Path, metavar="SRC",
                           help=f"the file to export ({', '.join(IMPORTABLE_SUFFIXES)})")
    for output in FORMATS.values():
        exporting.add_argument(f"--{output.name}", type=Path, metavar=f"OUT{output.extension}",
                               help=f"write {output.summary}")
    exporting.add_argument("--classification", metavar="TEXT",
                           help="the marking for every page, replacing the briefing's own")
    exporting.add_argument("--style", metavar="NAME|FILE",
                           help=f"house style: {', '.join(available_styles())} "
                                "or the path of a style .json file")
    exporting.add_argument("--docx-template", type=Path, metavar="FILE",
                           help="a Word document whose page set-up, styles, header and "
                                "footer the DOCX takes; the PDF takes its page, fonts "
                                "and spacing")
    exporting.add_argument("--min-priority", choices=PRIORITY_CHOICES,
                           help="a summary: leave out bullets ranked below this priority "
                                "(decisions, paragraphs and unranked bullets stay)")
    exporting.add_argument("--sort-by-priority", action="store_true",
                           help="order each bullet list from high to low priority")
    exporting.add_argument("--language", metavar="TAG",
                           help="the document's language (a BCP 47 tag: "
                                f"{', '.join(language.tag for language in languages().values())}"
                                "), replacing the briefing's own; it picks the printed words")
    return parser


def imported(source: Path) -> Briefing:
    """The source as a briefing; what the user should know of its import (tracked
    changes accepted) is one line each on stderr, and the command still succeeds."""
    notes: list[str] = []
    briefing = import_file(source, notes)
    for note in notes:
        print(f"{PROGRAM}: note: {source}: {note}", file=sys.stderr)
    return briefing


def run_command(argv: list[str]) -> int:
    parser = command_parser()
    arguments = parser.parse_args(argv)
    if arguments.command == "import":
        _check_output(arguments.output, fileformat.SUFFIX, arguments.source)
        fileformat.save(imported(arguments.source), arguments.output)
        return 0
    if arguments.language is not None and not is_tag(arguments.language):
        # One line, as for bad input, rather than argparse's usage and error.
        parser.exit(EXIT_BAD_INPUT, f"{PROGRAM}: --language: {arguments.language!r} is not a "
                                    "language tag like en-GB or tr-TR\n")
    outputs = [(getattr(arguments, output.name), output) for output in FORMATS.values()
               if getattr(arguments, output.name) is not None]
    if not outputs:
        wanted = " and/or ".join(f"--{o.name} OUT{o.extension}" for o in FORMATS.values())
        parser.error(f"export: nothing to write: give {wanted}")
    for path, output in outputs:
        _check_output(path, output.extension, arguments.source)
    briefing = imported(arguments.source)
    options = ExportOptions(
        style=load_style(arguments.style),
        classification=arguments.classification,
        min_priority=Priority(arguments.min_priority) if arguments.min_priority else None,
        sort_by_priority=arguments.sort_by_priority,
        language=arguments.language,
        docx_template=arguments.docx_template,
    )
    export_together(briefing, options, outputs)
    if unlabelled := briefing.unlabelled_figures():
        print(f"{PROGRAM}: note: {arguments.source}: {without_alt_text(len(unlabelled))}",
              file=sys.stderr)
    return 0


def export_together(briefing: Briefing, options: ExportOptions,
                    outputs: list[tuple[Path, OutputFormat]]) -> None:
    """Write every output, or none: each is written beside its target first, and all
    replace their targets only when every one is complete."""
    with contextlib.ExitStack() as stack:
        staged = []
        for path, output in outputs:
            try:
                staged.append((path, output, stack.enter_context(replacing(path))))
            except OSError as error:
                raise ExportError(path, f"cannot write: {error.strerror or error}") from error
        for path, output, temporary in staged:
            try:
                output.write(briefing, temporary, options)
            except ExportError as error:
                raise ExportError(path, error.problem) from error


def _check_output(output: Path, suffix: str, source: Path) -> None:
    # Refusing other names, and the source itself, keeps a slip of the keyboard from
    # overwriting what the user gave us.
    if output.suffix.lower() != suffix:
        raise BriefingError(output, f"the output must be a {suffix} file")
    if output.resolve() == source.resolve():
        raise BriefingError(output, "the output would overwrite the source; choose another name")


def open_app(file: Path | None) -> int:
    if not display_available():
        print(f"{PROGRAM}: no display to open the app on (DISPLAY is not set); "
              f"'{PROGRAM} import' works without one", file=sys.stderr)
        return EXIT_NO_DISPLAY
    problem = desktop_libs.desktop_problem()  # asked first: Qt aborts without its libraries
    if problem:
        print(f"{PROGRAM}: {problem}", file=sys.stderr)
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
