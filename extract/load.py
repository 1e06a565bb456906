"""Load an article from pasted text or a file (.txt, .html/.htm, .docx, .odt, .rtf, .pdf) into an
`Article`.

Every failure is a `LoadError` whose message can be shown to the user as it is.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import IO

from extract.clean import clean_lines
from extract.decode import MAX_BYTES, DecodeError, decode_bytes
from extract.document import Article, ArticleMeta
from extract.errors import LoadError
from extract.segment import paragraph_spans, sentence_spans
from extract.tokens import tokenize

__all__ = ["LoadError", "article_from_text", "article_from_html", "article_from_docx",
           "article_from_pdf", "article_from_ocr", "article_from_odt", "article_from_rtf",
           "build_article", "load_path"]

PARAGRAPH_SEPARATOR = "\n\n"
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".odt", ".rtf"}


def build_article(title: str | None, paragraphs: list[str], source: str | None = None,
                  pages: list[int] | None = None, meta: ArticleMeta | None = None) -> Article:
    """Assemble the display text from paragraphs and index it (paragraphs, sentences, tokens).

    `pages`, when given, is the page of each of `paragraphs`; it is kept on the article only if
    it still lines up with the paragraphs found in the text.
    """
    kept = [(p.strip(), pages[i] if pages else 0) for i, p in enumerate(paragraphs) if p.strip()]
    text = PARAGRAPH_SEPARATOR.join(p for p, _ in kept)
    paras = paragraph_spans(text)
    article_pages = [page for _, page in kept] if pages else None
    if article_pages is not None and len(article_pages) != len(paras):
        article_pages = None
    return Article(title=title, text=text, paragraphs=paras,
                   sentences=sentence_spans(text, paras), tokens=tokenize(text), source=source,
                   pages=article_pages, meta=meta)


def article_from_text(raw: str, source: str | None = None,
                      title: str | None = None) -> Article:
    """An article from pasted text: furniture removed, title picked, body paragraphs kept.

    `title` is the headline when the text comes with one (an archive record's title field): it is
    then not guessed from the text, and a line repeating it is dropped from the body.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
    if not raw.strip():
        raise LoadError("There is no text to read.", "no_text_pasted")
    if raw.lstrip()[:1] == "<" and _looks_like_html(raw):
        return article_from_html(raw, source)
    from extract.metadata import byline_date, make_meta

    lines = raw.split("\n")
    cleaned = clean_lines(lines, title_hint=title)
    return build_article(cleaned.title, cleaned.paragraphs, source,
                         meta=make_meta(date=byline_date(lines)))


def article_from_html(html: str, source: str | None = None) -> Article:
    from extract.html_extract import extract_html
    from extract.metadata import html_metadata

    title, lines = extract_html(html)
    if not lines:
        raise LoadError("No article text was found in this web page.", "no_text_html")
    cleaned = clean_lines(lines, title_hint=title)
    return build_article(cleaned.title, cleaned.paragraphs, source, meta=html_metadata(html))


def article_from_docx(path: Path | str | IO[bytes], name: str | None = None,
                      source: str | None = None) -> Article:
    """A Word document, from its path or an open binary file (`name` then says which file)."""
    import zipfile

    import docx  # python-docx
    from docx.opc.exceptions import OpcError

    if isinstance(path, str | Path):
        name, source = name or Path(path).name, source or str(path)
        path = str(path)
    name = name or "the document"
    try:
        document = docx.Document(path)
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError) as exc:
        raise LoadError(f"{name} is not a readable Word document.", "bad_docx", name=name) from exc
    lines = [p.text for p in document.paragraphs]
    title = (document.core_properties.title or "").strip() or None
    if not any(line.strip() for line in lines):
        raise LoadError(f"{name} has no text.", "no_text", name=name)
    cleaned = clean_lines(lines, title_hint=title)
    props = document.core_properties
    created = props.created.date().isoformat() if props.created else None
    return build_article(cleaned.title, cleaned.paragraphs, source,
                         meta=_document_meta(props.author, created, lines))


def _document_meta(author: str | None, date: str | None, lines: list[str]) -> ArticleMeta | None:
    """A document's properties, with a date in its byline preferred to the file's creation."""
    from extract.metadata import byline_date, make_meta

    return make_meta(date=byline_date(lines) or date, author=author)


def article_from_pdf(path: Path) -> Article:
    """A PDF with a text layer: paragraphs in reading order, each with its page.

    A scan raises extract.pdf.ScannedPdfError (a LoadError) saying so.
    """
    from extract.pdf import read_pdf

    pdf = read_pdf(path)
    lines = [p.text for p in pdf.paragraphs]
    cleaned = clean_lines(lines, title_hint=_title_in(pdf.title, lines))
    pages = _pages_of(cleaned.paragraphs, lines, [p.page for p in pdf.paragraphs])
    if not cleaned.paragraphs:
        raise LoadError(f"{path.name} has no article text.", "no_article_text",
                        name=path.name)
    return build_article(cleaned.title, cleaned.paragraphs, str(path), pages=pages,
                         meta=_document_meta(pdf.author, pdf.date, lines))


