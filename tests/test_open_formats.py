"""The Open and Import dialogs list every format Sanad reads; dropped PDFs, .odt and .rtf open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.file_open import ARTICLE_PATTERNS, article_filter
from app.library.importer import IMPORTABLE_SUFFIXES
from app.window import MainWindow

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_the_dialogs_filter_lists_every_format_a_folder_import_takes(qapp):
    assert {p.removeprefix("*") for p in ARTICLE_PATTERNS.split()} == IMPORTABLE_SUFFIXES
    first = article_filter().split(";;")[0]
    for suffix in ("*.pdf", "*.odt", "*.rtf", "*.docx", "*.html", "*.txt"):
        assert suffix in first


@pytest.mark.parametrize("name", ["pdf/two-column.pdf", "docs/article.odt", "docs/article.rtf"])
def test_a_dropped_document_opens(qtbot, fake_analyzer, name):
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / name))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(event)
    qtbot.waitUntil(lambda: not win.is_busy() and win.article is not None, timeout=60_000)
    expected = (FIXTURES / name).with_suffix(".expected.txt")
    if not expected.exists():
        expected = FIXTURES / "docs" / "article.expected.txt"
    first_words = " ".join(expected.read_text(encoding="utf-8").split()[:3])
    shown = win.title_label.text() + " " + win.view.toPlainText()
    assert first_words in " ".join(shown.split())
    if name.endswith(".pdf"):
        assert win.article.pages and win.article.pages[0] == 1
