"""Which library the window works on: the libraries opened recently (remembered in the app's
settings, newest first), the one to open at start-up, and making a new one.

No widgets here beyond the Recent Libraries menu's entries; the window asks for the paths and
opens them (`MainWindow.start`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.bidi_text import isolate
from app.i18n import app_settings

RECENT_KEY = "library/recent"
MAX_RECENT = 8


def recent_libraries() -> list[Path]:
    """The libraries opened recently that still exist, newest first."""
    value = app_settings().value(RECENT_KEY, []) or []
    paths = [value] if isinstance(value, str) else list(value)
    return [Path(p) for p in paths if p and Path(p).is_file()][:MAX_RECENT]


def remember_library(path: str | os.PathLike[str]) -> None:
    """Put `path` first in the recent libraries (the one opened at the next start)."""
    resolved = str(Path(path).resolve())
    others = [str(p) for p in recent_libraries() if str(p) != resolved]
    app_settings().setValue(RECENT_KEY, [resolved, *others][:MAX_RECENT])
    app_settings().sync()


def start_up_library(explicit: str | None) -> str | None:
    """The library to open at start: --db, else $SANAD_DB (resolved later), else the library
    opened last, else None (the per-user default)."""
    if explicit or os.environ.get("SANAD_DB", "").strip():
        return explicit
    recent = recent_libraries()
    return str(recent[0]) if recent else None


def new_library_path(chosen: str) -> Path:
    """The file a new library is created at: the chosen name, with .sqlite when it has no
    extension."""
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".sqlite")


def fill_recent_menu(menu: QMenu, current: Path | None, open_path: Callable[[str], None]) -> None:
    """The Recent Libraries menu: one entry per recent library (the open one checked)."""
    menu.clear()
    recent = recent_libraries()
    if not recent:
        empty = menu.addAction(QCoreApplication.translate("LibrarySwitch", "No Recent Libraries"))
        empty.setEnabled(False)
        return
    for path in recent:
        action = QAction(isolate(path.name) + "  —  " + isolate(path.parent), menu)
        action.setCheckable(True)
        action.setChecked(current is not None and Path(current).resolve() == path)
        action.setToolTip(isolate(path))
        action.triggered.connect(lambda _checked=False, p=str(path): open_path(p))
        menu.addAction(action)
