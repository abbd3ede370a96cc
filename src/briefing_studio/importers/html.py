"""A web page (an ``.html`` file, or what a browser puts on the clipboard) into a
briefing: the article's headings, paragraphs, lists and tables, without the site around it.

lxml parses the page (libxml2 caps nesting and never expands entities, so hostile pages
stay bounded); trafilatura finds the article on a whole page, and reads the page's
metadata (``og:``, ``<title>``, ``<time>``); navigation, headers and footers, forms,
comments, cookie banners and share bars are left out. A selection copied from a
browser is read whole, less such furniture. h1 before the article is its title;
h2 and h3 are headings of levels 1 and 2, and deeper ones fold into level 3 (without a
title h1, h1 to h3 are levels 1 to 3). Bold and italic become ``**`` and ``*``, and a
link keeps its address after its text, as in a Markdown import.
"""

from __future__ import annotations

import copy
import re
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from ..errors import ArticleImportError
from ..language import FALLBACK, is_tag, primary
from ..model import HEADING_LEVELS, Briefing, BulletList, Metadata, Paragraph, Table
from .article_meta import ArticleFacts
from .builder import SectionBuilder
from .headings import MAX_WORDS, NAME_WORDS, PLAIN_MAX_WORDS, ends_sentence, words_of
from .text import INVISIBLE, guessed_language, parse_bullet

# Real articles weigh well under 5 MB (a page with its pictures inlined, some more); a
# page over this is refused before it is parsed (a 16 MB page reads in about 15 s).
MAX_PAGE_BYTES = 16 * 1024 * 1024
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
LISTS = ("ul", "ol")
# Elements whose text is never the article's, even in a copied selection.
NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "iframe", "object",
              "embed", "canvas", "button", "input", "select", "textarea", "option", "head",
              "title", "meta", "link")
# A page with any of these has site furniture around its article.
FURNITURE = ("nav", "header", "footer", "aside", "form")
FURNITURE_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search")
BLOCKS = frozenset((*HEADINGS, *LISTS, "p", "div", "section", "article", "main", "table",
                    "pre", "blockquote", "figure", "figcaption", "dl", "dt", "dd", "hr",
                    "address", "details", "summary", "body", "center", "li", "tr", "br",
                    "header", "footer", "hgroup"))
# Blocks of text by which trafilatura's extract is found in the page, and the share of
# them that the article holds; OPENING characters tell a block from another.
TEXT_BLOCKS = ("p", "li", "td", "pre", "blockquote")
EXTRACT_BLOCKS = ("p", "item", "cell", "quote", "code")
ARTICLE_SHARE = 0.8
OPENING = 40
# The article's head beside its body adds at most this share of words, HEAD_LEVELS up.
HEAD_SHARE = 0.3
HEAD_LEVELS = 3
# A box of links has a few words of title besides them; a teaser's headline is at least
# this much link.
LINK_BOX_TITLE_WORDS = 6
LINK_BOX_SHARE = 0.8
WORD = re.compile(r"\w+")
# A box with a form in it and no more words than this is a sign-up box.
SIGN_UP_WORDS = 30
# The words web developers give furniture in class and id names, in the languages we
# read (markup's own vocabulary, not a language's: "paylas", not "Paylaş"). Only boxes
# are judged by them, never the text inside a paragraph.
FURNITURE_NAMES = frozenset((
    "share", "sharing", "sharebar", "social", "related", "newsletter", "subscribe", "signup",
    "comment", "comments", "advert", "advertisement", "ad", "ads", "adslot", "promo",
    "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "sidebar", "paywall",
    "recommended", "recommendations", "mostread", "outbrain", "taboola", "sponsored",
    "toolbar", "toc", "kommentare", "teilen", "anzeige", "werbung", "partager",
    "commentaires", "publicite", "compartir", "comentarios", "publicidad", "condividi",
    "commenti", "pubblicita", "delen", "reacties", "advertentie", "paylas", "yorumlar",
    "reklam"))
# Boxes judged by their names: the article's own wrapper ("ad-free", "has-sidebar") is
# never one, since it holds most of the text.
BOXES = ("div", "section", "aside", "ul", "ol", "figure", "blockquote", "table")
BOX_MOST_SHARE = 0.5
# A hostile colspan or rowspan widens a table no further than this.
MAX_SPAN = 100
# Word's list markers, as text in a list paragraph on the clipboard.
WORD_BULLETS = ("·", "•", "o", "§", "▪", "-", "–", "")
WORD_LIST_MARKER = re.compile(r"^(?:[·•o§▪\-–]|\(?[0-9ivxlcdmIVXLCDMa-zA-Z]{1,4}[.)])\s+")
# A <br>, until white space is collapsed: the page's own line ends are spaces.
LINE_BREAK = "\u2028"
EMPHASIS = {"strong": "**", "b": "**", "em": "*", "i": "*"}


