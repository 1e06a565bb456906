"""Names, titles, paths and numbers put into a sentence of the other direction without scrambling
it: each is wrapped in Unicode's first-strong isolate (FSI U+2068 ... PDI U+2069), so the
bidirectional algorithm lays it out on its own and the sentence around it keeps its order
("3 mentions of «تمام سلام»" stays in that order in the English interface, and a Latin file
name stays in place in an Arabic sentence). Every place that builds such a string uses `isolate`.
"""

from __future__ import annotations

FSI, PDI = "\u2068", "\u2069"


def isolate(value: object) -> str:
    """`value` as text that keeps its own direction inside any sentence (empty stays empty)."""
    text = str(value)
    if not text or (text.startswith(FSI) and text.endswith(PDI)):
        return text
    return f"{FSI}{text}{PDI}"


def strip_isolates(text: str) -> str:
    """`text` without the isolate marks (for comparing what a sentence says)."""
    return text.replace(FSI, "").replace(PDI, "")
