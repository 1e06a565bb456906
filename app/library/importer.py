"""Importing many files or whole folders: one bad file is reported and skipped, the rest import.

The UI shows a progress bar and the CLI prints progress on stderr, both through the `progress`
callback. Loading goes through `extract.load.load_path`, which never touches the network.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.library.articles import AddResult, add_article, page_starts_of
from app.library.db import Library, LibraryError, storable

# What a folder import picks up; files named explicitly are always tried.
IMPORTABLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".docx", ".pdf",
                                 ".odt", ".rtf"})

Progress = Callable[[int, int, Path], None]


@dataclass
class ImportReport:
    added: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    versions: list[int] = field(default_factory=list)  # edited copies stored as new versions
    duplicates: list[int] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, message for the user)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    detached_notes: int = 0
    stopped: bool = False

    def summary(self) -> str:
        parts = [f"{len(self.added)} added"]
        if self.updated:
            parts.append(f"{len(self.updated)} updated")
        if self.versions:
            parts.append(f"{len(self.versions)} new versions of articles already in the library")
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already in the library")
        if self.errors:
            parts.append(f"{len(self.errors)} could not be imported")
        if self.detached_notes:
            parts.append(f"{self.detached_notes} notes could not be re-placed (kept as detached)")
        return ", ".join(parts) + (" (stopped early)" if self.stopped else "") + "."


PathLike = str | os.PathLike[str]


def collect_files(paths: Iterable[PathLike]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files to import: named files as they are, folders searched (sorted, hidden skipped)."""
    files: list[Path] = []
    errors: list[tuple[str, str]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for folder, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    wanted = Path(name).suffix.lower() in IMPORTABLE_SUFFIXES
                    if wanted and not name.startswith("."):
                        files.append(Path(folder) / name)
        elif p.exists():
            files.append(p)
        else:
            errors.append((str(p), f"{p} does not exist."))
    return files, errors


def import_paths(lib: Library, paths: Iterable[PathLike], *,
                 progress: Progress | None = None, analyze: bool = True,
                 should_stop: Callable[[], bool] | None = None) -> ImportReport:
    """Import files and folders into the library; never raises for a bad file.

    Stops early (report.stopped) only when the library itself cannot be written - disk full,
    read-only file - since every further file would fail the same way.
    """
    from extract.load import LoadError, load_path

    files, errors = collect_files(paths)
    report = ImportReport(errors=errors)
    for done, path in enumerate(files, start=1):
        if should_stop and should_stop():
            report.stopped = True
            break
        try:
            article = load_path(path)
            result = add_article(lib, article.title, article.text, article.source or str(path),
                                 meta=article.meta, page_starts=page_starts_of(article))
        except LoadError as exc:
            report.errors.append((str(path), str(exc)))
        except LibraryError as exc:
            report.errors.append((str(path), str(exc)))
            report.stopped = True
            break
        except Exception as exc:  # a loader bug on one file must not stop the import
            report.errors.append((str(path), f"{path.name} could not be read: {exc}"))
        else:
            {"added": report.added, "updated": report.updated, "version": report.versions,
             "duplicate": report.duplicates}[result.status].append(result.article_id)
            report.detached_notes += result.detached_notes
            if analyze and result.status != "duplicate":
                _analyse(lib, result.article_id, path, report)
        if progress:
            progress(done, len(files), path)
    return report


def import_text(lib: Library, raw: str, source: str | None = None,
                analyze: bool = True) -> AddResult:
    """Add pasted text (the clipboard) as an article; LibraryError with a clear message if it
    holds no article. Pasted HTML is read as a web page, never fetched from."""
    from extract.load import LoadError, article_from_text

    try:
        article = article_from_text(storable(raw), source)
    except LoadError as exc:
        raise LibraryError(str(exc), exc.kind, **exc.details) from exc
    except (RecursionError, ValueError) as exc:
        raise LibraryError(f"The pasted text could not be read: {exc}") from exc
    if not article.text.strip():
        raise LibraryError("There is no article text in what was pasted.")
    result = add_article(lib, article.title, article.text, source, meta=article.meta)
    if analyze and result.status != "duplicate":
        report = ImportReport()
        _analyse(lib, result.article_id, Path(source or "pasted text"), report)
    return result


def _analyse(lib: Library, article_id: int, path: Path, report: ImportReport) -> None:
    from app.library.analyses import analysis_for

    try:
        analysis_for(lib, article_id)
    except LibraryError as exc:
        report.warnings.append((str(path), str(exc)))
    except Exception as exc:  # an analyser bug must not lose the imported article
        report.warnings.append((str(path), f"{path.name} was imported but not analysed: {exc}"))
