"""Hypothesis strategies for briefings, shared by the property tests."""

from hypothesis import strategies as st

from briefing_studio.fileformat import META_KEYS, OPTIONAL_META_KEYS
from briefing_studio.model import (
    LIST_FIELDS,
    SIGNATORY_FIELDS,
    Briefing,
    Bullet,
    BulletList,
    Metadata,
    Paragraph,
    Priority,
    Section,
    Signatory,
    Table,
)

# Any text a user could type or paste, Turkish and Arabic included; surrogates cannot
# be encoded as UTF-8 and so cannot be in a saved file.
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | texts,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(texts, children, max_size=3),
    max_leaves=6,
)


def extras(known: set[str]):
    """Unknown keys a newer version might have written."""
    keys = texts.filter(lambda key: key not in known)
    return st.dictionaries(keys, json_values, max_size=2)


bullets = st.builds(
    Bullet, text=texts, label=texts, priority=st.sampled_from(Priority),
    extra=extras({"label", "text", "priority"}),
)
blocks = st.one_of(
    st.builds(Paragraph, text=texts, extra=extras({"type", "text"})),
    st.builds(BulletList, items=st.lists(bullets, max_size=4), numbered=st.booleans(),
              extra=extras({"type", "numbered", "items"})),
    st.builds(Table, header=st.lists(texts, max_size=4),
              rows=st.lists(st.lists(texts, max_size=5), max_size=4), caption=texts,
              extra=extras({"type", "caption", "header", "rows"})),
)
sections = st.builds(
    Section, heading=texts, blocks=st.lists(blocks, max_size=4),
    level=st.integers(1, 3), extra=extras({"heading", "level", "blocks"}),
)
signatories = st.builds(Signatory, name=texts, title=texts, on_behalf_of=texts,
                        extra=extras(set(SIGNATORY_FIELDS)))
metadata = st.builds(
    Metadata, title=texts, subtitle=texts, doc_type=texts, classification=texts,
    reference=texts, date=texts, prepared_for=texts, prepared_by=texts,
    approved_by=texts, organisation=texts, source=texts, version_label=texts,
    subject=texts, heading_lines=st.lists(texts, max_size=3), signatory=signatories,
    attachments=st.lists(texts, max_size=3), distribution=st.lists(texts, max_size=3),
    extra=extras({*META_KEYS, *OPTIONAL_META_KEYS, *LIST_FIELDS, "signatory"}),
)
briefings = st.builds(
    Briefing, meta=metadata, sections=st.lists(sections, max_size=4),
    extra=extras({"format", "version", "meta", "sections"}),
)
