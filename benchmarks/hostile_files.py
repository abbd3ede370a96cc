"""What hostile files cost the command line, measured and printed.

Each file of tests/hostile_fixtures.py (a 300 MB document.xml bomb, a lying bomb, the
billion laughs in each part, an outside entity, outside references, JSON nested 10^5
deep and one of 10^6 sections, pathological Markdown and a 20 MB line of text) is
imported by `briefing-studio import` in a process of its own: its exit status, its one
line, its wall time and its peak memory (the process's own, from wait4). Targets: a
bomb refused in under 2 s and under 200 MB; nothing above 10 s or 1 GB.

Run: .venv/bin/python benchmarks/hostile_files.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import hostile_fixtures as hostile  # noqa: E402


def cases(folder: Path) -> dict[str, Path]:
    return {
        "document.xml bomb (300 MB)": hostile.document_bomb(folder / "bomb.docx"),
        "lying bomb (64 MB said 2 KB)": hostile.lying_bomb(folder / "lying.docx"),
        **{f"billion laughs in {part}": hostile.entity_attack(
            folder / f"laughs-{n}.docx", part) for n, part in enumerate(
            ("word/document.xml", "word/styles.xml", "word/numbering.xml",
             "docProps/core.xml", "word/footnotes.xml"))},
        "outside entity (XXE)": hostile.outside_entity(folder / "xxe.docx"),
        "outside references": hostile.outside_references(folder / "links.docx"),
        "JSON nested 10^5 deep": hostile.deep_json(folder / "deep.briefing"),
        "JSON of 10^6 sections": hostile.many_sections_json(folder / "many.briefing"),
        "Markdown nested 10^5 deep": hostile.deep_markdown(folder / "deep.md"),
        "text with a 20 MB line": hostile.long_line_text(folder / "long.txt"),
    }


def measure(source: Path, output: Path) -> tuple[int, str, float, float]:
    """Exit status, first line of stderr, seconds, peak MB of one import."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing_studio.cli", "import", str(source), "-o", str(output)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    line = process.stderr.read().decode(errors="replace").strip().splitlines()
    process.stderr.close()
    return os.waitstatus_to_exitcode(status), (line[0] if line else ""), seconds, \
        usage.ru_maxrss / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        built = cases(Path(folder))
        print(f"{'case':32} {'exit':>4} {'s':>6} {'MB':>7}  message")
        for name, source in built.items():
            output = Path(folder) / "out.briefing"
            code, line, seconds, peak = measure(source, output)
            written = " (wrote output)" if output.exists() else ""
            output.unlink(missing_ok=True)
            message = line.split(": ", 1)[-1][:90]
            print(f"{name:32} {code:>4} {seconds:6.2f} {peak:7.0f}  {message}{written}")


if __name__ == "__main__":
    main()
