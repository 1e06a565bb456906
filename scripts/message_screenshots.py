"""Render the error messages a user can meet, as the window shows them, to PNG files.

    uv run python scripts/message_screenshots.py OUT_DIR [--ui ar|en]

Each case is triggered through a real window (a binary file, an empty file, an unsupported
.doc, a scanned PDF, a damaged library, a read-only library, an export into a folder that cannot
be written); its message box and the window are saved as OUT_DIR/<case>.png. Offscreen unless
QT_QPA_PLATFORM says otherwise (under Xvfb the boxes get the window manager's frame).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SANAD_NO_SETTINGS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--ui", choices=["en", "ar"], default="ar")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from app.fonts import UI_FAMILY, load_bundled_fonts
    from app.i18n import install_language

    load_bundled_fonts()
    font = app.font()
    font.setFamilies([font.family(), UI_FAMILY])
    app.setFont(font)
    install_language(app, args.ui)
    from app.library import open_library
    from app.window import MainWindow

    tmp = Path(tempfile.mkdtemp(prefix="sanad-messages-"))
    window = MainWindow(interactive=False, library=open_library(tmp / "library.sqlite"))
    window.resize(1100, 700)
    window.show()
    shown: list[str] = []
    for source in (window.reader.error, window.exchange.error):
        source.connect(shown.append)

    def settle(condition=lambda: True, rounds: int = 3000) -> None:
        for _ in range(rounds):
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(20)
            if condition() and not window.is_busy():
                break
        app.processEvents()

    def save(case: str, message: str, box: QMessageBox | None = None) -> None:
        box = box or QMessageBox(QMessageBox.Icon.Warning, window.tr("Sanad"), message,
                                 QMessageBox.StandardButton.Ok, window)
        box.show()
        for _ in range(3):  # the box takes its final size over a few events
            box.adjustSize()
            app.processEvents()
        box.grab().save(str(args.out / f"{case}-box.png"))
        window.grab().save(str(args.out / f"{case}-window.png"))
        box.close()
        print(f"{case}: {message}")

    def file_case(case: str, name: str, data: bytes | None, path: Path | None = None) -> None:
        target = path or tmp / name
        if data is not None:
            target.write_bytes(data)
        count = len(shown)
        window.open_path(target)
        settle(lambda: len(shown) > count)
        save(case, shown[-1])

    file_case("binary", "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    file_case("empty", "empty.txt", b"")
    file_case("unsupported", "report.doc", b"\xd0\xcf\x11\xe0 old Word" * 20)
    file_case("scanned-pdf", "", None, ROOT / "tests" / "fixtures" / "pdf" / "scanned.pdf")
    window.open_path(ROOT / "resources" / "samples" / "seed-libya.txt")
    settle(lambda: window.article_id is not None)
    blocker = tmp / "not-a-folder"
    blocker.write_bytes(b"x")
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(blocker / "article.md"), ""))
    count = len(shown)
    window.exchange.export_article("md")
    settle(lambda: len(shown) > count)
    save("export", shown[-1])
    damaged = tmp / "damaged.sqlite"
    damaged.write_bytes(b"not a database" * 100)
    window.start(damaged)
    settle(lambda: window.library_problem is not None)
    save("damaged-library", window.library_problem.text(), window.library_problem)
    from app.user_messages import message_for

    read_only = message_for("read_only_file", {"path": tmp / "library.sqlite"})
    window.read_only_label.show()
    save("read-only-library", read_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
