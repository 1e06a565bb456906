"""The library the window works on, the worker its operations run on, and `library_changed`.

Every operation that changes the library goes through `LibraryOps.run`: the work runs off the UI
thread (queued behind earlier library calls, or on the global pool for long jobs such as imports
and analyses), then the caller's callback runs, then one `library_changed(Changes)` tells every
view what changed. Views refresh themselves from that signal; no view refreshes another.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.library.changes import Changes
from app.panels.background import guarded, run_background, run_serial

ChangesFor = Changes | Callable[[Any], Changes]


class LibraryOps(QObject):
    library_changed = Signal(object)  # a Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = None

    @property
    def writable(self) -> bool:
        return self.library is not None and not self.library.read_only

    def attach(self, library) -> None:
        """Work on `library` from now on; every view starts again from it."""
        self.library = library
        self.library_changed.emit(Changes.everything())

    def run(self, job: Callable[[Any], Any], changes: ChangesFor,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            owner: QObject | None = None, long: bool = False) -> bool:
        """Run `job(library)` off the UI thread; then `on_done(result)` and `library_changed`
        with `changes` (or `changes(result)`), unless that is empty or another library has
        been opened meanwhile. `owner` gone drops the callbacks, never the announcement. False
        when no library is open."""
        library = self.library
        if library is None:
            return False
        if owner is not None:
            on_done = guarded(owner, on_done) if on_done else None
            on_error = guarded(owner, on_error) if on_error else None

        def done(result: Any) -> None:
            try:
                if on_done is not None:
                    on_done(result)
            finally:  # the library changed, whatever the caller's callback did
                found = changes(result) if callable(changes) else changes
                if found and self.library is library:  # not news once another is open
                    self.library_changed.emit(found)

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)

        if long:  # not queued behind (nor holding up) the note autosaves on the serial worker
            run_background(self, lambda: job(library), done, failed)
        else:
            run_serial(lambda: job(library), done, failed, owner=self)
        return True
