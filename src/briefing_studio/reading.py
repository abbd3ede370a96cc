"""How long a briefing takes to read, as editors size one: at the pace of careful
reading of official prose."""

from __future__ import annotations

import math

WORDS_PER_MINUTE = 200


def reading_minutes(words: int) -> int:
    """The minutes ``words`` take to read, rounded up; 0 for less than a minute's."""
    return 0 if words < WORDS_PER_MINUTE else math.ceil(words / WORDS_PER_MINUTE)
