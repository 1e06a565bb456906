"""Importing an analysed archive: the output folder of `python -m extract batch`.

Every article comes with its analysis, so nothing is analysed again: each is added with its title
and date (`add_article`) and its analysis stored (`store_analysis`), which fills the indexes that
search, the speaker filter and "every claim by X" read. Articles already in the library (same
text) are skipped. The import streams the part files and commits every `per_transaction`
articles, so a million-article archive never sits in memory and a stop keeps what was committed.

An analysis made by another extractor version is stored as it is (search and claims work at once)
and, like any stale analysis, recomputed when its article is opened.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from app.library.analyses import store_analysis
from app.library.articles import add_article
from app.library.db import Library, LibraryError
from extract.batch.output import OutputError, OutputLine, done_part_files, read_manifest, read_part
from extract.document import ArticleMeta
from extract.fingerprint import extractor_fingerprint
from extract.model import Analysis
from extract.schema import SchemaError, from_json

PER_TRANSACTION = 500


@dataclass
class BatchImportReport:
    total: int = 0             # analysed articles the archive holds
    added: int = 0
    updated: int = 0           # an article from the same source, with new text
    duplicates: int = 0        # already in the library
    other_extractor: int = 0   # analyses by another extractor version (recomputed when opened)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (article id or file, message)
    stopped: bool = False

    @property
    def done(self) -> int:
        return self.added + self.updated + self.duplicates + len(self.errors)

    def summary(self) -> str:
        parts = [f"{self.added} added"]
        if self.updated:
            parts.append(f"{self.updated} updated")
        if self.duplicates:
            parts.append(f"{self.duplicates} already in the library")
        if self.errors:
            parts.append(f"{len(self.errors)} could not be imported")
        if self.other_extractor:
            parts.append(f"{self.other_extractor} analysed by another Sanad version "
                         "(re-analysed when opened)")
        return ", ".join(parts) + (" (stopped early)" if self.stopped else "") + "."


def import_batch(lib: Library, out_dir: str | os.PathLike[str],
                 progress: Callable[[int, int], None] | None = None,
                 should_stop: Callable[[], bool] | None = None,
                 per_transaction: int = PER_TRANSACTION) -> BatchImportReport:
    """Import every analysed article of a batch output folder; progress(done, total).

    Raises LibraryError when the folder is no batch output or the library cannot be written;
    a damaged line or analysis is reported and skipped.
    """
    try:
        manifest = read_manifest(out_dir)
    except OutputError as exc:
        raise LibraryError(str(exc)) from exc
    counts = manifest.get("counts") or {}
    report = BatchImportReport(total=int(counts.get("analysed") or 0))
    current = extractor_fingerprint()
    pending: list[tuple[OutputLine, Analysis]] = []

    def commit() -> None:
        with lib.writing():
            for line, analysis in pending:
                _add(lib, line, analysis, report, current)
        pending.clear()
        if progress:
            progress(report.done, max(report.total, report.done))

    for path in done_part_files(out_dir, manifest):
        for line in read_part(path):
            if should_stop and should_stop():
                report.stopped = True
                break
            if isinstance(line, str):
                report.errors.append((path.name, line))
                continue
            try:
                analysis = from_json(line.analysis)
            except SchemaError as exc:
                report.errors.append((line.id, f"its analysis is not valid: {exc}"))
                continue
            if not analysis.text.strip():
                report.errors.append((line.id, "the article has no text."))
                continue
            pending.append((line, analysis))
            if len(pending) >= per_transaction:
                commit()
        if report.stopped:
            break
    commit()
    return report


def _add(lib: Library, line: OutputLine, analysis: Analysis, report: BatchImportReport,
         current_fingerprint: str) -> None:
    meta = line.meta
    title = meta.get("title") or analysis.title
    source = meta.get("url") or line.location or line.id
    result = add_article(lib, title, analysis.text, source, published=meta.get("date"),
                         meta=ArticleMeta(url=meta.get("url"), author=meta.get("author"),
                                          outlet=meta.get("source")))
    if result.status == "duplicate":
        report.duplicates += 1
        return
    store_analysis(lib, result.article_id, analysis)
    if result.status in ("updated", "version"):
        report.updated += 1
    else:
        report.added += 1
    if analysis.fingerprint != current_fingerprint:
        report.other_extractor += 1
