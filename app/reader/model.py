"""The reader's view of an `extract.model.Analysis`: lookups and the who-said-what cards.

The analysis is already typed, so this only adds what the screen needs on top: claims sorted by
position, entities by id, and the speaker cards (one per speaker, plus one "Unattributed" card for
the statements nobody was found for). It is built on the analysis worker, off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.document import Span
from extract.model import ENTITY_TYPES, Analysis, Claim, Entity

__all__ = ["ENTITY_TYPES", "AnalysisModel", "Span", "SpeakerGroup"]


@dataclass
class SpeakerGroup:
    """One card of the who-said-what panel: a resolved speaker, or the unattributed group."""
    id: str
    name: str
    aliases: tuple[str, ...]
    anonymous: bool
    entity: str | None
    claims: list[Claim] = field(default_factory=list)
    unattributed: bool = False

    @property
    def first_position(self) -> int:
        return min((c.anchor[0] for c in self.claims), default=1 << 62)


class AnalysisModel:
    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.entities: dict[str, Entity] = {e.id: e for e in analysis.entities}
        self.claims: list[Claim] = sorted(analysis.claims, key=lambda c: c.anchor[0])
        self.claim_by_id = {c.id: c for c in self.claims}

    def entity_at(self, index: int) -> Entity | None:
        """The entity whose mention covers text index `index` (the innermost if nested)."""
        return self.analysis.entity_at(index)

    def speaker_name(self, claim: Claim) -> str | None:
        """Who the card and the hover name for the claim; None when nobody was found."""
        speaker = self.analysis.speaker(claim.speaker_id)
        return (claim.speaker_name or speaker.name) if speaker else None

    def speaker_groups(self) -> list[SpeakerGroup]:
        """Speakers with their claims in reading order, plus an unattributed group if any."""
        groups = [SpeakerGroup(sp.id, sp.name, sp.aliases, sp.anonymous, sp.entity_id,
                               sorted((c for c in map(self.claim_by_id.get, sp.claim_ids) if c),
                                      key=lambda c: c.anchor[0]))
                  for sp in self.analysis.speakers]
        orphans = [c for c in self.claims if c.speaker_id is None]
        if orphans:
            groups.append(SpeakerGroup("unattributed", "", (), False, None, orphans,
                                       unattributed=True))
        return groups
