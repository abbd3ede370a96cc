"""How long a briefing takes to read, as editors size one: at the pace of careful
reading of official prose."""

from __future__ import annotations

import math

WORDS_PER_MINUTE = 200


def reading_time(words: int) -> str:
    """"4 min read"; "under 1 min read" for a few words."""
    if words < WORDS_PER_MINUTE:
        return "under 1 min read"
    return f"{math.ceil(words / WORDS_PER_MINUTE)} min read"
