"""Tags on notes and articles. A tag is matched in its normalised form, so «أخبار» and «اخبار»
are one tag; the first spelling used is the one shown."""

from __future__ import annotations

import sqlite_utils

from app.library.db import Library, LibraryError
from extract.normalize import normalize


def tag_key(name: str) -> str:
    return " ".join(normalize(name).split())


def tag_note(lib: Library, note_id: int, name: str) -> None:
    with lib.writing() as db:
        if db.execute("SELECT 1 FROM notes WHERE id = ?", [note_id]).fetchone() is None:
            raise LibraryError(f"There is no note {note_id}.")
        db.execute("INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)",
                   [note_id, _tag_id(db, name)])


def untag_note(lib: Library, note_id: int, name: str) -> None:
    with lib.writing() as db:
        db.execute("DELETE FROM note_tags WHERE note_id = ? AND tag_id ="
                   " (SELECT id FROM tags WHERE name_norm = ?)", [note_id, tag_key(name)])


def tag_article(lib: Library, article_id: int, name: str) -> None:
    with lib.writing() as db:
        if db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is None:
            raise LibraryError(f"There is no article {article_id} in the library.")
        db.execute("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                   [article_id, _tag_id(db, name)])


def untag_article(lib: Library, article_id: int, name: str) -> None:
    with lib.writing() as db:
        db.execute("DELETE FROM article_tags WHERE article_id = ? AND tag_id ="
                   " (SELECT id FROM tags WHERE name_norm = ?)", [article_id, tag_key(name)])


def article_tags(lib: Library, article_id: int) -> list[str]:
    with lib.reading() as db:
        return [r[0] for r in db.execute(
            "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
            " WHERE at.article_id = ? ORDER BY t.name", [article_id])]


def all_tags(lib: Library) -> list[tuple[str, int]]:
    """Every tag some note or article carries, with how many carry it."""
    with lib.reading() as db:
        return [(r[0], r[1]) for r in db.execute(
            "SELECT t.name, (SELECT count(*) FROM note_tags WHERE tag_id = t.id)"
            " + (SELECT count(*) FROM article_tags WHERE tag_id = t.id)"
            " FROM tags t ORDER BY t.name") if r[1] > 0]


def _tag_id(db: sqlite_utils.Database, name: str) -> int:
    key = tag_key(name)
    if not key:
        raise LibraryError("A tag needs a name.")
    db.execute("INSERT OR IGNORE INTO tags (name, name_norm) VALUES (?, ?)", [name.strip(), key])
    return db.execute("SELECT id FROM tags WHERE name_norm = ?", [key]).fetchone()[0]