def article_from_ocr(path: Path, progress=None, cancel=None) -> Article:
    """A scanned PDF read by Tesseract (extract.ocr.ocr_pdf: progress(done, total) per page,
    cancel() checked between and during pages). Run it on a worker thread: a page takes seconds.
    """
    from extract.ocr import ocr_pdf

    paragraphs = ocr_pdf(path, progress=progress, cancel=cancel)
    lines = [p.text for p in paragraphs]
    if not any(line.strip() for line in lines):
        raise LoadError(f"OCR found no text in {path.name}.", "ocr_no_text", name=path.name)
    cleaned = clean_lines(lines)
    pages = _pages_of(cleaned.paragraphs, lines, [p.page for p in paragraphs])
    return build_article(cleaned.title, cleaned.paragraphs, str(path), pages=pages)


def _title_in(title: str | None, lines: list[str]) -> str | None:
    """The document's Title property, when it is the headline printed at the top (producers
    often fill it with a file name or "Microsoft Word - ...")."""
    if not title:
        return None
    wanted = " ".join(title.split())
    return title if any(" ".join(line.split()) == wanted for line in lines[:3]) else None


def _pages_of(kept: list[str], lines: list[str], pages: list[int]) -> list[int] | None:
    """The page of each kept paragraph: cleaning keeps paragraphs verbatim and in order."""
    out: list[int] = []
    i = 0
    for para in kept:
        while i < len(lines) and lines[i].strip() != para.strip():
            i += 1
        if i == len(lines):
            return None
        out.append(pages[i])
        i += 1
    return out


def article_from_odt(path: Path) -> Article:
    from extract.odt import read_odt

    document = read_odt(path)
    if not any(line.strip() for line in document.paragraphs):
        raise LoadError(f"{path.name} has no text.", "no_text", name=path.name)
    title = _title_in(document.properties.get("title"), document.paragraphs)
    cleaned = clean_lines(document.paragraphs, title_hint=title)
    props = document.properties
    return build_article(cleaned.title, cleaned.paragraphs, str(path),
                         meta=_document_meta(props.get("author"), props.get("date"),
                                             document.paragraphs))


def article_from_rtf(path: Path, data: bytes) -> Article:
    """An .rtf file (striprtf: code pages from \\ansicpg and font charsets, \\u escapes)."""
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip().startswith(b"{\\rtf"):
        raise LoadError(f"{path.name} is not an RTF document.", "bad_rtf", name=path.name)
    try:
        text = rtf_to_text(data.decode("latin-1"), errors="replace")
    except (ValueError, IndexError, LookupError) as exc:
        raise LoadError(f"{path.name} is a damaged RTF document.", "bad_rtf",
                        name=path.name) from exc
    lines = text.replace("\r\n", "\n").split("\n")
    if not any(line.strip() for line in lines):
        raise LoadError(f"{path.name} has no text.", "no_text", name=path.name)
    cleaned = clean_lines(lines)
    return build_article(cleaned.title, cleaned.paragraphs, str(path))


def load_path(path: str | Path) -> Article:
    """Load a file by its kind; raises LoadError with a clear message for anything unreadable."""
    p = Path(path)
    try:
        if not p.exists():
            raise LoadError(f"{p} does not exist.", "missing", name=str(p))
        if p.is_dir():
            raise LoadError(f"{p} is a folder, not a file.", "folder", name=str(p))
        size = p.stat().st_size
        _check_size(size, p.name)
        if p.suffix.lower() == ".docx":
            return article_from_docx(p)
        suffix = p.suffix.lower()
        if suffix == ".pdf":
            return article_from_pdf(p)
        if suffix == ".odt":
            return article_from_odt(p)
        return load_bytes(p.read_bytes(), p.name, str(p))
    except LoadError:
        raise
    except OSError as exc:
        raise LoadError(f"{p.name} could not be read: {exc.strerror or exc}.", "unreadable",
                        name=p.name, reason=exc.strerror or str(exc), errno=exc.errno) from exc


def load_bytes(data: bytes, name: str, source: str | None = None) -> Article:
    """A file's content read elsewhere (a member of a .zip archive), loaded by the kind its
    `name` says, exactly as `load_path` loads the file itself."""
    _check_size(len(data), name)
    suffix = Path(name).suffix.lower()
    if suffix == ".docx":
        return article_from_docx(io.BytesIO(data), name, source)
    if suffix in {".pdf", ".odt"}:  # their readers take a file: a member of an archive is copied
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / Path(name).name
            copy.write_bytes(data)
            article = article_from_pdf(copy) if suffix == ".pdf" else article_from_odt(copy)
        article.source = source
        return article
    if suffix == ".rtf":
        article = article_from_rtf(Path(name), data)
        article.source = source
        return article
    if suffix == ".doc":
        raise LoadError(f"{name}: {suffix} files are not supported; "
                        "save it as .docx, .odt, .rtf, .pdf, .txt or .html.", "unsupported",
                        name=name, suffix=suffix)
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        raise LoadError(f"{name}: {exc}.", exc.kind, name=name) from exc
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        return article_from_html(text, source)
    article = article_from_text(text, source)
    if not article.text:
        raise LoadError(f"{name} has no article text.", "no_article_text", name=name)
    return article


def _check_size(size: int, name: str) -> None:
    if size == 0:
        raise LoadError(f"{name} is empty.", "empty", name=name)
    if size > MAX_BYTES:
        raise LoadError(f"{name} is too large ({size / 1e6:.0f} MB; the limit is "
                        f"{MAX_BYTES // (1024 * 1024)} MB).", "too_large", name=name,
                        size_mb=round(size / 1e6), limit_mb=MAX_BYTES // (1024 * 1024))


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)
