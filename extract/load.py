"""Load an article from pasted text or a file (.txt, .html/.htm, .docx) into an `Article`.

Every failure is a `LoadError` whose message can be shown to the user as it is.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import IO

from extract.clean import clean_lines
from extract.decode import MAX_BYTES, DecodeError, decode_bytes
from extract.document import Article
from extract.segment import paragraph_spans, sentence_spans
from extract.tokens import tokenize

PARAGRAPH_SEPARATOR = "\n\n"
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


class LoadError(Exception):
    """An article could not be loaded; str(error) is a one-line message for the user."""


def build_article(title: str | None, paragraphs: list[str], source: str | None = None) -> Article:
    """Assemble the display text from paragraphs and index it (paragraphs, sentences, tokens)."""
    text = PARAGRAPH_SEPARATOR.join(p.strip() for p in paragraphs if p.strip())
    paras = paragraph_spans(text)
    return Article(title=title, text=text, paragraphs=paras,
                   sentences=sentence_spans(text, paras), tokens=tokenize(text), source=source)


def article_from_text(raw: str, source: str | None = None,
                      title: str | None = None) -> Article:
    """An article from pasted text: furniture removed, title picked, body paragraphs kept.

    `title` is the headline when the text comes with one (an archive record's title field): it is
    then not guessed from the text, and a line repeating it is dropped from the body.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
    if not raw.strip():
        raise LoadError("There is no text to read.")
    if raw.lstrip()[:1] == "<" and _looks_like_html(raw):
        return article_from_html(raw, source)
    cleaned = clean_lines(raw.split("\n"), title_hint=title)
    return build_article(cleaned.title, cleaned.paragraphs, source)


def article_from_html(html: str, source: str | None = None) -> Article:
    from extract.html_extract import extract_html

    title, lines = extract_html(html)
    if not lines:
        raise LoadError("No article text was found in this web page.")
    cleaned = clean_lines(lines, title_hint=title)
    return build_article(cleaned.title, cleaned.paragraphs, source)


def article_from_docx(path: Path | str | IO[bytes], name: str | None = None,
                      source: str | None = None) -> Article:
    """A Word document, from its path or an open binary file (`name` then says which file)."""
    import docx  # python-docx
    from docx.opc.exceptions import OpcError

    if isinstance(path, str | Path):
        name, source = name or Path(path).name, source or str(path)
        path = str(path)
    name = name or "the document"
    try:
        document = docx.Document(path)
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError) as exc:
        raise LoadError(f"{name} is not a readable Word document.") from exc
    lines = [p.text for p in document.paragraphs]
    title = (document.core_properties.title or "").strip() or None
    if not any(line.strip() for line in lines):
        raise LoadError(f"{name} has no text.")
    cleaned = clean_lines(lines, title_hint=title)
    return build_article(cleaned.title, cleaned.paragraphs, source)


def load_path(path: str | Path) -> Article:
    """Load a file by its kind; raises LoadError with a clear message for anything unreadable."""
    p = Path(path)
    try:
        if not p.exists():
            raise LoadError(f"{p} does not exist.")
        if p.is_dir():
            raise LoadError(f"{p} is a folder, not a file.")
        size = p.stat().st_size
        _check_size(size, p.name)
        if p.suffix.lower() == ".docx":
            return article_from_docx(p)
        return load_bytes(p.read_bytes(), p.name, str(p))
    except LoadError:
        raise
    except OSError as exc:
        raise LoadError(f"{p.name} could not be read: {exc.strerror or exc}.") from exc


def load_bytes(data: bytes, name: str, source: str | None = None) -> Article:
    """A file's content read elsewhere (a member of a .zip archive), loaded by the kind its
    `name` says, exactly as `load_path` loads the file itself."""
    _check_size(len(data), name)
    suffix = Path(name).suffix.lower()
    if suffix == ".docx":
        return article_from_docx(io.BytesIO(data), name, source)
    if suffix in {".doc", ".pdf", ".odt", ".rtf"}:
        raise LoadError(f"{name}: {suffix} files are not supported; "
                        "save it as .docx, .txt or .html.")
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        raise LoadError(f"{name}: {exc}.") from exc
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        return article_from_html(text, source)
    article = article_from_text(text, source)
    if not article.text:
        raise LoadError(f"{name} has no article text.")
    return article


def _check_size(size: int, name: str) -> None:
    if size == 0:
        raise LoadError(f"{name} is empty.")
    if size > MAX_BYTES:
        raise LoadError(f"{name} is too large ({size / 1e6:.0f} MB; the limit is "
                        f"{MAX_BYTES // (1024 * 1024)} MB).")


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)
