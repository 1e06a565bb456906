"""In the Arabic interface every error the user can run into is said in Arabic (pytest-qt,
offscreen): each path is triggered through the window and the message shown must hold no English
word outside the file names and paths it quotes (those are isolated, FSI...PDI) and the few
product and format names that are written in Latin letters in Arabic too."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog

from app.bidi_text import FSI, PDI
from app.fonts import load_bundled_fonts
from app.i18n import install_language
from app.library import open_library
from app.panels.background import wait_for_library
from app.window import MainWindow

FIXTURES = Path(__file__).parent / "fixtures"
# Names written in Latin letters in Arabic text as well.
LATIN_NAMES = {"PDF", "Word", "RTF", "OpenDocument", "Tesseract", "WAL", "Ctrl", "V", "docx",
               "odt", "rtf", "pdf", "txt", "html", "doc", "tesseract", "ocr", "ara", "EACCES",
               "ENOTDIR"}
_ISOLATED = re.compile(f"{FSI}[^{PDI}]*{PDI}")


def untranslated_words(message: str) -> list[str]:
    """The English words of `message` outside what it quotes (isolated names and paths)."""
    outside = _ISOLATED.sub(" ", message)
    return [w for w in re.findall(r"[A-Za-z]+", outside) if w not in LATIN_NAMES]


def test_the_check_finds_english() -> None:
    assert untranslated_words("تعذّر فتح الملف: Permission denied") == ["Permission", "denied"]
    assert untranslated_words(f"{FSI}report.doc{PDI} فارغ.") == []


@pytest.fixture
def arabic(qtbot, fake_analyzer, tmp_path):
    app = QApplication.instance()
    install_language(app, "ar")
    load_bundled_fonts()
    win = MainWindow(interactive=False, library=open_library(tmp_path / "library.sqlite"))
    qtbot.addWidget(win)
    win.show()
    shown: list[str] = []
    for source in (win.reader.error, win.exchange.error, win.library_panel.error):
        source.connect(shown.append)
    win.shown_errors = shown
    yield win
    win.close()
    QThreadPool.globalInstance().waitForDone(60_000)
    wait_for_library()
    win.library.close()
    install_language(app, "en")


def _error_after(qtbot, win: MainWindow, action) -> str:
    count = len(win.shown_errors)
    action()
    qtbot.waitUntil(lambda: len(win.shown_errors) > count, timeout=30_000)
    message = win.shown_errors[-1]
    assert win.statusBar().currentMessage() == message or win.is_busy()
    return message


def _assert_arabic(message: str) -> None:
    assert re.search("[\u0600-\u06ff]", message), message
    assert untranslated_words(message) == [], message


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_file_errors_are_arabic(qtbot, arabic, tmp_path, monkeypatch) -> None:
    win = arabic
    # the scan's message without Tesseract (with it, OCR is offered: tests/test_ocr_app.py)
    monkeypatch.setenv("SANAD_TESSERACT", str(tmp_path / "no-such-tesseract"))
    cases = {
        "binary": _file(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50),
        "empty": _file(tmp_path, "empty.txt", b""),
        "unsupported": _file(tmp_path, "report.doc", b"\xd0\xcf\x11\xe0 old Word" * 20),
        "scanned": FIXTURES / "pdf" / "scanned.pdf",
        "folder": tmp_path,
        "missing": tmp_path / "gone.txt",
        "damaged pdf": _file(tmp_path, "broken.pdf", b"%PDF-1.4 not really"),
        "damaged docx": _file(tmp_path, "broken.docx", b"PK not a zip"),
    }
    messages = {}
    for case, path in cases.items():
        messages[case] = _error_after(qtbot, win, lambda p=path: win.open_path(p))
        _assert_arabic(messages[case])
    assert f"{FSI}image.txt{PDI}" in messages["binary"]
    assert "ثنائي" in messages["binary"]
    assert "ممسوح" in messages["scanned"]
    assert ".doc" in messages["unsupported"]


def test_an_unreadable_file_is_reported_in_arabic(qtbot, arabic, tmp_path, monkeypatch) -> None:
    # Root reads any file whatever its mode: the refusal is simulated where the file is read.
    path = _file(tmp_path, "locked.txt", "نص".encode())

    def refuse(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    message = _error_after(qtbot, arabic, lambda: arabic.open_path(path))
    _assert_arabic(message)
    assert "صلاحية" in message


def test_an_export_to_a_folder_that_cannot_be_written_is_arabic(
        qtbot, arabic, tmp_path, monkeypatch, seed_path) -> None:
    win = arabic
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.open_path(seed_path)
    qtbot.waitUntil(lambda: win.article_id is not None and not win.is_busy(), timeout=30_000)
    blocker = _file(tmp_path, "not-a-folder", b"x")  # root too cannot write inside a file
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(blocker / "article.md"), ""))
    message = _error_after(qtbot, win, lambda: win.exchange.export_article("md"))
    _assert_arabic(message)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(blocker / "article.pdf"), ""))
    _assert_arabic(_error_after(qtbot, win, lambda: win.exchange.export_article("pdf")))


def test_a_pasted_text_with_nothing_in_it_is_arabic(qtbot, arabic) -> None:
    _assert_arabic(_error_after(qtbot, arabic, lambda: arabic.open_text("   \n  ")))


def test_library_problems_are_arabic(qtbot, arabic, tmp_path) -> None:
    win = arabic
    damaged = _file(tmp_path, "damaged.sqlite", b"not a database" * 100)
    win.start(damaged)
    qtbot.waitUntil(lambda: win.library_problem is not None, timeout=30_000)
    _assert_arabic(win.library_problem.text())
    assert [b.text() for b in win.library_problem.buttons() if "مكتبة" in b.text()]
    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()
    win.library_problem = None
    win.start(folder)
    qtbot.waitUntil(lambda: win.library_problem is not None, timeout=30_000)
    _assert_arabic(win.library_problem.text())


def test_every_error_kind_has_an_arabic_sentence(qtbot, arabic) -> None:
    from app.user_messages import MESSAGES, message_for

    details = {"name": "a.txt", "path": "/x/a.sqlite", "suffix": ".doc", "size_mb": 300,
               "limit_mb": 200, "errno": errno.EACCES, "reason": "Permission denied"}
    for kind in MESSAGES:
        message = message_for(kind, details)
        _assert_arabic(message)
        assert "{" not in message, (kind, message)
