"""Where the library file lives: the per-user data folder, unless the user points elsewhere.

Order of precedence: an explicit path (the `--db PATH` option), then the `SANAD_DB` environment
variable (tests and power users), then the platform's per-user data folder (AppData on Windows,
Application Support on macOS, XDG data home on Linux) via platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Sanad"
LIBRARY_FILENAME = "library.sqlite"
ENV_VAR = "SANAD_DB"


def default_library_path() -> Path:
    """The library file in the per-user data folder (not created here)."""
    from platformdirs import user_data_dir  # only without --db or $SANAD_DB: a shorter start

    return Path(user_data_dir(APP_NAME, appauthor=False)) / LIBRARY_FILENAME


def resolve_library_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The library file to open: `path` if given, else $SANAD_DB, else the per-user default."""
    if path is not None and str(path) != "":
        return Path(path).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return default_library_path()
