"""House styles: page, fonts, sizes, colours and numbering, read from JSON files.

Every style is laid over the default ``ministry`` style, so a style file names only
what it changes. Unknown settings and wrong types are errors naming the file and the
setting, so that a typo never silently falls back to a default.

A style is chosen by its id (the file name: ``tr-resmi``) or by the path of a style
file, and shown to people by its ``title`` ("Turkish official correspondence"), a
short name for menus beside the longer ``description``. The title is the one setting
not inherited: a style file without one is shown by its file name, never as
"Ministry (A4)" after the style it is laid over.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .classification import scheme_names
from .errors import StyleError
from .language import WORD_KEYS, is_tag, language_of, primary
from .model import Priority
from .resources import resource_path
from .textfile import parse_json, read_text

DEFAULT_STYLE = "ministry"
SIGNATURE_PLACES = ("left", "right")
PAGE_SIZES_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# Letters outside the placeholders: "Page {page} of {pages}" has words, "{page}/{pages}" none.
WORDS_IN_PATTERN = re.compile(r"[^\W\d_](?![^{]*\})")


@dataclass(frozen=True)
class Margins:
    top: float
    bottom: float
    left: float
    right: float


@dataclass(frozen=True)
class Fonts:
    body: str
    heading: str
    arabic: str


@dataclass(frozen=True)
class Sizes:
    body: float
    title: float
    subtitle: float
    heading1: float
    heading2: float
    heading3: float
    table: float
    banner: float
    footer: float


@dataclass(frozen=True)
class Colours:
    text: str
    heading: str
    muted: str
    rule: str
    table_header: str
    table_header_text: str
    table_zebra: str
    table_border: str
    priority_high: str
    priority_medium: str
    priority_low: str


@dataclass(frozen=True)
class HouseStyle:
    name: str
    title: str
    description: str
    page_size: str
    margins: Margins
    pdf_fonts: Fonts
    docx_fonts: Fonts
    sizes: Sizes
    colours: Colours
    numbered_headings: bool
    numbered_paragraphs: bool  # body paragraphs 1, 2, 3 through the document (a submission)
    page_numbers: str  # "{page}/{pages}"; empty: the document language's ("Page 1 of 3")
    classification_scheme: str
    language: str  # BCP 47: the language of a briefing that names none
    labels: dict[str, str]  # words of the style's language it prints otherwise
    date_format: str
    signature_align: str  # the signature block at the "left" margin, or on the "right"
    # When the PDF follows a ministry's Word template (exporters/template_look.py): its
    # paper, and the spacing of the kinds of text it styles (spacing.TextSpacing by name).
    paper_mm: tuple[float, float] | None = None
    template_spacing: dict[str, Any] = field(default_factory=dict)
    # The template's header and footer distances from the sheet's edges, mm (None: ours).
    header_footer_mm: tuple[float | None, float | None] = (None, None)

    @property
    def page_size_mm(self) -> tuple[float, float]:
        return self.paper_mm or PAGE_SIZES_MM[self.page_size]

    @property
    def text_width_mm(self) -> float:
        return self.page_size_mm[0] - self.margins.left - self.margins.right

    def heading_size(self, level: int) -> float:
        return (self.sizes.heading1, self.sizes.heading2, self.sizes.heading3)[level - 1]

    def priority_colour(self, priority: Priority) -> str:
        """The colour of a priority's badge (``colours.priority_high`` ...)."""
        if priority is Priority.NONE:
            return self.colours.muted
        return getattr(self.colours, f"priority_{priority.value}")

    def words(self, tag: str) -> dict[str, str]:
        """The words a document in language ``tag`` prints in this style: the language's,
        with the style's own labels where the document is in the style's language, and
        the style's page numbering where it has one."""
        words = dict(language_of(tag).words)
        if primary(tag) == primary(self.language):
            words.update(self.labels)
        if self.page_numbers and (primary(tag) == primary(self.language)
                                  or not WORDS_IN_PATTERN.search(self.page_numbers)):
            words["page_numbers"] = self.page_numbers
        return words


def available_styles() -> list[str]:
    return sorted(path.stem for path in resource_path("styles").glob("*.json"))


def load_style(spec: str | Path | None = None) -> HouseStyle:
    """A bundled style by name, or a style file by path; the default style for None."""
    default = _read_json(_bundled(DEFAULT_STYLE))
    if spec is None:
        return _build(DEFAULT_STYLE, default, _bundled(DEFAULT_STYLE))
    path = Path(spec)
    if not names_a_file(spec):
        if str(spec) not in available_styles():
            raise StyleError(spec, f"no such style (available: {', '.join(available_styles())}"
                                   ", or the path of a .json style file)")
        path = _bundled(str(spec))
    own = _read_json(path)
    merged = _merge(default, own, path, "")
    merged["title"] = own.get("title", path.stem)
    return _build(path.stem, merged, path)


