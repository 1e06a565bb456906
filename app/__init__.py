"""Sanad's desktop app: PySide6 windows and panels over the Qt-free `extract` core."""

from extract import __version__

__all__ = ["__version__"]
