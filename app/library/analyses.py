"""The analysis cache: each article's `extract.model.Analysis`, stored as `extract.schema` JSON
under the extractor's fingerprint, plus its entities, speakers and claims flattened into indexed
tables.

Analysing an article takes a while, so it is done once and kept. The fingerprint is a hash of the
extractor's models, lexicons, code and schema: after an upgrade every stored analysis is stale and
is recomputed when the article is opened (and by `analyze_missing` in the background). The
flattened rows always describe the stored analysis with the user's corrections applied
(`corrections`: a statement given to another speaker, two cards merged, a statement added), and
make questions like "every claim by «فائز السراج»" one indexed query. Whoever writes the index
(storing an analysis, a batch import, a correction and its undo) goes through `_flatten`, so
search, the speaker filter and every view built on the index see the corrected statements.

`analysis_for` is the one home of "the cached analysis, else analyse and store it": the window,
the importer and the library panel all go through it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from app.library.corrections import apply_corrections, corrections_in
from app.library.db import Library, LibraryError, now_iso
from app.library.search import name_key
from extract.document import Article
from extract.fingerprint import extractor_fingerprint
from extract.model import Analysis
from extract.schema import SchemaError, from_json, to_json


def article_for_analysis(title: str | None, text: str, source: str | None) -> Article:
    """Rebuild the Article (paragraphs, sentences, tokens) of stored text, offsets unchanged."""
    from extract.segment import paragraph_spans, sentence_spans
    from extract.tokens import tokenize

    paragraphs = paragraph_spans(text)
    return Article(title=title, text=text, paragraphs=paragraphs,
                   sentences=sentence_spans(text, paragraphs), tokens=tokenize(text),
                   source=source)


def _parse(row: tuple | None) -> Analysis | None:
    """A stored analysis, or None when it cannot be read (it is then simply recomputed)."""
    if row is None:
        return None
    try:
        return from_json(json.loads(row[0]))
    except (ValueError, SchemaError):
        return None


def cached_analysis(lib: Library, article_id: int,
                    fingerprint: str | None = None) -> Analysis | None:
    """The stored analysis made by this extractor (or the given fingerprint), if there is one."""
    fingerprint = fingerprint or extractor_fingerprint()
    with lib.reading() as db:
        row = db.execute("SELECT json FROM analyses WHERE article_id = ? AND"
                         " extractor_version = ?", [article_id, fingerprint]).fetchone()
    return _parse(row)


def latest_analysis(lib: Library, article_id: int) -> Analysis | None:
    """The newest stored analysis of any extractor. Text changes clear the cache, so it always
    fits the current text: a stale one is fine to show while a new one is computed."""
    with lib.reading() as db:
        row = db.execute("SELECT json FROM analyses WHERE article_id = ?"
                         " ORDER BY created DESC LIMIT 1", [article_id]).fetchone()
    return _parse(row)


def analyze_article(article: Article) -> Analysis:
    """Run the extractor; a part missing from this installation is a message, not a crash."""
    from extract.analyze import analyze

    try:
        return analyze(article)
    except ImportError as exc:
        raise LibraryError(f"The text analyser is incomplete ({exc.name}); "
                           "the article was kept without analysis.", "analyser_incomplete") from exc


def analysis_for(lib: Library, article_id: int, article: Article | None = None,
                 analyze: Callable[[Article], Analysis] = analyze_article) -> Analysis:
    """The article's analysis: the cached one if this extractor made it, else computed now and
    stored (kept in memory only when the library is read-only). `article` saves rebuilding the
    stored text when the caller has it already."""
    found = cached_analysis(lib, article_id)
    if found is not None:
        return found
    if article is None:
        with lib.reading() as db:
            row = db.execute("SELECT title, text, source FROM articles WHERE id = ?",
                             [article_id]).fetchone()
        if row is None:
            raise LibraryError(f"There is no article {article_id} in the library.", "no_article")
        article = article_for_analysis(*row)
    result = analyze(article)
    if not lib.read_only:
        store_analysis(lib, article_id, result)
    return result


def store_analysis(lib: Library, article_id: int, analysis: Analysis) -> None:
    """Keep `analysis` for the article (replacing older ones) and refresh the indexed rows."""
    with lib.writing() as db:
        if db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is None:
            raise LibraryError(f"There is no article {article_id} in the library.", "no_article")
        clear_analysis(db, article_id)
        db.execute("INSERT INTO analyses (article_id, extractor_version, created, json)"
                   " VALUES (?, ?, ?, ?)",
                   [article_id, analysis.fingerprint, now_iso(),
                    json.dumps(to_json(analysis), ensure_ascii=False)])
        _flatten(db, article_id, analysis)


def reindex_article(db: sqlite_utils.Database, article_id: int) -> None:
    """Rewrite the article's entity, speaker and claim rows from its stored analysis and its
    corrections (inside the caller's transaction): after a correction or its undo."""
    row = db.execute("SELECT json FROM analyses WHERE article_id = ?"
                     " ORDER BY created DESC LIMIT 1", [article_id]).fetchone()
    for table in ("entities", "speakers", "claims"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
    analysis = _parse(row)
    if analysis is not None:
        _flatten(db, article_id, analysis)


def clear_analysis(db: sqlite_utils.Database, article_id: int) -> None:
    """Forget the article's analysis (its text changed, or a new one replaces it)."""
    for table in ("analyses", "entities", "speakers", "claims"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])


def stale_article_ids(lib: Library) -> list[int]:
    """Articles without an analysis by this extractor, oldest first."""
    with lib.reading() as db:
        return [r[0] for r in db.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM analyses"
            " WHERE extractor_version = ?) ORDER BY id", [extractor_fingerprint()])]


