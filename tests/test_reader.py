"""The reader's highlight layers, legend toggles, hover text and entity click (pytest-qt).

The analysis is the hand-built one for the sample (tests/conftest.py), so these tests check what
the reader draws, not how good the models are.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPoint, Qt

from app.fonts import load_bundled_fonts
from app.window import MainWindow
from extract.document import Span
from extract.load import article_from_text
from extract.model import Analysis, Entity


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


def _spans_with_background(win: MainWindow, color) -> set[tuple[int, int]]:
    out = set()
    for sel in win.view.extraSelections():
        if sel.format.background().color() == color:
            out.add((win.view.py_index(sel.cursor.selectionStart()),
                     win.view.py_index(sel.cursor.selectionEnd())))
    return out


def _point_inside(win: MainWindow, start: int, end: int) -> QPoint:
    """A viewport point on the middle letter of text[start:end]."""
    mid = (start + end) // 2
    a = win.view.cursorRect(win.view.cursor_for(mid, mid))
    b = win.view.cursorRect(win.view.cursor_for(mid + 1, mid + 1))
    return QPoint((a.x() + b.x()) // 2, a.center().y())


def test_entities_are_highlighted_over_the_unchanged_text(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    text = window.article.text
    assert window.view.toPlainText() == text  # highlights never insert anything into the text
    people = _spans_with_background(window, window.highlighter.colors.person)
    haftar = window.model.entities["E1"].mentions
    assert set(haftar) <= people
    assert all(text[s:e] in ("حفتر", "السراج") for s, e in people)


def test_toggling_a_layer_in_the_legend_removes_its_highlights(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    colors = window.highlighter.colors
    assert _spans_with_background(window, colors.person)
    statements_before = _spans_with_background(window, colors.statement)
    qtbot.mouseClick(window.legend.buttons["PER"], Qt.MouseButton.LeftButton)
    assert not _spans_with_background(window, colors.person)
    assert _spans_with_background(window, colors.statement) == statements_before
    assert not window.layer_actions["PER"].isChecked()  # the View menu follows the legend
    qtbot.mouseClick(window.legend.buttons["PER"], Qt.MouseButton.LeftButton)
    assert _spans_with_background(window, colors.person)


def test_claims_show_statement_cue_and_speaker_distinctly(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    text = window.article.text
    selections = window.view.extraSelections()
    cues = [s for s in selections if s.format.underlineStyle()
            == s.format.UnderlineStyle.DotLine]
    speakers = [s for s in selections if s.format.foreground().color()
                == window.highlighter.colors.speaker]
    assert any(text[window.view.py_index(s.cursor.selectionStart()):
                    window.view.py_index(s.cursor.selectionEnd())] == "وشدد السراج" for s in cues)
    assert any(s.cursor.selectedText() == "مصدر مطلع" for s in speakers)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # Cues layer
    assert not [s for s in window.view.extraSelections() if s.format.underlineStyle()
                == s.format.UnderlineStyle.DotLine]


def test_the_cue_mark_does_not_look_like_a_spelling_error(qtbot, window) -> None:
    """A cue («قال», «أفاد») is dotted in a deeper shade of the statement colour: not the
    wavy red line spell checkers draw."""
    from app.theme import DARK, LIGHT, layer_format

    for colors in (LIGHT, DARK):
        fmt = layer_format(colors, "cue")
        assert fmt.underlineStyle() == fmt.UnderlineStyle.DotLine
        cue, statement = fmt.underlineColor(), colors.statement
        assert abs(cue.hslHue() - statement.hslHue()) <= 12  # the statement's hue
        assert abs(cue.lightness() - statement.lightness()) >= 60  # visible on the tint


def test_hover_text_names_the_entity_and_counts_mentions(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    start, end = window.model.entities["E2"].mentions[0]
    text = window.reader.tooltip_at(start + 1)
    assert "فائز السراج" in text
    count = len(window.model.entities["E2"].mentions)
    assert count > 1 and f"{count} mentions" in text  # a real plural, not "mention(s)"
    point = _point_inside(window, start, end)
    assert window.view.index_at(point) in range(start, end)


def test_clicking_an_entity_marks_all_mentions_and_f3_steps(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    mentions = window.model.entities["E1"].mentions
    assert len(mentions) > 2
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_point_inside(window, *mentions[0]))
    focus = _spans_with_background(window, window.highlighter.colors.focus)
    assert focus == set(mentions)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    assert window.reader.current_mention() == mentions[1]
    cursor = window.view.textCursor()
    assert window.view.py_index(cursor.selectionStart()) == mentions[1][0]
    assert cursor.selectedText() == "حفتر"
    qtbot.keyClick(window.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.current_mention() == mentions[0]


def test_spans_after_an_emoji_still_land_on_the_right_letters(qtbot, window) -> None:
    text = "عنوان\n😀😀 قال خليفة حفتر إن الوضع هادئ."
    article = article_from_text(text)
    window.reader.show_article(article)
    start = article.text.index("حفتر")
    window.reader.show_analysis(Analysis(text=article.text, entities=(
        Entity("E1", "PER", "حفتر", (Span(start, start + 4),)),)))
    person = [s for s in window.view.extraSelections()
              if s.format.background().color() == window.highlighter.colors.person]
    assert [s.cursor.selectedText() for s in person] == ["حفتر"]


def _ink(window, text: str, highlight: tuple[int, int] | None):
    """Dark pixels of the article view showing `text`, optionally with a person highlight."""
    from PySide6.QtGui import QImage

    article = article_from_text("عنوان\n" + text)
    window.reader.show_article(article)
    entities: tuple[Entity, ...] = ()
    if highlight:
        start = article.text.index(text) + highlight[0]
        entities = (Entity("E1", "PER", "حفتر",
                           (Span(start, start + highlight[1] - highlight[0]),)),)
    window.reader.show_analysis(Analysis(text=article.text, entities=entities))
    window.view.viewport().repaint()
    image = window.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return {(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).lightness() < 60}


def test_a_highlight_inside_a_word_keeps_its_letters_joined(qtbot, window) -> None:
    """«لحفتر» with only «حفتر» highlighted draws exactly the joined glyphs of the plain word;
    a broken join (the same word with a zero-width non-joiner) would draw different ones."""
    window.resize(900, 400)
    plain = _ink(window, "التقى لحفتر أمس", None)
    highlighted = _ink(window, "التقى لحفتر أمس", (7, 11))
    broken = _ink(window, "التقى ل\u200cحفتر أمس", None)
    assert plain
    differ = len(plain ^ highlighted)
    print(f"ink {len(plain)}, highlighted differs {differ}, broken differs {len(plain ^ broken)}")
    # Anti-aliased edges over the tint may flip a few pixels; a broken join changes most of them.
    assert differ <= 0.05 * len(plain), f"{differ} of {len(plain)} ink pixels changed"
    assert len(plain ^ broken) > 0.3 * len(plain)  # the check notices a broken join


def test_many_qt_calls_do_not_exhaust_nones_references(qtbot, window) -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None per void call and aborts the
    process after a few thousand (pyproject pins <6.12): a long session must survive 50,000."""
    from PySide6.QtGui import QTextCursor

    before = sys.getrefcount(None)
    cursor = QTextCursor(window.view.document())
    for _ in range(50_000):
        cursor.setPosition(0)
    assert sys.getrefcount(None) >= before - 100


def test_a_layer_toggle_shows_whether_it_is_on(qtbot, window, seed_path) -> None:
    """On and off differ at a glance (frame, swatch, text colour), not by a faint tint, and a
    screen reader hears the state."""
    from PySide6.QtGui import QAccessible, QIcon

    _open_seed(qtbot, window, seed_path)
    button = window.legend.buttons["PER"]
    on_image = button.grab().toImage()
    icon_on = button.icon().pixmap(14, 14, QIcon.Mode.Normal, QIcon.State.On).toImage()
    icon_off = button.icon().pixmap(14, 14, QIcon.Mode.Normal, QIcon.State.Off).toImage()
    assert icon_on != icon_off
    state = QAccessible.queryAccessibleInterface(button).state()
    assert state.checkable and state.checked
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not QAccessible.queryAccessibleInterface(button).state().checked
    off_image = button.grab().toImage()
    assert on_image.size() == off_image.size()
    changed = sum(on_image.pixel(x, y) != off_image.pixel(x, y)
                  for x in range(on_image.width()) for y in range(on_image.height()))
    assert changed > 0.3 * on_image.width() * on_image.height()
