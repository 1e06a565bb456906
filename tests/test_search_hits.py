"""A library search lists each hit with a snippet around the match, and opening a hit shows the
matched words highlighted and scrolled to (pytest-qt, a temporary library)."""

from __future__ import annotations

import pytest

from app.fonts import load_bundled_fonts
from app.library import open_library
from app.library.search import match_spans
from app.panels.library_hits import HIT_HTML_ROLE
from app.window import MainWindow

FILLER = "وتابع الوفد جولته في المنطقة دون أن يصدر أي بيان عن نتائجها حتى الآن. " * 40


@pytest.fixture
def window(qtbot, tmp_path, fake_analyzer):
    from PySide6.QtCore import QThreadPool

    from app.panels.background import wait_for_library

    load_bundled_fonts()
    win = MainWindow(interactive=False, library=open_library(tmp_path / "library.sqlite"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    QThreadPool.globalInstance().waitForDone(60_000)
    wait_for_library()
    win.library.close()


def _add(win: MainWindow, title: str, text: str) -> int:
    from app.library.articles import add_article

    return add_article(win.library, title, text, None).article_id


def test_match_spans_find_the_searched_words_in_every_spelling() -> None:
    text = "قال أحمدُ إن الأحمد وصل، ثم التقى بالاحمد والمحمدي وأحمدية."
    assert [text[s:e] for s, e in match_spans(text, "احمد")] == ["أحمدُ", "الأحمد", "بالاحمد"]
    assert match_spans(text, "") == [] and match_spans(text, "***") == []


def test_each_hit_shows_a_snippet_with_the_match(qtbot, window) -> None:
    _add(window, "خبر أول", FILLER + "وفي الختام قال أحمدُ إن الاتفاق قريب. " + FILLER)
    _add(window, "خبر ثان", "لا شيء هنا يطابق البحث.")
    panel = window.library_panel
    panel.search_box.setText("احمد")
    qtbot.waitUntil(lambda: panel.list.count() == 1 and panel.shown_query == "احمد",
                    timeout=10_000)
    item = panel.list.item(0)
    lines = item.text().split("\n")
    assert lines[0] == "خبر أول"
    assert "قال أحمدُ إن الاتفاق" in lines[-1] and len(lines[-1]) < 250  # around the match
    rich = item.data(HIT_HTML_ROLE)
    assert "<b" in rich and ">أحمدُ</b>" in rich  # the matched word is marked
    rect = panel.list.visualItemRect(item)
    assert rect.height() > 3 * panel.list.fontMetrics().height()  # room for the snippet
    panel.search_box.clear()
    qtbot.waitUntil(lambda: panel.list.count() == 2 and not panel.shown_query, timeout=10_000)
    assert not panel.list.item(0).data(HIT_HTML_ROLE)  # a plain list without a search


def test_opening_a_hit_highlights_the_matched_words_and_scrolls_to_them(qtbot, window) -> None:
    text = FILLER + "وفي الختام قال أحمدُ إن الاتفاق قريب، وأكد الأحمد ذلك. " + FILLER
    article_id = _add(window, "خبر أول", text)
    panel = window.library_panel
    panel.search_box.setText("احمد")
    qtbot.waitUntil(lambda: panel.list.count() == 1 and panel.shown_query == "احمد",
                    timeout=10_000)
    with qtbot.waitSignal(window.find_bar.hits_changed, timeout=60_000):
        panel.list.itemClicked.emit(panel.list.item(0))
    assert window.article_id == article_id
    bar = window.find_bar
    assert bar.isVisible() and bar.box.text() == "احمد"
    assert [text[s:e] for s, e in bar.hits] == ["أحمدُ", "الأحمد"]
    assert bar.count_label.text() == "1 of 2"
    colors = window.highlighter.colors
    marked = {(window.view.py_index(s.cursor.selectionStart()),
               window.view.py_index(s.cursor.selectionEnd()))
              for s in window.view.extraSelections()
              if s.format.background().color() in (colors.find, colors.find_current)}
    assert marked == set(bar.hits)
    rect = window.view.cursorRect(window.view.cursor_for(*bar.hits[0]))
    assert window.view.viewport().rect().contains(rect.center())  # scrolled to (mid-article)
    assert window.view.verticalScrollBar().value() > 0
