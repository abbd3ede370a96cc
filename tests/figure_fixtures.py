"""Images for the figure tests, made here: a map-like PNG, a photo-like JPEG, a bar
chart in SVG, and the hostile ones (a decompression bomb, a cut PNG, SVGs that run
scripts or reach outside themselves)."""

import io
import struct
import zlib

from PIL import Image, ImageDraw

CHART_SVG = b"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">
  <rect width="400" height="200" fill="#ffffff"/>
  <text x="200" y="24" font-family="Verdana" font-size="16"
        text-anchor="middle">Convoys per day</text>
  <g fill="#336699"><rect x="40" y="120" width="40" height="60"/>
  <rect x="120" y="80" width="40" height="100"/><rect x="200" y="50" width="40" height="130"/></g>
  <text x="60" y="196" font-size="12" font-weight="bold">Monday</text>
</svg>
"""


def png(width: int = 480, height: int = 300, colour: str = "#3a6ea5") -> bytes:
    image = Image.new("RGB", (width, height), "#eef2e6")
    draw = ImageDraw.Draw(image)
    draw.line((0, height // 2, width, height // 3), fill=colour, width=max(2, width // 100))
    draw.ellipse((width // 3, height // 3, width // 3 + 12, height // 3 + 12), fill="#b22222")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def jpeg(width: int = 320, height: int = 240) -> bytes:
    image = Image.new("RGB", (width, height), "#806040")
    ImageDraw.Draw(image).rectangle((20, 20, width - 20, height // 2), fill="#204080")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def bomb_png(side: int = 30_000) -> bytes:
    """A small file that claims ``side`` x ``side`` pixels: decoding it would take
    gigabytes."""
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)  # 8-bit grey
    rows = zlib.compress(b"\x00" * 1024)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", rows)
            + _chunk(b"IEND", b""))


def cut_png() -> bytes:
    data = png()
    return data[: len(data) // 2]


def svg_with(inner: str, root_attributes: str = "") -> bytes:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" '
            f'xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50" '
            f'{root_attributes}>{inner}</svg>').encode()
