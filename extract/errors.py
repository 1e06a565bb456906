"""The one error the loaders raise: its message is shown to the user as it is."""

from __future__ import annotations


class LoadError(Exception):
    """An article could not be loaded; str(error) is a one-line message for the user."""
