"""A library that cannot be written (a read-only copy on a CD, a shared folder): its articles open
and are analysed, nothing is written to it, the window says so once and keeps a "read-only" mark,
and the actions that would write are disabled (pytest-qt, offscreen)."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from app.fonts import load_bundled_fonts
from app.library import open_library
from app.library.articles import add_article, count_articles
from app.panels.background import wait_for_library
from app.window import MainWindow
from extract.load import load_path


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def read_only_library(tmp_path, seed_path, monkeypatch) -> Path:
    """A library with the sample in it, its file and folder made read-only. Root may write any
    file whatever its mode, so for root the library is also reported unwritable where Sanad asks
    the system (the file is then opened with SQLite's read-only flag, as for any user)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "library.sqlite"
    with open_library(path) as lib:
        article = load_path(seed_path)
        add_article(lib, "مقالة في المكتبة", article.text, None)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() == 0:
        monkeypatch.setattr("app.library.db._can_write", lambda p, exists: False)
    yield path
    folder.chmod(stat.S_IRWXU)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_library_is_read_and_never_written(
        qtbot, read_only_library, fake_analyzer, seed_path) -> None:
    folder = read_only_library.parent
    before = _digest(folder)
    load_bundled_fonts()
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    errors: list[str] = []
    original = win.show_error
    win.show_error = lambda message: (errors.append(str(message)), original(message))
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.start(read_only_library)  # the article read last (the only one) opens...
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=30_000)
    assert win.library.read_only and win.article_id is not None
    assert win.analysis is not None and win.analysis.entities  # ...analysed, in memory
    assert len([e for e in errors if "read-only" in e]) == 1  # said once, clearly
    assert "not saved" in errors[0] or "is saved" in errors[0]
    assert win.read_only_label.isVisible()
    assert "not saved" in win.read_only_label.text()
    for name in ("add_note", "import_files", "import_folder", "import_glossary"):
        assert not win.menu_actions.named[name].isEnabled(), name
    assert not win.empty_state.buttons["import_folder"].isEnabled()
    # another file opens and is analysed too; it is not added
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.open_path(seed_path)
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=30_000)
    assert win.article_id is None and win.analysis is not None
    assert count_articles(win.library) == 1
    # a change asked for anyway explains itself
    win.exchange.import_glossary()
    assert "writable library" in win.statusBar().currentMessage()
    QThreadPool.globalInstance().waitForDone(30_000)
    wait_for_library()
    win.close()
    win.library.close()
    assert _digest(folder) == before  # not a byte written, no journal left beside it
