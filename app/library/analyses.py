"""The analysis cache: `extract.analyze.analyze(article)` output stored per article and extractor
version, plus its entities, speakers and claims flattened into indexed tables.

Analysing an article takes a while, so it is done once and kept; a new extractor version makes the
cached result stale and it is recomputed on next use. The flattened rows always describe the
current analysis and make questions like "every claim by «فائز السراج»" one indexed query.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import sqlite_utils

from app.library.db import Library, LibraryError, now_iso
from app.library.search import name_key
from extract.document import Article


def extractor_version() -> str:
    """The installed extractor's version (imported when asked: loading the analyser takes time)."""
    from extract.analyze import EXTRACTOR_VERSION

    return str(EXTRACTOR_VERSION)


def article_for_analysis(title: str | None, text: str, source: str | None) -> Article:
    """Rebuild the Article (paragraphs, sentences, tokens) of stored text, offsets unchanged."""
    from extract.segment import paragraph_spans, sentence_spans
    from extract.tokens import tokenize

    paragraphs = paragraph_spans(text)
    return Article(title=title, text=text, paragraphs=paragraphs,
                   sentences=sentence_spans(text, paragraphs), tokens=tokenize(text),
                   source=source)


def cached_analysis(lib: Library, article_id: int, version: str | None = None) -> dict | None:
    """The stored analysis for the current (or given) extractor version, if there is one."""
    version = version or extractor_version()
    with lib.reading() as db:
        row = db.execute("SELECT json FROM analyses WHERE article_id = ? AND"
                         " extractor_version = ?", [article_id, version]).fetchone()
    return json.loads(row[0]) if row else None


def latest_analysis(lib: Library, article_id: int) -> dict | None:
    """The newest stored analysis of any extractor version. Text changes clear the cache, so it
    always fits the current text - a stale one is fine to show while a new one is computed."""
    with lib.reading() as db:
        row = db.execute("SELECT json FROM analyses WHERE article_id = ?"
                         " ORDER BY created DESC LIMIT 1", [article_id]).fetchone()
    return json.loads(row[0]) if row else None


def ensure_analysis(lib: Library, article_id: int) -> dict:
    """The article's analysis, computed and stored if missing or made by an older extractor."""
    found = cached_analysis(lib, article_id)
    if found is not None:
        return found
    from extract.analyze import EXTRACTOR_VERSION, analyze

    with lib.reading() as db:
        row = db.execute("SELECT title, text, source FROM articles WHERE id = ?",
                         [article_id]).fetchone()
    if row is None:
        raise LibraryError(f"There is no article {article_id} in the library.")
    result = analyze(article_for_analysis(*row))
    if not lib.read_only:
        store_analysis(lib, article_id, result, str(EXTRACTOR_VERSION))
    return result


def store_analysis(lib: Library, article_id: int, analysis: dict, version: str) -> None:
    """Keep `analysis` for the article (replacing older versions) and refresh the indexed rows."""
    with lib.writing() as db:
        if db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is None:
            raise LibraryError(f"There is no article {article_id} in the library.")
        clear_analysis(db, article_id)
        db.execute("INSERT INTO analyses (article_id, extractor_version, created, json)"
                   " VALUES (?, ?, ?, ?)",
                   [article_id, version, now_iso(), json.dumps(analysis, ensure_ascii=False)])
        _flatten(db, article_id, analysis)


def clear_analysis(db: sqlite_utils.Database, article_id: int) -> None:
    """Forget the article's analysis (its text changed, or a new one replaces it)."""
    for table in ("analyses", "entities", "speakers", "claims"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])


