"""Where the bundled data files (fonts, styles, samples, templates) are found."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """The ``resources`` folder, inside an installed wheel or at the top of a checkout."""
    installed = Path(__file__).with_name("resources")
    if installed.is_dir():
        return installed
    # An editable install or a plain checkout: src/briefing_studio/ -> the project root.
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
