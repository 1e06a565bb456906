"""The line under the article's title: its outlet, author, publication date and web address.

These are what a citation needs, so they come from the article itself (a saved page's canonical
URL and date, a document's properties) and, for a library article, as the library stores them
with the user's corrections. The URL is shown as text to copy, never opened: Sanad does not go
online. "Edit details…" opens the dialog that corrects them; "Older versions…" appears when the
article was imported again as an edited copy.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.bidi_text import isolate
from app.library.changes import Changes
from app.library_ops import LibraryOps
from app.panels.background import run_serial
from extract.document import Article

DETAIL_FIELDS = ("outlet", "author", "published", "url")


def display_date(value: str | None) -> str:
    """An ISO date as the interface language writes it (a year or a month stays as stored)."""
    if not value:
        return ""
    date = QDate.fromString(value[:10], "yyyy-MM-dd")
    if len(value) >= 10 and date.isValid():
        from app.i18n import current_language

        return QLocale(current_language()).toString(date, "d MMMM yyyy")
    return value


class Byline(QWidget):
    """Outlet · author · date · URL of the article on screen, with links to edit them."""

    edit_requested = Signal()
    versions_requested = Signal()
    title_changed = Signal(str)  # the library's (perhaps corrected) title of the article shown
    error = Signal(str)

    def __init__(self, ops: LibraryOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleByline")
        self.ops = ops
        self.article_id: int | None = None
        self.details: dict[str, str | None] = {}
        self.versions = 0
        self._serial = 0
        self.dialog = None  # the details or versions dialog last opened
        self.label = QLabel()
        self.label.setObjectName("bylineText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.label.linkActivated.connect(self._link)
        self.edit_requested.connect(self.edit)
        self.versions_requested.connect(self.show_versions)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 0, 28, 0)
        layout.addWidget(self.label)
        ops.library_changed.connect(self._library_changed)
        self.hide()

    # -- what is shown ---------------------------------------------------------------------
    def show_article(self, article: Article, article_id: int | None = None) -> None:
        """A new article on screen: what it says about itself, until the library answers."""
        self._serial += 1
        meta = article.meta
        self.versions = 0
        self.details = {"title": article.title, "published": meta.date if meta else None,
                        "url": meta.url if meta else None,
                        "author": meta.author if meta else None,
                        "outlet": meta.outlet if meta else None}
        self.set_article_id(article_id)

    def set_article_id(self, article_id: int | None) -> None:
        """The article on screen is (now) this library article: show its stored details."""
        self.article_id = article_id
        self._render()
        if article_id is not None:
            self.reload()

    def reload(self) -> None:
        library, article_id = self.ops.library, self.article_id
        if library is None or article_id is None:
            return
        self._serial += 1
        serial = self._serial

        def fetch():
            from app.library.articles import get_article
            from app.library.versions import list_versions

            return get_article(library, article_id).meta(), len(list_versions(library,
                                                                             article_id))

        def fetched(result) -> None:
            if serial != self._serial:
                return
            details, versions = result
            title_changed = details["title"] != self.details.get("title")
            self.details, self.versions = details, versions
            self._render()
            if title_changed and details["title"]:
                self.title_changed.emit(details["title"])

        run_serial(fetch, fetched, lambda _exc: None, owner=self)

    def text(self) -> str:
        """The details as shown (plain text), for tests and accessibility."""
        return " · ".join(self._parts())

    def _parts(self) -> list[str]:
        d = self.details
        parts = [d.get("outlet"), d.get("author"), display_date(d.get("published")), d.get("url")]
        return [p for p in parts if p]

    def _render(self) -> None:
        # Each part and link in its own isolate: in the right-to-left line an English date
        # and link ran together ("15 · فريق سند" ... "May 2019 Edit details" ... "…").
        parts = [html.escape(isolate(p)) for p in self._parts()]
        links = []
        if self.article_id is not None and self.ops.writable:
            links.append(f'<a href="edit">{html.escape(isolate(self.tr("Edit details…")))}</a>')
        if self.versions:
            links.append('<a href="versions">{}</a>'.format(html.escape(isolate(
                self.tr("Older versions (%n)…", "", self.versions)))))
        if not parts and not links:
            self.hide()
            return
        text = " · ".join(f'<span dir="auto">{p}</span>' for p in parts)
        if links:
            text += ("&nbsp;&nbsp;&nbsp;" if text else "") + "&nbsp;&nbsp;".join(links)
        self.label.setText(text)
        self.label.setToolTip(self.tr("The article's own outlet, author, date and web address "
                                      "(the address is never opened)."))
        self.show()

    def _link(self, target: str) -> None:
        if target == "edit":
            self.edit_requested.emit()
        elif target == "versions":
            self.versions_requested.emit()

    # -- editing and versions --------------------------------------------------------------
    def edit(self) -> None:
        """Open the details dialog for the library article on screen; save what was changed."""
        from app.metadata_dialog import MetadataDialog

        if self.article_id is None or not self.ops.writable:
            self.error.emit(self.tr("Only an article in the library can have its details "
                                    "edited."))
            return
        article_id = self.article_id
        dialog = MetadataDialog(self.details, self.window())
        self.dialog = dialog

        def save() -> None:
            changes = dialog.changes()
            if not changes:
                return
            from app.library.articles import edit_article

            self.ops.run(lambda library: edit_article(library, article_id, **changes),
                         Changes(articles=True, article_ids={article_id}),
                         on_error=lambda exc: self.error.emit(
                             self.tr("The details were not saved: {0}").format(exc)),
                         owner=self)

        dialog.accepted.connect(save)
        dialog.open()

    def show_versions(self) -> None:
        """Show the older texts of the article on screen (read-only)."""
        from app.versions_dialog import VersionsDialog

        library, article_id = self.ops.library, self.article_id
        if library is None or article_id is None:
            return

        def fetch():
            from app.library.versions import list_versions

            return list_versions(library, article_id)

        def fetched(versions) -> None:
            if article_id != self.article_id:
                return
            if not versions:
                self.error.emit(self.tr("This article has no older versions."))
                return
            self.dialog = VersionsDialog(versions, self.window())
            self.dialog.open()

        run_serial(fetch, fetched, lambda exc: self.error.emit(str(exc)), owner=self)

    def _library_changed(self, changes: Changes) -> None:
        if self.article_id is not None and changes.articles and changes.touches(self.article_id) \
                and self.article_id not in changes.deleted:
            self.reload()
