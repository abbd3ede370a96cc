"""LibreOffice, a real reader of our DOCX: its PDF of a document is what a colleague sees."""

import shutil
import subprocess
from pathlib import Path

import pytest

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler are not installed (make test installs them as root)")


def libreoffice_pdfs(folder: Path, documents: list[Path]) -> list[Path]:
    """LibreOffice's PDF of each document, converted in one run (it starts slowly), in
    ``folder``/libreoffice."""
    out = folder / "libreoffice"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile",
                    "--convert-to", "pdf", "--outdir", str(out), *map(str, documents)],
                   check=True, capture_output=True, timeout=600)
    return [out / f"{document.stem}.pdf" for document in documents]
