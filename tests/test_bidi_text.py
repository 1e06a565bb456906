"""Names in a sentence of the other direction keep the sentence in order: the status bar's
"«تمام سلام»: 3 mentions" reads that way, not "3 :تمام سلام mentions" (pytest-qt, offscreen).
Checked on Qt's own text layout, where each character is drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from app.bidi_text import FSI, PDI, isolate, strip_isolates
from app.fonts import load_bundled_fonts
from app.window import MainWindow


def _x_of(text: str, index: int) -> float:
    """Where the character at `index` starts, laid out as the English status bar lays it out."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return line.cursorToX(index)[0]


def _colon_before_count(text: str) -> bool:
    colon, digit = text.index(":"), text.index("3")
    return _x_of(text, colon) < _x_of(text, digit)


def test_an_isolated_name_keeps_the_sentence_in_reading_order(qapp) -> None:
    template = "{0}: 3 mentions — F3 for the next"
    assert not _colon_before_count(template.format("تمام سلام"))  # the scrambled order
    assert _colon_before_count(template.format(isolate("تمام سلام")))


def test_isolate_wraps_once() -> None:
    assert isolate("سند") == f"{FSI}سند{PDI}"
    assert isolate(isolate("سند")) == isolate("سند")
    assert isolate("") == ""
    assert strip_isolates(isolate(12)) == "12"


@pytest.fixture
def window(qtbot, fake_analyzer, seed_path):
    load_bundled_fonts()
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.open_path(seed_path)
    return win


def test_the_reader_isolates_names_in_status_title_hover_and_menus(qtbot, window) -> None:
    reader, model = window.reader, window.model
    entity = next(e for e in model.entities.values() if e.name == "فائز السراج")
    reader.focus_entity(entity.id)
    status = window.statusBar().currentMessage()
    assert status.startswith(isolate("فائز السراج") + ":")
    assert _colon_before_count(status.replace(str(len(entity.mentions)), "3", 1))
    assert isolate(window.article.title) in window.windowTitle()
    assert isolate("فائز السراج") in reader.tooltip_at(entity.mentions[0][0] + 1)
    texts = [a.text() for a in reader.entity_actions(entity.mentions[0][0] + 1)]
    assert texts and all(isolate("فائز السراج") in t for t in texts)
