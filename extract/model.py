"""The analysis contract: typed objects for what Sanad finds in one article.

Like spaCy's `Doc` and `Span`, an `Analysis` owns its text and every span in it is `(start, end)`
in Python str indices into `Analysis.text`, the cleaned article as the user sees it. Everything
downstream (the library's cache and indexes, the reader, the panels, the exports, the CLI) reads
these objects; only `extract.schema` knows how they are written as JSON.

The objects are frozen and hold tuples, so two analyses compare equal exactly when they say the
same thing (the schema's round-trip test relies on it).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from extract.document import Span

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
CLAIM_KINDS = ("direct", "indirect", "mixed")
# How a claim's speaker was found: named at the cue; a reference («المصدر»، «المصدر نفسه») or a
# title alone («الوزير») resolved to a source named earlier; the implicit subject of a cue with
# none of its own («وأضاف»); after «بحسب»/«وفق»; the rest of a quotation split by its cue.
# "corrected": the user decided who says it (app/library/corrections.py); the extractor never
# writes it.
EVIDENCE_KINDS = ("explicit", "reference", "title", "implicit", "according-to", "continuation",
                  "corrected")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a claim is given to its speaker: the kind, the words that decided it (the speaker's
    words, or the cue whose subject was carried over) and the claim it was carried from."""
    kind: str  # one of EVIDENCE_KINDS
    span: Span | None = None
    from_claim: str | None = None

    @property
    def inferred(self) -> bool:
        """The speaker is not named at the statement itself (nor given by the user)."""
        return self.kind not in ("explicit", "according-to", "corrected")


@dataclass(frozen=True, slots=True)
class Via:
    """Who passed a statement on: «نقلت وكالة الأنباء الفرنسية عن مصدر …», «ذكرت وسائل إعلام أن
    الوزير أكد …» — the statement is the source's (or the minister's), relayed by this medium."""
    name: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or other name, with every place the article mentions it."""
    id: str
    type: str  # one of ENTITY_TYPES
    name: str  # its fullest mention as written («خليفة حفتر» for «حفتر», «لحفتر» …)
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement the article attributes to someone: its cue, its content and its speaker.

    `speaker_id` is None when the extractor could not tell who speaks; `speaker_name` is the name
    the speaker was resolved to at this statement (the card's name may be a fuller form) and
    `speaker_mention` where the words naming the speaker stand, when they stand near the cue.
    """
    id: str
    kind: str  # one of CLAIM_KINDS
    cue: Span | None
    content: Span
    speaker_id: str | None = None
    speaker_name: str | None = None
    speaker_mention: Span | None = None
    evidence: Evidence | None = None  # None exactly when speaker_id is None
    via: Via | None = None  # the medium that relayed the statement, when the article says so

    @property
    def anchor(self) -> Span:
        """Where a reader goes for this claim: its content."""
        return self.content


@dataclass(frozen=True, slots=True)
class Speaker:
    """One source of statements in the article: a named person or body, or an anonymous one."""
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    entity_id: str | None = None  # the entity the speaker is (or belongs to), if one is listed
    anonymous: bool = False
    claim_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Analysis:
    """Everything Sanad found in one article, with `fingerprint` naming the extractor that did."""
    text: str
    title: str | None = None
    paragraphs: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    fingerprint: str = ""

    def entity(self, entity_id: str | None) -> Entity | None:
        return self._lookup.entities.get(entity_id) if entity_id else None

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return self._lookup.speakers.get(speaker_id) if speaker_id else None

    def claim(self, claim_id: str) -> Claim | None:
        return self._lookup.claims.get(claim_id)

    def claims_by(self, speaker_id: str | None) -> list[Claim]:
        """The speaker's claims in reading order; None gives the claims nobody was found for."""
        return [c for c in self.claims if c.speaker_id == speaker_id]

    def unattributed(self) -> list[Claim]:
        return self.claims_by(None)

    def entity_at(self, offset: int) -> Entity | None:
        """The entity whose mention covers text index `offset` (the innermost if nested)."""
        index = self._lookup
        i = bisect_right(index.mention_starts, offset)
        best: tuple[int, str] | None = None
        # mentions are short and rarely nested: a few steps back find every one that covers it
        for start, end, eid in reversed(index.mentions[max(0, i - 8):i]):
            if start <= offset < end and (best is None or end - start < best[0]):
                best = (end - start, eid)
        return index.entities[best[1]] if best else None

    def slice(self, span: Span) -> str:
        return self.text[span.start:span.end]

    @cached_property
    def _lookup(self) -> _Index:
        return _Index(self)


class _Index:
    """Lookups built once per analysis (by id, and mentions sorted by start)."""

    def __init__(self, analysis: Analysis) -> None:
        self.entities = {e.id: e for e in analysis.entities}
        self.speakers = {s.id: s for s in analysis.speakers}
        self.claims = {c.id: c for c in analysis.claims}
        self.mentions = sorted((m.start, m.end, e.id) for e in analysis.entities
                               for m in e.mentions)
        self.mention_starts = [m[0] for m in self.mentions]
