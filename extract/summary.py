"""A plain-text summary of an analysis, for `python -m extract analyze FILE` without --json."""

from __future__ import annotations

from typing import Any

_TYPE_NAMES = {"PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}


def summary_text(analysis: dict[str, Any]) -> str:
    lines = []
    if analysis.get("title"):
        lines += [analysis["title"], ""]
    for etype, label in _TYPE_NAMES.items():
        ents = [e for e in analysis.get("entities", []) if e["type"] == etype]
        if ents:
            names = ", ".join(f"{e['name']} ({len(e['mentions'])})" for e in ents)
            lines.append(f"{label}: {names}")
    text = analysis.get("text", "")
    claims = {c["id"]: c for c in analysis.get("claims", [])}
    for speaker in analysis.get("speakers", []):
        badge = " [anonymous]" if speaker.get("anonymous") else ""
        lines += ["", f"{speaker['name']}{badge}:"]
        for cid in speaker.get("claims", []):
            c = claims[cid]
            content = text[c["content"]["start"]:c["content"]["end"]]
            lines.append(f"  - ({c['kind']}) {content}")
    return "\n".join(lines) + "\n"
