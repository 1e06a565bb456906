"""Python str indices <-> Qt text positions.

Qt counts UTF-16 code units, Python counts code points: they differ after any character outside the
Basic Multilingual Plane (emoji, some CJK). Every span crossing into Qt goes through here.
"""

from __future__ import annotations

from bisect import bisect_right


class Utf16Map:
    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        # Python indices of characters that take two UTF-16 units.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, index: int) -> int:
        """Qt position of Python index `index`."""
        return index + bisect_right(self._astral, index - 1)

    def to_py(self, position: int) -> int:
        """Python index of Qt position `position` (a position inside a pair maps to its start)."""
        lo, hi = 0, position
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_qt(mid) <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo
