"""Numbered schema migrations, tracked in `PRAGMA user_version`.

Migration N brings a library from version N-1 to N. They only ever add to the list: a released
migration is never edited, so every library file upgrades along the same path. Each runs inside the
caller's transaction (SQLite DDL is transactional), so a failed upgrade leaves the file as it was.
"""

from __future__ import annotations

import sqlite3

# Version 1: the first schema.
_V1 = [
    # One row per distinct article text: `content_hash` dedupes imports.
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT,
        text TEXT NOT NULL,
        source TEXT,
        published TEXT,
        imported TEXT NOT NULL,
        updated TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE
    )""",
    "CREATE INDEX articles_source ON articles(source)",
    "CREATE INDEX articles_date ON articles(coalesce(published, imported))",
    # Cached analysis JSON (schema sanad.analysis/1) per article and extractor version.
    """CREATE TABLE analyses (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        extractor_version TEXT NOT NULL,
        created TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (article_id, extractor_version)
    )""",
    # The current analysis flattened into rows, so "every claim by X" is an indexed query.
    """CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_key TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        name_norm TEXT NOT NULL,
        mentions INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX entities_name ON entities(name_norm)",
    "CREATE INDEX entities_article ON entities(article_id)",
    """CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        speaker_key TEXT NOT NULL,
        name TEXT NOT NULL,
        name_norm TEXT NOT NULL,
        entity_key TEXT,
        anonymous INTEGER NOT NULL DEFAULT 0,
        aliases TEXT NOT NULL DEFAULT '[]'
    )""",
    "CREATE INDEX speakers_name ON speakers(name_norm)",
    "CREATE INDEX speakers_article ON speakers(article_id)",
    """CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        claim_key TEXT NOT NULL,
        kind TEXT,
        cue TEXT,
        content TEXT,
        start INTEGER,
        "end" INTEGER,
        speaker_key TEXT,
        speaker_name TEXT,
        speaker_norm TEXT,
        anonymous INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX claims_speaker ON claims(speaker_norm)",
    "CREATE INDEX claims_article ON claims(article_id)",
    # Notes are what users cannot re-create: deleting an article detaches its notes, never drops.
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('article', 'span', 'speaker', 'entity')),
        start INTEGER,
        "end" INTEGER,
        quote TEXT,
        prefix TEXT,
        suffix TEXT,
        target_name TEXT,
        target_norm TEXT,
        body TEXT NOT NULL DEFAULT '',
        detached INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE INDEX notes_article ON notes(article_id)",
    "CREATE INDEX notes_target ON notes(target_norm)",
    """CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_norm TEXT NOT NULL UNIQUE
    )""",
    """CREATE TABLE note_tags (
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (note_id, tag_id)
    )""",
    "CREATE INDEX note_tags_tag ON note_tags(tag_id)",
    """CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, tag_id)
    )""",
    "CREATE INDEX article_tags_tag ON article_tags(tag_id)",
    # The names glossary (filled by app/library/glossary.py).
    """CREATE TABLE glossary (
        id INTEGER PRIMARY KEY,
        arabic TEXT NOT NULL,
        arabic_norm TEXT NOT NULL UNIQUE,
        english TEXT,
        note TEXT,
        created TEXT,
        updated TEXT
    )""",
    # Full-text search over the normalised search form (app/library/search_form.py); rowid is
    # articles.id / notes.id. The original text stays in articles/notes for display.
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize='unicode61')",
    "CREATE VIRTUAL TABLE notes_fts USING fts5(body, tokenize='unicode61')",
    # Small key/value facts about the file, e.g. which search-form version built the index.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
]

# The user's corrections of who said what (app/library/corrections.py): overrides replayed in
# `id` order over each analysis, keyed to the statements' text (quote, prefix, suffix in `data`).
# They go with their article: deleting the article deletes them.
_STATEMENT_CORRECTIONS = [
    """CREATE TABLE statement_corrections (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        op TEXT NOT NULL,
        data TEXT NOT NULL,
        created TEXT NOT NULL
    )""",
    "CREATE INDEX statement_corrections_article ON statement_corrections(article_id, id)",
]

# The speaker view (app/library/speaker_queries.py): a claim's words as a normalised key, so "the
# same quote elsewhere" is an indexed look-up. Filled lazily; a claim's key goes with its row.
# The claim-by-speaker join looks claims up by (article, speaker key).
_SPEAKER_VIEW = [
    """CREATE TABLE claim_quotes (
        claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
        quote_key TEXT
    )""",
    "CREATE INDEX claim_quotes_key ON claim_quotes(quote_key)",
    "CREATE INDEX claims_article_speaker ON claims(article_id, speaker_key)",
]

# The article's own metadata (issue 17): where it was published, by whom, which of its fields the
# user edited (kept on re-import), the page each paragraph starts on (PDFs), and the older texts of
# an article that was re-imported as a new version (an edited copy, a re-paste).
_ARTICLE_META = [
    "ALTER TABLE articles ADD COLUMN url TEXT",
    "ALTER TABLE articles ADD COLUMN author TEXT",
    "ALTER TABLE articles ADD COLUMN outlet TEXT",
    # Space-separated names of the fields the user edited: title published url author outlet.
    "ALTER TABLE articles ADD COLUMN edited TEXT NOT NULL DEFAULT ''",
    # JSON [[offset, page], ...]: the character offset where each page's first paragraph starts.
    "ALTER TABLE articles ADD COLUMN page_starts TEXT",
    # The headline the imported file gave (the title may be edited since): finding an edited
    # copy of an article compares it with the articles of the same title.
    "ALTER TABLE articles ADD COLUMN import_title TEXT",
    "CREATE INDEX articles_title ON articles(title)",
    "CREATE INDEX articles_import_title ON articles(import_title)",
    """CREATE TABLE article_versions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        title TEXT,
        text TEXT NOT NULL,
        source TEXT,
        content_hash TEXT NOT NULL,
        stored TEXT NOT NULL,
        replaced TEXT NOT NULL
    )""",
    "CREATE INDEX article_versions_article ON article_versions(article_id)",
    "CREATE INDEX article_versions_hash ON article_versions(content_hash)",
]

MIGRATIONS: list[list[str]] = [_V1, _STATEMENT_CORRECTIONS, _SPEAKER_VIEW, _ARTICLE_META]
LATEST_VERSION = len(MIGRATIONS)


def apply_migrations(conn: sqlite3.Connection, current: int) -> int:
    """Run every migration after `current` on `conn` (inside the caller's transaction)."""
    for number in range(current + 1, LATEST_VERSION + 1):
        for statement in MIGRATIONS[number - 1]:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    return LATEST_VERSION
