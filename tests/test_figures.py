"""Figures: an image of the briefing's media, its caption numbered in the document's
language and its alt text, through the file, the importers and both outputs, each read
by a tool we did not write (pdfimages, pdftotext, LibreOffice, pandoc, openxml-audit)."""

import base64
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from briefing_studio import fileformat
from briefing_studio.errors import BriefingFileError
from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.importers import import_file
from briefing_studio.importers.docx import import_docx
from briefing_studio.media import ImageProblem, checked, read_image
from briefing_studio.model import Briefing, Figure, Media, Metadata, Paragraph, Section
from briefing_studio.options import ExportOptions
from briefing_studio.style import available_styles, load_style

from .figure_fixtures import CHART_SVG, bomb_png, cut_png, jpeg, png, svg_with
from .libreoffice import libreoffice_pdfs
from .pdf_reading import page_texts
from .test_cli import run
from .test_docx_package import audit_findings

MAP_ALT = "Map of the four convoy routes from the depot to the camps"
CHART_ALT = "Bar chart of convoys per day, rising from Monday to Wednesday"


def illustrated(language: str = "") -> Briefing:
    """A briefing with a PNG map (used twice), an SVG chart and a JPEG photo."""
    briefing = Briefing(meta=Metadata(title="Convoy routes", language=language))
    map_key = briefing.add_media(Media("image/png", png(1200, 750)))
    chart_key = briefing.add_media(Media("image/svg+xml", CHART_SVG))
    photo_key = briefing.add_media(Media("image/jpeg", jpeg()))
    briefing.sections = [
        Section("Routes", blocks=[
            Paragraph("The routes run east of the river."),
            Figure(map_key, caption="Convoy routes", alt=MAP_ALT),
            Figure(chart_key, caption="Convoys per day", alt=CHART_ALT, width=0.6),
        ]),
        Section("The depot", blocks=[
            Figure(photo_key, caption="", alt="The depot's loading yard", width=0.5),
            Paragraph("Loading takes two hours."),
            Figure(map_key, caption="The routes again, for the annex", alt=MAP_ALT),
        ]),
    ]
    return briefing


def export(tmp_path: Path, briefing: Briefing, style: str = "ministry") -> tuple[Path, Path]:
    options = ExportOptions(style=load_style(style))
    pdf, docx = tmp_path / f"{style}.pdf", tmp_path / f"{style}.docx"
    write_pdf(briefing, pdf, options)
    write_docx(briefing, docx, options)
    return pdf, docx


def pdf_images(path: Path) -> list[dict[str, str]]:
    """``pdfimages -list``: one row per image drawn, with its page, pixels and ppi."""
    lines = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True,
                           text=True, check=True).stdout.splitlines()
    names = lines[0].split()
    return [dict(zip(names, line.split(), strict=False)) for line in lines[2:]]


# ---------------------------------------------------------------- the file


def test_a_figure_round_trips_and_an_image_used_twice_is_stored_once():
    briefing = illustrated()
    text = fileformat.dumps(briefing)
    document = json.loads(text)
    shown = [block["media"] for section in document["sections"]
             for block in section["blocks"] if block["type"] == "figure"]
    assert len(shown) == 4
    # In the order the figures first show them; the map shows twice, stored once.
    assert list(document["media"]) == list(dict.fromkeys(shown))
    assert len(document["media"]) == 3
    figure = document["sections"][0]["blocks"][2]
    assert figure == {"id": figure["id"], "type": "figure", "media": figure["media"],
                      "caption": "Convoys per day", "alt": CHART_ALT, "width": 0.6}
    loaded = fileformat.loads(text)
    assert loaded == briefing
    assert loaded.media[figure["media"]].data == CHART_SVG
    assert fileformat.dumps(loaded) == text  # the same bytes again


def test_an_image_no_figure_shows_is_not_saved_and_no_figure_means_no_media_key():
    briefing = illustrated()
    briefing.sections[1].blocks = [Paragraph("No pictures here.")]
    saved = json.loads(fileformat.dumps(briefing))
    assert len(saved["media"]) == 2  # the photo went with its figure
    briefing.sections = [Section("Text", blocks=[Paragraph("Words only.")])]
    assert "media" not in json.loads(fileformat.dumps(briefing))


