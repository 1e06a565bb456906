"""Opening files: the file dialogs' filter of the formats Sanad reads, and the files the system
asks a running Sanad to open (macOS Finder and Dock send a FileOpen event)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject

# The formats the Open and Import dialogs list first: the same as a folder import takes
# (app.library.importer.IMPORTABLE_SUFFIXES; a test keeps them equal).
ARTICLE_PATTERNS = " ".join(f"*{suffix}" for suffix in (
    ".txt", ".html", ".htm", ".xhtml", ".docx", ".odt", ".rtf", ".pdf", ".md", ".text"))


def article_filter() -> str:
    """The Open and Import dialogs' filter: every article format, then all files."""
    return QCoreApplication.translate("FileOpen", "Articles ({0});;All files (*)").format(
        ARTICLE_PATTERNS)


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
