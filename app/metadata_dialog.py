"""Correcting an article's details: title, publication date, outlet, author and web address.

What a file says about itself is often wrong or missing (a PDF's creation date, a page without
its author), and a citation needs it right. The corrected fields are marked as edited in the
library, so importing the article again never overwrites them. The date may be typed as
YYYY-MM-DD or in Arabic («28 آب 2013», «26 شعبان 1440هـ»); it is stored as an ISO date.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

EDITABLE = ("title", "published", "outlet", "author", "url")


class MetadataDialog(QDialog):
    """The five details in a form; `changes()` gives the ones the user changed."""

    def __init__(self, details: dict[str, str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article Details"))
        self.setMinimumWidth(520)
        self.initial = {name: (details.get(name) or "") for name in EDITABLE}
        labels = {"title": self.tr("&Title:"), "published": self.tr("&Date:"),
                  "outlet": self.tr("&Outlet:"), "author": self.tr("&Author:"),
                  "url": self.tr("&Web address:")}
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name in EDITABLE:
            edit = QLineEdit(self.initial[name])
            edit.setObjectName(f"detail_{name}")
            edit.setClearButtonEnabled(True)
            if name in ("published", "url"):
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.fields[name] = edit
            form.addRow(labels[name], edit)
        self.fields["published"].setPlaceholderText(self.tr("YYYY-MM-DD, or as the article "
                                                            "writes it: 28 آب 2013"))
        self.fields["url"].setPlaceholderText("https://…")
        self.error = QLabel()
        self.error.setObjectName("detailsError")
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel(self.tr("Corrected details are kept when the article is imported again."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str]:
        """The fields whose text the user changed (a blank one clears that detail)."""
        out = {}
        for name, edit in self.fields.items():
            value = " ".join(edit.text().split())
            if value != " ".join(self.initial[name].split()):
                out[name] = value
        return out

    def accept(self) -> None:
        """Save only a date Sanad can read; otherwise say so and keep the dialog open."""
        from app.library.articles import normalise_date
        from app.library.db import LibraryError

        date = " ".join(self.fields["published"].text().split())
        if date and "published" in self.changes():
            try:
                normalise_date(date)
            except LibraryError:
                self.error.setText(self.tr("«{0}» is not a date Sanad can read: write it as "
                                           "YYYY-MM-DD, e.g. 2013-08-28.").format(date))
                self.error.show()
                self.fields["published"].setFocus()
                return
        super().accept()