def _broken(change) -> str:
    document = json.loads(fileformat.dumps(illustrated()))
    change(document)
    return json.dumps(document)


def _first_media(document: dict) -> dict:
    return next(iter(document["media"].values()))


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: _first_media(d).update(data="not base64!"), "not base64 data"),
    (lambda d: _first_media(d).update(data=base64.b64encode(png(10, 10)).decode()),
     "not the image its key names"),
    (lambda d: _first_media(d).update(type="image/gif"),
     "type: expected image/png, image/jpeg or image/svg+xml"),
    (lambda d: _first_media(d).update(type="image/jpeg"), "holds a PNG image, not a JPEG"),
    (lambda d: _first_media(d).update(data=base64.b64encode(b"GIF89a....").decode()),
     "not a PNG, JPEG or SVG image"),
    (lambda d: d["sections"][0]["blocks"][1].update(media="sha256:0000"),
     "sections[0].blocks[1].media: expected an image named in \"media\""),
    (lambda d: d["sections"][0]["blocks"][1].update(width=0),
     "sections[0].blocks[1].width: expected a number above 0 and at most 1"),
    (lambda d: d["sections"][0]["blocks"][1].update(width=1.5), "width: expected a number"),
    (lambda d: d["sections"][0]["blocks"][1].update(width=True), "width: expected a number"),
])
def test_a_file_with_a_bad_image_or_figure_names_the_problem(change, message):
    with pytest.raises(BriefingFileError) as raised:
        fileformat.loads(_broken(change), "convoys.briefing")
    assert str(raised.value).startswith("convoys.briefing: ")
    assert message in str(raised.value)


# ---------------------------------------------------------------- checking images


@pytest.mark.parametrize(("data", "problem"), [
    (b"GIF89a\x01\x00\x01\x00", "not a PNG, JPEG or SVG image"),
    (cut_png(), "damaged or cut short"),
    (bomb_png(), "30,000 x 30,000 pixels"),
    (svg_with("<script>alert(1)</script>"), "<script>"),
    (svg_with("<rect width='5' height='5'/>", 'onload="steal()"'), "onload"),
    (svg_with('<image href="https://example.org/track.png" width="5" height="5"/>'),
     "https://example.org/track.png"),
    (svg_with('<use xlink:href="/etc/shapes.svg#a"/>'), "/etc/shapes.svg"),
    (svg_with("<foreignObject><p>html</p></foreignObject>"), "<foreignObject>"),
    (svg_with("<style>@import url(https://example.org/a.css);</style>"), "style sheet"),
    (svg_with('<rect fill="url(https://example.org/p.svg#g)" width="5" height="5"/>'),
     "loads something from outside"),
    (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]>'
     b'<svg xmlns="http://www.w3.org/2000/svg">&a;</svg>', "declares XML entities"),
    (svg_with('<image href="data:image/png;base64,'
              + base64.b64encode(bomb_png()).decode() + '"/>'), "30,000 x 30,000"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>", "not a well-formed SVG"),
])
def test_an_image_we_cannot_print_safely_is_refused_with_the_reason(data, problem):
    with pytest.raises(ImageProblem, match=re.escape(problem)):
        checked(data, decode=True)


def test_an_svg_may_refer_to_its_own_parts_and_to_pictures_written_into_it():
    inner = base64.b64encode(png(20, 10)).decode()
    data = svg_with('<defs><linearGradient id="g"/></defs>'
                    '<rect fill="url(#g)" width="5" height="5"/><use href="#g"/>'
                    f'<image href="data:image/png;base64,{inner}" width="5" height="5"/>')
    assert checked(data).type == "image/svg+xml"


def test_a_camera_photo_is_turned_upright_as_its_exif_orientation_says(tmp_path):
    from PIL import Image

    photo = Image.new("RGB", (40, 20), "#806040")
    exif = photo.getexif()
    exif[0x0112] = 6  # taken with the camera on its side: seen turned a quarter
    path = tmp_path / "side.jpg"
    photo.save(path, "JPEG", exif=exif)
    media = read_image(path)
    with Image.open(io.BytesIO(media.data)) as turned:
        assert turned.size == (20, 40)
        assert turned.getexif().get(0x0112, 1) == 1