def import_html(page: str | bytes, origin: str = "the page") -> Briefing:
    """The article of ``page`` as a briefing; ``origin`` names it in an error (a file's
    path, "the clipboard")."""
    if problem := size_problem(len(page)):
        raise ArticleImportError(origin, problem)
    tree = _parse(page, origin)
    found = _page_metadata(tree)
    content = _article(tree)
    reader = _HtmlReader(found["url"])
    reader.read(content)
    sections = reader.built.sections
    if not any(section.blocks or section.heading for section in sections) and not reader.title:
        raise ArticleImportError(origin, "the page holds no text to import")
    briefing = Briefing(meta=_metadata(reader.title, found, tree), sections=sections)
    briefing.meta.language = _page_language(tree) or guessed_language(briefing)
    briefing.give_unique_ids(keep=())  # the same page, the same ids
    return briefing


def size_problem(size: int) -> str:
    """Why a page of ``size`` bytes is not imported, or "" when it may be."""
    if size <= MAX_PAGE_BYTES:
        return ""
    return (f"the page is {size / (1024 * 1024):.0f} MB; pages over "
            f"{MAX_PAGE_BYTES // (1024 * 1024)} MB are not imported")


def _parse(page: str | bytes, origin: str) -> lxml.html.HtmlElement:
    encoding = None  # bytes: the encoding the page declares
    if isinstance(page, str):
        # Text is decoded already, whatever it declares; a lone surrogate from a broken
        # clipboard is no character at all.
        page, encoding = page.encode("utf-8", "ignore"), "utf-8"
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  recover=True, default_doctype=False, encoding=encoding)
    try:
        tree = lxml.html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError) as failure:
        raise ArticleImportError(origin, "the page holds no text to import") from failure
    if tree is None:
        raise ArticleImportError(origin, "the page holds no text to import")
    return tree


def _page_metadata(tree: lxml.html.HtmlElement) -> dict[str, str]:
    from trafilatura import extract_metadata

    # The date from the page's markup (meta tags, <time>), not from a search of every
    # string in it: seconds on a long page, and an article's date is in its markup.
    found = extract_metadata(copy.deepcopy(tree), extensive=False)
    return {key: str(getattr(found, key, "") or "") for key in
            ("title", "sitename", "author", "date", "url")}


def _metadata(title: str, found: dict[str, str], tree: lxml.html.HtmlElement) -> Metadata:
    # Without an h1, the title is the one the page declares; a fragment copied from a
    # browser declares none, and trafilatura's guess at it is a heading of the text.
    declared = tree.find(".//title") is not None or tree.find(
        ".//meta[@property='og:title']") is not None
    meta = Metadata(title=title or (found["title"] if declared else ""))
    if len(found["date"]) == 10:
        meta.date = found["date"]
    citation = ArticleFacts(author=_authors(found["author"]),
                            publication=found["sitename"]).source()
    meta.source = ", ".join(part for part in (citation, found["url"]) if part)
    return meta


def _authors(found: str) -> str:
    """trafilatura's authors ("Jane Doe; John Roe"), less what is a sentence about them
    ("Jane Doe covers water policy"), which it sometimes takes from an author's box."""
    names = [name.strip() for name in found.split(";")]
    return " and ".join(name for name in names if name and len(name.split()) <= NAME_WORDS
                        and all(word[:1].isupper() for word in name.split()))


def _page_language(tree: lxml.html.HtmlElement) -> str:
    """The page's declared language as it declares it, when it is not English (the house
    style's)."""
    declared = (tree.get("lang") or "").strip()
    return declared if is_tag(declared) and primary(declared) != FALLBACK else ""


