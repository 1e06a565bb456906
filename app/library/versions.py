"""One article, many copies: finding an edited copy of a stored article, and its older texts.

A journalist gets the same article again from another folder, as a re-paste, or with a few words
changed. Such a copy has another text hash, so it is compared with the stored articles of the same
title by the Jaccard similarity of their word 2-shingles (pairs of words); at or above
`SIMILAR_JACCARD` it is the same article, stored as its new version: the text before it is
kept in `article_versions` (the reader can show it) and the notes are re-anchored on the new
text.

A plain shingle set is enough at library scale: only articles sharing the title (an indexed
lookup) are compared, so there is no need for MinHash's sketches
(`bench/bench_versions.py` measures it on the 12,824 corpus articles).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import sqlite_utils

from app.library.db import Library, LibraryError

SIMILAR_JACCARD = 0.8
# Word pairs rather than triples: on 500 corpus articles with five words changed, pairs find 90%
# of the copies and triples 74%; among the corpus's same-titled articles the pairs merge 20 more,
# each one looked at the same story republished (bench/bench_versions.py).
SHINGLE_WORDS = 2
# Only so many same-titled articles are compared (a recurring headline such as «أخبار اليوم»).
MAX_CANDIDATES = 50
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class Version:
    """An older text of an article: what it was, where it came from and when it was replaced."""
    id: int
    article_id: int
    title: str | None
    text: str
    source: str | None
    stored: str
    replaced: str


def shingles(text: str) -> frozenset[int]:
    """The hashed word 2-shingles of `text` (case, composition and punctuation ignored)."""
    words = _WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(words) < SHINGLE_WORDS:
        return frozenset({hash(" ".join(words))}) if words else frozenset()
    return frozenset(hash(" ".join(words[i:i + SHINGLE_WORDS]))
                     for i in range(len(words) - SHINGLE_WORDS + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def find_similar(db: sqlite_utils.Database, title: str | None, text: str) -> int | None:
    """The stored article of the same title (as imported or as shown) whose text is most like
    `text`, at a Jaccard similarity of at least 0.8; None when there is none."""
    if not title:
        return None
    rows = db.execute("SELECT id, text FROM articles WHERE title = ? OR import_title = ?"
                      " ORDER BY id DESC LIMIT ?", [title, title, MAX_CANDIDATES]).fetchall()
    if not rows:
        return None
    mine = shingles(text)
    best_id, best = None, SIMILAR_JACCARD
    for article_id, other in rows:
        score = jaccard(mine, shingles(other))
        if score >= best:
            best_id, best = article_id, score
    return best_id


def version_holding(db: sqlite_utils.Database, digest: str) -> int | None:
    """The article one of whose older versions has this text hash (re-importing an old copy)."""
    row = db.execute("SELECT article_id FROM article_versions WHERE content_hash = ? LIMIT 1",
                     [digest]).fetchone()
    return row[0] if row else None


def keep_version(db: sqlite_utils.Database, article_id: int, replaced: str) -> None:
    """Save the article's current text as an older version before it is replaced."""
    db.execute("INSERT INTO article_versions (article_id, title, text, source, content_hash,"
               " stored, replaced) SELECT id, title, text, source, content_hash, updated, ?"
               " FROM articles WHERE id = ?", [replaced, article_id])


def list_versions(lib: Library, article_id: int) -> list[Version]:
    """The article's older texts, newest first."""
    with lib.reading() as db:
        rows = db.execute("SELECT id, article_id, title, text, source, stored, replaced"
                          " FROM article_versions WHERE article_id = ? ORDER BY id DESC",
                          [article_id]).fetchall()
    return [Version(*row) for row in rows]


def get_version(lib: Library, version_id: int) -> Version:
    with lib.reading() as db:
        row = db.execute("SELECT id, article_id, title, text, source, stored, replaced"
                         " FROM article_versions WHERE id = ?", [version_id]).fetchone()
    if row is None:
        raise LibraryError(f"There is no version {version_id} in the library.")
    return Version(*row)
