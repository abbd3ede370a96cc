"""The desktop app (PySide6): the only package that imports Qt."""

from .singletons import make_singletons_immortal

# Before any Qt object exists: see singletons.py for the PySide6 bug this guards against.
make_singletons_immortal()
