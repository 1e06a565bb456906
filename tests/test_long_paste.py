"""A very long paste is shown at once and analysed block by block (pytest-qt, offscreen): the
progress says which block, highlights arrive as blocks are done, Cancel keeps what was found, and
the analysis at the end is the whole article's. The analyser here is a stand-in that finds one
name everywhere it is written (so the test checks the reader, not the models)."""

from __future__ import annotations

import threading
import time

import pytest

from app.fonts import load_bundled_fonts
from app.reader import loading
from app.reader.blocks import LONG_ARTICLE_CHARS, paragraph_blocks
from app.window import MainWindow
from extract.document import Span
from extract.fingerprint import extractor_fingerprint
from extract.model import Analysis, Entity

NAME = "تمام سلام"
PARAGRAPH = (f"قال رئيس الحكومة {NAME} إن الاجتماع الذي عقد في بيروت انتهى باتفاق على خطة "
             "جديدة للتعاون بين الوزارات، وأضاف أن العمل سيبدأ الشهر المقبل في كل المناطق. ")


class Finder:
    """Finds every «تمام سلام» as one person; remembers the length of each text it was given."""

    def __init__(self) -> None:
        self.lengths: list[int] = []
        self.delay = 0.0
        self.lock = threading.Lock()

    def __call__(self, article) -> Analysis:
        with self.lock:
            self.lengths.append(len(article.text))
        time.sleep(self.delay)
        text, spans, at = article.text, [], article.text.find(NAME)
        while at >= 0:
            spans.append(Span(at, at + len(NAME)))
            at = text.find(NAME, at + 1)
        entities = (Entity("E1", "PER", NAME, tuple(spans)),) if spans else ()
        return Analysis(text=text, entities=entities, fingerprint=extractor_fingerprint())


@pytest.fixture
def finder(monkeypatch) -> Finder:
    found = Finder()
    monkeypatch.setattr(loading, "analyze", found)
    return found


@pytest.fixture
def window(qtbot, finder):
    load_bundled_fonts()
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _long_text() -> str:
    paragraphs = [f"{i}. {PARAGRAPH * 3}" for i in range(400)]
    text = "عنوان المقالة الطويلة\n" + "\n".join(paragraphs)
    assert len(text) > 3 * LONG_ARTICLE_CHARS
    return text


def _mentions(analysis: Analysis) -> set[tuple[int, int]]:
    return {tuple(m) for e in analysis.entities for m in e.mentions}


def test_a_long_paste_is_shown_at_once_and_analysed_block_by_block(
        qtbot, window, finder) -> None:
    progress: list[str] = []
    partial: list[int] = []
    shown_before_analysis: list[bool] = []
    window.reader.progress.connect(progress.append)
    window.article_shown.connect(lambda: shown_before_analysis.append(window.analysis is None))
    window.reader.model_changed.connect(
        lambda model: partial.append(len(_mentions(model.analysis))) if model else None)
    window.open_text(_long_text())
    qtbot.waitUntil(lambda: window.article is not None, timeout=30_000)
    assert shown_before_analysis == [True]
    total = len(paragraph_blocks(window.article))
    assert total > 5
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=120_000)
    assert progress[0] == f"Analysing block 1 of {total}…"
    assert f"Analysing block 3 of {total}…" in progress
    assert progress[-2] == "Checking names and speakers across the whole article…"
    assert progress[-1] == "" and not window.analysis_progress.isVisible()
    # highlights arrived block by block, then the whole article's analysis replaced them
    # (at most one refresh per BLOCK_SHOW_MS: blocks that arrive faster are shown together)
    assert len(partial) >= 2 and partial[:3] == sorted(partial[:3]) and partial[0] > 0
    whole = finder(window.article)
    assert _mentions(window.analysis) == _mentions(whole)
    assert [e.id for e in window.analysis.entities] == ["E1"]  # one entity, article-wide
    assert finder.lengths.count(len(window.article.text)) == 2  # the pass and our check


def test_cancel_keeps_the_highlights_of_the_blocks_done(qtbot, window, finder) -> None:
    finder.delay = 0.3
    window.open_text(_long_text())
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=60_000)  # a first block
    assert window.analysis_progress.isVisible()
    window.analysis_progress.cancel_button.click()
    assert not window.is_busy() and not window.analysis_progress.isVisible()
    assert "stopped" in window.statusBar().currentMessage()
    done = _mentions(window.analysis)
    qtbot.wait(1_000)  # the worker stops before its next block
    assert done and _mentions(window.analysis) == done
    assert _mentions(window.analysis) < _mentions(finder(window.article))
    assert len(window.article.text) not in finder.lengths[:-1]  # no whole-article pass ran


def test_a_short_article_is_analysed_in_one_go(qtbot, window, finder, seed_path) -> None:
    progress: list[str] = []
    window.reader.progress.connect(progress.append)
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_path(seed_path)
    assert progress == [] and finder.lengths[-1] == len(window.article.text)
