"""Arabic-aware full-text search (SQLite FTS5) with snippets in the original text, and filters.

The index holds the search form of titles, article texts and note bodies (see search_form.py);
the text shown to the user is never altered. To highlight a hit, each query word becomes a regular
expression over the *original* text that accepts every spelling the normaliser folds together
(derived from `extract.normalize` itself, so the two never disagree), so snippets need no
normalised copy of the hit article and stay fast.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import sqlite_utils

from app.library.db import Library, LibraryError
from app.library.search_form import SEARCH_FORM_VERSION, query_words, search_form
from extract.normalize import INVISIBLE, TATWEEL, normalize_char

SNIPPET_CHARS = 180
_QUERY_TOKEN_RE = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass
class Snippet:
    """A piece of the original text; `highlights` are (start, end) within `text`, and `start` is
    where the snippet begins in the article (so a click can scroll the reader there)."""
    text: str
    highlights: list[tuple[int, int]]
    start: int


@dataclass
class ArticleHit:
    article_id: int
    title: str | None
    source: str | None
    date: str
    snippet: Snippet
    title_highlights: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class NoteHit:
    note_id: int
    article_id: int | None
    article_title: str | None
    kind: str
    snippet: Snippet


@dataclass
class ClaimRow:
    claim_id: int
    article_id: int
    article_title: str | None
    date: str
    speaker: str | None
    anonymous: bool
    kind: str | None
    cue: str | None
    content: str | None
    start: int | None
    end: int | None


def name_key(name: str) -> str:
    """How speaker, entity and note-target names are compared: search form, article stripped."""
    return " ".join(query_words(name))


# ---- keeping the index in step (called inside the writer's transaction) ----

def index_article(db: sqlite_utils.Database, article_id: int, title: str | None, text: str) -> None:
    db.execute("DELETE FROM articles_fts WHERE rowid = ?", [article_id])
    db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
               [article_id, search_form(title), search_form(text)])


def unindex_article(db: sqlite_utils.Database, article_id: int) -> None:
    db.execute("DELETE FROM articles_fts WHERE rowid = ?", [article_id])


def index_note(db: sqlite_utils.Database, note_id: int, body: str) -> None:
    db.execute("INSERT INTO notes_fts (rowid, body) VALUES (?, ?)", [note_id, search_form(body)])


def unindex_note(db: sqlite_utils.Database, note_id: int) -> None:
    db.execute("DELETE FROM notes_fts WHERE rowid = ?", [note_id])


def ensure_index_current(lib: Library) -> None:
    """Rebuild the index and name keys if they were made by another search-form version."""
    if lib.get_meta("search_form_version") == SEARCH_FORM_VERSION:
        return
    with lib.writing() as db:
        db.execute("DELETE FROM articles_fts")
        articles = db.execute("SELECT id, title, text FROM articles").fetchall()
        for article_id, title, text in articles:
            index_article(db, article_id, title, text)
        db.execute("DELETE FROM notes_fts")
        for note_id, body in db.execute("SELECT id, body FROM notes").fetchall():
            index_note(db, note_id, body)
        for table, column, source in (("entities", "name_norm", "name"),
                                      ("speakers", "name_norm", "name"),
                                      ("claims", "speaker_norm", "speaker_name"),
                                      ("notes", "target_norm", "target_name")):
            rows = db.execute(f"SELECT id, {source} FROM {table} WHERE {source} IS NOT NULL")
            for row_id, name in rows.fetchall():
                db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?",
                           [name_key(name), row_id])
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_form_version', ?)",
                   [SEARCH_FORM_VERSION])


# ---- queries ----

def build_match(query: str) -> tuple[str | None, list[tuple[str, bool]]]:
    """The FTS5 MATCH expression for a user query, and its words as (word, is_prefix).

    Words are ANDed; "quoted words" form a phrase; a trailing * matches any ending. Everything
    is quoted for FTS5, so no user input can be a syntax error.
    """
    parts: list[str] = []
    words: list[tuple[str, bool]] = []
    for m in _QUERY_TOKEN_RE.finditer(query):
        phrase, token = m.group(1), m.group(2)
        if phrase is not None:
            ws = query_words(phrase)
            if ws:
                parts.append('"' + " ".join(ws) + '"')
                words.extend((w, False) for w in ws)
            continue
        prefix = token.endswith("*")
        ws = query_words(token)
        for i, w in enumerate(ws):
            is_prefix = prefix and i == len(ws) - 1
            parts.append(f'"{w}"' + ("*" if is_prefix else ""))
            words.append((w, is_prefix))
    return (" ".join(parts) or None), words


def search(lib: Library, query: str = "", *, speaker: str | None = None, entity: str | None = None,
           tag: str | None = None, date_from: str | None = None, date_to: str | None = None,
           limit: int = 50) -> list[ArticleHit]:
    """Articles matching `query` (best first) and every given filter; no query lists by date.

    Dates are ISO strings compared on the article's published date (or import date); `date_to`
    is inclusive of that whole day.
    """
    match, words = build_match(query)
    if query.strip() and match is None:
        return []
    if (speaker is not None and not name_key(speaker)) or (entity is not None and
                                                           not name_key(entity)):
        return []  # a name with no letters matches no one
    # Every filter is a set of article ids, so the ranked full-text query can apply it before
    # LIMIT and only the hits shown are read from the articles table.
    where: list[str] = []
    params: dict[str, object] = {"limit": limit}
    # A name matches exactly or as whole words of a longer name («حفتر» -> «خليفة حفتر»).
    if speaker:
        where.append("SELECT article_id FROM claims WHERE speaker_norm = :speaker"
                     " OR (' ' || speaker_norm || ' ') LIKE :speaker_words"
                     " UNION SELECT article_id FROM speakers WHERE name_norm = :speaker"
                     " OR (' ' || name_norm || ' ') LIKE :speaker_words")
        params["speaker"] = name_key(speaker)
        params["speaker_words"] = _words_like(params["speaker"])
    if entity:
        where.append("SELECT article_id FROM entities WHERE name_norm = :entity"
                     " OR (' ' || name_norm || ' ') LIKE :entity_words")
        params["entity"] = name_key(entity)
        params["entity_words"] = _words_like(params["entity"])
    if tag:
        from app.library.tags import tag_key

        where.append(
            "SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id"
            " WHERE t.name_norm = :tag UNION SELECT n.article_id FROM notes n"
            " JOIN note_tags nt ON nt.note_id = n.id JOIN tags t ON t.id = nt.tag_id"
            " WHERE t.name_norm = :tag")
        params["tag"] = tag_key(tag)
    dates = []  # on the indexed date expression
    if date_from:
        dates.append("coalesce(a.published, a.imported) >= :date_from")
        params["date_from"] = date_from
    if date_to:
        dates.append("coalesce(a.published, a.imported) < :date_to || 'T99'")
        params["date_to"] = date_to[:10]
    columns = "a.id, a.title, a.source, coalesce(a.published, a.imported), a.text"
    if match:
        params["match"] = match
        if dates:
            where.append("SELECT a.id FROM articles a WHERE " + " AND ".join(dates))
        # "+rowid": test membership per hit, not one full-text lookup per filtered id
        filters = "".join(f" AND +rowid IN ({w})" for w in where)
        sql = (f"WITH top AS (SELECT rowid AS id, bm25(articles_fts, 4.0, 1.0) AS score"
               f" FROM articles_fts WHERE articles_fts MATCH :match{filters}"
               f" ORDER BY score LIMIT :limit)"
               f" SELECT {columns} FROM top JOIN articles a ON a.id = top.id ORDER BY top.score")
    else:
        filters = " AND ".join([f"a.id IN ({w})" for w in where] + dates)
        sql = (f"SELECT {columns} FROM articles a" + (f" WHERE {filters}" if filters else "")
               + " ORDER BY coalesce(a.published, a.imported) DESC, a.id DESC LIMIT :limit")
    with lib.reading() as db:
        rows = db.execute(sql, params).fetchall()
    pattern = highlight_pattern(words)
    hits = []
    for article_id, title, source, date, text in rows:
        title_marks = [m.span() for m in pattern.finditer(title)] if pattern and title else []
        hits.append(ArticleHit(article_id, title, source, date, make_snippet(text, pattern),
                               title_marks))
    return hits


def search_notes(lib: Library, query: str, limit: int = 50) -> list[NoteHit]:
    """Notes whose body matches `query`, best first."""
    match, words = build_match(query)
    if match is None:
        return []
    with lib.reading() as db:
        rows = db.execute(
            "SELECT n.id, n.article_id, a.title, n.kind, n.body FROM notes_fts"
            " JOIN notes n ON n.id = notes_fts.rowid LEFT JOIN articles a ON a.id = n.article_id"
            " WHERE notes_fts MATCH ? ORDER BY bm25(notes_fts) LIMIT ?", [match, limit]).fetchall()
    pattern = highlight_pattern(words)
    return [NoteHit(r[0], r[1], r[2], r[3], make_snippet(r[4], pattern)) for r in rows]


def claims_by_speaker(lib: Library, name: str, limit: int = 1000) -> list[ClaimRow]:
    """Every claim attributed to `name` across the library (aliases included), newest first.

    The exact (normalised) name is an indexed lookup; if nothing matches, claims whose speaker
    name contains `name` as whole words are returned, so «السراج» finds «فائز السراج».
    """
    key = name_key(name)
    if not key:
        return []
    base = ("SELECT c.id, c.article_id, a.title, coalesce(a.published, a.imported) AS date,"
            " c.speaker_name, c.anonymous, c.kind, c.cue, c.content, c.start, c.\"end\""
            " FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN ({ids})"
            " ORDER BY date DESC, c.article_id, c.start LIMIT ?")
    exact = ("SELECT id FROM claims WHERE speaker_norm = :k UNION SELECT c2.id FROM speakers s"
             " JOIN claims c2 ON c2.article_id = s.article_id AND c2.speaker_key = s.speaker_key"
             " WHERE s.name_norm = :k")
    partial = ("SELECT id FROM claims WHERE (' ' || speaker_norm || ' ') LIKE :like"
               " UNION SELECT c2.id FROM speakers s JOIN claims c2 ON c2.article_id = s.article_id"
               " AND c2.speaker_key = s.speaker_key WHERE (' ' || s.name_norm || ' ') LIKE :like")
    with lib.reading() as db:
        rows = db.execute(base.format(ids=exact).replace("LIMIT ?", "LIMIT :limit"),
                          {"k": key, "limit": limit}).fetchall()
        if not rows:
            like = _words_like(key)
            rows = db.execute(base.format(ids=partial).replace("LIMIT ?", "LIMIT :limit"),
                              {"like": like, "limit": limit}).fetchall()
    return [ClaimRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), *r[6:]) for r in rows]


def _words_like(key: str) -> str:
    """LIKE pattern: `key` as whole words inside a space-padded name."""
    return "% " + key.replace("%", "").replace("_", "") + " %"


def entities_named(lib: Library, name: str) -> list[dict]:
    """Articles mentioning the entity `name` (normalised match), with its type and mention count."""
    with lib.reading() as db:
        return list(db.query(
            "SELECT e.article_id, a.title, e.type, e.name, e.mentions FROM entities e"
            " JOIN articles a ON a.id = e.article_id WHERE e.name_norm = ?"
            " ORDER BY e.mentions DESC", [name_key(name)]))


# ---- highlighting in the original text ----

@lru_cache(maxsize=1)
def _spelling_classes() -> tuple[dict[str, str], str]:
    """For each normalised letter, every original character that folds to it; and the characters
    the normaliser drops (diacritics, tatweel, invisible marks)."""
    variants: dict[str, set[str]] = defaultdict(set)
    dropped = set(INVISIBLE) | {TATWEEL}
    ranges = chain(range(0x0600, 0x0700), range(0x0750, 0x0780), range(0x08A0, 0x0900),
                   range(0xFB50, 0xFE00), range(0xFE70, 0xFF00))
    for cp in ranges:
        ch = chr(cp)
        folded = normalize_char(ch)
        if folded == "":
            dropped.add(ch)
        elif len(folded) == 1 and folded != ch:
            variants[folded].add(ch)
    classes = {k: "".join(sorted(v)) for k, v in variants.items()}
    return classes, "[" + re.escape("".join(sorted(dropped))) + "]*"


def _letters_pattern(word: str) -> str:
    classes, ignorable = _spelling_classes()
    out = []
    for ch in word:
        if ch in classes:
            out.append("[" + re.escape(ch + classes[ch]) + "]" + ignorable)
        else:
            out.append(re.escape(ch) + ignorable)
    return "".join(out)


def _article_prefix_pattern() -> str:
    def one_of(letters: str) -> str:
        return "(?:" + "|".join(_letters_pattern(c) for c in letters) + ")"
    return (f"(?:{one_of('وف')}?{one_of('بكل')}?{_letters_pattern('ال')}"
            f"|{one_of('وف')}?{_letters_pattern('لل')})?")


def highlight_pattern(words: list[tuple[str, bool]]) -> re.Pattern[str] | None:
    """One regex finding every query word in original text, whatever its spelling variant."""
    if not words:
        return None
    prefix = _article_prefix_pattern()
    alternatives = []
    for word, is_prefix in sorted(set(words), key=lambda w: -len(w[0])):
        tail = r"\w*" if is_prefix else r"(?!\w)"
        alternatives.append(f"{prefix}{_letters_pattern(word)}{tail}")
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words of a library search `query` are in `text`, as the search matched them
    (every spelling variant, with «ال» and its prepositions): (start, end) indices into `text`,
    so the reader can highlight the words that made an article a hit."""
    _match, words = build_match(query)
    pattern = highlight_pattern(words)
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def make_snippet(text: str, pattern: re.Pattern[str] | None,
                 width: int = SNIPPET_CHARS) -> Snippet:
    """About `width` characters of `text` around the first match, cut at spaces, with every
    match inside marked."""
    first = pattern.search(text) if pattern else None
    if first is None:
        end = _cut_end(text, 0, min(len(text), width))
        return Snippet(text[:end].replace("\n", " "), [], 0)
    start = max(0, first.start() - width // 3)
    if start > 0:
        space = text.find(" ", start, first.start())
        start = space + 1 if space >= 0 else start
    end = max(_cut_end(text, first.end(), min(len(text), start + width)), first.end())
    marks = []
    for m in pattern.finditer(text, start, end):
        if m.end() <= end:
            marks.append((m.start() - start, m.end() - start))
    return Snippet(text[start:end].replace("\n", " "), marks, start)


def _cut_end(text: str, floor: int, end: int) -> int:
    if end >= len(text):
        return len(text)
    space = text.rfind(" ", floor, end)
    return space if space > floor else end


__all__ = ["ArticleHit", "ClaimRow", "LibraryError", "NoteHit", "Snippet", "build_match",
           "claims_by_speaker", "entities_named", "match_spans", "search", "search_notes"]
