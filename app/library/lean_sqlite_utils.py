"""sqlite_utils for the library, imported without numpy and pandas (a shorter start-up)."""

from __future__ import annotations

import sys


def _import_sqlite_utils():
    """sqlite_utils, imported without numpy and pandas.

    At import time sqlite_utils loads numpy and pandas when they are installed (camel-tools
    brings numpy), only to accept their values in inserts, which the library never passes: that
    cost 0.35-0.65 s of every start-up here. Hidden while sqlite_utils is imported, they stay
    importable by anything else afterwards.
    """
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import numpy" raises ImportError
    try:
        import sqlite_utils as module
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]
    return module


sqlite_utils = _import_sqlite_utils()

__all__ = ["sqlite_utils"]
