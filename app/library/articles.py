"""Articles: add (deduplicated by content), re-import (text replaced, notes re-anchored), delete.

An article is identified by a hash of its text, so importing the same article twice - from the
same file, a copy, or pasted - gives one article. Importing a changed version of the same source
(a file whose cleaning improved, a page saved again) replaces the text: the cached analysis is
dropped and span notes are re-anchored by their quote and context, or kept as detached.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from app.library.db import Library, LibraryError, now_iso, storable

_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    title: str | None
    text: str
    source: str | None
    published: str | None
    imported: str
    updated: str


@dataclass(frozen=True)
class AddResult:
    article_id: int
    status: Literal["added", "duplicate", "updated"]
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


def add_article(lib: Library, title: str | None, text: str, source: str | None = None,
                published: str | None = None) -> AddResult:
    """Store an article (one transaction). Same text again -> 'duplicate'; new text for a source
    already in the library -> 'updated' (its notes re-anchored); otherwise 'added'."""
    from app.library.analyses import clear_analysis
    from app.library.notes import reanchor_notes
    from app.library.search import index_article

    if not text or not text.strip():
        raise LibraryError("The article has no text, so it was not added.")
    text, title = storable(text), storable(title) if title else title
    digest = content_hash(text)
    now = now_iso()
    title = (title or "").strip() or None
    with lib.writing() as db:
        row = db.execute("SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
        if row:
            return AddResult(row[0], "duplicate")
        if source:
            row = db.execute("SELECT id FROM articles WHERE source = ? ORDER BY id DESC LIMIT 1",
                             [source]).fetchone()
            if row:
                article_id = row[0]
                db.execute(
                    "UPDATE articles SET title = coalesce(?, title), text = ?, content_hash = ?,"
                    " published = coalesce(?, published), updated = ? WHERE id = ?",
                    [title, text, digest, published, now, article_id])
                clear_analysis(db, article_id)
                new_title = db.execute("SELECT title FROM articles WHERE id = ?",
                                       [article_id]).fetchone()[0]
                index_article(db, article_id, new_title, text)
                detached = reanchor_notes(db, article_id, text)
                return AddResult(article_id, "updated", detached)
        cursor = db.execute(
            "INSERT INTO articles (title, text, source, published, imported, updated, content_hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", [title, text, source, published, now, now, digest])
        article_id = int(cursor.lastrowid)
        index_article(db, article_id, title, text)
        return AddResult(article_id, "added")


def get_article(lib: Library, article_id: int) -> ArticleRecord:
    """The stored article; LibraryError if there is none with that id."""
    with lib.reading() as db:
        row = db.execute(
            "SELECT id, title, text, source, published, imported, updated FROM articles"
            " WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise LibraryError(f"There is no article {article_id} in the library.", "no_article")
    return ArticleRecord(*row)


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
