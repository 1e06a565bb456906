"""What the user is told when something fails, in the interface's language.

The loaders (extract/, no Qt) and the library (no Qt either) raise errors whose English message
is fine for the command line; each carries a `kind` and its `details` (extract.errors). Here each
kind has a sentence that goes through the translator, filled with the details (file names and
paths isolated, app.bidi_text, so they do not scramble the sentence). A message is never built
by parsing English.
"""

from __future__ import annotations

import errno as errnos

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.bidi_text import isolate

CONTEXT = "UserMessages"

MESSAGES: dict[str, str] = {
    # articles (extract.load, extract.pdf, extract.odt, extract.ocr, extract.decode)
    "empty": QT_TRANSLATE_NOOP("UserMessages", "{name} is empty."),
    "binary": QT_TRANSLATE_NOOP("UserMessages",
                                "{name} looks like a binary file, not text: Sanad cannot read it."),
    "encoding": QT_TRANSLATE_NOOP("UserMessages",
                                  "The text encoding of {name} could not be recognised."),
    "no_text_pasted": QT_TRANSLATE_NOOP("UserMessages", "There is no text to read."),
    "no_text_html": QT_TRANSLATE_NOOP("UserMessages",
                                      "No article text was found in this web page."),
    "bad_docx": QT_TRANSLATE_NOOP("UserMessages", "{name} is not a readable Word document."),
    "no_text": QT_TRANSLATE_NOOP("UserMessages", "{name} has no text."),
    "no_article_text": QT_TRANSLATE_NOOP("UserMessages", "{name} has no article text."),
    "ocr_no_text": QT_TRANSLATE_NOOP("UserMessages", "OCR found no text in {name}."),
    "bad_rtf": QT_TRANSLATE_NOOP("UserMessages", "{name} is not a readable RTF document."),
    "missing": QT_TRANSLATE_NOOP("UserMessages", "{name} does not exist."),
    "folder": QT_TRANSLATE_NOOP("UserMessages", "{name} is a folder, not a file."),
    "unreadable": QT_TRANSLATE_NOOP("UserMessages", "{name} could not be read: {reason}."),
    "unsupported": QT_TRANSLATE_NOOP(
        "UserMessages", "{name}: {suffix} files are not supported; save it as .docx, .odt, "
        ".rtf, .pdf, .txt or .html."),
    "too_large": QT_TRANSLATE_NOOP(
        "UserMessages", "{name} is too large ({size_mb} MB; the limit is {limit_mb} MB)."),
    "pdf_password": QT_TRANSLATE_NOOP("UserMessages", "{name} is protected by a password."),
    "bad_pdf": QT_TRANSLATE_NOOP("UserMessages", "{name} is not a readable PDF file."),
    "scanned_pdf": QT_TRANSLATE_NOOP(
        "UserMessages", "{name} is a scanned document without a text layer. Sanad can read it "
        "with OCR once Tesseract with Arabic data is installed."),
    "scanned_pdf_ocr": QT_TRANSLATE_NOOP(
        "UserMessages", "{name} is a scanned document without a text layer. It can be read with "
        "OCR (Tesseract is installed)."),
    "bad_odt": QT_TRANSLATE_NOOP("UserMessages", "{name} is not a readable OpenDocument text."),
    "ocr_missing": QT_TRANSLATE_NOOP(
        "UserMessages", "OCR needs Tesseract with Arabic data (tesseract-ocr-ara), which is not "
        "installed."),
    "ocr_failed": QT_TRANSLATE_NOOP("UserMessages", "Tesseract could not read the scan."),
    "ocr_cancelled": QT_TRANSLATE_NOOP("UserMessages", "OCR was cancelled."),
    "broken_install": QT_TRANSLATE_NOOP("UserMessages",
                                        "A word list of Sanad could not be read; reinstall Sanad."),
    # the library (app.library.db and its users)
    "damaged": QT_TRANSLATE_NOOP(
        "UserMessages", "{path} is damaged or is not a Sanad library. It was left untouched; "
        "open another library or start a new one (File > Open Library… or New Library…)."),
    "damaged_file": QT_TRANSLATE_NOOP(
        "UserMessages",
        "The library file is damaged; it was left untouched. Open another library."),
    "disk_full": QT_TRANSLATE_NOOP(
        "UserMessages", "The disk is full (or the library reached its size limit): the last "
        "change was not saved. Everything saved before is intact. Free some space and try again."),
    "write_read_only": QT_TRANSLATE_NOOP(
        "UserMessages", "The library file is read-only: the change was not saved."),
    "read_only_change": QT_TRANSLATE_NOOP(
        "UserMessages", "The library is open read-only: changes cannot be saved."),
    "busy": QT_TRANSLATE_NOOP(
        "UserMessages", "The library is busy in another Sanad window: the change was not saved; "
        "try again in a moment."),
    "disk_error": QT_TRANSLATE_NOOP(
        "UserMessages", "The library file could not be read or written (disk error): the change "
        "was not saved."),
    "sqlite": QT_TRANSLATE_NOOP("UserMessages", "The library could not be used ({reason})."),
    "library_folder": QT_TRANSLATE_NOOP(
        "UserMessages", "{path} is a folder; choose a library file instead."),
    "cannot_create": QT_TRANSLATE_NOOP(
        "UserMessages", "Cannot create the library folder {path}: {reason}."),
    "no_library": QT_TRANSLATE_NOOP("UserMessages", "There is no library at {path}."),
    "cannot_create_read_only": QT_TRANSLATE_NOOP(
        "UserMessages", "Cannot create a library at {path}: the folder is read-only."),
    "upgrade_read_only": QT_TRANSLATE_NOOP(
        "UserMessages", "The library {path} needs upgrading, but its file is read-only."),
    "cannot_read": QT_TRANSLATE_NOOP("UserMessages", "Cannot read the library {path}: {reason}."),
    "no_wal": QT_TRANSLATE_NOOP(
        "UserMessages", "The library could not switch to safe (WAL) journaling; is it on a "
        "network drive?"),
    "no_space_backup": QT_TRANSLATE_NOOP(
        "UserMessages", "Not enough disk space to back up the library before upgrading it; "
        "nothing was changed."),
    "read_only_requested": QT_TRANSLATE_NOOP(
        "UserMessages", "This library is open read-only: you can read it, but changes are not "
        "saved."),
    "read_only_file": QT_TRANSLATE_NOOP(
        "UserMessages", "The library file {path} is read-only: you can read its articles, but "
        "nothing you change (notes, tags, new articles, analyses) is saved."),
    "newer_version": QT_TRANSLATE_NOOP(
        "UserMessages", "This library was saved by a newer version of Sanad. It is open read-only "
        "and will not be changed; update Sanad to edit it."),
    "analyser_incomplete": QT_TRANSLATE_NOOP(
        "UserMessages", "The text analyser is incomplete; the article was kept without analysis."),
    "no_article": QT_TRANSLATE_NOOP("UserMessages", "The article is no longer in the library."),
    # exports
    "no_export_articles": QT_TRANSLATE_NOOP("UserMessages",
                                            "Choose at least one article to export."),
    "write_failed": QT_TRANSLATE_NOOP("UserMessages", "Could not write {path}: {reason}."),
}

