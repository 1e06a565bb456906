"""The analysis (`sanad.analysis/1`) as the reader needs it: spans, lookups and speaker groups.

The analysis dict is data from `extract`; this module reads it once into small typed records so
the highlighter, the tooltips and the panels share one interpretation of it (for instance, a cue
given as {start, end} or as null, a speaker mention that may be missing).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


def _span(value: Any, text_len: int) -> Span | None:
    if isinstance(value, dict):
        start, end = value.get("start"), value.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= text_len:
            return start, end
    return None


@dataclass(frozen=True)
class EntityInfo:
    id: str
    type: str
    name: str
    mentions: list[Span]


@dataclass(frozen=True)
class ClaimInfo:
    id: str
    kind: str
    content: Span | None
    cue: Span | None
    speaker_name: str | None
    speaker_mention: Span | None
    anonymous: bool
    entity: str | None

    @property
    def anchor(self) -> Span | None:
        """Where the reader goes for this claim: the statement, else its cue."""
        return self.content or self.cue or self.speaker_mention


@dataclass
class SpeakerGroup:
    """One card of the who-said-what panel: a resolved speaker (or the unattributed group)."""
    id: str
    name: str
    aliases: list[str]
    anonymous: bool
    entity: str | None
    claims: list[ClaimInfo] = field(default_factory=list)
    unattributed: bool = False

    @property
    def first_position(self) -> int:
        starts = [c.anchor[0] for c in self.claims if c.anchor]
        return min(starts) if starts else 1 << 62


class AnalysisModel:
    def __init__(self, analysis: dict[str, Any], text: str) -> None:
        self.raw = analysis
        self.text = text
        n = len(text)
        self.entities: dict[str, EntityInfo] = {}
        for ent in analysis.get("entities") or []:
            spans = sorted(s for s in (_span(m, n) for m in ent.get("mentions") or []) if s)
            self.entities[str(ent.get("id"))] = EntityInfo(
                str(ent.get("id")), str(ent.get("type") or "MISC"), str(ent.get("name") or ""),
                spans)
        self.claims: list[ClaimInfo] = []
        for claim in analysis.get("claims") or []:
            speaker = claim.get("speaker") or {}
            if not isinstance(speaker, dict):
                speaker = {"name": str(speaker)}
            self.claims.append(ClaimInfo(
                id=str(claim.get("id")), kind=str(claim.get("kind") or "indirect"),
                content=_span(claim.get("content"), n), cue=_span(claim.get("cue"), n),
                speaker_name=(speaker.get("name") or None),
                speaker_mention=_span(speaker.get("mention"), n),
                anonymous=bool(speaker.get("anonymous")), entity=speaker.get("entity")))
        self.claims.sort(key=lambda c: c.anchor[0] if c.anchor else 1 << 62)
        self.claim_by_id = {c.id: c for c in self.claims}
        # Sorted mention index for hover and click: (start, end, entity id).
        self._mentions = sorted((s, e, eid) for eid, ent in self.entities.items()
                                for s, e in ent.mentions)
        self._mention_starts = [m[0] for m in self._mentions]

    def entity_at(self, index: int) -> EntityInfo | None:
        """The entity whose mention covers text index `index` (the innermost if nested)."""
        i = bisect_right(self._mention_starts, index)
        best: tuple[int, str] | None = None
        # Mentions are short; look back a few for one that still covers the index.
        for start, end, eid in reversed(self._mentions[max(0, i - 8):i]):
            if start <= index < end and (best is None or end - start < best[0]):
                best = (end - start, eid)
        return self.entities[best[1]] if best else None

    def speaker_groups(self) -> list[SpeakerGroup]:
        """Speakers with their claims in reading order, plus an unattributed group if any."""
        groups: list[SpeakerGroup] = []
        placed: set[str] = set()
        for sp in self.raw.get("speakers") or []:
            claims = [self.claim_by_id[str(c)] for c in sp.get("claims") or []
                      if str(c) in self.claim_by_id]
            claims.sort(key=lambda c: c.anchor[0] if c.anchor else 1 << 62)
            placed.update(c.id for c in claims)
            groups.append(SpeakerGroup(str(sp.get("id")), str(sp.get("name") or ""),
                                       [str(a) for a in sp.get("aliases") or []],
                                       bool(sp.get("anonymous")), sp.get("entity"), claims))
        # Claims the speakers list does not cover: grouped by their own speaker name.
        by_name: dict[str, SpeakerGroup] = {}
        orphans: list[ClaimInfo] = []
        for claim in self.claims:
            if claim.id in placed:
                continue
            if not claim.speaker_name:
                orphans.append(claim)
                continue
            group = by_name.get(claim.speaker_name)
            if group is None:
                group = SpeakerGroup(f"name:{claim.speaker_name}", claim.speaker_name, [],
                                     claim.anonymous, claim.entity)
                by_name[claim.speaker_name] = group
                groups.append(group)
            group.claims.append(claim)
        if orphans:
            groups.append(SpeakerGroup("unattributed", "", [], False, None, orphans,
                                       unattributed=True))
        return groups
