"""Notes on an article, on a span of its text, or on a speaker or entity - and keeping them placed.

A span note stores its offsets plus the quoted text and a short prefix and suffix (the W3C Web
Annotation "TextQuoteSelector" idea), so when the article text changes it can be found again by
quote and context. A note that cannot be placed is kept and marked detached - never dropped.
Edits are saved as the user types: `update_note_body` is one small committed transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

import sqlite_utils

from app.library.db import Library, LibraryError, now_iso, storable
from app.library.search import index_note, name_key, unindex_note
from extract.normalize import NormalizedView, normalize

CONTEXT_CHARS = 32
NoteKind = Literal["article", "span", "speaker", "entity"]
_COLUMNS = ("id, article_id, kind, start, \"end\", quote, prefix, suffix, target_name, body, "
            "detached, created, updated")


@dataclass
class Note:
    id: int
    article_id: int | None
    kind: str
    start: int | None
    end: int | None
    quote: str | None
    prefix: str | None
    suffix: str | None
    target_name: str | None
    body: str
    detached: bool
    created: str
    updated: str
    tags: list[str] = field(default_factory=list)


def add_article_note(lib: Library, article_id: int, body: str = "") -> int:
    """A note about the whole article."""
    with lib.writing() as db:
        _require_article(db, article_id)
        return _insert(db, article_id=article_id, kind="article", body=body)


def add_span_note(lib: Library, article_id: int, start: int, end: int, body: str = "") -> int:
    """A note on text[start:end] of the article, anchored by quote and context."""
    with lib.writing() as db:
        text = _require_article(db, article_id)
        if not (0 <= start < end <= len(text)):
            raise LibraryError("The selected text is outside the article; the note was not added.")
        if not text[start:end].strip():
            raise LibraryError("Select some words to attach the note to.")
        return _insert(db, article_id=article_id, kind="span", start=start, end=end,
                       quote=text[start:end], prefix=text[max(0, start - CONTEXT_CHARS):start],
                       suffix=text[end:end + CONTEXT_CHARS], body=body)


def add_target_note(lib: Library, kind: Literal["speaker", "entity"], name: str, body: str = "",
                    article_id: int | None = None) -> int:
    """A note on a speaker or entity by name; library-wide when `article_id` is None."""
    if kind not in ("speaker", "entity"):
        raise ValueError(kind)
    if not name.strip():
        raise LibraryError("A speaker or entity note needs a name.")
    with lib.writing() as db:
        if article_id is not None:
            _require_article(db, article_id)
        return _insert(db, article_id=article_id, kind=kind, target_name=name.strip(),
                       target_norm=name_key(name), body=body)


def update_note_body(lib: Library, note_id: int, body: str) -> None:
    """Save the note's text now (called as the user types, debounced): one committed write."""
    body = storable(body)
    with lib.writing() as db:
        cursor = db.execute("UPDATE notes SET body = ?, updated = ? WHERE id = ?",
                            [body, now_iso(), note_id])
        if cursor.rowcount == 0:
            raise LibraryError(f"The note {note_id} no longer exists; its text was not saved.")
        unindex_note(db, note_id)
        index_note(db, note_id, body)


def delete_note(lib: Library, note_id: int) -> None:
    with lib.writing() as db:
        unindex_note(db, note_id)
        db.execute("DELETE FROM notes WHERE id = ?", [note_id])


def get_note(lib: Library, note_id: int) -> Note:
    with lib.reading() as db:
        row = db.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", [note_id]).fetchone()
        if row is None:
            raise LibraryError(f"There is no note {note_id}.")
        return _with_tags(db, [_note(row)])[0]


def notes_for_article(lib: Library, article_id: int) -> list[Note]:
    """Every note of the article (detached ones included, flagged), in text order."""
    with lib.reading() as db:
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM notes WHERE article_id = ?"
            " ORDER BY detached, coalesce(start, -1), id", [article_id]).fetchall()
        return _with_tags(db, [_note(r) for r in rows])