# ---------------------------------------------------------------- Markdown


def test_markdown_images_become_figures_with_their_alt_text_and_caption(tmp_path):
    (tmp_path / "maps and charts").mkdir()
    (tmp_path / "maps and charts" / "routes.png").write_bytes(png())
    (tmp_path / "chart.svg").write_bytes(CHART_SVG)
    source = tmp_path / "note.md"
    source.write_text(
        "# Convoys\n\nThe routes:\n\n"
        f"![{MAP_ALT}](<maps and charts/routes.png>)\n\n"
        f'![{CHART_ALT}](chart.svg "Convoys per day")\n\n'
        "Loading takes two hours ![the yard](chart.svg) at the depot.\n", encoding="utf-8")
    briefing = import_file(source)
    blocks = briefing.sections[0].blocks
    assert [type(block).__name__ for block in blocks] == [
        "Paragraph", "Figure", "Figure", "Paragraph", "Figure"]
    routes, chart, inline = blocks[1], blocks[2], blocks[4]
    assert (routes.alt, routes.caption) == (MAP_ALT, MAP_ALT)  # pandoc's figure caption
    assert (chart.alt, chart.caption) == (CHART_ALT, "Convoys per day")  # its title
    assert blocks[3].text == "Loading takes two hours  at the depot."
    assert briefing.media[routes.media].data == png()
    assert inline.media == chart.media and len(briefing.used_media()) == 2


