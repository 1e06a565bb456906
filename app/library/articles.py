"""Articles: add (deduplicated by content), re-import (text replaced, notes re-anchored), edit
their details, delete.

An article is identified by a hash of its text, so importing the same article twice - from the
same file, a copy, or pasted - gives one article. Importing a changed version of the same source
(a file whose cleaning improved, a page saved again) or an edited copy of it (same title, similar
text: `app.library.versions`) replaces the text and keeps the older one as a version: the cached
analysis is dropped and span notes are re-anchored by their quote and context, or kept as
detached. The article's own URL, date, author and outlet are stored with it; the ones the user
edited are never overwritten by a re-import.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from app.library.db import Library, LibraryError, now_iso, storable
from extract.document import Article, ArticleMeta

_SPACE_RE = re.compile(r"\s+")


# The fields of an article the user may edit; edited ones are kept when the article is imported
# again (`edited` in the articles table).
META_FIELDS = ("title", "published", "url", "author", "outlet")


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    title: str | None
    text: str
    source: str | None  # where it was read from: a file path or a web address
    published: str | None  # the article's publication date (ISO), when known
    imported: str
    updated: str
    url: str | None = None  # the article's own web address (a saved page's canonical URL)
    author: str | None = None
    outlet: str | None = None
    edited: frozenset[str] = frozenset()
    page_starts: tuple[tuple[int, int], ...] = ()  # (offset, page) where each page starts

    def meta(self) -> dict[str, str | None]:
        return {"title": self.title, "published": self.published, "url": self.url,
                "author": self.author, "outlet": self.outlet}

    def page_at(self, offset: int) -> int | None:
        """The page of the text at `offset`, for an article read from a paged document."""
        if not self.page_starts:
            return None
        i = bisect_right([start for start, _ in self.page_starts], offset) - 1
        return self.page_starts[max(i, 0)][1]


@dataclass(frozen=True)
class AddResult:
    article_id: int
    # added: new; duplicate: this text was already stored; updated: new text for the same source;
    # version: an edited copy of a stored article (same title, similar text), its new version.
    status: Literal["added", "duplicate", "updated", "version"]
    detached_notes: int = 0


def content_hash(text: str) -> str:
    """The article's identity: its text, ignoring Unicode composition and white-space layout.

    Hashed line by line (the words of the whole text joined by single spaces), so a megabyte
    article never holds the GIL in one long C call while the window is drawing.
    """
    digest = hashlib.sha256()
    separator = b""
    for line in text.splitlines():
        words = unicodedata.normalize("NFC", line).split()
        if words:
            digest.update(separator + " ".join(words).encode("utf-8"))
            separator = b" "
    return digest.hexdigest()


def page_starts_of(article: Article) -> list[tuple[int, int]] | None:
    """Where each page of a paged document (PDF) starts in the article's text."""
    if not article.pages:
        return None
    starts: list[tuple[int, int]] = []
    for span, page in zip(article.paragraphs, article.pages, strict=False):
        if not starts or starts[-1][1] != page:
            starts.append((span.start, page))
    return starts


def add_article(lib: Library, title: str | None, text: str, source: str | None = None,
                published: str | None = None, *, meta: ArticleMeta | None = None,
                page_starts: list[tuple[int, int]] | None = None) -> AddResult:
    """Store an article (one transaction). Same text again -> 'duplicate'; new text for a source
    already in the library -> 'updated'; an edited copy of a stored article (same title, word
    shingles' Jaccard >= 0.8) -> 'version'; otherwise 'added'. An updated article keeps its older
    text as a version and its notes are re-anchored. `meta` (the article's own URL, date, author,
    outlet) fills the fields the user did not edit."""
    from app.library.analyses import clear_analysis
    from app.library.notes import reanchor_notes
    from app.library.search import index_article
    from app.library.versions import find_similar, keep_version, version_holding

    if not text or not text.strip():
        raise LibraryError("The article has no text, so it was not added.")
    text, title = storable(text), storable(title) if title else title
    digest = content_hash(text)
    now = now_iso()
    title = (title or "").strip() or None
    values = _meta_values(title, published, meta)
    pages = json.dumps(page_starts) if page_starts else None
    with lib.writing() as db:
        row = db.execute("SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
        if row is None:
            old = version_holding(db, digest)
            row = (old,) if old is not None else None
        if row:
            _fill_meta(db, row[0], values, only_missing=True)
            return AddResult(row[0], "duplicate")
        article_id, status = None, "added"
        if source:
            row = db.execute("SELECT id FROM articles WHERE source = ? ORDER BY id DESC LIMIT 1",
                             [source]).fetchone()
            if row:
                article_id, status = row[0], "updated"
        if article_id is None:
            article_id = find_similar(db, title, text)
            status = "version" if article_id is not None else "added"
        if article_id is not None:
            keep_version(db, article_id, now)
            db.execute("UPDATE articles SET text = ?, content_hash = ?, updated = ?,"
                       " page_starts = ?, import_title = coalesce(?, import_title) WHERE id = ?",
                       [text, digest, now, pages, title, article_id])
            if status == "version" and source:
                db.execute("UPDATE articles SET source = ? WHERE id = ?", [source, article_id])
            _fill_meta(db, article_id, values, only_missing=False)
            clear_analysis(db, article_id)
            new_title = db.execute("SELECT title FROM articles WHERE id = ?",
                                   [article_id]).fetchone()[0]
            index_article(db, article_id, new_title, text)
            detached = reanchor_notes(db, article_id, text)
            return AddResult(article_id, status, detached)
        cursor = db.execute(
            "INSERT INTO articles (title, text, source, published, imported, updated, content_hash,"
            " url, author, outlet, page_starts, import_title)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [title, text, source, values["published"], now, now, digest, values["url"],
             values["author"], values["outlet"], pages, title])
        article_id = int(cursor.lastrowid)
        index_article(db, article_id, title, text)
        return AddResult(article_id, "added")


