"""Any briefing a user can make exports to both formats, and every word is in the DOCX."""

import io

import docx
from hypothesis import HealthCheck, given, settings

from briefing_studio.exporters import ExportOptions, prepare
from briefing_studio.exporters.docx import build_docx
from briefing_studio.exporters.pdf import render_pdf
from tests.strategies import briefings

OPTIONS = ExportOptions()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefings)
def test_any_briefing_exports_to_pdf(briefing):
    buffer = io.BytesIO()
    render_pdf(prepare(briefing, OPTIONS), buffer, OPTIONS.style)
    assert buffer.getvalue().startswith(b"%PDF-")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefings)
def test_any_briefing_exports_to_a_docx_that_word_readers_open(briefing):
    buffer = io.BytesIO()
    build_docx(prepare(briefing, OPTIONS), OPTIONS.style).save(buffer)
    reopened = docx.Document(io.BytesIO(buffer.getvalue()))
    assert reopened.core_properties.title is not None
