"""How well the importers find an article's own structure, measured and printed.

Each article is a folder with ``truth.json`` (its ``title`` and ``headings`` as the
page writes them), ``article.txt`` (its text as a browser copies it) and ``page.html``
(the whole page, with the site around the article). For the pasted text and for the
page, this prints the precision and recall of headings (a heading found is right when
its words are those of a true heading), how often the title is right, and the share of
the article's words the briefing keeps. A third row reads the whole page's text as
Select All and Copy in a browser would give it (the site's menus, banners and footer
too) through the text importer: the hardest case for finding headings in plain text.

Goals (issue 14): text precision >= 60 % and recall >= 70 %; HTML >= 90 % for both;
every word kept; the title right in at least 95 %.

Run: .venv/bin/python benchmarks/article_headings.py [FOLDER ...]
(default: the fixtures in tests/fixtures/articles; a folder of article folders, or an
article folder itself)
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from briefing_studio.importers.html import import_html
from briefing_studio.importers.text import FENCE, article_lines, import_article_text
from briefing_studio.language import fold
from briefing_studio.model import Briefing

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "articles"
WORD = re.compile(r"\w+")


def words_of(text: str) -> list[str]:
    return [fold(word) for word in WORD.findall(text)]


def same_words(a: str, b: str) -> bool:
    return words_of(a) == words_of(b)


@dataclass
class Score:
    found: int = 0
    right: int = 0
    real: int = 0
    recalled: int = 0
    titles: int = 0
    articles: int = 0
    words_kept: int = 0
    words: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, truth: dict, briefing: Briefing, source_words: list[str]) -> None:
        found = [section.heading for section in briefing.sections if section.heading]
        real = truth["headings"]
        right = [heading for heading in found if any(same_words(heading, r) for r in real)]
        recalled = [r for r in real if any(same_words(heading, r) for heading in found)]
        self.found += len(found)
        self.right += len(right)
        self.real += len(real)
        self.recalled += len(recalled)
        self.articles += 1
        self.titles += same_words(briefing.meta.title, truth["title"])
        kept = Counter(words_of(" ".join(briefing.words())))
        wanted = Counter(source_words)
        self.words += sum(wanted.values())
        self.words_kept += sum((wanted & kept).values())
        for heading in found:
            if heading not in right:
                self.misses.append(f"{name}: spurious {heading!r}")
        for heading in real:
            if heading not in recalled:
                self.misses.append(f"{name}: missed {heading!r}")
        if not same_words(briefing.meta.title, truth["title"]):
            self.misses.append(f"{name}: title {briefing.meta.title!r}, not {truth['title']!r}")

    def line(self, kind: str) -> str:
        precision = self.right / self.found if self.found else 1.0
        recall = self.recalled / self.real if self.real else 1.0
        return (f"{kind:18} precision {precision:6.1%} ({self.right}/{self.found})  "
                f"recall {recall:6.1%} ({self.recalled}/{self.real})  "
                f"title {self.titles}/{self.articles}  "
                f"words kept {self.words_kept / max(self.words, 1):6.1%}  "
                f"{self.seconds * 1000 / max(self.articles, 1):.0f} ms an article")


def article_folders(arguments: list[str]) -> list[Path]:
    roots = [Path(argument) for argument in arguments] or [FIXTURES]
    folders = []
    for root in roots:
        if (root / "truth.json").is_file():
            folders.append(root)
        else:
            folders += sorted(path.parent for path in root.glob("*/truth.json"))
    return folders


def text_words(text: str) -> list[str]:
    """The words of the copied text, less fence lines (a code block's markers)."""
    return [word for line in article_lines(text) if not FENCE.match(line.strip())
            for word in words_of(line)]


BLOCKS = frozenset((
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "section",
    "article", "header", "footer", "nav", "aside", "main", "form", "figure", "figcaption",
    "blockquote", "pre", "address", "dl", "dt", "dd", "br", "hr"))
NEVER_SHOWN = ("script", "style", "noscript", "template", "head", "svg")


def page_text(page: Path) -> str:
    """The whole page's text, a block a line and a tab between cells, as a browser's
    Select All and Copy gives it."""
    import lxml.html

    parts: list[str] = []

    def visit(element) -> None:
        if isinstance(element.tag, str) and element.tag not in NEVER_SHOWN:
            block = element.tag in BLOCKS
            parts.append("\n" if block else "\t" if element.tag in ("td", "th") else "")
            parts.append(element.text or "")
            for child in element:
                visit(child)
            parts.append("\n" if block else "")
        parts.append(element.tail or "")

    visit(lxml.html.document_fromstring(page.read_bytes()).find("body"))
    lines = ("\t".join(" ".join(cell.split()) for cell in line.split("\t")).strip("\t")
             for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line.strip())


def main(arguments: list[str]) -> None:
    text, page, whole = Score(), Score(), Score()
    verbose = "-v" in arguments
    folders = article_folders([argument for argument in arguments if argument != "-v"])
    for folder in folders:
        truth = json.loads((folder / "truth.json").read_text("utf-8"))
        if (folder / "article.txt").is_file():
            pasted = (folder / "article.txt").read_text("utf-8")
            start = time.perf_counter()
            briefing = import_article_text(pasted)
            text.seconds += time.perf_counter() - start
            text.add(folder.name, truth, briefing, text_words(pasted))
        if (folder / "page.html").is_file():
            start = time.perf_counter()
            briefing = import_html((folder / "page.html").read_bytes(), str(folder))
            page.seconds += time.perf_counter() - start
            # The page's article is the copied text less the lines about it.
            wanted = text_words((folder / "article.txt").read_text("utf-8")) \
                if (folder / "article.txt").is_file() else []
            page.add(folder.name, truth, briefing, wanted)
            copied = page_text(folder / "page.html")
            start = time.perf_counter()
            briefing = import_article_text(copied)
            whole.seconds += time.perf_counter() - start
            whole.add(folder.name, truth, briefing, text_words(copied))
    print(f"{len(folders)} articles")
    print(text.line("text"))
    print(page.line("html"))
    print(whole.line("whole page as text"))
    if verbose:
        for kind, score in (("text", text), ("html", page), ("page", whole)):
            for miss in score.misses:
                print(f"  {kind}  {miss}")


if __name__ == "__main__":
    main(sys.argv[1:])
