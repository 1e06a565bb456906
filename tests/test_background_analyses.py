"""After an upgrade every stored analysis is stale: the window opens the last article at once
(re-analysing it), then brings the rest up to date in the background with progress in the status
bar, and can be stopped (pytest-qt, offscreen)."""

from __future__ import annotations

import time

import pytest

import extract.analyze as analyze_module
from app.fonts import load_bundled_fonts
from app.library import open_library
from app.library.analyses import latest_analysis, stale_article_ids, store_analysis
from app.library.articles import add_article
from app.panels.background import wait_for_library
from app.window import MainWindow
from extract.fingerprint import extractor_fingerprint
from extract.model import Analysis

OLDER_SANAD = "fingerprint-of-an-older-sanad"


@pytest.fixture
def analysed(monkeypatch):
    """The extractor, replaced by a quick one that records what it analysed."""
    texts: list[str] = []
    delay = [0.0]

    def analyze(article):
        texts.append(article.text)
        time.sleep(delay[0])
        return Analysis(text=article.text, fingerprint=extractor_fingerprint())

    monkeypatch.setattr(analyze_module, "analyze", analyze)
    analyze.delay = delay
    analyze.texts = texts
    return analyze


def _library_from_an_older_sanad(path, count: int) -> list[int]:
    """`count` articles, each with an analysis stored by another extractor; the first was
    read last."""
    with open_library(path) as lib:
        ids = []
        for i in range(count):
            text = f"قال الوزير إن الاجتماع رقم {i} انتهى باتفاق."
            article_id = add_article(lib, f"خبر {i}", text, None).article_id
            store_analysis(lib, article_id, Analysis(text=text, fingerprint=OLDER_SANAD))
            ids.append(article_id)
        lib.set_meta("last_article_id", str(ids[0]))
    return ids


@pytest.fixture
def window(qtbot):
    load_bundled_fonts()
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(60_000)
    wait_for_library()
    if win.library is not None:
        win.library.close()


def test_stale_analyses_are_redone_in_the_background_after_the_window_opens(
        qtbot, window, tmp_path, analysed) -> None:
    db = tmp_path / "library.sqlite"
    ids = _library_from_an_older_sanad(db, 3)
    events: list[str] = []
    window.article_shown.connect(lambda: events.append("article shown"))
    background, label = window.background_analyses, window.analyses_status.label
    background.progress.connect(lambda done, total: events.append(
        label.text() if label.isVisible() else "hidden"))
    with qtbot.waitSignal(background.finished, timeout=60_000) as finished:
        window.start(db)
    outcome = finished.args[0]
    # the article read last opened first, and was re-analysed as it opened...
    assert events[0] == "article shown"
    assert window.article_id == ids[0]
    assert window.analysis.fingerprint == extractor_fingerprint()
    # ...then the other two, in the background, with their progress in the status bar
    assert outcome.article_ids == ids[1:] and not outcome.stopped
    assert events[-1] == "Updating analyses 2 / 2"
    assert "hidden" not in events
    assert label.text() == "Analyses updated: 2 of 2"
    assert not window.analyses_status.stop_link.isVisible()
    assert stale_article_ids(window.library) == []
    for article_id in ids:
        assert latest_analysis(window.library, article_id).fingerprint == extractor_fingerprint()
    stored = [t for t in analysed.texts if "رقم" in t]  # not the start-up warm-up sentence
    assert sorted(stored) == sorted(set(stored)) and len(stored) == 3  # each analysed once


def test_updating_the_analyses_can_be_stopped_and_keeps_what_was_done(
        qtbot, window, tmp_path, analysed) -> None:
    db = tmp_path / "library.sqlite"
    ids = _library_from_an_older_sanad(db, 40)
    analysed.delay[0] = 0.05
    background = window.background_analyses
    stop_shown: list[bool] = []

    def first_progress(_done: int, _total: int) -> None:
        stop_shown.append(window.analyses_status.stop_link.isVisible())
        background.progress.disconnect(first_progress)
        window.analyses_status.stop_link.linkActivated.emit("stop")  # the Stop link

    background.progress.connect(first_progress)
    with qtbot.waitSignal(background.finished, timeout=60_000) as finished:
        window.start(db)
    outcome = finished.args[0]
    assert stop_shown == [True]
    assert outcome.stopped and 0 < len(outcome.article_ids) < len(ids) - 1
    assert "(stopped)" in window.analyses_status.label.text()
    left = stale_article_ids(window.library)
    assert left and set(left).isdisjoint(outcome.article_ids)
    assert ids[0] not in left  # the article on screen was re-analysed when it opened


def test_an_article_on_screen_shows_the_analysis_that_replaced_its_stale_one(
        qtbot, window, tmp_path, analysed) -> None:
    """Whoever re-analyses the article being read (the background job, an import) announces it
    on library_changed, and the reader shows the new analysis without being reopened."""
    from dataclasses import replace

    from app.library.analyses import article_for_analysis
    from app.library.changes import Changes

    db = tmp_path / "library.sqlite"
    (article_id,) = _library_from_an_older_sanad(db, 1)
    window.attach_library(open_library(db))
    stale = latest_analysis(window.library, article_id)
    article = article_for_analysis("خبر 0", stale.text, None)
    window.reader.show_article(article, article_id)
    window.reader.show_analysis(stale)
    current = replace(stale, fingerprint=extractor_fingerprint())
    store_analysis(window.library, article_id, current)
    with qtbot.waitSignal(window.analysis_shown, timeout=10_000):
        window.ops.library_changed.emit(Changes(analyses=True, article_ids={article_id}))
    assert window.analysis == current and window.article is article
