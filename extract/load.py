"""Load an article from pasted text or a file (.txt, .html/.htm, .docx) into an `Article`.

Every failure is a `LoadError` whose message can be shown to the user as it is.
"""

from __future__ import annotations

from pathlib import Path

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


def article_from_text(raw: str, source: str | None = None) -> Article:
    """An article from pasted text: furniture removed, title picked, body paragraphs kept."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
    if not raw.strip():
        raise LoadError("There is no text to read.")
    if raw.lstrip()[:1] == "<" and _looks_like_html(raw):
        return article_from_html(raw, source)
    cleaned = clean_lines(raw.split("\n"))
    return build_article(cleaned.title, cleaned.paragraphs, source)


def article_from_html(html: str, source: str | None = None) -> Article:
    from extract.html_extract import extract_html

    title, lines = extract_html(html)
    if not lines:
        raise LoadError("No article text was found in this web page.")
    cleaned = clean_lines(lines, title_hint=title)
    return build_article(cleaned.title, cleaned.paragraphs, source)


def article_from_docx(path: Path) -> Article:
    import zipfile

    import docx  # python-docx
    from docx.opc.exceptions import OpcError

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError) as exc:
        raise LoadError(f"{path.name} is not a readable Word document.") from exc
    lines = [p.text for p in document.paragraphs]
    title = (document.core_properties.title or "").strip() or None
    if not any(line.strip() for line in lines):
        raise LoadError(f"{path.name} has no text.")
    cleaned = clean_lines(lines, title_hint=title)
    return build_article(cleaned.title, cleaned.paragraphs, str(path))


def load_path(path: str | Path) -> Article:
    """Load a file by its kind; raises LoadError with a clear message for anything unreadable."""
    p = Path(path)
    try:
        if not p.exists():
            raise LoadError(f"{p} does not exist.")
        if p.is_dir():
            raise LoadError(f"{p} is a folder, not a file.")
        size = p.stat().st_size
        if size == 0:
            raise LoadError(f"{p.name} is empty.")
        if size > MAX_BYTES:
            raise LoadError(f"{p.name} is too large ({size / 1e6:.0f} MB; the limit is "
                            f"{MAX_BYTES // (1024 * 1024)} MB).")
        suffix = p.suffix.lower()
        if suffix == ".docx":
            return article_from_docx(p)
        data = p.read_bytes()
        if suffix in {".doc", ".pdf", ".odt", ".rtf"}:
            raise LoadError(f"{p.name}: {suffix} files are not supported; "
                            "save it as .docx, .txt or .html.")
        try:
            text = decode_bytes(data)
        except DecodeError as exc:
            raise LoadError(f"{p.name}: {exc}.") from exc
        if suffix in HTML_SUFFIXES or _looks_like_html(text):
            return article_from_html(text, str(p))
        article = article_from_text(text, str(p))
        if not article.text:
            raise LoadError(f"{p.name} has no article text.")
        return article
    except LoadError:
        raise
    except OSError as exc:
        raise LoadError(f"{p.name} could not be read: {exc.strerror or exc}.") from exc


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)