def analyze_missing(lib: Library, progress: Callable[[int, int], None] | None = None,
                    should_stop: Callable[[], bool] | None = None) -> tuple[int, list[str]]:
    """Analyse every article without a current analysis; returns (done, error messages)."""
    version = extractor_version()
    with lib.reading() as db:
        ids = [r[0] for r in db.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM analyses"
            " WHERE extractor_version = ?) ORDER BY id", [version])]
    errors: list[str] = []
    done = 0
    for i, article_id in enumerate(ids):
        if should_stop and should_stop():
            break
        try:
            ensure_analysis(lib, article_id)
            done += 1
        except LibraryError:
            raise
        except Exception as exc:  # an analyser bug on one article must not stop the rest
            errors.append(f"Article {article_id} could not be analysed: {exc}")
        if progress:
            progress(i + 1, len(ids))
    return done, errors


def _span_text(value: object, text: str) -> tuple[str | None, int | None, int | None]:
    """A claim part given as a string, or as {start, end[, text]} into the article text."""
    if value is None:
        return None, None, None
    if isinstance(value, str):
        return value, None, None
    if isinstance(value, dict):
        start, end = value.get("start"), value.get("end")
        if isinstance(start, int) and isinstance(end, int):
            return value.get("text") or text[start:end], start, end
        return value.get("text") or value.get("name"), None, None
    return str(value), None, None


def _flatten(db: sqlite_utils.Database, article_id: int, analysis: dict) -> None:
    for ent in analysis.get("entities") or []:
        name = ent.get("name") or ""
        db.execute("INSERT INTO entities (article_id, entity_key, type, name, name_norm, mentions)"
                   " VALUES (?, ?, ?, ?, ?, ?)",
                   [article_id, str(ent.get("id", "")), ent.get("type") or "MISC", name,
                    name_key(name), len(ent.get("mentions") or [])])
    speaker_of: dict[str, str] = {}
    for sp in analysis.get("speakers") or []:
        key = str(sp.get("id", ""))
        names = [sp.get("name") or ""] + [a for a in sp.get("aliases") or [] if isinstance(a, str)]
        for claim_id in sp.get("claims") or []:
            speaker_of[str(claim_id)] = key
        for name in dict.fromkeys(n for n in names if n):
            db.execute("INSERT INTO speakers (article_id, speaker_key, name, name_norm, entity_key,"
                       " anonymous, aliases) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [article_id, key, name, name_key(name), sp.get("entity"),
                        int(bool(sp.get("anonymous"))),
                        json.dumps(sp.get("aliases") or [], ensure_ascii=False)])
    for claim in claim_rows(analysis, speaker_of):
        db.execute(
            "INSERT INTO claims (article_id, claim_key, kind, cue, content, start, \"end\","
            " speaker_name, speaker_norm, speaker_key, anonymous)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article_id, claim["id"], claim["kind"], claim["cue"], claim["content"],
             claim["start"], claim["end"], claim["speaker"],
             name_key(claim["speaker"]) if claim["speaker"] else None, claim["speaker_key"],
             int(claim["anonymous"])])


def claim_rows(analysis: dict, speaker_of: dict[str, str] | None = None) -> list[dict]:
    """Who said what, one flat dict per claim: id, speaker, anonymous, kind, cue, content,
    start, end (offsets of the claim content in the text when the analysis gives them)."""
    text = analysis.get("text") or ""
    if speaker_of is None:
        speaker_of = {str(c): str(sp.get("id", "")) for sp in analysis.get("speakers") or []
                      for c in sp.get("claims") or []}
    rows = []
    for claim in analysis.get("claims") or []:
        content, start, end = _span_text(claim.get("content"), text)
        cue, cue_start, _ = _span_text(claim.get("cue"), text)
        if start is None:
            start, end = claim.get("start"), claim.get("end")
        if start is None:
            start = cue_start
        speaker = claim.get("speaker") or {}
        speaker_name = speaker.get("name") if isinstance(speaker, dict) else str(speaker)
        claim_key = str(claim.get("id", ""))
        rows.append({"id": claim_key, "speaker": speaker_name,
                     "anonymous": bool(isinstance(speaker, dict) and speaker.get("anonymous")),
                     "kind": claim.get("kind"), "cue": cue, "content": content,
                     "start": start, "end": end, "speaker_key": speaker_of.get(claim_key)})
    return rows
