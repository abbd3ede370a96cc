"""Do the PDF and the DOCX paginate alike on a briefing book? Page counts per style.

Builds the 100-copy book of benchmarks/export_speed.py (about 170 pages) and, for each
house style, exports the PDF and the DOCX, lets LibreOffice lay out the DOCX, and
prints both page counts and their difference (target: within 2 %).

Run: .venv/bin/python benchmarks/pagination.py [ARTICLE.txt]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.options import ExportOptions
from briefing_studio.style import available_styles, load_style

sys.path.insert(0, str(Path(__file__).parent))
from export_speed import DEFAULT_ARTICLE, long_briefing

TARGET = 0.02


def main() -> int:
    book = long_briefing(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ARTICLE)
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for style in available_styles():
            options = ExportOptions(style=load_style(style), classification="OFFICIAL-SENSITIVE")
            write_pdf(book, work / f"{style}.pdf", options)
            write_docx(book, work / f"{style}.docx", options)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
                        "--convert-to", "pdf", "--outdir", str(work / "lo"),
                        *map(str, sorted(work.glob("*.docx")))],
                       check=True, capture_output=True, timeout=1800)
        print(f"{'style':10} {'PDF':>6} {'DOCX':>6} {'diff':>7}")
        for style in available_styles():
            ours = len(PdfReader(work / f"{style}.pdf").pages)
            theirs = len(PdfReader(work / "lo" / f"{style}.pdf").pages)
            difference = (theirs - ours) / ours
            failed |= abs(difference) > TARGET
            print(f"{style:10} {ours:6} {theirs:6} {difference:+7.1%}")
    print(f"target: within {TARGET:.0%}: {'missed' if failed else 'met'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
