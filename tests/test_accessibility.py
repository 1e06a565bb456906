"""Every control, card and layer toggle a screen reader can reach has a name and a description,
in English and in Arabic: the main window with an article, its find bar, every side panel (with a
note), and the Preferences and Keyboard Shortcuts dialogs (pytest-qt)."""

from __future__ import annotations

import re

import pytest
from accessibility_walk import reachable, spoken, unnamed
from PySide6.QtWidgets import QApplication

from app.fonts import load_bundled_fonts
from app.i18n import install_language
from app.library import open_library
from app.window import MainWindow

# Latin words an Arabic interface still says: keys, font names, units.
KEYS = {"ctrl", "shift", "alt", "enter", "escape", "esc", "noto", "naskh", "sans", "arabic",
        "pt"}


@pytest.fixture(params=["en", "ar"])
def window(request, qtbot, tmp_path, fake_analyzer, seed_path):
    from PySide6.QtCore import QThreadPool

    from app.library.notes import add_span_note
    from app.panels.background import wait_for_library

    install_language(QApplication.instance(), request.param)
    load_bundled_fonts()
    win = MainWindow(interactive=False, library=open_library(tmp_path / "library.sqlite"))
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.open_path(seed_path)
    qtbot.waitUntil(lambda: win.article_id is not None and not win.is_busy(), timeout=60_000)
    start = win.article.text.index("حفتر")
    add_span_note(win.library, win.article_id, start, start + 4, "المشير أم اللواء؟")
    with qtbot.waitSignal(win.notes_panel.notes_changed, timeout=10_000):
        win.notes_panel.reload()
    qtbot.waitUntil(lambda: not win.speakers_panel.is_filling(), timeout=10_000)
    win.language = request.param
    yield win
    win.close()
    QThreadPool.globalInstance().waitForDone(60_000)
    wait_for_library()
    win.library.close()
    install_language(QApplication.instance(), "en")


def _untranslated(root) -> list[str]:
    """Names and descriptions with English words in them (the article's words are Arabic)."""
    found = []
    for widget in reachable(root):
        for text in spoken(widget):
            words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", text)}
            if words - KEYS:
                found.append(f"{type(widget).__name__}: {text[:60]}")
    return found


def _check(root, language: str) -> None:
    assert unnamed(root) == []
    if language == "ar":
        assert _untranslated(root) == []


def test_every_control_of_the_window_is_named_and_described(qtbot, window) -> None:
    window.find_bar.open_bar("السراج")
    qtbot.waitUntil(lambda: bool(window.find_bar.hits), timeout=10_000)
    kinds = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        kinds |= {type(w).__name__ for w in reachable(window)}
        _check(window, window.language)
    # the walk met the cards, the layer toggles and the find bar, not only the plain controls
    assert {"SpeakerCard", "StatementItem", "NoteEditor", "ArticleView", "QToolButton",
            "QListWidget", "QTreeWidget", "QTableWidget"} <= kinds
    toggles = [b for b in window.legend.buttons.values()]
    assert all(spoken(b)[0] and spoken(b)[1] for b in toggles)


def test_the_dialogs_are_named_and_described(qtbot, window) -> None:
    dialog = window.show_preferences()
    _check(dialog, window.language)
    dialog.close()
    window.show_shortcuts()
    _check(window.shortcuts_dialog, window.language)
    window.shortcuts_dialog.close()
