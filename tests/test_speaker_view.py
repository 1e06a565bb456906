"""The speaker view driven through the real window (pytest-qt, offscreen): it opens from a
speaker card, from the library's speaker filter and from its own question box; rows are in date
order with spellings merged; a click or Enter opens the article at the statement; the same words
said by two speakers show who said them first; the statements export to CSV and Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.fonts import load_bundled_fonts
from app.library import open_library
from app.panels.background import wait_for_library
from app.panels.speaker_view import SpeakerView, StatementsModel
from app.window import MainWindow
from tests.speaker_library import SHARED_QUOTE, fill_library


@pytest.fixture
def filled_window(qtbot, tmp_path, fake_analyzer):
    from PySide6.QtCore import QThreadPool

    library = open_library(tmp_path / "library.sqlite")
    ids = fill_library(library)
    load_bundled_fonts()
    win = MainWindow(interactive=False, library=library)
    qtbot.addWidget(win)
    win.show()
    yield win, ids
    view = win.speaker_views._view
    if view is not None:
        view.close()
    win.close()
    QThreadPool.globalInstance().waitForDone(60_000)
    wait_for_library()
    library.close()


def _view_filled(qtbot, win: MainWindow) -> SpeakerView:
    qtbot.waitUntil(lambda: win.speaker_views._view is not None, timeout=10_000)
    view = win.speaker_views._view
    qtbot.waitUntil(lambda: view.found is not None and view.model.rowCount() > 0,
                    timeout=30_000)
    return view


def _column(view: SpeakerView, column: int) -> list[str]:
    model = view.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _open_article(qtbot, win: MainWindow, article_id: int) -> None:
    with qtbot.waitSignal(win.analysis_shown, timeout=30_000):
        win.open_article_id(article_id)
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=30_000)


def test_a_speaker_card_opens_everything_that_speaker_said(qtbot, filled_window) -> None:
    win, ids = filled_window
    _open_article(qtbot, win, ids[1])
    panel = win.speakers_panel
    qtbot.waitUntil(lambda: len(panel.visible_cards()) == 2, timeout=10_000)
    card = next(c for c in panel.cards if c.group.name == "فائز السراج")
    entry = next(a for a in card.actions() if "Everything This Speaker Said" in a.text())
    entry.trigger()  # the card's right-click menu
    view = _view_filled(qtbot, win)
    assert view.isVisible()
    # both articles, by their own dates (the one imported first was published last)
    assert _column(view, StatementsModel.DATE) == ["2019-05-02", "2019-05-09"]
    assert _column(view, StatementsModel.ARTICLE) == ["أردوغان يستقبل السراج", "السراج يزور روما"]
    assert _column(view, StatementsModel.KIND) == ["direct", "indirect"]
    assert "2 statements in 2 articles" in view.summary.text()


def test_the_library_speaker_filter_opens_the_view_with_spellings_merged(qtbot,
                                                                         filled_window) -> None:
    win, ids = filled_window
    panel = win.library_panel
    panel.mode_box.setCurrentIndex(panel.mode_box.findData("speaker"))
    assert not panel.statements_button.isVisible()  # nothing typed yet
    panel.search_box.setText("اردوغان")
    qtbot.waitUntil(lambda: panel.statements_button.isVisible(), timeout=5_000)
    qtbot.mouseClick(panel.statements_button, Qt.MouseButton.LeftButton)
    view = _view_filled(qtbot, win)
    assert view.model.rowCount() == 4
    assert {s.article_id for s in view.model.rows} == {ids[1], ids[2], ids[3]}
    dates = [s.date for s in view.model.rows]
    assert dates == sorted(dates)
    assert "spellings merged: \u200eإردوغان\u200e (2), \u200eأردوغان\u200e (1), " \
        "\u200eاردوغان\u200e (1)" in view.summary.text()
    # the file known only by its import date comes last, its date in italics
    last = view.model.index(3, StatementsModel.DATE)
    assert view.model.data(last, Qt.ItemDataRole.FontRole).italic()
    assert "1 statement without a date of its own is not on the timeline" in view.summary.text()
    # the timeline: the two published days with one empty day between
    assert view.timeline.buckets == [("2019-05-02", 1), ("2019-05-03", 0), ("2019-05-04", 2)]
    outlets = [(view.outlets.item(r, 0).text(), view.outlets.item(r, 1).text())
               for r in range(view.outlets.rowCount())]
    assert outlets == [("aljazeera.net", "3"), ("(no web address)", "1")]


def test_the_question_box_finds_what_a_speaker_said_about_a_place(qtbot, filled_window) -> None:
    win, ids = filled_window
    win.menu_actions.named["speaker_view"].trigger()  # Edit > What a Speaker Said… (Ctrl+Shift+S)
    view = win.speaker_views._view
    qtbot.waitUntil(lambda: view.isVisible(), timeout=5_000)
    assert view.speaker_box.hasFocus() or not view.isActiveWindow()
    view.speaker_box.setText("what did «فائز السراج» say about «طرابلس»")  # as typed
    qtbot.keyClick(view.speaker_box, Qt.Key.Key_Return)
    view = _view_filled(qtbot, win)
    assert (view.speaker_box.text(), view.about_box.text()) == ("فائز السراج", "طرابلس")
    assert [s.article_id for s in view.model.rows] == [ids[0]]
    assert "about «طرابلس»" in view.summary.text()
    # nothing said about it: a sentence, not an empty window
    view.about_box.setText("موسكو")
    view.go_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)
    assert "No statements by «فائز السراج» about «موسكو»" in view.summary.text()


def test_clicking_a_row_opens_the_article_at_the_statement(qtbot, filled_window) -> None:
    win, ids = filled_window
    _open_article(qtbot, win, ids[4])  # another article is on screen
    win.speaker_views.show_speaker("أردوغان")
    view = _view_filled(qtbot, win)
    target = view.model.rows[2]  # the second statement of the 2019-05-04 article
    assert target.article_id == ids[2]
    rect = view.table.visualRect(view.model.index(2, StatementsModel.STATEMENT))
    with qtbot.waitSignal(win.article_shown, timeout=30_000):
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: win.article_id == ids[2] and not win.is_busy(), timeout=30_000)
    assert win.article.text[target.start:target.end] == SHARED_QUOTE
    qtbot.waitUntil(lambda: win.view.py_index(win.view.textCursor().position()) == target.start,
                    timeout=10_000)
    assert win.reader.highlighter._current == (target.start, target.end)  # marked, not only flashed
    # Enter on another row moves there in the same way
    view.table.setFocus()
    view.table.select_row(0)
    first = view.model.rows[0]
    with qtbot.waitSignal(win.article_shown, timeout=30_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.article_id == first.article_id and not win.is_busy(),
                    timeout=30_000)
    qtbot.waitUntil(lambda: win.view.py_index(win.view.textCursor().position()) == first.start,
                    timeout=10_000)


def test_the_same_words_by_two_speakers_show_who_said_them_first(qtbot, filled_window) -> None:
    win, ids = filled_window
    win.speaker_views.show_speaker("إردوغان")
    view = _view_filled(qtbot, win)
    qtbot.waitUntil(lambda: bool(view.model.quotes), timeout=30_000)
    same = _column(view, StatementsModel.SAME)
    row = next(i for i, s in enumerate(view.model.rows) if s.content == SHARED_QUOTE)
    assert same[row] == "1 other; first 2019-05-02, \u200eفائز السراج\u200e"
    assert [x for i, x in enumerate(same) if i != row] == ["", "", ""]
    details = view.model.data(view.model.index(row, StatementsModel.SAME),
                              Qt.ItemDataRole.ToolTipRole)
    assert details.splitlines()[1].startswith("2019-05-02 — \u200eفائز السراج\u200e")
    # and in his view, he said them first
    win.speaker_views.show_speaker("فائز السراج")
    qtbot.waitUntil(lambda: view.found.name == "فائز السراج" and bool(view.model.quotes),
                    timeout=30_000)
    assert _column(view, StatementsModel.SAME)[0] == "first; 1 other"


@pytest.mark.parametrize("fmt", ["csv", "md"])
def test_the_view_exports_its_statements_timeline_and_outlets(qtbot, filled_window, tmp_path,
                                                              fmt) -> None:
    win, _ids = filled_window
    win.speaker_views.show_speaker("أردوغان")
    view = _view_filled(qtbot, win)
    qtbot.waitUntil(lambda: bool(view.model.quotes), timeout=30_000)
    out = tmp_path / f"erdogan.{fmt}"
    view.export(fmt, str(out))
    qtbot.waitUntil(lambda: bool(view.exported_paths), timeout=30_000)
    if fmt == "md":
        text = Path(out).read_text("utf-8")
        assert "## Statements per day" in text and "| 2019-05-04 | 2 |" in text
        assert "## Statements per outlet" in text
        assert "«تركيا تقف مع الشرعية في ليبيا»" in text
        assert "first: 2019-05-02, فائز السراج" in text
    else:
        assert [p.name for p in view.exported_paths] == [
            "erdogan.csv", "erdogan-timeline.csv", "erdogan-outlets.csv"]
        assert Path(out).read_text("utf-8-sig").count("\n") == 5  # a header and four rows


def test_the_timeline_runs_in_the_reading_direction_and_a_bar_selects_its_day(qtbot,
                                                                             filled_window):
    win, _ids = filled_window
    win.speaker_views.show_speaker("أردوغان")
    view = _view_filled(qtbot, win)
    chart = view.timeline
    assert chart.buckets[0][0] == "2019-05-02"
    first, last = chart.bar_rect(0), chart.bar_rect(len(chart.buckets) - 1)
    assert first.left() < last.left()           # English: time runs left to right
    assert first.height() < last.height()        # one statement on the 2nd, two on the 4th
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as in the Arabic interface
    first, last = chart.bar_rect(0), chart.bar_rect(len(chart.buckets) - 1)
    assert first.left() > last.left()           # Arabic: the earliest day at the right
    view.table.select_row(0)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=last.center().toPoint())
    row = view.table.currentIndex().row()
    assert view.model.rows[row].day == "2019-05-04"
    assert row == 1  # the first statement of that day
