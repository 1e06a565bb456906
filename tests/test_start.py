"""The window at start-up and when the library changes (pytest-qt, offscreen): the empty state
on a new library (nothing added until the user opens something), New / Open Library and the
recent libraries, and a damaged library that offers those actions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog

from app.fonts import load_bundled_fonts
from app.library.articles import count_articles
from app.panels.background import wait_for_library
from app.window import MainWindow


@pytest.fixture
def win(qtbot, fake_analyzer):
    load_bundled_fonts()
    window = MainWindow(interactive=False)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    QThreadPool.globalInstance().waitForDone(60_000)
    wait_for_library()
    if window.library is not None:
        window.library.close()


def _started(qtbot, window: MainWindow, db: Path) -> None:
    window.start(db)
    qtbot.waitUntil(lambda: window.library is not None and not window.is_busy(), timeout=60_000)
    wait_for_library()


def test_a_new_library_shows_the_empty_state_and_adds_nothing(qtbot, win, tmp_path) -> None:
    db = tmp_path / "library.sqlite"
    _started(qtbot, win, db)
    qtbot.waitUntil(win.is_empty_state_shown, timeout=10_000)
    assert win.article is None
    assert count_articles(win.library) == 0  # the sample was not slipped into the library
    assert win.empty_state.isVisible() and not win.view.isVisible()
    buttons = win.empty_state.buttons
    assert set(buttons) == {"open", "paste", "import_folder", "sample"}
    assert all(b.isVisible() and b.isEnabled() for b in buttons.values())


def test_the_sample_opens_when_the_user_asks_for_it(qtbot, win, tmp_path) -> None:
    _started(qtbot, win, tmp_path / "library.sqlite")
    qtbot.waitUntil(win.is_empty_state_shown, timeout=10_000)
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.empty_state.buttons["sample"].click()
    assert not win.is_empty_state_shown() and win.view.isVisible()
    assert win.title_label.text() == "معلومات عن لقاء حفتر بمسؤولين أميركيين في القاهرة"
    qtbot.waitUntil(lambda: win.article_id is not None, timeout=10_000)
    assert count_articles(win.library) == 1  # the user opened it: now it is kept


def test_new_library_makes_one_and_it_is_remembered(qtbot, win, tmp_path, monkeypatch) -> None:
    from app.library_switch import recent_libraries, start_up_library

    first, second = tmp_path / "first.sqlite", tmp_path / "second"
    win.interactive = True  # remembers libraries (settings are a private file in tests)
    monkeypatch.setattr("app.window.QMessageBox.warning", lambda *a: None)
    _started(qtbot, win, first)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(second), ""))
    win.menu_actions.named["new_library"].trigger()
    qtbot.waitUntil(lambda: win.library is not None
                    and win.library.path == second.with_suffix(".sqlite")
                    and not win.is_busy(), timeout=30_000)
    assert second.with_suffix(".sqlite").is_file()
    assert win.is_empty_state_shown()
    assert recent_libraries()[:2] == [second.with_suffix(".sqlite").resolve(), first.resolve()]
    monkeypatch.delenv("SANAD_DB", raising=False)
    assert start_up_library(None) == str(second.with_suffix(".sqlite").resolve())
    assert start_up_library(str(first)) == str(first)  # --db wins


def test_new_library_never_overwrites_a_file(qtbot, win, tmp_path, monkeypatch) -> None:
    existing = tmp_path / "notes.sqlite"
    existing.write_bytes(b"precious")
    _started(qtbot, win, tmp_path / "library.sqlite")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    win.menu_actions.named["new_library"].trigger()
    assert existing.read_bytes() == b"precious"
    assert win.library.path == tmp_path / "library.sqlite"
    assert "already exists" in win.statusBar().currentMessage()


def test_a_damaged_library_offers_to_open_another_or_start_a_new_one(
        qtbot, win, tmp_path, monkeypatch) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"this is not a database at all" * 100)
    win.start(damaged)
    qtbot.waitUntil(lambda: win.library_problem is not None and not win.is_busy(),
                    timeout=30_000)
    box = win.library_problem
    assert "damaged" in box.text() and "damaged.sqlite" in box.text()
    assert win.is_empty_state_shown()
    labels = [b.text() for b in box.buttons()]
    assert "Open Library…" in labels and "New Library…" in labels
    good = tmp_path / "good.sqlite"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    next(b for b in box.buttons() if b.text() == "Open Library…").click()
    qtbot.waitUntil(lambda: win.library is not None and win.library.path == good, timeout=30_000)
    assert damaged.read_bytes() == b"this is not a database at all" * 100  # left untouched


# What the window does not need to paint the last article: loaded later, when used. The models
# (numpy, the claims and entities extractors, the names model) load once the article is shown.
DEFERRED = ("numpy", "pandas", "camel_tools.utils.charsets", "extract.claims", "extract.entities",
            "extract.ner", "extract.names", "platformdirs", "pycrfsuite", "app.panels.shortcuts",
            "app.export_pdf", "app.printing", "PySide6.QtPrintSupport", "app.library.export",
            "app.library.speaker_export", "app.metadata_dialog", "app.versions_dialog",
            "trafilatura", "docx", "pypdf", "pytesseract")

# Runs `sanad --db DB` offscreen; prints which DEFERRED modules were loaded when the last article
# was first shown, then (after the warm-up) whether the models were loaded, and closes.
START_PROBE = """
import json, sys
from PySide6.QtCore import QThreadPool, QTimer
import app.window as w
deferred = json.loads(sys.argv[2])
def loaded():
    return sorted(m for m in deferred if m in sys.modules)
