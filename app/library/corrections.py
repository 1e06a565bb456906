"""The user's corrections of who said what, and the "effective analysis" they make.

The extractor is wrong sometimes: a statement given to the wrong speaker, a phrase that is not a
statement, two cards for one person, a misspelt name, a statement it missed. A journalist's fix
is stored as an override in the library (`statement_corrections`), never written into the
cached analysis: the analysis is recomputed after every extractor upgrade, the override stays.

An override names the statements it is about by their text - the quoted words with a short
prefix and suffix and the old position as a hint, as notes do (`notes.locate_quote`) - and the
speakers by name, so it finds them again in a new analysis or after the article's text changed.
`apply_corrections` replays the article's overrides in the order they were made over the
extracted `Analysis` and returns the same typed objects, with `Evidence("corrected")` on every
statement whose attribution the user decided. Everything that shows or exports statements reads
that effective analysis: the claims index (`analyses._flatten`), the reader, search and exports.
An override that no longer finds its statement or speaker is kept and reported as detached.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import sqlite_utils

from app.library.db import Library, LibraryError, now_iso, storable
from app.library.notes import CONTEXT_CHARS, locate_quote
from app.library.search import name_key
from extract.document import Span
from extract.model import CLAIM_KINDS, Analysis, Claim, Evidence, Speaker
from extract.normalize import NormalizedView

# What a correction does. "speaker": give statements to a speaker of the article, or to a name
# the user typed; "split": the same, moving part of a card to a new speaker; "not-statement":
# drop statements; "merge": one speaker's card into another's; "rename"; "add": a statement the
# extractor missed, by its text, with a speaker and a kind.
OPS = ("speaker", "split", "not-statement", "merge", "rename", "add")
CORRECTED = "corrected"  # the evidence kind of a statement whose speaker the user decided
OVERLAP = 0.5  # a stored statement is an extracted one when they share half of the shorter
EXPORT_SCHEMA = "sanad.corrections/1"
SNIPPET_WORDS = 6


@dataclass(frozen=True)
class Anchor:
    """Where a statement stands, so it is found again after re-analysis or a text change."""
    quote: str
    prefix: str
    suffix: str
    start: int

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Anchor:
        return cls(text[start:end], text[max(0, start - CONTEXT_CHARS):start],
                   text[end:end + CONTEXT_CHARS], start)

    def to_dict(self) -> dict[str, Any]:
        return {"quote": self.quote, "prefix": self.prefix, "suffix": self.suffix,
                "start": self.start}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Anchor:
        return cls(str(d.get("quote") or ""), str(d.get("prefix") or ""),
                   str(d.get("suffix") or ""), int(d.get("start") or 0))


@dataclass(frozen=True)
class Correction:
    """One override. `claims` anchor the statements it is about; `speaker` is the speaker they
    go to (speaker, split, add), `old` the name they had or the card merged / renamed, `new` the
    new name (rename) or the card merged into (merge), `kind` the kind of an added statement."""
    op: str
    claims: tuple[Anchor, ...] = ()
    speaker: str | None = None
    old: str | None = None
    new: str | None = None
    kind: str | None = None
    key: str = field(default_factory=lambda: uuid.uuid4().hex)
    article_id: int | None = None
    created: str = ""

    def __post_init__(self) -> None:
        if self.op not in OPS:
            raise ValueError(f"unknown correction {self.op!r}")
        if self.op == "add" and self.kind not in CLAIM_KINDS:
            raise ValueError(f"an added statement needs a kind, not {self.kind!r}")

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"claims": [a.to_dict() for a in self.claims]}
        for name in ("speaker", "old", "new", "kind"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "op": self.op, "created": self.created, **self.data()}


# -- building corrections from what is on screen ---------------------------------------------

def anchor_claim(analysis: Analysis, claim: Claim) -> Anchor:
    return Anchor.of(analysis.text, claim.content.start, claim.content.end)


def _speaker_of(analysis: Analysis, claim: Claim) -> str | None:
    speaker = analysis.speaker(claim.speaker_id)
    return speaker.name if speaker else None


def reassign(analysis: Analysis, claims: Iterable[Claim], speaker: str,
             split: bool = False) -> Correction:
    """The statements go to `speaker` (a name of the article's speakers, or a new one)."""
    claims = list(claims)
    name = _clean_name(speaker)
    return Correction("split" if split else "speaker",
                      tuple(anchor_claim(analysis, c) for c in claims), speaker=name,
                      old=_speaker_of(analysis, claims[0]) if claims else None)


def not_a_statement(analysis: Analysis, claims: Iterable[Claim]) -> Correction:
    claims = list(claims)
    return Correction("not-statement", tuple(anchor_claim(analysis, c) for c in claims),
                      old=_speaker_of(analysis, claims[0]) if claims else None)


def merge(source: str, into: str) -> Correction:
    if name_key(source) == name_key(into):
        raise LibraryError("A speaker cannot be merged with itself.")
    return Correction("merge", old=_clean_name(source), new=_clean_name(into))


def rename(old: str, new: str) -> Correction:
    return Correction("rename", old=_clean_name(old), new=_clean_name(new))


def add_statement(text: str, start: int, end: int, speaker: str, kind: str) -> Correction:
    """A statement the extractor missed: text[start:end], said by `speaker`."""
    start, end = _trimmed(text, start, end)
    if end <= start:
        raise LibraryError("Select the words of the statement first.")
    return Correction("add", (Anchor.of(text, start, end),), speaker=_clean_name(speaker),
                      kind=kind)


def _clean_name(name: str) -> str:
    name = " ".join(storable(name or "").split())
    if not name_key(name):
        raise LibraryError("Type the speaker's name.")
    return name


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = max(0, start), min(len(text), end)
    while start < end and (text[start].isspace() or text[start] in "«\"“"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "»\"”"):
        end -= 1
    return start, end


# -- storing ---------------------------------------------------------------------------------

def record(lib: Library, article_id: int, correction: Correction) -> Correction:
    """Store the correction (or store it again, after an undo) and rewrite the article's claims
    index with it, in one transaction."""
    from app.library.analyses import reindex_article  # analyses builds on this module

    with lib.writing() as db:
        if db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is None:
            raise LibraryError(f"There is no article {article_id} in the library.")
        created = correction.created or now_iso()
        db.execute("DELETE FROM statement_corrections WHERE key = ?", [correction.key])
        db.execute("INSERT INTO statement_corrections (key, article_id, op, data, created)"
                   " VALUES (?, ?, ?, ?, ?)",
                   [correction.key, article_id, correction.op,
                    json.dumps(correction.data(), ensure_ascii=False), created])
        reindex_article(db, article_id)
    return replace(correction, article_id=article_id, created=created)


def withdraw(lib: Library, key: str) -> int | None:
    """Forget a correction (undo); returns its article, whose index is rewritten without it."""
    from app.library.analyses import reindex_article

    with lib.writing() as db:
        row = db.execute("SELECT article_id FROM statement_corrections WHERE key = ?",
                         [key]).fetchone()
        if row is None:
            return None
        db.execute("DELETE FROM statement_corrections WHERE key = ?", [key])
        reindex_article(db, row[0])
        return row[0]


def corrections_in(db: sqlite_utils.Database, article_id: int) -> list[Correction]:
    """The article's corrections in the order they were made (inside a transaction)."""
    rows = db.execute("SELECT key, op, data, created FROM statement_corrections"
                      " WHERE article_id = ? ORDER BY id", [article_id]).fetchall()
    return [_correction(article_id, *r) for r in rows]


def corrections_for(lib: Library, article_id: int) -> list[Correction]:
    with lib.reading() as db:
        return corrections_in(db, article_id)


def corrected_article_ids(lib: Library) -> list[int]:
    with lib.reading() as db:
        return [r[0] for r in db.execute(
            "SELECT DISTINCT article_id FROM statement_corrections ORDER BY article_id")]


def _correction(article_id: int, key: str, op: str, data: str, created: str) -> Correction:
    try:
        d = json.loads(data)
        return Correction(op, tuple(Anchor.from_dict(a) for a in d.get("claims", ())),
                          speaker=d.get("speaker"), old=d.get("old"), new=d.get("new"),
                          kind=d.get("kind"), key=key, article_id=article_id, created=created)
    except (ValueError, TypeError, AttributeError) as exc:
        raise LibraryError(f"A statement correction of article {article_id} is damaged: "
                           f"{exc}") from exc


def corrected_analysis(lib: Library, article_id: int | None,
                       analysis: Analysis | None) -> Analysis | None:
    """`analysis` (the extractor's, of this article) with the user's corrections applied."""
    if analysis is None or article_id is None:
        return analysis
    found = corrections_for(lib, article_id)
    return apply_corrections(analysis, found).analysis if found else analysis


# -- applying --------------------------------------------------------------------------------

@dataclass
class Applied:
    """The effective analysis and the corrections that found nothing to apply to."""
    analysis: Analysis
    detached: list[Correction] = field(default_factory=list)


def apply_corrections(analysis: Analysis, corrections: Iterable[Correction]) -> Applied:
    """Replay `corrections`, in order, over the extractor's `analysis`."""
    state = _Editing(analysis)
    detached = [c for c in corrections if not state.apply(c)]
    return Applied(state.result(), detached)


class _Editing:
    """A mutable copy of an analysis' claims and speakers while corrections are replayed."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.claims: dict[str, Claim] = {c.id: c for c in analysis.claims}
        self.speakers: dict[str, Speaker] = {s.id: s for s in analysis.speakers}
        self._views: list[NormalizedView] = []

    def apply(self, c: Correction) -> bool:
        if c.op in ("speaker", "split"):
            found = [self._claim_at(a) for a in c.claims]
            found = [cid for cid in found if cid is not None]
            if not found:
                return False
            speaker = self._speaker_called(c.speaker or "", create=True)
            for cid in found:
                self._give(cid, speaker)
            return True
        if c.op == "not-statement":
            found = [cid for cid in map(self._claim_at, c.claims) if cid is not None]
            for cid in found:
                del self.claims[cid]
            return bool(found)
        if c.op == "merge":
            source = self._speaker_called(c.old or "")
            target = self._speaker_called(c.new or "")
            if source is None or target is None or source.id == target.id:
                return False
            self.speakers[target.id] = replace(
                target, aliases=_names(target.aliases, [source.name, *source.aliases],
                                       target.name),
                entity_id=target.entity_id or source.entity_id)
            for claim in list(self.claims.values()):
                if claim.speaker_id == source.id:
                    self._give(claim.id, self.speakers[target.id], keep=True)
            del self.speakers[source.id]
            return True
        if c.op == "rename":
            speaker = self._speaker_called(c.old or "")
            if speaker is None or not c.new:
                return False
            renamed = replace(speaker, name=c.new,
                              aliases=_names(speaker.aliases, [speaker.name], c.new))
            self.speakers[speaker.id] = renamed
            for claim in list(self.claims.values()):
                if claim.speaker_id == speaker.id:
                    self._give(claim.id, renamed)
            return True
        if c.op == "add":
            return self._add(c)
        return False

    def _add(self, c: Correction) -> bool:
        if not c.claims:
            return False
        anchor = c.claims[0]
        span = locate_quote(self.text, anchor.quote, anchor.prefix, anchor.suffix, anchor.start,
                            self._views)
        if span is None:
            return False
        speaker = self._speaker_called(c.speaker or "", create=True)
        existing = self._claim_at(anchor)
        if existing is not None:  # the extractor found it after all: the user's kind and speaker
            self.claims[existing] = replace(self.claims[existing], kind=c.kind)
            self._give(existing, speaker)
            return True
        claim_id = f"U{c.key[:12]}"
        self.claims[claim_id] = Claim(claim_id, c.kind or "indirect", None, Span(*span),
                                      speaker.id, speaker.name, None, Evidence(CORRECTED))
        return True

    def _give(self, claim_id: str, speaker: Speaker, keep: bool = False) -> None:
        """The statement is `speaker`'s, as the user said; the words naming the speaker at it are
        kept when it stays with the same person (renamed, or merged with another card)."""
        claim = self.claims[claim_id]
        old = claim.evidence
        same = keep or claim.speaker_id == speaker.id
        self.claims[claim_id] = replace(
            claim, speaker_id=speaker.id, speaker_name=speaker.name,
            speaker_mention=claim.speaker_mention if same else None,
            evidence=Evidence(CORRECTED, old.span if old and same else None))

    def _claim_at(self, anchor: Anchor) -> str | None:
        """The statement now standing where `anchor` stood: the same span, else the one that
        shares most of it (at least half of the shorter of the two)."""
        span = locate_quote(self.text, anchor.quote, anchor.prefix, anchor.suffix, anchor.start,
                            self._views)
        if span is None:
            return None
        start, end = span
        best, best_share = None, OVERLAP
        for claim in self.claims.values():
            s, e = claim.content
            if (s, e) == (start, end):
                return claim.id
            shared = min(e, end) - max(s, start)
            share = shared / max(1, min(e - s, end - start))
            if shared > 0 and share >= best_share:
                best, best_share = claim.id, share
        return best

    def _speaker_called(self, name: str, create: bool = False) -> Speaker | None:
        key = name_key(name)
        if not key:
            return None
        for speaker in self.speakers.values():
            if key == name_key(speaker.name):
                return speaker
        for speaker in self.speakers.values():
            if any(key == name_key(alias) for alias in speaker.aliases):
                return speaker
        if not create:
            return None
        number = len(self.speakers) + 1
        while f"U{number}" in self.speakers:
            number += 1
        speaker = Speaker(f"U{number}", name)
        self.speakers[speaker.id] = speaker
        return speaker

    def result(self) -> Analysis:
        claims = sorted(self.claims.values(), key=lambda c: (c.content.start, c.content.end))
        by_speaker: dict[str, list[str]] = {}
        for claim in claims:
            if claim.speaker_id is not None:
                by_speaker.setdefault(claim.speaker_id, []).append(claim.id)
        speakers = tuple(replace(s, claim_ids=tuple(by_speaker[s.id]))
                         for s in self.speakers.values() if s.id in by_speaker)
        return replace(self.analysis, claims=tuple(claims), speakers=speakers)


def _names(aliases: Iterable[str], more: Iterable[str], name: str) -> tuple[str, ...]:
    """`aliases` and `more`, each name once (normalised), without `name` itself."""
    seen = {name_key(name)}
    out = []
    for alias in (*aliases, *more):
        key = name_key(alias)
        if key and key not in seen:
            seen.add(key)
            out.append(alias)
    return tuple(out)


def is_corrected(claim: Claim) -> bool:
    return claim.evidence is not None and claim.evidence.kind == CORRECTED


# -- exporting (towards gold) ----------------------------------------------------------------

def export_corrections(lib: Library, article_ids: Iterable[int] | None = None) -> dict:
    """The corrections of the given articles (default: every corrected article), each article
    with its effective statements in the form of the gold files (`../shared/gold/FORMAT.md`:
    speakers id -> names, claims with snippet / speaker / kind), the statements the user
    rejected, and the log of corrections itself."""
    from app.library.analyses import latest_analysis
    from app.library.articles import get_article

    ids = list(article_ids) if article_ids is not None else corrected_article_ids(lib)
    articles = []
    for article_id in ids:
        record_ = get_article(lib, article_id)
        corrections = corrections_for(lib, article_id)
        analysis = latest_analysis(lib, article_id)
        entry: dict[str, Any] = {
            "article": f"library article {article_id}", "id": article_id,
            "title": record_.title, "source": record_.source, "published": record_.published,
            "text": record_.text, "analysed": analysis is not None,
            "corrections": [c.to_dict() for c in corrections]}
        if analysis is not None:
            applied = apply_corrections(analysis, corrections)
            entry.update(_gold_form(applied.analysis))
            entry["rejected"] = [_snippet(a.quote) for c in corrections
                                 if c.op == "not-statement" for a in c.claims]
            detached = {c.key for c in applied.detached}
            for item in entry["corrections"]:
                item["applied"] = item["key"] not in detached
        articles.append(entry)
    return {"schema": EXPORT_SCHEMA, "articles": articles}


def _gold_form(analysis: Analysis) -> dict[str, Any]:
    ids = {s.id: f"S{i}" for i, s in enumerate(analysis.speakers, start=1)}
    speakers = {ids[s.id]: [s.name, *s.aliases] for s in analysis.speakers}
    claims = [{"snippet": _snippet(analysis.slice(c.content)), "speaker": ids.get(c.speaker_id),
               "kind": c.kind, "corrected": is_corrected(c)}
              for c in analysis.claims]
    return {"speakers": speakers, "claims": claims}


def _snippet(text: str) -> str:
    """A short exact substring of the statement's content: its first few words."""
    words = text.split()
    if len(words) <= SNIPPET_WORDS:
        return text.strip()
    start = text.index(words[0])
    end = start
    for word in words[:SNIPPET_WORDS]:
        end = text.index(word, end) + len(word)
    return text[start:end]


def corrections_json(lib: Library, article_ids: Iterable[int] | None = None) -> str:
    return json.dumps(export_corrections(lib, article_ids), ensure_ascii=False, indent=2) + "\n"
