"""Files the system asks a running Sanad to open (macOS Finder and Dock send a FileOpen event)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class FileOpenForwarder(QObject):
    """An application event filter that hands each FileOpen event's file to the window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.window.open_path(event.file())
            return True
        return False