def analyze_missing(lib: Library, progress: Callable[[int, int], None] | None = None,
                    should_stop: Callable[[], bool] | None = None) -> tuple[int, list[str]]:
    """Analyse every article without a current analysis; returns (done, error messages)."""
    ids = stale_article_ids(lib)
    errors: list[str] = []
    done = 0
    for i, article_id in enumerate(ids):
        if should_stop and should_stop():
            break
        try:
            analysis_for(lib, article_id)
            done += 1
        except LibraryError:
            raise
        except Exception as exc:  # an analyser bug on one article must not stop the rest
            errors.append(f"Article {article_id} could not be analysed: {exc}")
        if progress:
            progress(i + 1, len(ids))
    return done, errors


@dataclass(frozen=True)
class ClaimRow:
    """One statement as lists, exports and the index show it."""
    id: str
    speaker: str | None  # the speaker's name at this statement; None when nobody was found
    speaker_key: str | None
    anonymous: bool
    kind: str
    cue: str | None
    content: str
    start: int
    end: int


def claim_rows(analysis: Analysis) -> list[ClaimRow]:
    """Who said what, one row per claim in reading order."""
    rows = []
    for claim in analysis.claims:
        speaker = analysis.speaker(claim.speaker_id)
        rows.append(ClaimRow(
            id=claim.id,
            speaker=(claim.speaker_name or speaker.name) if speaker else None,
            speaker_key=speaker.id if speaker else None,
            anonymous=bool(speaker and speaker.anonymous), kind=claim.kind,
            cue=analysis.slice(claim.cue) if claim.cue else None,
            content=analysis.slice(claim.content),
            start=claim.content.start, end=claim.content.end))
    return rows


def _flatten(db: sqlite_utils.Database, article_id: int, analysis: Analysis) -> None:
    """Index the extractor's `analysis` as the user corrected it."""
    corrections = corrections_in(db, article_id)
    if corrections:
        analysis = apply_corrections(analysis, corrections).analysis
    for ent in analysis.entities:
        db.execute("INSERT INTO entities (article_id, entity_key, type, name, name_norm, mentions)"
                   " VALUES (?, ?, ?, ?, ?, ?)",
                   [article_id, ent.id, ent.type, ent.name, name_key(ent.name),
                    len(ent.mentions)])
    for sp in analysis.speakers:
        for name in dict.fromkeys(n for n in (sp.name, *sp.aliases) if n):
            db.execute("INSERT INTO speakers (article_id, speaker_key, name, name_norm, entity_key,"
                       " anonymous, aliases) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [article_id, sp.id, name, name_key(name), sp.entity_id,
                        int(sp.anonymous), json.dumps(list(sp.aliases), ensure_ascii=False)])
    for claim in claim_rows(analysis):
        db.execute(
            "INSERT INTO claims (article_id, claim_key, kind, cue, content, start, \"end\","
            " speaker_name, speaker_norm, speaker_key, anonymous)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article_id, claim.id, claim.kind, claim.cue, claim.content, claim.start, claim.end,
             claim.speaker, name_key(claim.speaker) if claim.speaker else None,
             claim.speaker_key, int(claim.anonymous)])
