"""Notes panel: the article's notes, edited in place and saved as the user types.

Each note is an editor; typing restarts a short timer and, when it fires, the body is written
through the library on its single worker (`run_serial`), so nothing waits on the disk and the
writes land in order. A note whose text could no longer be found is shown as detached, with the
quote it was made on, never hidden. Closing the window flushes pending edits first.

Adding, deleting and tagging notes are library operations (`LibraryOps.run`); the panel reloads
the article's notes when `library_changed` says they changed, whoever changed them (an import
that re-anchored them, the article's deletion), except for its own autosaves, already on screen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.library.changes import Changes
from app.library_ops import LibraryOps
from app.panels.background import run_serial, wait_for_library
from app.reader.pages import PageOf, page_suffix
from app.user_messages import user_message

AUTOSAVE_MS = 600
TAG_SPLIT_RE = re.compile(r"[,،;؛]")
QUOTE_CHARS = 140


class NoteEditor(QFrame):
    activated = Signal(int)
    delete_clicked = Signal(int)

    def __init__(self, panel: NotesPanel, note) -> None:
        super().__init__()
        self.note = note
        self.panel = panel
        self.saved_body = note.body
        self.setObjectName("noteCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        header = QHBoxLayout()
        self.quote = QLabel(self._describe(note))
        self.quote.setWordWrap(True)
        self.quote.setCursor(Qt.CursorShape.PointingHandCursor)
        self.quote.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.quote.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.quote.mouseReleaseEvent = lambda _e: self.activated.emit(self.note.id)
        header.addWidget(self.quote, 1)
        if note.detached:
            self.detached_badge = QLabel(QCoreApplication.translate("NotesPanel", "detached"))
            self.detached_badge.setObjectName("detachedBadge")
            self.detached_badge.setToolTip(QCoreApplication.translate("NotesPanel",
                "The text this note was written on is no longer in the article; the note is "
                "kept with its quote."))
            self.detached_badge.setStyleSheet("QLabel#detachedBadge { border: 1px solid #c0392b;"
                                              " color: #c0392b; border-radius: 6px;"
                                              " padding: 0 5px; }")
            header.addWidget(self.detached_badge)
        self.delete_button = QToolButton()
        self.delete_button.setText("✕")
        self.delete_button.setToolTip(QCoreApplication.translate("NotesPanel",
                                                                 "Delete this note"))
        self.delete_button.clicked.connect(lambda: self.delete_clicked.emit(self.note.id))
        header.addWidget(self.delete_button)
        layout.addLayout(header)
        self.editor = QPlainTextEdit(note.body)
        self.editor.setPlaceholderText(QCoreApplication.translate("NotesPanel",
                                                                  "Write your note…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(72)
        layout.addWidget(self.editor)
        self.tags = QLineEdit("، ".join(note.tags))
        self.tags.setPlaceholderText(QCoreApplication.translate(
            "NotesPanel", "Tags, separated by commas"))
        self.tags.editingFinished.connect(self._tags_edited)
        layout.addWidget(self.tags)
        translate = QCoreApplication.translate
        self.setAccessibleName(translate("NotesPanel", "Note on {0}").format(self.quote.text()))
        self.setAccessibleDescription(translate(
            "NotesPanel", "A note: its text, its tags and a button to delete it; saved as you "
                          "type."))
        self.delete_button.setAccessibleName(translate("NotesPanel", "Delete this note"))
        self.editor.setAccessibleName(translate("NotesPanel", "Note text"))
        self.editor.setAccessibleDescription(translate("NotesPanel",
                                                       "What you write is saved as you type"))
        self.tags.setAccessibleName(translate("NotesPanel", "Note tags"))
        self.tags.setAccessibleDescription(translate("NotesPanel", "Tags, separated by commas"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self.timer.start)

    def _describe(self, note) -> str:
        if note.kind == "span" and note.quote:
            quote = " ".join(note.quote.split())
            if len(quote) > QUOTE_CHARS:
                quote = quote[:QUOTE_CHARS - 1] + "…"
            page = "" if note.detached else page_suffix(self.panel.page_of, note.start)
            return f"«{quote}»{page}"
        if note.kind in ("speaker", "entity") and note.target_name:
            label = (QCoreApplication.translate("NotesPanel", "Speaker") if note.kind == "speaker"
                     else QCoreApplication.translate("NotesPanel", "Name"))
            return f"{label}: {note.target_name}"
        return QCoreApplication.translate("NotesPanel", "On the whole article")

    def tag_names(self) -> list[str]:
        return [t.strip() for t in TAG_SPLIT_RE.split(self.tags.text()) if t.strip()]

    def _tags_edited(self) -> None:
        wanted = self.tag_names()
        if wanted != self.note.tags:
            self.panel.set_tags(self.note.id, self.note.tags, wanted)
            self.note.tags = wanted

    def body(self) -> str:
        return self.editor.toPlainText()

    def has_unsaved_changes(self) -> bool:
        return self.body() != self.saved_body

    def save(self) -> None:
        self.timer.stop()
        body = self.body()
        if body != self.saved_body:
            self.saved_body = body
            self.panel.save_body(self.note.id, body)


class NotesPanel(QWidget):
    note_activated = Signal(object)  # the Note
    notes_changed = Signal(list)  # the article's notes, after every load
    error = Signal(str)

    def __init__(self, ops: LibraryOps, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.library = None  # the library the notes shown come from
        self.article_id: int | None = None
        self.page_of: PageOf | None = None  # the article's pages (a PDF): "p. 3" on notes
        self._focus_next: int | None = None  # a note just added: its editor gets the focus
        self.notes: list = []
        self.editors: list[NoteEditor] = []
        self.pending_saves = 0
        self.hint = QLabel(self.tr("Select text in the article and press Ctrl+Shift+N to add "
                                   "a note."))
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.container = QWidget()
        self.list_layout = QVBoxLayout(self.container)
        self.list_layout.setContentsMargins(4, 4, 4, 4)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.container)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        ops.library_changed.connect(self._library_changed)

    # -- loading ---------------------------------------------------------------------------
    def set_article(self, article_id: int | None) -> None:
        self.flush(wait=False)  # queued before the next article's loads, so they land first
        self.library, self.article_id = self.ops.library, article_id
        self.reload()

    def _library_changed(self, changes: Changes) -> None:
        if changes.library and self.ops.library is not self.library:
            self.set_article(None)  # another library: the next article brings its notes
        elif changes.notes and changes.origin is not self and changes.touches(self.article_id):
            focus, self._focus_next = self._focus_next, None
            self.reload(focus_note=focus)

    def reload(self, focus_note: int | None = None) -> None:
        for editor in self.editors:
            editor.save()  # queued before the load, so the load sees the latest text
        library, article_id = self.library, self.article_id
        if library is None or article_id is None:
            self._show([], None)
            return
        from app.library.notes import notes_for_article

        run_serial(lambda: notes_for_article(library, article_id),
                   lambda notes: self._loaded(article_id, notes, focus_note), self._failed,
                   owner=self)

    def _loaded(self, article_id: int, notes: list, focus_note: int | None) -> None:
        if article_id != self.article_id:
            return
        self._show(notes, focus_note)

    def _show(self, notes: list, focus_note: int | None) -> None:
        typed: dict[int, str] = {}
        for editor in self.editors:
            editor.save()  # anything typed since the load was queued is written after it...
            typed[editor.note.id] = editor.saved_body
            editor.deleteLater()
        self.notes, self.editors = list(notes), []
        for i, note in enumerate(self.notes):
            if note.id in typed:  # ...so the newest text is the one on screen, not the loaded one
                note.body = typed[note.id]
            editor = NoteEditor(self, note)
            editor.activated.connect(self._activated)
            editor.delete_clicked.connect(self.delete_note)
            self.editors.append(editor)
            self.list_layout.insertWidget(i, editor)
            if note.id == focus_note:
                editor.editor.setFocus()
                QTimer.singleShot(0, lambda w=editor: self.scroll.ensureWidgetVisible(w))
        self.notes_changed.emit(self.notes)

    def _activated(self, note_id: int) -> None:
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is not None:
            self.note_activated.emit(note)

    # -- changes ---------------------------------------------------------------------------
    def add_span_note(self, start: int, end: int) -> None:
        from app.library.notes import add_span_note

        self._add(lambda lib, aid: add_span_note(lib, aid, start, end))

    def add_target_note(self, kind: str, name: str) -> None:
        """A note on a speaker or an entity of this article (found again by its name)."""
        from app.library.notes import add_target_note

        self._add(lambda lib, aid: add_target_note(lib, kind, name, article_id=aid))

    def add_article_note(self) -> None:
        from app.library.notes import add_article_note

        self._add(add_article_note)

    def _add(self, make) -> None:
        library, article_id = self.library, self.article_id
        if library is None or article_id is None:
            self.error.emit(self.tr("Notes are kept in the library; this article is not in it."))
            return

        def added(note_id: int) -> None:
            self._focus_next = note_id

        self._run(lambda: make(library, article_id),
                  lambda note_id: Changes(notes=True, article_ids={article_id},
                                          note_ids={note_id}), added)

    def _run(self, job, changes, on_done=None, origin: bool = False) -> None:
        """A change to the notes of the article shown, announced when done. `origin`: the
        screen already shows it (an autosave), so this panel need not reload."""
        def announced(result):
            found = changes(result) if callable(changes) else changes
            return found.by(self) if origin else found

        self.ops.run(lambda _library: job(), announced, on_done, self._failed, owner=self)

    def save_body(self, note_id: int, body: str) -> None:
        from app.library.notes import update_note_body

        library = self.library
        if library is None:
            return
        self.pending_saves += 1
        self._run(lambda: update_note_body(library, note_id, body),
                  Changes(notes=True, article_ids=self._ids(), note_ids={note_id}), self._saved,
                  origin=True)

    def _saved(self, _result) -> None:
        self.pending_saves -= 1

    def set_tags(self, note_id: int, old: list[str], new: list[str]) -> None:
        """Tag and untag the note so it carries exactly `new` (shared tags: the sidebar filter
        finds the article by them)."""
        from app.library.tags import tag_note, untag_note

        library = self.library
        if library is None:
            return

        def work() -> None:
            for name in new:
                if name not in old:
                    tag_note(library, note_id, name)
            for name in old:
                if name not in new:
                    untag_note(library, note_id, name)

        self._run(work, Changes(notes=True, tags=True, article_ids=self._ids(),
                                note_ids={note_id}), origin=True)

    def delete_note(self, note_id: int) -> None:
        from app.library.notes import delete_note

        library = self.library
        if library is None:
            return
        self._run(lambda: delete_note(library, note_id),
                  Changes(notes=True, tags=True, article_ids=self._ids(), note_ids={note_id}))

    def _ids(self) -> set[int]:
        return {self.article_id} if self.article_id is not None else set()

    def flush(self, wait: bool = True) -> None:
        """Queue every unsaved edit now; on closing, also wait until they are written."""
        for editor in self.editors:
            editor.save()
        if wait and self.pending_saves:
            wait_for_library()

    def _failed(self, exc: BaseException) -> None:
        self.pending_saves = max(0, self.pending_saves - 1)
        self.error.emit(user_message(exc))

    def editor_for(self, note_id: int) -> NoteEditor | None:
        return next((e for e in self.editors if e.note.id == note_id), None)
