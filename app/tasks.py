"""Run work off the UI thread and hand the result back on it (Anki-style success/failure callbacks).

`run_in_background(fn, on_done, on_error)` runs `fn()` on the global QThreadPool. The callbacks
are slots of a relay object that lives on the UI thread, so Qt queues them there: they may touch
widgets. Nothing else in the app starts threads for analysis, disk or search.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done, self._on_error = on_done, on_error
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_done(self, value: Any) -> None:
        _live.discard(self)
        self._on_done(value)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        _live.discard(self)
        self._on_error(exc)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the UI as a message, never a crash
            self._deliver(self.relay.failed, exc)
        else:
            self._deliver(self.relay.done, result)

    @staticmethod
    def _deliver(signal, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is closing and took the relay with it
            pass


_live: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None],
                      pool: QThreadPool | None = None) -> None:
    """Run `fn` on a worker of `pool` (the global pool by default); then `on_done(result)` or
    `on_error(exc)` on the UI thread."""
    relay = _Relay(on_done, on_error)
    _live.add(relay)  # keep it alive until it has delivered
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))