REASONS: dict[int, str] = {
    errnos.EACCES: QT_TRANSLATE_NOOP("UserMessages", "permission denied"),
    errnos.EPERM: QT_TRANSLATE_NOOP("UserMessages", "permission denied"),
    errnos.EROFS: QT_TRANSLATE_NOOP("UserMessages", "the disk is read-only"),
    errnos.ENOSPC: QT_TRANSLATE_NOOP("UserMessages", "the disk is full"),
    errnos.ENOENT: QT_TRANSLATE_NOOP("UserMessages", "the folder does not exist"),
    errnos.EISDIR: QT_TRANSLATE_NOOP("UserMessages", "it is a folder"),
    errnos.ENOTDIR: QT_TRANSLATE_NOOP("UserMessages", "a part of the path is not a folder"),
}
GENERIC = QT_TRANSLATE_NOOP("UserMessages", "Something went wrong: {reason}")
DISK_ERROR = QT_TRANSLATE_NOOP("UserMessages", "a disk error")
SYSTEM_ERROR = QT_TRANSLATE_NOOP("UserMessages", "the system refused ({0})")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def message_for(kind: str, details: dict | None = None, fallback: str = "") -> str:
    """The translated sentence for an error `kind` with its `details`; `fallback` (the English
    message) wrapped in a translated sentence when the kind is unknown."""
    details = dict(details or {})
    if kind == "scanned_pdf" and details.get("ocr"):
        kind = "scanned_pdf_ocr"
    template = MESSAGES.get(kind)
    if template is None:
        return _tr(GENERIC).format(reason=isolate(fallback)) if fallback else _tr(GENERIC).format(
            reason="?")
    values = {key: isolate(value) for key, value in details.items()}
    values["reason"] = _reason(details)
    try:
        return _tr(template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation naming a value the error lacks
        return template.format_map(_Missing(values))


def _reason(details: dict) -> str:
    """Why the system refused, in the interface's language: a known errno in words, else the
    system's own (English) words in the English interface and the error's code in others."""
    code = details.get("errno")
    if isinstance(code, int) and code in REASONS:
        return _tr(REASONS[code])
    from app.i18n import current_language

    if current_language() == "en" and details.get("reason"):
        return str(details["reason"])
    if isinstance(code, int):
        return _tr(SYSTEM_ERROR).format(isolate(errnos.errorcode.get(code, str(code))))
    return _tr(DISK_ERROR)


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return ""


def user_message(error: BaseException | str) -> str:
    """What to show the user for `error` (an exception or an already-translated text)."""
    if isinstance(error, str):
        return error
    kind = getattr(error, "kind", "")
    if kind in MESSAGES or kind == "scanned_pdf":
        return message_for(kind, getattr(error, "details", {}))
    text = str(error) or error.__class__.__name__
    from app.i18n import current_language

    if current_language() == "en":
        return text
    return message_for("", fallback=text)


def library_notice(library) -> str | None:
    """The library's notice (read-only, newer version) in the interface's language."""
    if not library.notice:
        return None
    if library.notice_kind in MESSAGES:
        return message_for(library.notice_kind, {"path": library.path})
    return library.notice