@pytest.mark.parametrize(("image", "data", "problem"), [
    ("figures/missing.png", None, "cannot read: No such file or directory"),
    ("https://example.org/map.png", None, "images on the web are not fetched"),
    ("figures/bomb.png", bomb_png(), "30,000 x 30,000 pixels"),
    ("figures/chart.svg", svg_with("<script>fetch('x')</script>"), "<script>"),
    ("figures/map.png", b"\x89PNG\r\n\x1a\nnonsense", "damaged or cut short"),
])
def test_a_markdown_image_that_cannot_be_taken_is_one_line_naming_file_and_image(
        tmp_path, image, data, problem):
    (tmp_path / "figures").mkdir()
    if data is not None:
        (tmp_path / image).write_bytes(data)
    source = tmp_path / "note.md"
    source.write_text(f"Routes.\n\n![A map]({image})\n", encoding="utf-8")
    result = run("export", str(source), "--pdf", str(tmp_path / "out.pdf"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"{source}: image {image}: " in result.stderr and problem in result.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_a_decompression_bomb_is_refused_in_bounded_memory(tmp_path):
    (tmp_path / "bomb.png").write_bytes(bomb_png(60_000))
    source = tmp_path / "note.md"
    source.write_text("![A map](bomb.png)\n", encoding="utf-8")
    probe = ("import resource, subprocess, sys; subprocess.run([sys.executable, '-m', "
             f"'briefing_studio.cli', 'import', {str(source)!r}, '-o', "
             f"{str(tmp_path / 'out.briefing')!r}]); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    peak_kib = int(subprocess.run([sys.executable, "-c", probe], capture_output=True,
                                  text=True, timeout=120).stdout)
    assert peak_kib < 500 * 1024
    assert not (tmp_path / "out.briefing").exists()


# ---------------------------------------------------------------- the PDF


def test_pdf_pictures_are_drawn_at_their_full_resolution_and_the_svg_as_vectors(tmp_path):
    pdf, _ = export(tmp_path, illustrated())
    images = pdf_images(pdf)
    # The map twice and the photo: the chart is shapes, not pixels.
    assert sorted((row["width"], row["height"]) for row in images) == [
        ("1200", "750"), ("1200", "750"), ("320", "240")]
    text_inches = load_style("ministry").text_width_mm / 25.4
    # The map fills the text width; the photo, half of it.
    map_ppi = {int(row["x-ppi"]) for row in images if row["width"] == "1200"}
    assert map_ppi == {round(1200 / text_inches)}
    photo_ppi = int(next(row["x-ppi"] for row in images if row["width"] == "320"))
    assert photo_ppi == round(320 / (text_inches / 2))
    # A JPEG is embedded as it is, not decoded and compressed again.
    assert {row["enc"] for row in images if row["width"] == "320"} == {"jpeg"}
    text = " ".join(page_texts(pdf))
    assert "Convoys per day Monday" in " ".join(text.split())  # the chart's own words
    assert "Figure 1: Convoy routes" in text
    assert "Figure 2: Convoys per day" in text
    assert "Figure 3: The routes again, for the annex" in text  # the photo has no caption


def test_captions_are_numbered_in_the_documents_language(tmp_path):
    pdf, docx = export(tmp_path, illustrated(language="tr-TR"), style="tr-resmi")
    assert "Şekil 2: Convoys per day" in " ".join(page_texts(pdf))
    document = zipfile.ZipFile(docx).read("word/document.xml").decode()
    assert "Şekil " in document and "SEQ Figure" in document


def test_a_tall_figure_is_made_smaller_to_fit_its_page_with_its_caption(tmp_path):
    briefing = Briefing(meta=Metadata(title="Tall"))
    key = briefing.add_media(Media("image/png", png(200, 2400)))
    briefing.sections = [Section("A tower", blocks=[
        Figure(key, caption="The tower, drawn to scale", alt="A tall narrow tower")])]
    pdf, _ = export(tmp_path, briefing)
    # The heading goes with the figure, which is at most 0.85 of the text's height.
    (row,) = pdf_images(pdf)
    page = page_texts(pdf)[int(row["page"]) - 1]
    assert "A tower" in page and "Figure 1: The tower, drawn to scale" in page
    style = load_style("ministry")
    text_height_inches = (style.page_size_mm[1] - style.margins.top
                          - style.margins.bottom) / 25.4
    assert int(row["y-ppi"]) >= 2400 / (0.85 * text_height_inches)


@pytest.mark.parametrize("style", available_styles())
def test_every_house_style_prints_the_figures_in_both_outputs(tmp_path, style):
    pdf, docx = export(tmp_path, illustrated(), style=style)
    assert len(pdf_images(pdf)) == 3
    assert audit_findings(docx) == []
    text = " ".join(page_texts(pdf))
    assert text.index("Convoy routes") < text.index("Loading takes two hours")


# ---------------------------------------------------------------- the DOCX


def test_docx_pictures_carry_their_alt_text_and_the_svg_its_png_fallback(tmp_path):
    _, docx = export(tmp_path, illustrated())
    package = zipfile.ZipFile(docx)
    body = package.read("word/document.xml").decode()
    descriptions = re.findall(r'<wp:docPr [^>]*descr="([^"]*)"', body)
    assert descriptions == [MAP_ALT, CHART_ALT, "The depot's loading yard", MAP_ALT]
    media = [name for name in package.namelist() if name.startswith("word/media/")]
    # The map once, the chart as its SVG and a PNG of it, the photo.
    assert sorted(name.rsplit(".", 1)[1] for name in media) == ["jpg", "png", "png", "svg"]
    assert body.count("asvg:svgBlip") == 1
    assert body.count("SEQ Figure") == 3


def test_an_svg_shown_twice_is_one_part_of_the_docx(tmp_path):
    briefing = Briefing(meta=Metadata(title="Charts"))
    key = briefing.add_media(Media("image/svg+xml", CHART_SVG))
    briefing.sections = [Section("Twice", blocks=[
        Figure(key, caption="Once", alt=CHART_ALT), Figure(key, caption="Again", alt=CHART_ALT)])]
    _, docx = export(tmp_path, briefing)
    parts = [name for name in zipfile.ZipFile(docx).namelist()
             if name.startswith("word/media/")]
    assert sorted(name.rsplit(".", 1)[1] for name in parts) == ["png", "svg"]


def test_libreoffice_shows_the_docx_pictures_and_captions(tmp_path):
    _, docx = export(tmp_path, illustrated())
    (printed,) = libreoffice_pdfs(tmp_path / "lo", [docx])
    assert len(pdf_images(printed)) >= 4  # LibreOffice draws the chart's PNG or its SVG
    text = " ".join(" ".join(page_texts(printed)).split())
    assert "Figure 1: Convoy routes" in text and "Figure 2: Convoys per day" in text


def test_our_docx_reads_back_with_its_figures(tmp_path):
    briefing = illustrated()
    _, docx = export(tmp_path, briefing)
    back = import_docx(docx)
    figures = [block for section in back.sections for block in section.blocks
               if isinstance(block, Figure)]
    originals = [block for section in briefing.sections for block in section.blocks
                 if isinstance(block, Figure)]
    assert [(f.caption, f.alt, f.id) for f in figures] == [
        (f.caption, f.alt, f.id) for f in originals]
    assert [back.media[f.media] for f in figures] == [briefing.media[f.media]
                                                      for f in originals]
    assert [f.width for f in figures] == pytest.approx([1.0, 0.6, 0.5, 1.0], abs=0.01)


def test_a_docx_pandoc_wrote_gives_its_pictures_alt_text_and_captions(tmp_path):
    pypandoc = pytest.importorskip("pypandoc")
    (tmp_path / "routes.png").write_bytes(png())
    source = tmp_path / "note.md"
    source.write_text("Before the map.\n\n![Convoy routes east of the river](routes.png)\n\n"
                      "After the map.\n", encoding="utf-8")
    docx = tmp_path / "pandoc.docx"
    pypandoc.convert_file(str(source), "docx", outputfile=str(docx),
                          extra_args=[f"--resource-path={tmp_path}"])
    briefing = import_docx(docx)
    blocks = [block for section in briefing.sections for block in section.blocks]
    assert [type(block).__name__ for block in blocks] == ["Paragraph", "Figure", "Paragraph"]
    figure = blocks[1]
    assert figure.caption == "Convoy routes east of the river"
    assert briefing.media[figure.media].data == png()
    # pandoc shows a picture as its alt text in brackets.
    words_pandoc_sees = pypandoc.convert_file(str(docx), "plain").replace("[", "").replace(
        "]", "").split()
    assert words_pandoc_sees == [*blocks[0].text.split(), *figure.alt.split(),
                                 *blocks[2].text.split()]


def test_an_export_with_figures_without_alt_text_says_so_and_still_succeeds(tmp_path):
    briefing = illustrated()
    briefing.sections[0].blocks[1].alt = ""
    source = tmp_path / "convoys.briefing"
    fileformat.save(briefing, source)
    result = run("export", str(source), "--pdf", str(tmp_path / "convoys.pdf"))
    assert result.returncode == 0 and (tmp_path / "convoys.pdf").exists()
    assert result.stderr == (f"briefing-studio: note: {source}: 1 figure has no alt text: a "
                             "reader who cannot see it learns nothing from it\n")
    fileformat.save(illustrated(), source)
    assert run("export", str(source), "--pdf", str(tmp_path / "all.pdf")).stderr == ""


def test_an_older_words_vml_picture_is_a_figure_with_its_alt_text(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Mm

    document = docx.Document()
    document.add_paragraph("Before the map.")
    rid, _ = document.part.get_or_add_image(io.BytesIO(png()))
    document.add_paragraph().add_run().add_picture(io.BytesIO(png()), width=Mm(50))
    drawing = document.paragraphs[-1]._p
    drawing.getparent().replace(drawing, parse_xml(
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<w:r><w:pict><v:shape style="width:200pt;height:120pt">'
        f'<v:imagedata r:id="{rid}" o:title="Map of the routes"/></v:shape></w:pict></w:r></w:p>'))
    path = tmp_path / "vml.docx"
    document.save(str(path))
    briefing = import_docx(path)
    blocks = briefing.sections[0].blocks
    assert [type(block).__name__ for block in blocks] == ["Paragraph", "Figure"]
    assert blocks[1].alt == "Map of the routes"
    assert briefing.media[blocks[1].media].data == png()
