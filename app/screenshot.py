"""`sanad --screenshot OUT.png [FILE]`: open FILE with every panel filled, save the window as PNG.

The article goes into the library given with --db, or else into a throwaway library in a temporary
folder, so taking a screenshot never changes the user's own library.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from app.panels.background import library_pool
from app.window import MainWindow

TIMEOUT_MS = 120_000
POLL_MS = 100
QUIET_POLLS = 3  # idle this many polls in a row (background work finished) before capturing


def take_screenshot(app: QApplication, window: MainWindow, article: Path | None, out: Path,
                    db: str | None = None) -> int:
    status = {"code": 1, "quiet": 0}
    scratch = None if db else tempfile.TemporaryDirectory(prefix="sanad-shot-")
    library_path = db or str(Path(scratch.name) / "library.sqlite")

    def idle() -> bool:
        return (not window.is_busy() and not window.view.is_filling()
                and not window.speakers_panel.is_filling()
                and QThreadPool.globalInstance().activeThreadCount() == 0
                and library_pool().activeThreadCount() == 0)

    def poll() -> None:
        status["quiet"] = status["quiet"] + 1 if idle() else 0
        if status["quiet"] < QUIET_POLLS:
            return
        timer.stop()
        app.processEvents()
        pixmap = window.grab()
        if pixmap.save(str(out), "PNG"):
            status["code"] = 0
        else:
            print(f"error: could not write {out}", file=sys.stderr)
        app.quit()

    def give_up() -> None:
        print("error: the article did not finish loading in time", file=sys.stderr)
        app.quit()

    window.resize(1440, 900)  # the same picture whatever size the window was left at
    window.show()
    window.start(library_path, article)
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    timer.start()
    QTimer.singleShot(TIMEOUT_MS, give_up)
    app.exec()
    message = window.statusBar().currentMessage()
    if window.analysis is None and message:
        print(f"note: {message}", file=sys.stderr)
    window.notes_panel.flush(wait=True)
    if window.library is not None:
        window.library.close()
    if scratch is not None:
        scratch.cleanup()
    return status["code"]
