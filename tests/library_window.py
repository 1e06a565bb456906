"""A main window on a library file, and closing it as the app does on quit: the window, then the
library once the background work that may still use it has finished. Tests that restart the app
open a second window on the same file."""

from __future__ import annotations

from pathlib import Path

from app.fonts import load_bundled_fonts
from app.library import open_library
from app.panels.background import wait_for_library
from app.window import MainWindow


def open_window(qtbot, db_path: Path) -> MainWindow:
    load_bundled_fonts()
    win = MainWindow(interactive=False, library=open_library(db_path))
    qtbot.addWidget(win)
    win.show()
    return win


def close_window(win: MainWindow) -> None:
    from PySide6.QtCore import QThreadPool

    win.close()
    QThreadPool.globalInstance().waitForDone(60_000)
    wait_for_library()
    win.library.close()
