"""Briefing Studio: draft briefing documents and export them as PDF and DOCX."""
