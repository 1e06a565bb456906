"""`sanad --screenshot OUT.png [FILE]`: open FILE, wait for its analysis, save the window as PNG."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.window import MainWindow

TIMEOUT_MS = 60_000


def take_screenshot(app: QApplication, window: MainWindow, article: Path, out: Path) -> int:
    status = {"code": 1}

    def capture() -> None:
        if window.is_busy():
            return
        app.processEvents()
        pixmap = window.grab()
        if pixmap.save(str(out), "PNG"):
            status["code"] = 0
        else:
            print(f"error: could not write {out}", file=sys.stderr)
        app.quit()

    def on_busy(busy: bool) -> None:
        if not busy:
            QTimer.singleShot(150, capture)

    def give_up() -> None:
        print("error: the article did not finish loading in time", file=sys.stderr)
        app.quit()

    window.busy_changed.connect(on_busy)
    window.show()
    window.open_path(article)
    QTimer.singleShot(TIMEOUT_MS, give_up)
    app.exec()
    if window.article is None and status["code"] == 0:
        print(f"note: {window.statusBar().currentMessage()}", file=sys.stderr)
    return status["code"]
