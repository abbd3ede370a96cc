"""Finding words in a text as a reader means them: with or without case, as whole words.

Without case, Turkish pairs İ with i and I with ı ("İSTANBUL" finds "istanbul",
"ISPARTA" finds "ısparta"), other languages I with i; a match is always reported in
the text's own positions, whatever folding changed the length of a letter ("ß").
"""

from __future__ import annotations

from .language import primary

_TURKISH = str.maketrans({"İ": "i", "I": "ı"})


def case_folded(text: str, language: str) -> tuple[str, list[int]]:
    """``text`` without case, in ``language``; and for each folded character, the index
    of the character of ``text`` it comes from."""
    if primary(language) == "tr":
        text = text.translate(_TURKISH)
    folded, origins = [], []
    for index, character in enumerate(text):
        lowered = character.casefold().replace("\u0307", "")  # İ's dot, outside Turkish
        folded.append(lowered)
        origins += [index] * len(lowered)
    return "".join(folded), origins


def find_all(text: str, needle: str, *, match_case: bool = False, whole_words: bool = False,
             language: str = "") -> list[tuple[int, int]]:
    """The (start, end) of every match of ``needle`` in ``text``, not overlapping."""
    if not needle:
        return []
    if match_case:
        haystack, origins, wanted = text, list(range(len(text))), needle
    else:
        haystack, origins = case_folded(text, language)
        wanted = case_folded(needle, language)[0]
    found, at = [], 0
    while (at := haystack.find(wanted, at)) >= 0:
        start = origins[at]
        last = at + len(wanted) - 1
        end = origins[last] + 1
        if not whole_words or _stands_alone(text, start, end):
            found.append((start, end))
            at += len(wanted)
        else:
            at += 1
    return found


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


def replaced(text: str, spans: list[tuple[int, int]], replacement: str) -> str:
    """``text`` with each span (in order, not overlapping) replaced."""
    pieces, last = [], 0
    for start, end in spans:
        pieces += [text[last:start], replacement]
        last = end
    return "".join(pieces) + text[last:]
