"""Library work off the UI thread, in order: one worker thread runs every queued library call.

Note autosaves must reach the file in the order they were typed, so they cannot race on the
global pool; long jobs (imports) still use `app.tasks.run_in_background` so they never hold up a
note being saved. Callbacks arrive on the UI thread, as with `run_in_background`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from app.tasks import run_in_background

_pool: QThreadPool | None = None


def library_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)  # one writer, first in first out
    return _pool


def run_serial(fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None], owner: QObject | None = None) -> None:
    """Queue `fn` behind earlier library calls; `on_done`/`on_error` run on the UI thread
    (and not at all if `owner` has been deleted meanwhile)."""
    if owner is not None:
        on_done, on_error = guarded(owner, on_done), guarded(owner, on_error)
    run_in_background(fn, on_done, on_error, pool=library_pool())


def run_background(owner: QObject, fn: Callable[[], Any], on_done: Callable[[Any], None],
                   on_error: Callable[[BaseException], None]) -> None:
    """`app.tasks.run_in_background`, with callbacks dropped if `owner` is deleted meanwhile."""
    run_in_background(fn, guarded(owner, on_done), guarded(owner, on_error))


def wait_for_library(timeout_ms: int = 10_000) -> bool:
    """Block until queued library calls are done (used on exit so no typed note is lost)."""
    return library_pool().waitForDone(timeout_ms)


def guarded(owner: QObject, fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn`, but doing nothing once `owner` (a widget) is gone - a result may arrive after its
    window was closed."""
    def call(*args: Any) -> Any:
        if shiboken6.isValid(owner):
            return fn(*args)
        return None
    return call
