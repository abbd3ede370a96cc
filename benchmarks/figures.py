"""How a briefing of photographs opens and exports, measured and printed.

A briefing of 20 photographs (12-megapixel JPEGs of softened noise, which compress
about as photographs do) is saved, then:

1. open: ``fileformat.load`` of the 60 MB file, every image checked against its key
   and its header read (target: under 1 s);
2. save: ``fileformat.dumps`` and the atomic write;
3. export: the PDF and the DOCX, with each photo at full resolution, and the peak
   memory of a process that opens and exports it (target: under 500 MB).

Run: .venv/bin/python benchmarks/figures.py
"""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageFilter

from briefing_studio import fileformat
from briefing_studio.model import Briefing, Figure, Media, Metadata, Paragraph, Section

PHOTOS = 20
SIZE = (4000, 3000)


def photo(seed: int) -> bytes:
    """A photograph's worth of detail: noise, softened as a lens softens it."""
    noise = [Image.effect_noise(SIZE, 30 + seed).filter(ImageFilter.GaussianBlur(1.2))
             for _ in range(3)]
    buffer = io.BytesIO()
    Image.merge("RGB", noise).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def album() -> Briefing:
    briefing = Briefing(meta=Metadata(title="Site visit"))
    for number in range(PHOTOS):
        key = briefing.add_media(Media("image/jpeg", photo(number)))
        briefing.sections.append(Section(f"Stop {number + 1}", blocks=[
            Paragraph(f"What the team saw at stop {number + 1}."),
            Figure(key, caption=f"Stop {number + 1}", alt=f"Photograph of stop {number + 1}"),
        ]))
    return briefing


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


EXPORT = """
import sys
from pathlib import Path
from briefing_studio import fileformat
from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.options import ExportOptions
briefing = fileformat.load(sys.argv[1])
write_pdf(briefing, Path(sys.argv[2]), ExportOptions())
write_docx(briefing, Path(sys.argv[3]), ExportOptions())
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "album.briefing"
        briefing = album()
        save = timed(lambda: fileformat.save(briefing, path))
        size = path.stat().st_size / 1e6
        opens = [timed(lambda: fileformat.load(path)) for _ in range(3)]
        print(f"{PHOTOS} photos of {SIZE[0]} x {SIZE[1]}, file {size:.0f} MB")
        print(f"open: {min(opens):.2f} s (best of 3; target under 1 s)")
        print(f"save: {save:.2f} s")
        pdf, docx = Path(folder) / "album.pdf", Path(folder) / "album.docx"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", EXPORT, str(path), str(pdf), str(docx)],
                       check=True)
        took = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"export PDF ({pdf.stat().st_size / 1e6:.0f} MB) and DOCX "
              f"({docx.stat().st_size / 1e6:.0f} MB): {took:.1f} s, peak memory "
              f"{peak:.0f} MB (target under 500 MB)")


if __name__ == "__main__":
    main()
