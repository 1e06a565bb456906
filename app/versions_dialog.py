"""The older versions of an article: the texts it had before an edited copy was imported.

An article imported again with small edits (another folder, a re-paste) becomes a new version of
the same article rather than a second one; what it said before is kept and shown here, read-only,
so a journalist can see what changed between the copies.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.fonts import reading_font


class VersionsDialog(QDialog):
    """A list of the article's older versions (newest first) and the text of the one chosen."""

    def __init__(self, versions: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Older Versions"))
        self.resize(820, 560)
        self.versions = versions
        self.list = QListWidget()
        self.list.setObjectName("versionList")
        for version in versions:
            words = len(version.text.split())
            item = QListWidgetItem(self.tr("Until {0} · %n word(s)", "", words).format(
                version.replaced[:10]))
            item.setToolTip(version.title or "")
            self.list.addItem(item)
        self.text = QTextBrowser()
        self.text.setObjectName("versionText")
        self.text.setOpenLinks(False)
        self.text.setFont(reading_font(14))
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.text.document().setDefaultTextOption(self._rtl_option())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([220, 600])
        note = QLabel(self.tr("The article is shown in its latest version; these are the texts "
                              "it had before (read-only)."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        if versions:
            self.list.setCurrentRow(0)

    @staticmethod
    def _rtl_option():
        from PySide6.QtGui import QTextOption

        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        return option

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            version = self.versions[row]
            heading = (version.title + "\n\n") if version.title else ""
            self.text.setPlainText(heading + version.text)
