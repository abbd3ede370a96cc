"""Briefing Studio: draft briefing documents and export them as PDF and DOCX."""

__version__ = "0.1.0"
