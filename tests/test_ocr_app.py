"""OCR in the window: a scanned PDF says so; with Tesseract (Arabic data) installed its message
offers "Recognise Text (OCR)", which reads the scan on a worker with progress and Cancel.

The tests that run Tesseract skip cleanly where it is not installed (CI may not have it); the
not-installed path is tested everywhere by pointing Sanad at a Tesseract that does not exist.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from app.library import open_library
from app.library.articles import get_article
from app.window import MainWindow
from extract import ocr

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ROOT / "tests" / "fixtures" / "pdf" / "scanned.pdf"
needs_tesseract = pytest.mark.skipif(not ocr.tesseract_available(),
                                     reason="Tesseract with Arabic data is not installed")


@pytest.fixture
def window(qtbot, fake_analyzer, tmp_path):
    win = MainWindow(interactive=False, library=open_library(tmp_path / "library.sqlite"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.library.close()


@pytest.fixture
def no_tesseract(monkeypatch, tmp_path):
    monkeypatch.setenv("SANAD_TESSERACT", str(tmp_path / "no-such-tesseract"))
    ocr._languages.cache_clear()
    yield
    ocr._languages.cache_clear()


def _open_scan(qtbot, window) -> None:
    window.open_path(SCANNED)
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=60_000)


def test_without_tesseract_a_scan_gets_the_message_saying_what_to_install(qtbot, window,
                                                                          no_tesseract):
    _open_scan(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "scanned document without a text layer" in message
    assert "once Tesseract with Arabic data is installed" in message
    assert window.article is None and window.ocr.box is None  # no OCR button to press


@needs_tesseract
def test_ocr_reads_a_scan_into_a_library_article_with_its_pages(qtbot, window):
    _open_scan(qtbot, window)
    assert window.article is None
    box = window.ocr.box
    assert box is not None and box.isVisible()
    button = next(b for b in box.buttons() if "OCR" in b.text())
    pages: list[tuple[int, int]] = []
    window.ocr._relay.page_done.connect(lambda d, t: pages.append((d, t)))
    button.click()
    assert window.ocr.is_running() and window.ocr.progress is not None
    qtbot.waitUntil(lambda: window.article_id is not None and not window.is_busy(),
                    timeout=180_000)
    assert pages == [(1, 1)]
    assert "خليفة حفتر" in window.view.toPlainText()
    record = get_article(window.library, window.article_id)
    # the headline under the page's running header, as the PDF of the same page is titled
    assert record.title == "معلومات عن لقاء حفتر بمسؤولين أميركيين في القاهرة"
    assert record.page_at(0) == 1 and record.source == str(SCANNED)
    assert window.ocr.progress is None  # closed when done


@needs_tesseract
def test_cancelling_ocr_opens_nothing_and_says_so(qtbot, window):
    _open_scan(qtbot, window)
    window.ocr.run(str(SCANNED))
    window.ocr.progress.findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: not window.ocr.is_running(), timeout=60_000)
    assert window.article is None
    assert window.statusBar().currentMessage() == "OCR was cancelled."