original = w.MainWindow._article_shown
def shown(self, *args):
    original(self, *args)
    if getattr(w, "probed", False):
        return
    w.probed = True
    print("at first paint", json.dumps(loaded()), sep="\t", flush=True)
    def later():
        if self.is_busy() or QThreadPool.globalInstance().activeThreadCount():
            QTimer.singleShot(50, later)
            return
        print("after the warm-up", json.dumps(loaded()), sep="\t", flush=True)
        self.close()
    QTimer.singleShot(0, later)
w.MainWindow._article_shown = shown
from app.main import main
main(["--db", sys.argv[1]])
"""


def test_the_last_article_is_painted_before_the_models_and_later_features_load(tmp_path) -> None:
    """Cold start shows the last article sooner when it imports only what the window needs:
    the models load right after (the warm-up), export, printing, dialogs and OCR when used."""
    import json
    import subprocess
    import sys
    from dataclasses import replace

    from app.library import open_library
    from app.library.analyses import store_analysis
    from app.library.articles import add_article
    from extract.fingerprint import extractor_fingerprint
    from extract.load import load_path
    from tests.conftest import SEED, seed_analysis_for

    db = tmp_path / "library.sqlite"
    sample = load_path(SEED)
    with open_library(db) as library:
        added = add_article(library, sample.title, sample.text, str(SEED))
        store_analysis(library, added.article_id,
                       replace(seed_analysis_for(sample.text), fingerprint=extractor_fingerprint()))
        library.set_meta("last_article_id", str(added.article_id))
    result = subprocess.run(
        [sys.executable, "-c", START_PROBE, str(db), json.dumps(DEFERRED)], capture_output=True,
        text=True, timeout=300, cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "SANAD_NO_SETTINGS": "1"})
    lines = dict(line.split("\t", 1) for line in result.stdout.splitlines()
                 if line.startswith(("at first paint", "after the warm-up")))
    assert "at first paint" in lines, result.stderr[-2000:]
    assert json.loads(lines["at first paint"]) == []
    warmed = json.loads(lines["after the warm-up"])
    assert {"numpy", "extract.claims", "extract.entities", "extract.names"} <= set(warmed)
    assert not {"app.export_pdf", "app.printing", "trafilatura"} & set(warmed)


def test_the_windows_start_path_imports_neither_charsets_nor_numpy() -> None:
    """The start-up costs this avoids: camel_tools.utils.charsets walks every code point (1.2 s),
    and sqlite_utils would load numpy (0.35-0.65 s) for values the library never stores."""
    import subprocess
    import sys

    code = ("import sys, app.main, app.window, app.library.db, app.library.analyses; "
            "print(sorted(m for m in sys.modules if m == 'camel_tools.utils.charsets' "
            "or m.split('.')[0] in ('numpy', 'pandas')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ,
                                          "QT_QPA_PLATFORM": "offscreen"}).stdout.strip()
    assert out == "[]"