def _meta_values(title: str | None, published: str | None,
                 meta: ArticleMeta | None) -> dict[str, str | None]:
    def clean(value: str | None) -> str | None:
        return storable(" ".join(value.split())) or None if value else None

    return {"title": title, "published": clean(published or (meta.date if meta else None)),
            "url": clean(meta.url if meta else None),
            "author": clean(meta.author if meta else None),
            "outlet": clean(meta.outlet if meta else None)}


def _fill_meta(db, article_id: int, values: dict[str, str | None], only_missing: bool) -> None:
    """Put the imported metadata in the fields the user did not edit: every field with a value
    (a new version), or only the empty ones (the same text imported again)."""
    row = db.execute(f"SELECT edited, {', '.join(META_FIELDS)} FROM articles WHERE id = ?",
                     [article_id]).fetchone()
    edited = set(row[0].split())
    changes = {}
    for name, current in zip(META_FIELDS, row[1:], strict=True):
        new = values.get(name)
        if name in edited or new is None or new == current:
            continue
        if only_missing and current is not None:
            continue
        changes[name] = new
    if changes:
        assignments = ", ".join(f"{name} = ?" for name in changes)
        db.execute(f"UPDATE articles SET {assignments} WHERE id = ?",
                   [*changes.values(), article_id])


def edit_article(lib: Library, article_id: int, **fields: str | None) -> ArticleRecord:
    """Change the article's title, date, URL, author or outlet as the user wrote them (a blank
    value clears the field); they are marked edited, so a re-import keeps them. A date may be
    written as YYYY-MM-DD (or YYYY-MM, YYYY) or in Arabic («28 آب 2013», «26 شعبان 1440هـ»)."""
    from app.library.search import index_article

    unknown = set(fields) - set(META_FIELDS)
    if unknown:
        raise LibraryError(f"These details cannot be edited: {', '.join(sorted(unknown))}.")
    values = {name: (storable(" ".join(value.split())) or None) if value else None
              for name, value in fields.items()}
    if "published" in values and values["published"]:
        values["published"] = normalise_date(values["published"])
    if not values:
        return get_article(lib, article_id)
    with lib.writing() as db:
        row = db.execute("SELECT edited, text FROM articles WHERE id = ?",
                         [article_id]).fetchone()
        if row is None:
            raise LibraryError(f"There is no article {article_id} in the library.")
        edited = " ".join(sorted(set(row[0].split()) | set(values)))
        assignments = ", ".join(f"{name} = ?" for name in values)
        db.execute(f"UPDATE articles SET {assignments}, edited = ?, updated = ? WHERE id = ?",
                   [*values.values(), edited, now_iso(), article_id])
        if "title" in values:
            index_article(db, article_id, values["title"], row[1])
    return get_article(lib, article_id)


_ISO_DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def normalise_date(value: str) -> str:
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from what the user typed; LibraryError if it is
    not one."""
    from datetime import date

    value = value.strip()
    if _ISO_DATE_RE.fullmatch(value):
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            date(*parts[:3])
        except ValueError:
            pass
        else:
            return value
    from extract.dates import parse_date

    found = parse_date(value)
    if found:
        return found
    raise LibraryError(f"«{value}» is not a date: write it as YYYY-MM-DD, e.g. 2013-08-28.")


def get_article(lib: Library, article_id: int) -> ArticleRecord:
    """The stored article; LibraryError if there is none with that id."""
    with lib.reading() as db:
        row = db.execute(
            "SELECT id, title, text, source, published, imported, updated, url, author, outlet,"
            " edited, page_starts FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise LibraryError(f"There is no article {article_id} in the library.", "no_article")
    *fields, edited, pages = row
    return ArticleRecord(*fields, edited=frozenset(edited.split()),
                         page_starts=tuple(tuple(p) for p in json.loads(pages)) if pages else ())


def list_articles(lib: Library, limit: int = 100, offset: int = 0) -> list[dict]:
    """Newest first: id, title, source, date, note count - what a library list shows."""
    with lib.reading() as db:
        return list(db.query(
            "SELECT a.id, a.title, a.source, coalesce(a.published, a.imported) AS date,"
            " (SELECT count(*) FROM notes n WHERE n.article_id = a.id) AS notes"
            " FROM articles a ORDER BY date DESC, a.id DESC LIMIT ? OFFSET ?", [limit, offset]))


def count_articles(lib: Library) -> int:
    with lib.reading() as db:
        return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def delete_article(lib: Library, article_id: int) -> int:
    """Remove an article; its notes stay (detached, quote kept). Returns how many were detached."""
    from app.library.search import unindex_article

    with lib.writing() as db:
        if db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is None:
            raise LibraryError(f"There is no article {article_id} in the library.", "no_article")
        detached = db.execute(
            "UPDATE notes SET detached = 1, updated = ? WHERE article_id = ?",
            [now_iso(), article_id]).rowcount
        unindex_article(db, article_id)
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        return detached
