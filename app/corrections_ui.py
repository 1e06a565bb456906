"""Correcting who said what from the window: the operations, their undo stack and their dialogs.

The who-said-what panel and the article's context menu ask `StatementCorrections` to give a
statement to another speaker, drop it, merge, split or rename cards, or add a statement from the
selected text. Each correction is a `QUndoCommand` whose redo stores it in the library
(`app.library.corrections.record`, on the library worker) and whose undo withdraws it; both end
in one `library_changed` (analyses and corrections of that article), from which the reader
reloads the corrected analysis and every panel and the speaker views refresh. One undo stack per
article, the open article's active in a `QUndoGroup`: Ctrl+Z in the panel undoes that article's
last correction, never another article's.

It also copies a statement with its attribution and source (Ctrl+Shift+C).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.library import corrections as fixes
from app.library.changes import Changes
from app.library.db import LibraryError
from app.library.quoting import citation, connector, source_facts, speaker_description
from app.panels.background import run_serial
from app.reader.model import AnalysisModel
from extract.model import Claim


class CorrectionCommand(QUndoCommand):
    """One correction of one article: redo stores it, undo withdraws it."""

    def __init__(self, owner: StatementCorrections, article_id: int,
                 correction: fixes.Correction, text: str) -> None:
        super().__init__(text)
        self.owner, self.article_id, self.correction = owner, article_id, correction

    def redo(self) -> None:
        self.owner.store(self.article_id, self.correction)

    def undo(self) -> None:
        self.owner.withdraw(self.article_id, self.correction.key)


class StatementCorrections(QObject):
    error = Signal(str)
    status = Signal(str)

    def __init__(self, ops, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.dialog_parent = parent
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self.article_id: int | None = None
        self.model: AnalysisModel | None = None
        self.facts: tuple[str, str] = ("", "")  # outlet, date of the article on screen
        self.dialog: QDialog | None = None  # the one open, for the tests
        ops.library_changed.connect(self._library_changed)

    # -- what is on screen -----------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return self.ops.writable and self.article_id is not None and self.model is not None

    def set_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        self.facts = ("", "")
        if article_id is None:
            self.undo_group.setActiveStack(None)
            return
        stack = self._stacks.get(article_id)
        if stack is None:
            stack = self._stacks[article_id] = QUndoStack(self)
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)
        self._fetch_facts(article_id)

    def set_model(self, model: AnalysisModel | None) -> None:
        self.model = model

    def _fetch_facts(self, article_id: int) -> None:
        library = self.ops.library
        if library is None:
            return
        from app.library.articles import get_article

        def fetched(facts: tuple[str, str]) -> None:
            if self.article_id == article_id:
                self.facts = facts

        run_serial(lambda: source_facts(get_article(library, article_id)), fetched,
                   lambda _exc: None, owner=self)

    def _library_changed(self, changes: Changes) -> None:
        if changes.library:  # another library: its articles have their own history
            for stack in self._stacks.values():
                self.undo_group.removeStack(stack)
                stack.deleteLater()
            self._stacks = {}
            self.set_article(None)
        elif self.article_id is not None and changes.touches(self.article_id) \
                and changes.articles:
            self._fetch_facts(self.article_id)
        for gone in changes.deleted:
            stack = self._stacks.pop(gone, None)
            if stack is not None:
                self.undo_group.removeStack(stack)

    def undo_stack(self) -> QUndoStack | None:
        return self.undo_group.activeStack()

    # -- corrections -----------------------------------------------------------------------
    def _push(self, make: Callable[[], fixes.Correction], text: str) -> bool:
        if not self.enabled:
            self._refuse()
            return False
        try:
            correction = make()
        except LibraryError as exc:
            self.error.emit(self._message(exc))
            return False
        self.undo_group.activeStack().push(CorrectionCommand(self, self.article_id, correction,
                                                             text))
        return True

    def _refuse(self) -> None:
        self.error.emit(self.tr("Corrections are saved in the library: open the article "
                                "from a library you can write to."))

    def store(self, article_id: int, correction: fixes.Correction) -> None:
        self.ops.run(lambda library: fixes.record(library, article_id, correction),
                     self._changes(article_id), on_error=self._failed, owner=self)

    def withdraw(self, article_id: int, key: str) -> None:
        self.ops.run(lambda library: fixes.withdraw(library, key), self._changes(article_id),
                     on_error=self._failed, owner=self)

    @staticmethod
    def _changes(article_id: int) -> Changes:
        return Changes(analyses=True, corrections=True, article_ids={article_id})

    def _failed(self, exc: BaseException) -> None:
        self.error.emit(self.tr("The correction could not be saved: {0}").format(exc))

    def _message(self, exc: LibraryError) -> str:
        text = str(exc)
        known = {"Type the speaker's name.": self.tr("Type the speaker's name."),
                 "A speaker cannot be merged with itself.":
                     self.tr("A speaker cannot be merged with itself."),
                 "Select the words of the statement first.":
                     self.tr("Select the words of the statement first.")}
        return known.get(text, text)

    def _claims(self, claim_ids: list[str]) -> list[Claim]:
        model = self.model
        return [model.claim_by_id[c] for c in claim_ids if model and c in model.claim_by_id]

    def reassign(self, claim_ids: list[str], speaker: str, split: bool = False) -> bool:
        claims = self._claims(claim_ids)
        if not claims or self.model is None:
            return False
        analysis = self.model.analysis
        text = self.tr("Split off to «{0}»") if split else self.tr("Give to «{0}»")
        return self._push(lambda: fixes.reassign(analysis, claims, speaker, split),
                          text.format(speaker.strip()))

    def not_a_statement(self, claim_ids: list[str]) -> bool:
        claims = self._claims(claim_ids)
        if not claims or self.model is None:
            return False
        analysis = self.model.analysis
        return self._push(lambda: fixes.not_a_statement(analysis, claims),
                          self.tr("Not a statement"))

    def merge(self, source: str, into: str) -> bool:
        return self._push(lambda: fixes.merge(source, into),
                          self.tr("Merge «{0}» into «{1}»").format(source, into))

    def rename(self, old: str, new: str) -> bool:
        return self._push(lambda: fixes.rename(old, new),
                          self.tr("Rename «{0}» to «{1}»").format(old, new.strip()))

    def add_statement(self, start: int, end: int, speaker: str, kind: str) -> bool:
        if self.model is None:
            return False
        text = self.model.text
        return self._push(lambda: fixes.add_statement(text, start, end, speaker, kind),
                          self.tr("Add a statement by «{0}»").format(speaker.strip()))

    # -- asking the user -------------------------------------------------------------------
    def speaker_names(self) -> list[str]:
        """The speakers of the article on screen, in reading order."""
        if self.model is None:
            return []
        return [g.name for g in sorted(self.model.speaker_groups(),
                                       key=lambda g: g.first_position) if not g.unattributed]

    def ask_speaker(self, claim_ids: list[str]) -> None:
        claims = self._claims(claim_ids)
        if not claims:
            return
        current = self.model.speaker_name(claims[0]) or ""
        self._open(SpeakerDialog(self.tr("Change the Speaker"),
                                 self.tr("Who says this? Pick a speaker of the article or "
                                         "type a name:"),
                                 self.speaker_names(), current, parent=self.dialog_parent),
                   lambda d: self.reassign(claim_ids, d.name()))

    def ask_rename(self, name: str) -> None:
        self._open(SpeakerDialog(self.tr("Rename the Speaker"),
                                 self.tr("New name for «{0}»:").format(name), [], name,
                                 parent=self.dialog_parent),
                   lambda d: self.rename(name, d.name()))

    def ask_split(self, name: str, claims: list[Claim]) -> None:
        if self.model is None or not claims:
            return
        self._open(SplitDialog(name, [(c.id, _short(self.model.text, c)) for c in claims],
                               self.speaker_names(), parent=self.dialog_parent),
                   lambda d: self._split(d.chosen(), d.name()))

    def _split(self, claim_ids: list[str], name: str) -> None:
        if not claim_ids:
            self.error.emit(self.tr("Tick the statements to move to the new speaker."))
            return
        self.reassign(claim_ids, name, split=True)

    def ask_add(self, start: int, end: int) -> None:
        if self.model is None or end <= start:
            return
        words = " ".join(self.model.text[start:end].split())
        self._open(SpeakerDialog(self.tr("Add a Statement"),
                                 self.tr("«{0}»\n\nWho says it?").format(_clip(words)),
                                 self.speaker_names(), "", with_kind=True,
                                 parent=self.dialog_parent),
                   lambda d: self.add_statement(start, end, d.name(), d.kind()))

    def _open(self, dialog: QDialog, accepted: Callable) -> None:
        """Show the dialog (window-modal, not blocking) and act when the user confirms."""
        if not self.enabled:
            self._refuse()
            dialog.deleteLater()
            return
        self.dialog = dialog
        dialog.accepted.connect(lambda: accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- in the article --------------------------------------------------------------------
    def claim_at(self, index: int | None) -> Claim | None:
        model = self.model
        if model is None or index is None:
            return None
        return next((c for c in model.claims if c.content.start <= index < c.content.end), None)

    def text_actions(self, index: int | None, selection: tuple[int, int] | None
                     ) -> list[QAction]:
        """Right-click in the article: add the selected words as a statement; on a statement,
        change its speaker, drop it or copy it with its source."""
        if self.model is None:
            return []
        actions = []
        if selection and selection[1] > selection[0] and self.enabled:
            add = QAction(self.tr("Add as a Statement…"), self)
            add.triggered.connect(lambda: self.ask_add(*selection))
            actions.append(add)
        claim = self.claim_at(index)
        if claim is not None:
            copy = QAction(self.tr("Copy the Statement with Its Source"), self)
            copy.triggered.connect(lambda: self.copy_citation(claim.id))
            actions.append(copy)
            if self.enabled:
                speaker = QAction(self.tr("Change the Speaker of This Statement…"), self)
                speaker.triggered.connect(lambda: self.ask_speaker([claim.id]))
                drop = QAction(self.tr("Not a Statement"), self)
                drop.triggered.connect(lambda: self.not_a_statement([claim.id]))
                actions += [speaker, drop]
        return actions

    def add_from_selection(self, selection: tuple[int, int] | None) -> None:
        if not selection or selection[1] <= selection[0]:
            self.error.emit(self.tr("Select the words of the statement first."))
            return
        self.ask_add(*selection)

    # -- the corrections file --------------------------------------------------------------
    def choose_export(self) -> None:
        """File > Export Statement Corrections: every corrected article, as JSON."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.dialog_parent, self.tr("Export Statement Corrections"),
            "sanad-corrections.json", self.tr("JSON (*.json)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        def write(library) -> str:
            from pathlib import Path

            data = fixes.corrections_json(library)
            try:
                Path(path).write_text(data, encoding="utf-8")
            except OSError as exc:
                raise LibraryError(exc.strerror or str(exc)) from exc
            return path

        def failed(exc: BaseException) -> None:
            self.error.emit(self.tr("The corrections could not be exported: {0}").format(exc))

        if not self.ops.run(write, Changes(), lambda p: self.status.emit(
                self.tr("Corrections exported to {0}").format(p)), failed, owner=self):
            self.error.emit(self.tr("Open a library first."))

    # -- quoting ---------------------------------------------------------------------------
    def citation(self, claim_id: str) -> str:
        """The statement with who said it and where, as Ctrl+Shift+C copies it."""
        model = self.model
        claim = model.claim_by_id.get(claim_id) if model else None
        if claim is None:
            return ""
        analysis, text = model.analysis, model.text
        speaker = analysis.speaker(claim.speaker_id)
        name = speaker.name if speaker else None
        description = ""
        if speaker is not None:
            description = speaker_description(text, [speaker.name, *speaker.aliases])
            if not description and speaker.entity_id:
                entity = analysis.entity(speaker.entity_id)
                if entity and fixes.name_key(entity.name) not in fixes.name_key(speaker.name):
                    description = entity.name
        outlet, date = self.facts
        return citation(claim.kind, analysis.slice(claim.content),
                        analysis.slice(claim.cue) if claim.cue else None,
                        connector(text, claim.cue, claim.speaker_mention, claim.content),
                        name, description, outlet, date)

    def copy_citation(self, claim_id: str) -> None:
        quoted = self.citation(claim_id)
        if quoted:
            QGuiApplication.clipboard().setText(quoted)
            self.status.emit(self.tr("Statement copied with its source."))


def _clip(text: str, size: int = 200) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"


def _short(text: str, claim: Claim) -> str:
    return _clip(" ".join(text[claim.content.start:claim.content.end].split()), 120)


class SpeakerDialog(QDialog):
    """A speaker's name: one of the article's speakers, or typed; and, for a statement added by
    hand, its kind."""

    def __init__(self, title: str, prompt: str, names: list[str], current: str,
                 with_kind: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.addItems(names)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setEditText(current)
        self.combo.setMinimumWidth(320)
        layout.addWidget(self.combo)
        self.kinds: QButtonGroup | None = None
        if with_kind:
            self.kinds = QButtonGroup(self)
            for i, (kind, text) in enumerate((
                    ("direct", self.tr("Direct: the speaker's own words")),
                    ("indirect", self.tr("Indirect: reported speech")))):
                button = QRadioButton(text)
                button.setObjectName(kind)
                button.setChecked(i == 1)
                self.kinds.addButton(button)
                layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def name(self) -> str:
        return self.combo.currentText().strip()

    def set_name(self, name: str) -> None:
        self.combo.setEditText(name)

    def kind(self) -> str:
        checked = self.kinds.checkedButton() if self.kinds else None
        return checked.objectName() if checked else "indirect"

    def set_kind(self, kind: str) -> None:
        for button in self.kinds.buttons() if self.kinds else ():
            button.setChecked(button.objectName() == kind)


class SplitDialog(QDialog):
    """Which statements of a card go to a new speaker, and that speaker's name."""

    def __init__(self, name: str, statements: list[tuple[str, str]], names: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split the Speaker"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Statements of «{0}» to move:").format(name)))
        self.list = QListWidget()
        self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for claim_id, text in statements:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, claim_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        layout.addWidget(QLabel(self.tr("New speaker:")))
        self.name_box = QLineEdit()
        layout.addWidget(self.name_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.names = names

    def check(self, row: int, on: bool = True) -> None:
        self.list.item(row).setCheckState(Qt.CheckState.Checked if on
                                          else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def name(self) -> str:
        return self.name_box.text().strip()
