"""Files in and out of the library from the File menu: exporting articles, importing and
exporting the names glossary. Each asks for a file, then works off the UI thread and reports in
the status bar (an error in a dialog)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.library.changes import Changes
from app.library_ops import LibraryOps
from app.panels.background import run_background, run_serial
from app.user_messages import user_message


def write_export_in_background(owner: QObject, library, ids: list[int], fmt: str, path: str,
                               status: Callable[[str], None],
                               error: Callable[[str], None]) -> None:
    """Write the articles `ids` as one `fmt` file (md, json, csv, pdf) at `path`."""
    from app.library.export import write_export

    count = len(ids)
    status(QCoreApplication.translate("Exchange", "Exporting %n article(s)…", "", count))
    run_background(owner, lambda: write_export(library, ids, fmt, path),
                   lambda out: status(QCoreApplication.translate(
                       "Exchange", "Exported %n article(s) to {0}", "", count).format(out)),
                   lambda exc: error(user_message(exc)))


class Exchange(QObject):
    status = Signal(str)
    error = Signal(str)

    def __init__(self, ops: LibraryOps, current_article: Callable[[], int | None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current_article = current_article
        self.dialog_parent = parent

    def export_article(self, fmt: str) -> None:
        library, article_id = self.ops.library, self.current_article()
        if library is None or article_id is None:
            self.error.emit(self.tr("Only articles in the library can be exported."))
            return
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent, self.tr("Export Article"),
                                              f"article-{article_id}.{fmt}")
        if path:
            write_export_in_background(self, library, [article_id], fmt, path,
                                       self.status.emit, self.error.emit)

    def import_glossary(self) -> None:
        """Read a translator's CSV termbase (arabic, english, note) into the glossary."""
        if not self.ops.writable:
            self.error.emit(self.tr("The glossary can only be changed in a writable library."))
            return
        path, _ = QFileDialog.getOpenFileName(self.dialog_parent, self.tr("Import Glossary"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if not path:
            return
        from app.library.glossary import Glossary

        def imported(result) -> None:
            self.status.emit(self.tr("Glossary: {0} added, {1} updated, {2} skipped").format(
                result.added, result.updated, result.skipped))

        # suggestions then start from the glossary: the names on screen are found again
        self.ops.run(lambda library: Glossary(library).import_csv(Path(path)),
                     lambda result: Changes(glossary=bool(result.added or result.updated)),
                     imported, lambda exc: self.error.emit(user_message(exc)), owner=self)

    def export_glossary(self, fmt: str) -> None:
        """Write the glossary as CSV (UTF-8 with BOM, for spreadsheets) or TBX (termbases)."""
        library = self.ops.library
        if library is None:
            self.error.emit(self.tr("Open a library first."))
            return
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent, self.tr("Export Glossary"),
                                              f"sanad-glossary.{fmt}")
        if not path:
            return
        from app.library.glossary import Glossary

        def write() -> int:
            glossary = Glossary(library)
            return (glossary.export_csv if fmt == "csv" else glossary.export_tbx)(Path(path))

        run_serial(write, lambda count: self.status.emit(
            self.tr("Exported {0} glossary entries to {1}").format(count, path)),
            lambda exc: self.error.emit(user_message(exc)), owner=self)
