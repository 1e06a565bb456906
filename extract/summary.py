"""A plain-text summary of an analysis, for `python -m extract analyze FILE` without --json."""

from __future__ import annotations

from extract.model import Analysis, Claim

_TYPE_NAMES = {"PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}


def summary_text(analysis: Analysis) -> str:
    lines = []
    if analysis.title:
        lines += [analysis.title, ""]
    for etype, label in _TYPE_NAMES.items():
        ents = [e for e in analysis.entities if e.type == etype]
        if ents:
            lines.append(f"{label}: " + ", ".join(f"{e.name} ({len(e.mentions)})" for e in ents))

    def statements(claims: list[Claim]) -> list[str]:
        return [f"  - ({c.kind}) {analysis.slice(c.content)}" for c in claims]

    for speaker in analysis.speakers:
        badge = " [anonymous]" if speaker.anonymous else ""
        lines += ["", f"{speaker.name}{badge}:"]
        lines += statements([c for c in map(analysis.claim, speaker.claim_ids) if c])
    if analysis.unattributed():
        lines += ["", "Unattributed:"] + statements(analysis.unattributed())
    return "\n".join(lines) + "\n"
