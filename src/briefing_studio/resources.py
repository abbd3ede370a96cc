"""Where the bundled data files (fonts, styles, samples, templates) are found."""

from __future__ import annotations

from functools import cache
from pathlib import Path


def _bundled(name: str) -> Path:
    """``name`` inside the package of an installed wheel, or at the top of a checkout."""
    installed = Path(__file__).with_name(name)
    if installed.exists():
        return installed
    # An editable install or a plain checkout: src/briefing_studio/ -> the project root.
    return Path(__file__).resolve().parents[2] / name


@cache
def resources_root() -> Path:
    """The ``resources`` folder, inside an installed wheel or at the top of a checkout."""
    return _bundled("resources")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def readme_path() -> Path:
    """The README, whose user part is the app's user guide. The wheel carries it in the
    package, with the screenshot it shows in ``docs/`` beside it, as in a checkout."""
    return _bundled("README.md")
