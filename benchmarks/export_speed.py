"""How fast the exporters are on a long briefing, against the tools users compare us with.

Builds a briefing of 100 copies of a seed-shaped article (about 170 pages), then times,
each as a whole process, best of three runs:

- our DOCX export against pandoc writing a DOCX from the same content as Markdown
  (target: under a third of pandoc's time);
- our PDF export against LibreOffice turning our DOCX into PDF (target: at most half),
  against the plainest reportlab code for the same content (target: at most 1.5 times)
  and against Typst compiling the same content (target: no slower).

Run: .venv/bin/python benchmarks/export_speed.py [ARTICLE.txt]
Tools that are not installed (pandoc, soffice, the typst package) are reported and skipped.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing_studio import fileformat
from briefing_studio.importers.text import import_article_text
from briefing_studio.model import Briefing, BulletList, Paragraph, Table, renew_ids

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = ROOT / "tests" / "fixtures" / "ankara-talks.txt"
COPIES = 100
RUNS = 3


def long_briefing(article: Path) -> Briefing:
    single = import_article_text(article.read_text(encoding="utf-8"))
    big = copy.deepcopy(single)
    # Each copy is another section, with ids of its own, as in a real briefing.
    big.sections = [renew_ids(copy.deepcopy(section))
                    for _ in range(COPIES) for section in single.sections]
    return big


def best_time(command: list[str]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def as_markdown(briefing: Briefing) -> str:
    lines = []
    for section in briefing.sections:
        if section.heading:
            lines += [f"## {section.heading}", ""]
        for block in section.blocks:
            match block:
                case Paragraph():
                    lines += [block.text, ""]
                case BulletList():
                    lines += [f"- {item.display_text}" for item in block.items] + [""]
                case Table():
                    lines.append("| " + " | ".join(block.header) + " |")
                    lines.append("|" + "---|" * block.column_count)
                    lines += ["| " + " | ".join(row) + " |" for row in block.rows] + [""]
    return "\n".join(lines)


def as_typst(briefing: Briefing) -> str:
    def text(value: str) -> str:
        return "".join(f"\\{c}" if c in "\\#*_`$<>@[]~/=-+\"'" else c for c in value)

    lines = [
        '#set page(paper: "a4", margin: 22mm, header: align(center)[OFFICIAL-SENSITIVE],',
        "  footer: context [#align(center)[OFFICIAL-SENSITIVE] #h(1fr) Page",
        "  #counter(page).display() of #counter(page).final().first()])",
        '#set text(font: "Noto Sans", size: 10.5pt)',
    ]
    for section in briefing.sections:
        if section.heading:
            lines.append(f"= {text(section.heading)}")
        for block in section.blocks:
            match block:
                case Paragraph():
                    lines += [text(block.text), ""]
                case BulletList():
                    lines += [f"- {text(item.display_text)}" for item in block.items] + [""]
                case Table():
                    cells = ", ".join(f"[{text(c)}]" for row in block.rows for c in row)
                    header = ", ".join(f"[{text(c)}]" for c in block.header)
                    lines.append(f"#table(columns: {block.column_count}, "
                                 f"table.header({header}), {cells})")
    return "\n".join(lines)


PLAIN_REPORTLAB = """
import sys
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, ListFlowable, ListItem
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from briefing_studio import fileformat
from briefing_studio.model import Paragraph as P, BulletList, Table as T
from briefing_studio.resources import resource_path
from xml.sax.saxutils import escape
pdfmetrics.registerFont(TTFont("Body", str(resource_path("fonts", "NotoSans-Regular.ttf"))))
styles = getSampleStyleSheet()
for s in styles.byName.values():
    s.fontName = "Body"
story = []
for section in fileformat.load(sys.argv[1]).sections:
    if section.heading:
        story.append(Paragraph(escape(section.heading), styles["Heading1"]))
    for block in section.blocks:
        if isinstance(block, P):
            story.append(Paragraph(escape(block.text), styles["BodyText"]))
        elif isinstance(block, BulletList):
            story.append(ListFlowable([ListItem(Paragraph(escape(i.display_text),
                                                styles["BodyText"])) for i in block.items]))
        elif isinstance(block, T):
            story.append(Table([[Paragraph(escape(c), styles["BodyText"]) for c in row]
                                for row in [block.header, *block.rows]], repeatRows=1))
SimpleDocTemplate(sys.argv[2]).build(story)
"""


def main() -> None:
    article = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ARTICLE
    python = sys.executable
    cli = [python, "-m", "briefing_studio.cli"]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        briefing = long_briefing(article)
        source = work / "long.briefing"
        fileformat.save(briefing, source)
        (work / "long.md").write_text(as_markdown(briefing), encoding="utf-8")
        (work / "long.typ").write_text(as_typst(briefing), encoding="utf-8")
        (work / "plain.py").write_text(PLAIN_REPORTLAB, encoding="utf-8")

        ours_docx = best_time([*cli, "export", str(source), "--docx", str(work / "ours.docx")])
        ours_pdf = best_time([*cli, "export", str(source), "--pdf", str(work / "ours.pdf")])
        pages = _page_count(work / "ours.pdf")
        print(f"briefing: {COPIES} copies of {article.name}, {pages} PDF pages")
        print(f"our DOCX export            {ours_docx:6.2f} s")
        print(f"our PDF export             {ours_pdf:6.2f} s")

        if shutil.which("pandoc"):
            pandoc = best_time(["pandoc", str(work / "long.md"), "-o", str(work / "p.docx")])
            _report("pandoc Markdown -> DOCX", pandoc, ours_docx / pandoc, "at most 0.33")
        else:
            print("pandoc: not installed, skipped")
        if shutil.which("soffice"):
            office = best_time(["soffice", "--headless",
                                f"-env:UserInstallation=file://{work}/lo",
                                "--convert-to", "pdf", "--outdir", str(work / "lo-out"),
                                str(work / "ours.docx")])
            _report("LibreOffice DOCX -> PDF", office, ours_pdf / office, "at most 0.5")
        else:
            print("soffice: not installed, skipped")
        plain = best_time([python, str(work / "plain.py"), str(source), str(work / "plain.pdf")])
        _report("plain reportlab", plain, ours_pdf / plain, "at most 1.5")
        typst = _typst_command(work)
        if typst:
            typst_time = best_time(typst)
            _report("Typst compile", typst_time, ours_pdf / typst_time, "at most 1.0")
        else:
            print("typst: the 'typst' Python package is not installed, skipped "
                  "(pip install typst)")


def _typst_command(work: Path) -> list[str] | None:
    probe = subprocess.run([sys.executable, "-c", "import typst"], capture_output=True)
    if probe.returncode:
        return None
    fonts = ROOT / "resources" / "fonts"
    code = (f"import typst; typst.compile({str(work / 'long.typ')!r}, "
            f"output={str(work / 't.pdf')!r}, font_paths=[{str(fonts)!r}])")
    return [sys.executable, "-c", code]


def _report(name: str, seconds: float, ratio: float, target: str) -> None:
    print(f"{name:26} {seconds:6.2f} s   ours / theirs = {ratio:.2f} (target {target})")


def _page_count(pdf: Path) -> int:
    from pypdf import PdfReader  # installed with the test extra

    return len(PdfReader(pdf).pages)


if __name__ == "__main__":
    main()