def notes_for_target(lib: Library, kind: Literal["speaker", "entity"], name: str) -> list[Note]:
    """Notes on the speaker or entity called `name`, across the library."""
    with lib.reading() as db:
        rows = db.execute(f"SELECT {_COLUMNS} FROM notes WHERE kind = ? AND target_norm = ?"
                          " ORDER BY id", [kind, name_key(name)]).fetchall()
        return _with_tags(db, [_note(r) for r in rows])


def detached_notes(lib: Library) -> list[Note]:
    """Notes whose text could not be found again (or whose article was deleted)."""
    with lib.reading() as db:
        rows = db.execute(f"SELECT {_COLUMNS} FROM notes WHERE detached = 1 ORDER BY id").fetchall()
        return _with_tags(db, [_note(r) for r in rows])


def reanchor_notes(db: sqlite_utils.Database, article_id: int, text: str) -> int:
    """Place the article's span notes on its new `text` (inside the caller's transaction).

    Returns how many notes are now detached.
    """
    rows = db.execute("SELECT id, start, quote, prefix, suffix FROM notes"
                      " WHERE article_id = ? AND kind = 'span'", [article_id]).fetchall()
    detached = 0
    now = now_iso()
    views: list[NormalizedView] = []  # built once, only if some quote needs fuzzy matching
    for note_id, start, quote, prefix, suffix in rows:
        found = locate_quote(text, quote or "", prefix or "", suffix or "", start or 0, views)
        if found is None:
            detached += 1
            db.execute("UPDATE notes SET detached = 1, updated = ? WHERE id = ?", [now, note_id])
        else:
            s, e = found
            db.execute(
                "UPDATE notes SET start = ?, \"end\" = ?, quote = ?, prefix = ?, suffix = ?,"
                " detached = 0, updated = ? WHERE id = ?",
                [s, e, text[s:e], text[max(0, s - CONTEXT_CHARS):s], text[e:e + CONTEXT_CHARS],
                 now, note_id])
    return detached


def locate_quote(text: str, quote: str, prefix: str, suffix: str, hint: int,
                 views: list[NormalizedView] | None = None) -> tuple[int, int] | None:
    """Where `quote` now stands in `text`: exactly, else ignoring diacritics/spelling/white space.

    With several candidates the one whose surroundings best match `prefix`/`suffix` wins, then
    the one nearest the old position `hint`. None when the quote is gone.
    """
    if not quote.strip():
        return None
    spans = []
    pos = text.find(quote)
    while pos >= 0:
        spans.append((pos, pos + len(quote)))
        pos = text.find(quote, pos + 1)
    if not spans:
        words = normalize(quote).split()
        if not words:
            return None
        if views is None:
            views = []
        if not views:
            views.append(NormalizedView(text))
        view = views[0]
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
        spans = [view.orig_span(m.start(), m.end()) for m in pattern.finditer(view.norm)]
    if not spans:
        return None

    def score(span: tuple[int, int]) -> tuple[int, int]:
        s, e = span
        return (_common_suffix(prefix, text[max(0, s - len(prefix)):s])
                + _common_prefix(suffix, text[e:e + len(suffix)]), -abs(s - hint))

    return max(spans, key=score)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _require_article(db: sqlite_utils.Database, article_id: int) -> str:
    row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise LibraryError(f"There is no article {article_id} in the library.")
    return row[0]


def _insert(db: sqlite_utils.Database, **values: object) -> int:
    now = now_iso()
    values["body"] = storable(str(values.get("body") or ""))
    values.update(created=now, updated=now)
    columns = ", ".join(f'"{k}"' for k in values)
    marks = ", ".join("?" for _ in values)
    cursor = db.execute(f"INSERT INTO notes ({columns}) VALUES ({marks})", list(values.values()))
    note_id = int(cursor.lastrowid)
    index_note(db, note_id, str(values["body"]))
    return note_id


def _note(row: tuple) -> Note:
    return Note(*row[:10], bool(row[10]), row[11], row[12])


def _with_tags(db: sqlite_utils.Database, notes: list[Note]) -> list[Note]:
    for note in notes:
        note.tags = [r[0] for r in db.execute(
            "SELECT t.name FROM note_tags nt JOIN tags t ON t.id = nt.tag_id"
            " WHERE nt.note_id = ? ORDER BY t.name", [note.id])]
    return notes
