"""Classification markings: each scheme's levels, their order and colours, as data.

A marking is matched to a level whatever its case, accents or spacing ("Official
Sensitive" is OFFICIAL-SENSITIVE, "hizmete özel" is HİZMETE ÖZEL), and a descriptor
after the level ("SECRET UK EYES ONLY") keeps the level's colour. A marking outside
every scheme is still printed as written, in the scheme's neutral colour.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .resources import resource_path


@dataclass(frozen=True, order=True)
class Level:
    scheme: str
    rank: int  # 0 is the lowest level of its scheme
    name: str
    colour: str


@dataclass(frozen=True)
class Scheme:
    key: str
    title: str
    neutral_colour: str
    levels: tuple[Level, ...]


@dataclass(frozen=True)
class Marking:
    text: str
    colour: str
    level: Level | None


@cache
def schemes() -> dict[str, Scheme]:
    found = {}
    for path in sorted(resource_path("classification").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        levels = tuple(
            Level(scheme=path.stem, rank=rank, name=level["name"], colour=level["colour"])
            for rank, level in enumerate(data["levels"])
        )
        found[path.stem] = Scheme(path.stem, data["name"], data["neutral_colour"], levels)
    return found


def scheme_names() -> list[str]:
    return list(schemes())


def marking(text: str, preferred_scheme: str) -> Marking:
    """The marking as written, with the colour of the level it names."""
    ordered = [schemes()[preferred_scheme]] + [
        scheme for key, scheme in schemes().items() if key != preferred_scheme
    ]
    key = _comparable(text)
    for scheme in ordered:
        # Longest name first, so that "TOP SECRET" is not taken for "SECRET".
        for level in sorted(scheme.levels, key=lambda lv: -len(lv.name)):
            name = _comparable(level.name)
            if key == name or key.startswith(name + " "):
                return Marking(text, level.colour, level)
    return Marking(text, schemes()[preferred_scheme].neutral_colour, None)


def _comparable(text: str) -> str:
    """Case, accents, dotted/dotless i, hyphens and spacing do not tell markings apart."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ı", "i"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.split(r"[\s\-_]+", plain.strip()))
