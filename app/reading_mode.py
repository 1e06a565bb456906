"""Reading mode: the side panels (library, who said what...) hidden, the article alone with its
title and legend, its text in a centred column of comfortable line length; F11 (View > Reading
Mode) turns it on and off.

The panels' sizes are kept while they are hidden, and the mode is turned off before the window
saves its layout on closing, so the next start finds the panels where the user left them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

READING_COLUMN_PX = 880  # about 12-14 Arabic words a line at the default size


class ReadingMode(QObject):
    changed = Signal(bool)

    def __init__(self, window: QMainWindow, panels: list[QWidget]) -> None:
        super().__init__(window)
        self.window, self.panels = window, panels
        self._on = False
        window.installEventFilter(self)

    def is_on(self) -> bool:
        return self._on

    def toggle(self) -> None:
        self.set_on(not self._on)

    def set_on(self, on: bool) -> None:
        if on == self._on:
            return
        self._on = on
        for panel in self.panels:
            panel.setVisible(not on)
        view = getattr(self.window, "view", None)
        if view is not None:
            view.set_column_width(READING_COLUMN_PX if on else None)
        self.changed.emit(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.set_on(False)  # before the window saves its splitter
        return False
