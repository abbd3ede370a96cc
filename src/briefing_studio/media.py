"""The images a briefing holds, checked before anything draws them.

A figure names its image by the hash of its bytes (``sha256:`` and the hex digest), so
that the same image used twice is stored once. An image comes in as a PNG, a JPEG or an
SVG; whatever its source, it is checked here once, and what is refused is refused with
one line that says why: not an image, cut short, too many pixels to decode in bounded
memory (a "decompression bomb"), or an SVG that runs scripts or reaches for files and
addresses outside itself, which nothing we print may load.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .model import JPEG, PNG, SVG, Media

MEDIA_TYPES = {PNG: "PNG", JPEG: "JPEG", SVG: "SVG"}  # media type: its name for a reader
SUFFIXES = {".png": PNG, ".jpg": JPEG, ".jpeg": JPEG, ".svg": SVG}
# A 50-megapixel photograph decodes in about 150 MB; an image of 30,000 x 30,000 pixels
# would need 3.6 GB and is refused from its header, before any pixel is decoded.
MAX_PIXELS = 50_000_000
MAX_IMAGE_BYTES = 64 * 1024 * 1024
MAX_SVG_ELEMENTS = 100_000
EXIF_ORIENTATION = 0x0112
# Elements that run code or show another document inside the drawing.
ACTIVE_ELEMENTS = frozenset({"script", "foreignObject", "handler", "listener", "iframe",
                             "object", "embed"})
# What an SVG may refer to: a part of itself, or a picture written into it.
INNER_REFERENCE = re.compile(r"^\s*(#|data:image/(png|jpeg);)", re.IGNORECASE)
CSS_REFERENCE = re.compile(r"url\(\s*['\"]?\s*(?!#)|@import", re.IGNORECASE)


if TYPE_CHECKING:
    from lxml import etree


class ImageProblem(ValueError):
    """Why an image cannot be taken, in one line without the file's name (the caller
    knows which file, or which figure, it was)."""


def read_image(path: Path) -> Media:
    """The image in the file at ``path``, checked and decoded once; raises OSError when
    the file cannot be read and ImageProblem when it is no image we can print."""
    with path.open("rb") as file:
        data = file.read(MAX_IMAGE_BYTES + 1)
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageProblem(f"larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB")
    return upright(checked(data, decode=True))


def upright(media: Media) -> Media:
    """A camera's JPEG turned as its EXIF orientation says it is seen: neither PDF nor
    Word reads that tag, and the photograph would print on its side."""
    if media.type != JPEG:
        return media
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(media.data)) as image:
        if image.getexif().get(EXIF_ORIENTATION, 1) == 1:
            return media
        turned = ImageOps.exif_transpose(image)
        buffer = io.BytesIO()
        turned.save(buffer, "JPEG", quality=95, icc_profile=image.info.get("icc_profile"))
    return Media(JPEG, buffer.getvalue())


def checked(data: bytes, media_type: str | None = None, decode: bool = False) -> Media:
    """``data`` as an image of ``media_type`` (found from its bytes when None). With
    ``decode``, a picture is decoded through to its last pixel, so that a file cut short
    is found now rather than when it is printed; without it (a briefing being opened,
    whose images were checked when they came in), its header is read."""
    found = sniffed_type(data)
    if found is None:
        raise ImageProblem("not a PNG, JPEG or SVG image")
    if media_type is not None and found != media_type:
        raise ImageProblem(f"holds a {MEDIA_TYPES[found]} image, not a {MEDIA_TYPES[media_type]}")
    if found == SVG:
        check_svg(data)
    else:
        pixel_size(data, decode)
    return Media(found, data)


def sniffed_type(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and b"<svg" in data[:65536]:
        return SVG
    return None


def pixel_size(data: bytes, decode: bool = False) -> tuple[int, int]:
    """A PNG's or JPEG's width and height in pixels, refused beyond MAX_PIXELS from the
    header alone."""
    from PIL import Image  # Pillow is slow to import and needed only for pictures

    # This limit, lower than Pillow's own, is checked before any image is decoded (and
    # says the image's size, which Pillow's error does not).
    Image.MAX_IMAGE_PIXELS = None
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ImageProblem(
                    f"{width:,} x {height:,} pixels, more than the "
                    f"{MAX_PIXELS // 1_000_000} million pixels an image may have")
            if decode:
                image.load()
    except ImageProblem:
        raise
    except (OSError, SyntaxError, ValueError) as error:
        raise ImageProblem(f"damaged or cut short ({error})") from error
    return width, height


def check_svg(data: bytes) -> etree._Element:
    """The SVG's root, refused when it is not well-formed, declares entities, runs
    scripts or refers to anything outside itself."""
    from lxml import etree  # for SVGs only: every start of the app reads this module

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ImageProblem(f"not a well-formed SVG ({error})") from error
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise ImageProblem("an SVG that declares XML entities")
    if etree.QName(root).localname != "svg":
        raise ImageProblem("not an SVG image (its root is not <svg>)")
    for count, element in enumerate(root.iter(), start=1):
        if count > MAX_SVG_ELEMENTS:
            raise ImageProblem(f"an SVG of more than {MAX_SVG_ELEMENTS:,} elements")
        if not isinstance(element.tag, str):
            continue
        name = etree.QName(element).localname
        if name in ACTIVE_ELEMENTS:
            raise ImageProblem(f"an SVG with a <{name}> element, which could run code")
        if name == "style" and CSS_REFERENCE.search(element.text or ""):
            raise ImageProblem("an SVG whose style sheet loads something from outside it")
        for attribute, value in element.attrib.items():
            attribute = etree.QName(attribute).localname
            if attribute.lower().startswith("on"):
                raise ImageProblem(f"an SVG with a script (the {attribute} attribute)")
            if attribute == "href":
                _check_inner_reference(value)
            if CSS_REFERENCE.search(value):
                raise ImageProblem(f"an SVG that loads something from outside it ({value[:80]})")
    return root


def _check_inner_reference(value: str) -> None:
    """A reference of an SVG's: to a part of itself, or to a picture written into it,
    which is checked as any picture is (a bomb may hide there too)."""
    if not INNER_REFERENCE.match(value):
        raise ImageProblem(f"an SVG that refers to {value[:80]!r} outside itself")
    if value.lstrip().startswith("#"):
        return
    header, _, payload = value.partition(",")
    if not header.rstrip().endswith(";base64"):
        raise ImageProblem("an SVG with a picture in it that is not base64")
    try:
        picture = base64.b64decode(payload, validate=False)
    except (binascii.Error, ValueError) as error:
        raise ImageProblem(f"an SVG with a damaged picture in it ({error})") from error
    if sniffed_type(picture) not in (PNG, JPEG):
        raise ImageProblem("an SVG with a picture in it that is not a PNG or JPEG")
    pixel_size(picture)


def without_alt_text(count: int) -> str:
    """What an export says of the figures it printed without alt text."""
    them = "it" if count == 1 else "them"
    figures = "1 figure has" if count == 1 else f"{count} figures have"
    return f"{figures} no alt text: a reader who cannot see {them} learns nothing from {them}"
