"""What the reading area shows before any article is open: what Sanad is for and the ways to
start (open a file, paste, import a folder, or read the bundled sample article). Nothing is
added to the library until the user picks one of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    open_requested = Signal()
    paste_requested = Signal()
    import_folder_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        heading = QLabel(self.tr("Open or paste an Arabic article"))
        heading.setObjectName("emptyStateHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(self.tr(
            "Sanad highlights the people, organisations and places in it and lists who said "
            "what. Everything stays on this computer."))
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setFixedWidth(480)
        body.setMinimumHeight(body.heightForWidth(480))  # all its lines, however it wraps
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        for key, text, signal in (
                ("open", self.tr("Open an Article…"), self.open_requested),
                ("paste", self.tr("Paste an Article"), self.paste_requested),
                ("import_folder", self.tr("Import a Folder…"), self.import_folder_requested),
                ("sample", self.tr("Open the Sample Article"), self.sample_requested)):
            button = QPushButton(text)
            button.setMinimumWidth(260)
            button.clicked.connect(signal)
            button.setAccessibleName(text.replace("…", ""))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons[key] = button
        self.buttons["open"].setDefault(True)
        self.note = QLabel(self.tr("You can also drop a file here, or press Ctrl+V to paste."))
        self.note.setEnabled(False)  # the muted colour of the theme
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addSpacing(8)
        layout.addWidget(self.note)
        layout.addStretch(3)

    def set_library_writable(self, writable: bool) -> None:
        """Importing a folder needs a library that can be written."""
        self.buttons["import_folder"].setEnabled(writable)
