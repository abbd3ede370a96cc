"""What the table of contents costs a long briefing, measured and printed.

The briefing of benchmarks/export_speed.py (100 copies of a seed-shaped article, about
170 pages, 500 headings) is exported with its contents off and on, best of three runs
each: the PDF (target: with contents at most 1.3 times the time without) and the DOCX,
whose contents take their page numbers from a layout of the PDF. Then a 500-page book
(300 copies) with contents, once.

Run: .venv/bin/python benchmarks/contents.py
"""

from __future__ import annotations

import copy
import dataclasses
import tempfile
import time
from pathlib import Path

from export_speed import DEFAULT_ARTICLE, long_briefing

from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.model import CONTENTS_OFF, CONTENTS_ON, Briefing, renew_ids
from briefing_studio.options import ExportOptions


def with_contents(briefing: Briefing, setting: str, copies: int = 1) -> Briefing:
    sections = [renew_ids(copy.deepcopy(section))
                for _ in range(copies) for section in briefing.sections]
    return dataclasses.replace(briefing, meta=dataclasses.replace(briefing.meta,
                                                                  contents=setting),
                               sections=sections)


def best_of_three(write, briefing: Briefing, path: Path) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        write(briefing, path, ExportOptions())
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    book = long_briefing(DEFAULT_ARTICLE)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for name, write in (("PDF", write_pdf), ("DOCX", write_docx)):
            off = best_of_three(write, with_contents(book, CONTENTS_OFF), out / "off")
            on = best_of_three(write, with_contents(book, CONTENTS_ON), out / "on")
            print(f"{name}: contents off {off:.2f} s, on {on:.2f} s ({on / off:.2f} x)")
        start = time.perf_counter()
        write_pdf(with_contents(book, CONTENTS_ON, copies=3), out / "big.pdf", ExportOptions())
        print(f"PDF of 300 copies with contents: {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
