"""Find in the open article (Ctrl+F): spelling-insensitive like the library search, every hit
highlighted over the unchanged text, F3 / Shift+F3 stepping with "n of N", Escape closing; and
which Ctrl+F does what (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from app.fonts import load_bundled_fonts
from app.reader.find_text import find_all
from app.window import MainWindow
from extract.normalize import NormalizedView, normalize


@pytest.fixture
def window(qtbot, fake_analyzer):
    load_bundled_fonts()
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    return win


def _open_seed(qtbot, win: MainWindow, seed_path) -> None:
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.open_path(seed_path)


def _find(qtbot, win: MainWindow, words: str) -> None:
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.find_bar.isVisible() and win.find_bar.box.hasFocus()
    with qtbot.waitSignal(win.find_bar.hits_changed, timeout=10_000):
        win.find_bar.box.insert(words)  # typed (QTest cannot type Arabic letters)


def _found_spans(win: MainWindow) -> set[tuple[int, int]]:
    colors = win.highlighter.colors
    view = win.view
    return {(view.py_index(s.cursor.selectionStart()), view.py_index(s.cursor.selectionEnd()))
            for s in view.extraSelections()
            if s.format.background().color() in (colors.find, colors.find_current)}


# ---- matching ----

def test_find_ignores_diacritics_alef_forms_and_tatweel() -> None:
    text = "قال أحمدُ إنّ الـــمدرسةَ جديدة، وقالَ احمد إن المدرسه قديمة"
    view = NormalizedView(text)
    assert [text[s:e] for s, e in find_all(view, "احمد")] == ["أحمدُ", "احمد"]
    assert [text[s:e] for s, e in find_all(view, "المدرسة")] == ["الـــمدرسةَ", "المدرسه"]
    assert [text[s:e] for s, e in find_all(view, "إن  المدرسة")] == [
        "إنّ الـــمدرسةَ", "إن المدرسه"]  # spaces in the query match any run of spaces
    assert find_all(view, "  ") == [] and find_all(view, "ً") == []


_letters = st.sampled_from(list("ابتثجحخدسعلمنهويةىأإآ") + ["\u064e", "\u0650", "\u0651",
                                                               "\u0640", " ", "\n"])


@settings(max_examples=200, deadline=None)
@given(text=st.text(_letters, max_size=80), query=st.text(_letters, min_size=1, max_size=4))
def test_every_hit_is_an_exact_span_of_the_text_that_matches_the_query(text, query) -> None:
    hits = find_all(NormalizedView(text), query)
    wanted = " ".join(normalize(query).split())
    for start, end in hits:
        assert 0 <= start < end <= len(text)
        assert " ".join(normalize(text[start:end]).split()) == wanted
    assert hits == sorted(hits) and all(a[1] <= b[0] for a, b in zip(hits, hits[1:], strict=False))


# ---- the bar ----

def test_ctrl_f_on_the_article_finds_highlights_and_counts(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    text = window.article.text
    _find(qtbot, window, "السراج")
    expected = text.count("السراج")
    assert expected > 2
    assert window.find_bar.count_label.text() == f"1 of {expected}"
    assert _found_spans(window) == {(s, s + 6) for s in range(len(text))
                                    if text.startswith("السراج", s)}
    assert window.view.toPlainText() == text  # drawn over the text, nothing inserted
    current = window.find_bar.current_hit()
    visible = window.view.viewport().rect()
    assert visible.contains(window.view.cursorRect(window.view.cursor_for(*current)).center())


def test_f3_and_shift_f3_step_through_the_hits(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    _find(qtbot, window, "الاميركية")  # finds «الأميركية»: the alef form does not matter
    bar = window.find_bar
    total = len(bar.hits)
    assert total >= 2 and all(window.article.text[s:e] == "الأميركية" for s, e in bar.hits)
    first = bar.current_hit()
    qtbot.keyClick(bar.box, Qt.Key.Key_F3)
    assert bar.count_label.text() == f"2 of {total}" and bar.current_hit() != first
    window.view.setFocus()  # F3 works from the text as well
    qtbot.keyClick(window.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"1 of {total}" and bar.current_hit() == first
    qtbot.keyClick(window.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"{total} of {total}"  # wraps round
    colors = window.highlighter.colors
    current = [s for s in window.view.extraSelections()
               if s.format.background().color() == colors.find_current]
    assert [(window.view.py_index(s.cursor.selectionStart()),
             window.view.py_index(s.cursor.selectionEnd())) for s in current] == [bar.hits[-1]]


def test_escape_closes_the_bar_and_its_highlights(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    _find(qtbot, window, "حفتر")
    assert _found_spans(window)
    qtbot.keyClick(window.find_bar.box, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert not _found_spans(window)
    assert window.view.hasFocus()
    # F3 with the bar closed goes back to stepping a name's mentions
    window.reader.focus_entity("E1")
    first = window.reader.current_mention()
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    assert window.reader.current_mention() != first


def test_no_match_says_so(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    _find(qtbot, window, "كمبيوتر")
    assert window.find_bar.count_label.text() == "No matches"
    assert not _found_spans(window)


def test_another_article_is_searched_again(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    _find(qtbot, window, "السراج")
    with qtbot.waitSignal(window.find_bar.hits_changed, timeout=60_000):
        window.open_text("عنوان\nقال السراج إن الاجتماع انتهى. وأكد السّراج ذلك.")
    assert len(window.find_bar.hits) == 2
    assert window.find_bar.count_label.text() == "1 of 2"


def test_ctrl_f_in_the_library_searches_it_and_ctrl_shift_f_always_does(qtbot, window) -> None:
    library = window.library_panel
    library.setEnabled(True)
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert library.search_box.hasFocus() and not window.find_bar.isVisible()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert library.search_box.hasFocus()


def test_the_shortcuts_list_says_which_find_is_which(qtbot, window) -> None:
    from app.panels.shortcuts import shortcut_rows

    rows = dict(shortcut_rows(window.all_actions()))
    assert rows["Find in Article"] == "Ctrl+F"
    assert rows["Search Library"] == "Ctrl+Shift+F"
    assert rows["Next Hit or Mention"] == "F3"
    assert rows["Previous Hit or Mention"] == "Shift+F3"
    assert len(set(rows.values())) == len(rows)  # no key does two things


def test_find_in_a_long_article_reaches_a_hit_near_its_end(qtbot, window) -> None:
    """A 250,000-character article (shown in steps, highlights drawn near the view only)."""
    paragraph = "وتابع الوفد جولته في المنطقة دون أن يصدر أي بيان عن نتائجها حتى الآن.\n\n"
    text = "عنوان طويل\n" + paragraph * 3400 + "وفي الختام قال الوزيرُ كلمته.\n"
    with qtbot.waitSignal(window.article_shown, timeout=60_000):
        window.open_text(text)
    _find(qtbot, window, "الوزير")
    bar = window.find_bar
    assert len(bar.hits) == 1 and bar.count_label.text() == "1 of 1"
    start, end = bar.hits[0]
    assert window.article.text[start:end] == "الوزيرُ"
    qtbot.waitUntil(lambda: not window.view.is_filling(), timeout=60_000)
    qtbot.waitUntil(lambda: window.view.viewport().rect().contains(
        window.view.cursorRect(window.view.cursor_for(start, end)).center()), timeout=10_000)
    # drawn once the text has reached it (highlights near the view are redrawn after filling)
    qtbot.waitUntil(lambda: (start, end) in _found_spans(window), timeout=10_000)
