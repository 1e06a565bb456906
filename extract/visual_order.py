"""From the left-to-right order of glyphs on a printed line back to the order the text was typed.

A PDF says where each glyph is, not in which order its text is read. Sorting a line's glyphs by x
gives its *visual* order. A right-to-left line reads right to left, except inside left-to-right
islands (Latin words, numbers), which read left to right. On a right-to-left line an island is a
stretch without Arabic letters that starts and ends with a Latin letter or a digit: with a Latin
letter in it, it is one island ("Update No. 7", "www.site.example/2019", "12 shelters", as the
Unicode Bidirectional Algorithm makes numbers after Latin words part of them); without one, each
space-separated number is its own island ("15 2019" is two numbers read right to left). Neutral
characters at an island's edges ("45.5" and its "%", a full stop) belong to the right-to-left
line around it. On a left-to-right line the reordering of UAX #9 (levels 0-2, no embeddings) is
applied, which undoes itself.

Units are strings (a glyph's text: one letter, or a ligature's several letters already in reading
order) so that what one glyph stands for is never split.
"""

from __future__ import annotations

import unicodedata

_RTL = {"R", "AL"}
_NUMBER = {"EN", "AN"}
_NUMBER_SEPARATORS = {"CS", "ES"}
_MIRRORED = str.maketrans("()[]{}«»‹›<>", ")(][}{»«›‹><")


def bidi_class(unit: str) -> str:
    """The class that decides a unit's direction: its first strong or number character's."""
    for ch in unit:
        cls = unicodedata.bidirectional(ch)
        if cls in _RTL or cls == "L" or cls in _NUMBER:
            return "R" if cls in _RTL else cls
    return unicodedata.bidirectional(unit[0]) if unit else "ON"


def is_rtl_text(text: str) -> bool:
    """True when right-to-left letters outnumber left-to-right ones."""
    rtl = ltr = 0
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in _RTL:
            rtl += 1
        elif cls == "L":
            ltr += 1
    return rtl > ltr


def levels(classes: list[str], rtl_base: bool) -> list[int]:
    """Levels of a line without explicit embeddings (UAX #9 W4-W7, N1-N2, I1-I2; Arabic letters
    count as R, so W2's Arabic numbers are not told apart: used for left-to-right lines only)."""
    n = len(classes)
    cls = list(classes)
    base = "R" if rtl_base else "L"
    # W4: a single separator between two numbers of the same kind joins them (1,250 / 2.4 / 15/05).
    for i in range(1, n - 1):
        if cls[i] in _NUMBER_SEPARATORS and cls[i - 1] == cls[i + 1] and cls[i - 1] in _NUMBER:
            cls[i] = cls[i - 1]
    # W5: terminators (%, currency signs) next to European numbers belong to them.
    for i in range(n):
        if cls[i] == "ET":
            j = i
            while j < n and cls[j] == "ET":
                j += 1
            if (i > 0 and cls[i - 1] == "EN") or (j < n and cls[j] == "EN"):
                for k in range(i, j):
                    cls[k] = "EN"
    # W6: remaining separators and terminators are neutral.
    cls = ["ON" if c in _NUMBER_SEPARATORS or c == "ET" else c for c in cls]
    # W7: European numbers after a left-to-right letter (or at the start of an LTR line) are L.
    last_strong = base
    for i, c in enumerate(cls):
        if c in ("L", "R"):
            last_strong = c
        elif c == "EN" and last_strong == "L":
            cls[i] = "L"
    # N1/N2: a run of neutrals between two strong directions of the same kind takes it, otherwise
    # the base direction. Numbers count as R for this.
    def strong(c: str) -> str | None:
        if c == "L":
            return "L"
        if c in ("R", "EN", "AN"):
            return "R"
        return None

    resolved = list(cls)
    i = 0
    while i < n:
        if strong(cls[i]) is not None:
            i += 1
            continue
        j = i
        while j < n and strong(cls[j]) is None:
            j += 1
        before = strong(cls[i - 1]) if i > 0 else base
        after = strong(cls[j]) if j < n else base
        direction = before if before == after else base
        for k in range(i, j):
            resolved[k] = direction
        i = j
    # I1/I2: implicit levels.
    out = []
    base_level = 1 if rtl_base else 0
    for c in resolved:
        if base_level == 0:
            out.append(1 if c == "R" else 2 if c in _NUMBER else 0)
        else:
            out.append(2 if c in ("L", "EN", "AN") else 1)
    return out


def reorder(units: list[str], unit_levels: list[int]) -> list[str]:
    """UAX #9 L2: reverse every run at or above each level, from the highest down to 1."""
    order = list(range(len(units)))
    if not units:
        return []
    top = max(unit_levels)
    lowest_odd = min((lv for lv in unit_levels if lv % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if unit_levels[order[i]] >= level:
                j = i
                while j < len(order) and unit_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [units[k] for k in order]


def logical_units(visual: list[str], rtl_base: bool) -> tuple[list[str], list[int]]:
    """The units of a visual line in reading order, with the level each had on the line."""
    unit_levels = levels([bidi_class(u) if u.strip() else "WS" for u in visual], rtl_base)
    order = list(range(len(visual)))
    ordered = reorder([str(i) for i in order], unit_levels)
    indices = [int(k) for k in ordered]
    return [visual[k] for k in indices], [unit_levels[k] for k in indices]


def visual_to_logical(visual: list[str], rtl_base: bool) -> list[str]:
    """The units of a visual line (left to right) in reading order."""
    if not rtl_base:
        return logical_units(visual, False)[0]
    kinds = [_kind(u) for u in visual]
    out: list[str] = []
    i = len(visual)
    # Walk from the right (where a right-to-left line starts), taking islands whole.
    while i > 0:
        j = i - 1
        if kinds[j] not in ("L", "N"):
            out.append(visual[j])
            i = j
            continue
        start = j  # extend leftwards over anything but Arabic letters
        while start > 0 and kinds[start - 1] != "R":
            start -= 1
        while kinds[start] not in ("L", "N"):  # an island starts and ends with a letter or digit
            start += 1
        island = list(range(start, j + 1))
        if not any(kinds[k] == "L" for k in island):
            # numbers only: each space-separated number is an island of its own
            start = j
            while start > 0 and kinds[start - 1] != "R" and visual[start - 1].strip():
                start -= 1
            while kinds[start] not in ("L", "N"):
                start += 1
        out.extend(visual[start:j + 1])
        i = start
    return out


def _kind(unit: str) -> str:
    cls = bidi_class(unit)
    if cls == "R":
        return "R"
    if cls == "L":
        return "L"
    if cls in _NUMBER:
        return "N"
    return "O"


def mirror(text: str) -> str:
    """Brackets and guillemets swapped for their mirror images (Bidi_Mirrored pairs we meet)."""
    return text.translate(_MIRRORED)
