"""Every Word fixture imports with the words pandoc reads from it: none lost, none added.

pandoc is a reader we did not write; ``--track-changes=accept`` shows a document as
Word's Accept All does. Words are compared as multisets of letters-and-digits tokens
(case and punctuation ignored, TeX commands of pandoc's equations dropped), so
``**bold**`` or ``q=V/t`` against ``$q = \\frac{V}{t}$`` still compare word for word.
"""

import re
import subprocess
import unicodedata
from collections import Counter

import pytest

from briefing_studio.importers.docx import import_docx
from briefing_studio.language import language_of
from briefing_studio.model import Briefing
from briefing_studio.style import load_style
from briefing_studio.titleblock import metadata_rows

from .docx_fixtures import FIXTURES, write_fixture

pypandoc = pytest.importorskip("pypandoc", reason="pandoc comes with the test extra")

# Where pandoc 3 is not what Word shows, the words Word shows, per fixture, with why:
# pandoc drops a paragraph that anchors a text box (keeping only the box), and reads
# neither a VML box outside mc:AlternateContent nor a DrawingML box without one.
PANDOC_LEAVES_OUT = {
    "text-boxes": "The anchor paragraph comes first. An older VML box from Word 2003. "
                  "Drawing shape text only once.",
}
# pandoc keeps a table row whose deletion is tracked (w:trPr/w:del); Accept All removes it.
PANDOC_KEEPS = {"tracked-changes": "Withdrawn Gone"}


# pandoc numbers notes, "[1]" at the reference and before the note; ours stand inline.
NOTE_MARK = re.compile(r"\[\d+\]")


def tokens(text: str) -> Counter[str]:
    text = re.sub(r"\\[A-Za-z]+", " ", unicodedata.normalize("NFKC", text))
    return Counter(re.findall(r"\w+", text.lower()))


def pandoc_words(path) -> Counter[str]:
    plain = subprocess.run(
        [pypandoc.get_pandoc_path(), "--standalone", "--track-changes=accept", "-t", "plain",
         str(path)], capture_output=True, text=True, check=True, timeout=60).stdout
    return tokens(NOTE_MARK.sub(" ", plain))


def imported_words(briefing: Briefing) -> Counter[str]:
    """The words a reader of our export sees: body, title and the title block's values."""
    style = load_style()
    language = briefing.meta.language or style.language
    values = [value for _, value in metadata_rows(briefing.meta, style.words(language),
                                                  style.date_format,
                                                  language_of(language).months)]
    return tokens(" ".join([*briefing.words(), briefing.meta.classification, *values]))


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_each_fixture_keeps_the_words_pandoc_reads_and_adds_none(tmp_path, name):
    path = write_fixture(name, tmp_path)
    expected = (pandoc_words(path) - tokens(PANDOC_KEEPS.get(name, ""))
                + tokens(PANDOC_LEAVES_OUT.get(name, "")))

    ours = imported_words(import_docx(path))

    kept = sum((expected & ours).values()) / sum(expected.values())
    assert kept >= 0.99, f"lost {dict(expected - ours)}"
    assert not ours - expected, f"added {dict(ours - expected)}"