def _article(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The part of the page that is the article, without the site's furniture in it.

    On a page with furniture, trafilatura finds the article's paragraphs; the article is
    then the smallest element of the page that holds them (with its <article>, or the
    head beside it), read as the page has it, so that every heading, list and table in
    it is kept (trafilatura's own markup drops some). A selection copied from a browser
    is read whole. Either way the site's boxes in it are left out.
    """
    body = tree.find("body")
    body = tree if body is None else body
    furnished = any(True for _ in tree.iter(*FURNITURE)) or any(
        element.get("role") in FURNITURE_ROLES for element in tree.iter())
    container = _container(tree, body) if furnished else body
    most = BOX_MOST_SHARE * _word_count(container)
    for element in list(container.iter()):
        if element is not container and _is_site_furniture(element, most):
            element.drop_tree()
    return container


def _container(tree: lxml.html.HtmlElement, body: lxml.html.HtmlElement
               ) -> lxml.html.HtmlElement:
    from trafilatura import bare_extraction

    found = bare_extraction(copy.deepcopy(tree), include_tables=True, include_comments=False,
                            favor_recall=True, deduplicate=False)
    if found is None or found.body is None:
        return body
    # trafilatura's own elements: p, item, cell, quote, code.
    wanted = {_opening(element) for element in found.body.iter(*EXTRACT_BLOCKS)}
    wanted.discard("")
    holders: dict[lxml.html.HtmlElement, int] = {}
    matched = 0
    for element in body.iter(*TEXT_BLOCKS):
        if _opening(element) in wanted:
            matched += 1
            for ancestor in element.iterancestors():
                holders[ancestor] = holders.get(ancestor, 0) + 1
    if not matched:
        return body
    # Every block, standfirst and all, unless only the whole page holds them all.
    enough = [element for element, count in holders.items()
              if count == matched and element.tag not in ("body", "html")] or [
        element for element, count in holders.items() if count >= ARTICLE_SHARE * matched]
    # The deepest of them: the article, not the page that holds it; and the whole of the
    # <article> it is in, whose header holds the standfirst.
    deepest = max(enough, key=lambda element: sum(1 for _ in element.iterancestors()))
    article = next(deepest.iterancestors("article"), None)
    return article if article is not None else _with_its_head(deepest, body)


def _with_its_head(container: lxml.html.HtmlElement, body: lxml.html.HtmlElement
                   ) -> lxml.html.HtmlElement:
    """The article's element, widened to the element around it while what that adds is
    little (the headline, standfirst and byline beside the article's body), never to the
    whole page."""
    for _ in range(HEAD_LEVELS):
        parent = container.getparent()
        if parent is None or parent is body or parent.tag in ("body", "html"):
            break
        if _word_count(parent) - _word_count(container) > HEAD_SHARE * _word_count(container):
            break
        container = parent
    return container


def _opening(element: etree._Element) -> str:
    """The first words of a block, by which a block of the extract is found in the page."""
    text = " ".join("".join(element.itertext()).split())
    return text[:OPENING] if len(text) >= OPENING else ""


def _is_site_furniture(element: lxml.html.HtmlElement, most: float) -> bool:
    """Whether an element in the article is the site's: navigation, a form, a box named
    for furniture or a box of links. A box holding ``most`` words is the article's."""
    if not isinstance(element.tag, str):
        return False
    if element.tag == "header":  # an article's own header holds its headline
        return any(True for _ in element.iter("nav")) or element.getparent().tag in (
            "body", "html")
    if element.tag in FURNITURE or element.get("role") in FURNITURE_ROLES:
        return True
    teaser = element.tag in HEADINGS[1:]
    if not teaser and element.tag not in BOXES:
        return False
    words = _word_count(element)
    if teaser:  # a teaser's headline is a link; a heading is not
        return words > 0 and _linked_words(element) >= LINK_BOX_SHARE * words
    if words >= most:
        return False
    if words <= SIGN_UP_WORDS and any(True for _ in element.iter("form", "input")):
        return True  # "Get emails about this topic" and its form
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return not FURNITURE_NAMES.isdisjoint(re.split(r"[\s_-]+", names)) or \
        _is_link_box(element)


def _is_link_box(element: lxml.html.HtmlElement) -> bool:
    """A box of links under a title, in any language: "On this page", "Share this page",
    "Related", "Diğer Haberler": a few words of title, then links and nothing between
    them. In prose, words stand between the links, or in a paragraph beside them."""
    links = list(element.iter("a"))
    if element.tag not in ("div", "section") or len(links) < 2:
        return False  # one link in a box of its own may be the article's ("the report")
    title, between = _words_around_links(element)
    if title > LINK_BOX_TITLE_WORDS or between or any(
            _words_around_links(paragraph)[0] for paragraph in element.iter("p")):
        return False  # a paragraph with words of its own beside its links is prose
    if not all(link.get("href", "").startswith("#") for link in links):
        return True  # share buttons, related stories: links away from the article
    # Links within the page: a table of contents when they repeat the page's headings,
    # a live blog's key events when they name its entries.
    page = element.getroottree().getroot()
    boxed = set(element.iter(*HEADINGS))
    elsewhere = {_words(heading) for heading in page.iter(*HEADINGS) if heading not in boxed}
    return sum(_words(link) in elsewhere for link in links) * 2 >= len(links)


def _words_around_links(element: lxml.html.HtmlElement) -> tuple[int, int]:
    """The words before the first link in ``element``, and those after it outside links."""
    before = between = 0
    linked = False
    for text in element.xpath(".//text()"):
        owner = text.getparent().getparent() if text.is_tail else text.getparent()
        in_link = owner is not None and (owner.tag == "a" or any(
            True for _ in owner.iterancestors("a")))
        words = len(WORD.findall(text))
        if in_link:
            linked = True
        elif linked:
            between += words
        else:
            before += words
    return before, between


def _linked_words(element: lxml.html.HtmlElement) -> int:
    return sum(_word_count(link) for link in element.iter("a"))


def _words(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _word_count(element: lxml.html.HtmlElement) -> int:
    # Each piece of text apart: blocks next to each other are words apart.
    return len(" ".join(element.itertext()).split())


class _HtmlReader:
    def __init__(self, url: str) -> None:
        self.url = url
        self.built = SectionBuilder()
        self.title = ""
        self.level_shift = 0
        self.headed = False  # an h1 after another heading is a heading, not the title

    def read(self, container: lxml.html.HtmlElement) -> None:
        """The blocks in ``container``; loose inline text between blocks is a paragraph."""
        run: list[lxml.html.HtmlElement | str] = []
        if container.text and container.text.strip():
            run.append(container.text)
        for child in container:
            if not isinstance(child.tag, str) or child.tag in NEVER_TEXT:
                pass
            elif child.tag in BLOCKS or any(True for _ in child.iterdescendants(*BLOCKS)):
                # (an inline element around blocks, such as the <b> that Google Docs
                # wraps a copied document in, is a box like any other)
                self._paragraph(run)
                run = []
                self._block(child)
            else:
                run.append(child)
            if child.tail and (child.tail.strip() or run):
                run.append(child.tail)  # a space between two links parts their words
        self._paragraph(run)

    def _block(self, element: lxml.html.HtmlElement) -> None:
        tag = element.tag
        if tag in HEADINGS:
            self._heading(element)
        elif tag == "p" and "mso-list" in element.get("style", ""):
            self._word_list_item(element)
        elif tag == "p" and "MsoTitle" in element.get("class", "") and not (
                self.title or self.headed):
            self.title = self.inline(element, addresses=False)  # Word's Title style
        elif tag in ("p", "dt", "dd", "figcaption", "summary", "address"):
            self._paragraph([element])
        elif tag in LISTS:
            self._list(element)
        elif tag == "table":
            self._table(element)
        elif tag == "pre":
            text = element.text_content().strip("\n")
            if text.strip():
                self.built.add(Paragraph(text=text))
        elif tag not in ("hr", "br"):
            self.read(element)  # a box: a div, a section, an inline element around blocks

    def _heading(self, element: lxml.html.HtmlElement) -> None:
        # A heading is one line, and cites no addresses (a headline may be a link).
        text = " ".join(self.inline(element, addresses=False).split())
        if not text:
            return
        words = len(words_of(text))
        if words > MAX_WORDS or (words > PLAIN_MAX_WORDS and ends_sentence(text)):
            self.built.add(Paragraph(text=text))  # a standfirst set as a heading
            return
        level = int(element.tag[1])
        if level == 1 and not self.title and not self.headed:
            self.title = text
            self.level_shift = 1
            return
        level = min(max(level - self.level_shift, 1), max(HEADING_LEVELS))
        self.built.heading(text, level=level)
        self.headed = True

    def _paragraph(self, run: list[lxml.html.HtmlElement | str]) -> None:
        """Inline elements and loose text (their tails are in the run) as one paragraph."""
        text = _collapse("".join(part if isinstance(part, str) else self._raw_inline(part)
                                 for part in run))
        if text:
            self.built.add(Paragraph(text=text))

    def _word_list_item(self, element: lxml.html.HtmlElement) -> None:
        """A list item as Word puts it on the clipboard: a paragraph whose list marker
        ("·", "o", "1.", "a)") is text before the item's own."""
        text = self.inline(element)
        marker = WORD_LIST_MARKER.match(text)
        if not marker:
            self._paragraph([element])
            return
        self.built.add_item(parse_bullet(text[marker.end():]),
                            numbered=marker[0].strip() not in WORD_BULLETS)

    def _list(self, element: lxml.html.HtmlElement) -> None:
        """The list and every list nested in it, flattened in reading order."""
        texts = [self.inline(item, leave_out=LISTS) for item in element.iter("li")]
        if any(texts):
            self.built.add(BulletList(items=[parse_bullet(text) for text in texts if text],
                                 numbered=element.tag == "ol"))

    def _table(self, element: lxml.html.HtmlElement) -> None:
        """The table as a grid: a spanned cell's text once, in its first place, and the
        places it spans across and down left empty, so that every cell keeps its column."""
        rows: list[list[str]] = []
        below: dict[int, int] = {}  # column: rows still covered by a cell above
        for row in element.iter("tr"):
            if _enclosing_table(row) is not element:
                continue  # a table inside a cell is read as that cell's text
            cells: list[str] = []
            for cell in row:
                if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                    continue
                _skip_covered(cells, below)
                across, down = _span(cell, "colspan"), _span(cell, "rowspan")
                if down > 1:
                    below.update(dict.fromkeys(range(len(cells), len(cells) + across), down))
                cells += [self.inline(cell)] + [""] * (across - 1)
            cells += [""] * (max(below, default=-1) + 1 - len(cells))  # covered at the end
            for column in list(below):
                below[column] -= 1
                if not below[column]:
                    del below[column]
            if any(cells):
                rows.append(cells)
        if not rows:
            return
        header, *body = rows
        caption = element.find("caption")
        self.built.add(Table(header=header, rows=body,
                        caption=self.inline(caption) if caption is not None else ""))

    def inline(self, element: lxml.html.HtmlElement, leave_out: tuple[str, ...] = (),
               addresses: bool = True) -> str:
        """An element's text as briefing text: emphasis as ``**`` and ``*``, a link as its
        text followed by its address (with ``addresses``), line breaks kept, other spaces
        collapsed; without the elements named in ``leave_out`` (a list item's nested
        list)."""
        return _collapse(self._raw_inline(element, leave_out, addresses))

    def _raw_inline(self, element: lxml.html.HtmlElement, leave_out: tuple[str, ...] = (),
                    addresses: bool = True) -> str:
        pieces: list[str] = []
        self._inline_into(element, pieces, leave_out, addresses)
        return "".join(pieces)

    def _inline_into(self, element: lxml.html.HtmlElement, pieces: list[str],
                     leave_out: tuple[str, ...], addresses: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in NEVER_TEXT or tag in leave_out:
            return
        if tag == "br":
            pieces.append(LINE_BREAK)
            return
        inner: list[str] = [element.text or ""]
        for child in element:
            self._inline_into(child, inner, leave_out, addresses)
            inner.append(child.tail or "")
        text = "".join(inner)
        if tag in EMPHASIS and text.strip():
            mark = EMPHASIS[tag]
            # The marks hug the words, as Markdown needs: " **bold** ", not "** bold **".
            stripped = text.strip()
            lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
            text = f"{lead}{mark}{stripped}{mark}{trail}" if "*" not in stripped else text
        elif tag == "a" and addresses:
            href = self._address(element.get("href", ""))
            if href and text.strip() and text.strip() != href:
                text = f"{text} ({href})"
        elif tag in BLOCKS:
            text = f" {text} "  # a block inside a cell or item stays a word apart
        pieces.append(text)

    def _address(self, href: str) -> str:
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return ""
        if self.url:
            return urljoin(self.url, href)
        # Without the page's address a relative link leads nowhere a reader can follow.
        return href if urlsplit(href).scheme in ("http", "https") else ""


def _collapse(text: str) -> str:
    """HTML's white space: runs of spaces as one, line breaks (``<br>``) kept, and no
    soft hyphens or other characters that no reader sees."""
    lines = [" ".join(line.split()) for line in text.translate(INVISIBLE).split(LINE_BREAK)]
    return "\n".join(line for line in lines if line).strip()


def _span(cell: lxml.html.HtmlElement, attribute: str) -> int:
    try:
        return min(max(int(cell.get(attribute, "1")), 1), MAX_SPAN)
    except ValueError:
        return 1


def _skip_covered(cells: list[str], below: dict[int, int]) -> None:
    """Leave empty the places that a cell of a row above covers, from here on."""
    while below.get(len(cells), 0) > 0:
        cells.append("")


def _enclosing_table(row: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    parent = row.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent
