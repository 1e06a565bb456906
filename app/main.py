"""`sanad`: start the desktop app, or render a screenshot, or run the frozen app's self-test."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from extract.resources import resource_path

SAMPLE = ("samples", "seed-libya.txt")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sanad", description="Offline reading assistant for "
                                     "Arabic news: entities, claims and who said what.")
    parser.add_argument("file", nargs="?", help="an article to open (.txt, .html, .docx, .odt, "
                        ".rtf, .pdf)")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the window offscreen to a PNG and exit")
    parser.add_argument("--selftest", action="store_true",
                        help="analyse the bundled sample offline, print a summary and exit")
    parser.add_argument("--db", metavar="PATH", help="library file (default: per-user data folder)")
    parser.add_argument("--ui", choices=["en", "ar"], help="interface language")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.selftest:
        from app.selftest import run_selftest

        return run_selftest()
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication

    from app.fonts import UI_FAMILY, load_bundled_fonts
    from app.i18n import install_language, remember_language, saved_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Sanad")
    app.setOrganizationName("Sanad")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource_path("icons", "sanad.png"))))
    load_bundled_fonts()
    ui_font = app.font()
    ui_font.setFamilies([ui_font.family(), UI_FAMILY])
    app.setFont(ui_font)
    language = args.ui or saved_language()
    if args.ui and not args.screenshot:
        remember_language(args.ui)
    install_language(app, language)

    from app.window import MainWindow, tune_runtime

    window = MainWindow(interactive=not args.screenshot)
    tune_runtime()
    file = Path(args.file) if args.file else None
    if args.screenshot:
        from app.screenshot import take_screenshot

        # No FILE: the sample in a throwaway library, or what the --db library opens with.
        article = file or (None if args.db else resource_path(*SAMPLE))
        return take_screenshot(app, window, article, Path(args.screenshot), args.db)
    from app.library_switch import start_up_library

    window.show()
    window.start(start_up_library(args.db), file)
    from app.file_open import FileOpenForwarder

    app.installEventFilter(FileOpenForwarder(window))  # macOS: files opened while running
    status = app.exec()
    _shut_down(window)
    return status


def _shut_down(window) -> None:
    """Let background work finish (a note being saved, an import's last file), then close the
    library so its write-ahead log is folded back into the file."""
    from PySide6.QtCore import QThreadPool

    from app.panels.background import wait_for_library

    while getattr(window, "replacement", None) is not None:  # the UI language was switched
        window = window.replacement
    window.notes_panel.flush(wait=False)
    window.library_panel.cancel_import()  # stops after the file being imported
    window.background_analyses.cancel()  # stops after the article being analysed
    QThreadPool.globalInstance().waitForDone(30_000)
    wait_for_library(30_000)
    if window.library is not None:
        window.library.close()


if __name__ == "__main__":
    sys.exit(main())
