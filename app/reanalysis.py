"""Bringing every stored analysis up to date after an upgrade, in the background.

A new Sanad (a retrained model, an edited lexicon) has another extractor fingerprint, so every
analysis in the library is stale: an article opened is re-analysed at once, and this job does the
rest on a worker, oldest first, reporting progress and stopping when asked (between articles).
When it ends, one `library_changed` names the articles it brought up to date. `AnalysesStatus`
shows the progress in the status bar, with a link to stop.
"""

from __future__ import annotations

import html
import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from app.library.changes import Changes
from app.library_ops import LibraryOps
from app.user_messages import user_message

PROGRESS_EVERY_S = 0.1
UPDATED_SHOWN_MS = 8000  # how long "Analyses updated" stays in the status bar


@dataclass
class Outcome:
    done: int = 0
    total: int = 0
    article_ids: list[int] = field(default_factory=list)  # brought up to date
    errors: list[str] = field(default_factory=list)
    stopped: bool = False


def update_stale(library, progress, should_stop) -> Outcome:
    """Re-analyse the library's stale articles (runs on a worker)."""
    from app.library.analyses import analyze_missing, stale_article_ids

    before = stale_article_ids(library)
    outcome = Outcome(total=len(before))
    if before:
        outcome.done, outcome.errors = analyze_missing(library, progress, should_stop)
        still = set(stale_article_ids(library))
        outcome.article_ids = [i for i in before if i not in still]
    outcome.stopped = should_stop()
    return outcome


class BackgroundAnalyses(QObject):
    progress = Signal(int, int)  # done, total (emitted from the worker, queued to the UI)
    finished = Signal(object)  # an Outcome
    failed = Signal(str)

    def __init__(self, ops: LibraryOps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._stop: threading.Event | None = None
        self._again = False  # started again while a run was stopping (another library)

    def is_running(self) -> bool:
        return self._stop is not None

    def start(self) -> bool:
        """Update the stale analyses of the open library, unless it is read-only (nothing
        could be stored). A run going on goes on, unless it was stopped: then this one follows
        it. False when nothing was started now."""
        if self._stop is not None:
            self._again = self._stop.is_set()
            return False
        if not self.ops.writable:
            return False
        stop = threading.Event()
        self._stop = stop
        last = [0.0]

        def report(done: int, total: int) -> None:
            now = time.monotonic()
            if done == total or now - last[0] >= PROGRESS_EVERY_S:
                last[0] = now
                self.progress.emit(done, total)

        started = self.ops.run(
            lambda library: update_stale(library, report, stop.is_set),
            lambda outcome: Changes(analyses=True, article_ids=outcome.article_ids)
            if outcome.article_ids else Changes(),
            self._finished, self._failed, owner=self, long=True)
        if not started:
            self._stop = None
        return started

    def cancel(self) -> None:
        """Stop after the article being analysed (what is done so far is kept)."""
        if self._stop is not None:
            self._stop.set()

    def _finished(self, outcome: Outcome) -> None:
        self._stop = None
        self.finished.emit(outcome)
        self._start_again()

    def _failed(self, exc: BaseException) -> None:
        self._stop = None
        self.failed.emit(user_message(exc))
        self._start_again()

    def _start_again(self) -> None:
        if self._again:
            self._again = False
            self.start()


class AnalysesStatus(QObject):
    """"Updating analyses 12 / 340 · Stop" right of the status bar's messages (which stay the
    article's), then "Analyses updated" for a few seconds. In the bar only while there is
    something to say: a widget there, even hidden, can make the bar taller and move the window."""

    def __init__(self, background: BackgroundAnalyses, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.label = QLabel(bar)
        self.stop_link = QLabel(f"<a href=\"stop\">{html.escape(self.tr('Stop'))}</a>", bar)
        self.stop_link.setToolTip(self.tr("Stop updating the analyses (articles are still "
                                          "re-analysed when opened)"))
        self.stop_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.stop_link.linkActivated.connect(lambda _link: background.cancel())
        self._in_bar: set[QLabel] = set()
        self._show(False)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(UPDATED_SHOWN_MS)
        self._hide_timer.timeout.connect(lambda: self._show(False))
        background.progress.connect(self._progress)
        background.finished.connect(self._finished)
        background.failed.connect(self._failed)

    def _progress(self, done: int, total: int) -> None:
        self._hide_timer.stop()
        self.label.setText(self.tr("Updating analyses {0} / {1}").format(done, total))
        self.label.setToolTip("")
        self._show(True, stop=done < total)

    def _finished(self, outcome: Outcome) -> None:
        if not outcome.total:
            self._show(False)
            return
        message = self.tr("Analyses updated: {0} of {1}").format(len(outcome.article_ids),
                                                                 outcome.total)
        if outcome.stopped:
            message += " " + self.tr("(stopped)")
        self.label.setText(message)
        self.label.setToolTip("\n".join(outcome.errors[:10]))
        self._show(True, stop=False)
        self._hide_timer.start()

    def _failed(self, message: str) -> None:
        self.label.setText(self.tr("The analyses could not be updated."))
        self.label.setToolTip(message)
        self._show(True, stop=False)

    def _show(self, shown: bool, stop: bool = False) -> None:
        for widget, on in ((self.label, shown), (self.stop_link, shown and stop)):
            if on and widget not in self._in_bar:
                self.bar.addPermanentWidget(widget)
                self._in_bar.add(widget)
            elif not on and widget in self._in_bar:
                self.bar.removeWidget(widget)
                self._in_bar.discard(widget)
            widget.setVisible(on)