def names_a_file(spec: str | Path) -> bool:
    """Whether ``spec`` is the path of a style file rather than a bundled style's id."""
    path = Path(spec)
    return path.suffix.lower() == ".json" or len(path.parts) > 1


def style_title(spec: str | Path) -> str:
    """The name people see for a bundled style (by id) or a style file (by path)."""
    return load_style(spec).title


@cache
def font_families() -> dict[str, dict[str, str]]:
    """The fonts shipped in resources/fonts: family name -> face -> file name."""
    return json.loads(resource_path("fonts", "fonts.json").read_text(encoding="utf-8"))


def _bundled(name: str) -> Path:
    return resource_path("styles", f"{name}.json")


def _read_json(path: Path) -> dict[str, Any]:
    data = parse_json(read_text(path, StyleError), path, StyleError)
    if not isinstance(data, dict):
        raise StyleError(path, "expected a JSON object of style settings")
    return data


def _merge(base: dict[str, Any], override: dict[str, Any], path: Path, where: str) -> dict:
    """``override`` laid over ``base``, each value checked against the type of the default."""
    merged = dict(base)
    for key, value in override.items():
        place = f"{where}{key}"
        if key not in base:
            raise StyleError(path, f"{place}: unknown setting "
                                   f"(expected one of: {', '.join(base)})")
        if key == "labels":
            merged[key] = base[key] | _labels(value, path)
            continue
        default = base[key]
        if isinstance(default, dict):
            if not isinstance(value, dict):
                raise StyleError(path, f"{place}: expected an object")
            merged[key] = _merge(default, value, path, f"{place}.")
        elif not _same_kind(default, value):
            raise StyleError(path, f"{place}: expected {_kind_name(default)}")
        else:
            merged[key] = value
    return merged


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, int | float):
        return isinstance(value, int | float) and value > 0
    return isinstance(value, type(default))


def _kind_name(default: Any) -> str:
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, int | float):
        return "a positive number"
    return "a string"


def _labels(value: Any, path: Path) -> dict[str, str]:
    """A style's words, each one a language file names (``table``, ``reference``)."""
    if not isinstance(value, dict):
        raise StyleError(path, "labels: expected an object")
    for key, word in value.items():
        if key not in WORD_KEYS:
            raise StyleError(path, f"labels.{key}: unknown label "
                                   f"(expected one of: {', '.join(WORD_KEYS)})")
        if not isinstance(word, str):
            raise StyleError(path, f"labels.{key}: expected a string")
    return dict(value)


def _check_page_numbers(pattern: str, path: Path) -> None:
    try:
        valid = "{page}" in pattern and pattern.format(page=1, pages=1)
    except Exception:  # {pages.x}, {page[0]}, {}: any format error is the style's
        valid = False
    if not valid:
        raise StyleError(path, "page_numbers: expected a pattern with {page} and "
                               "optionally {pages}, like 'Page {page} of {pages}'")


def _build(name: str, data: dict[str, Any], path: Path) -> HouseStyle:
    page, fonts = data["page"], data["fonts"]
    if page["size"] not in PAGE_SIZES_MM:
        raise StyleError(path, f"page.size: expected {' or '.join(PAGE_SIZES_MM)}")
    for key, value in data["colours"].items():
        if not COLOUR.match(value):
            raise StyleError(path, f"colours.{key}: expected a colour like #1F3864")
    for key, family in fonts["pdf"].items():
        if family not in font_families():
            raise StyleError(path, f"fonts.pdf.{key}: no bundled font '{family}' "
                                   f"(available: {', '.join(font_families())})")
    if not data["title"].strip():
        raise StyleError(path, "title: expected a short name to show in menus, "
                               "like 'Ministry (A4)'")
    if data["page_numbers"]:
        _check_page_numbers(data["page_numbers"], path)
    if not is_tag(data["language"]):
        raise StyleError(path, "language: expected a language tag like en-GB or tr-TR")
    if data["signature_align"] not in SIGNATURE_PLACES:
        raise StyleError(path, f"signature_align: expected {' or '.join(SIGNATURE_PLACES)}")
    if data["classification_scheme"] not in scheme_names():
        raise StyleError(path, f"classification_scheme: expected one of "
                               f"{', '.join(scheme_names())}")
    return HouseStyle(
        name=name,
        title=data["title"].strip(),
        description=data["description"],
        page_size=page["size"],
        margins=Margins(**page["margins_mm"]),
        pdf_fonts=Fonts(**fonts["pdf"]),
        docx_fonts=Fonts(**fonts["docx"]),
        sizes=Sizes(**data["sizes_pt"]),
        colours=Colours(**data["colours"]),
        numbered_headings=data["numbered_headings"],
        numbered_paragraphs=data["numbered_paragraphs"],
        page_numbers=data["page_numbers"],
        classification_scheme=data["classification_scheme"],
        language=data["language"],
        labels=dict(data["labels"]),
        date_format=data["date_format"],
        signature_align=data["signature_align"],
    )
