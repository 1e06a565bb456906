"""Arabic normalisation for matching, with a map back to the original text.

The display text is never altered: matching runs on `NormalizedView.norm`, and every span found
there is mapped back to the original with `orig_span`. The per-character rules are camel-tools' own
(Unicode compatibility form, alef forms, alef maqsura, ta marbuta, diacritics); tatweel and the
invisible joiners and direction marks are dropped too, since users never mean them in a query.

camel-tools' rules are written out here rather than imported: its dediacritisation module builds
Unicode-wide character sets when imported (about a second at every start). tests/test_normalize.py
proves them equal to camel-tools' functions on every code point.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

TATWEEL = "\u0640"
# Zero-width joiners and bidi marks: present in pasted text, invisible, never part of a match.
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b"
                      "\u202c\u202d\u202e\ufeff\u00ad")
# camel_tools.utils.normalize.normalize_unicode: two ligatures spelt out, then NFKC.
_UNICODE_FIXES = {"\ufdfc": "ريال", "\ufdfd": "بسم الله الرحمن الرحيم"}
# camel_tools.utils.charsets.AR_DIAC_CHARSET: tanween, short vowels, shadda, sukun, dagger alef.
AR_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
_DEDIAC = str.maketrans("", "", AR_DIACRITICS)
# dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar and normalize_teh_marbuta_ar in one
# table: each maps single characters, and none maps to what a later one changes.
_CAMEL_LETTERS = str.maketrans({
    **dict.fromkeys(AR_DIACRITICS),
    "\u0625": "\u0627", "\u0623": "\u0627", "\u0671": "\u0627", "\u0622": "\u0627",  # إ أ ٱ آ -> ا
    "\u0649": "\u064a",  # ى -> ي
    "\u0629": "\u0647",  # ة -> ه
})


def dediac_ar(text: str) -> str:
    """`text` without Arabic diacritics: camel_tools.utils.dediac.dediac_ar."""
    return text.translate(_DEDIAC)


@lru_cache(maxsize=4096)
def normalize_char(ch: str) -> str:
    """The matching form of one character: '' when it is dropped, possibly more than one char."""
    if ch == TATWEEL or ch in INVISIBLE:
        return ""
    out = unicodedata.normalize("NFKC", _UNICODE_FIXES.get(ch, ch))
    return out.translate(_CAMEL_LETTERS).replace(TATWEEL, "").lower()


class _FoldTable(dict):
    """str.translate table filled on demand from `normalize_char`: C speed once a character has
    been seen."""

    def __missing__(self, codepoint: int) -> str:
        folded = normalize_char(chr(codepoint))
        self[codepoint] = folded
        return folded


_FOLD = _FoldTable()
# Long texts are folded in pieces: one str.translate over megabytes holds the GIL for tens of
# milliseconds, which a worker thread must not do while the window is drawing.
_CHUNK = 32_768


def normalize(text: str) -> str:
    """The matching form of `text` (not for display)."""
    if len(text) <= _CHUNK:
        return text.translate(_FOLD)
    return "".join(text[i:i + _CHUNK].translate(_FOLD) for i in range(0, len(text), _CHUNK))


class NormalizedView:
    """`text` normalised for matching, mapping each normalised char to its original index."""

    __slots__ = ("text", "norm", "_origin")

    def __init__(self, text: str) -> None:
        self.text = text
        parts: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(text):
            n = normalize_char(ch)
            if n:
                parts.append(n)
                origin.extend([i] * len(n))
        self.norm = "".join(parts)
        self._origin = origin

    def orig_index(self, i: int) -> int:
        """Original index of normalised char `i` (len(text) past the end)."""
        if i >= len(self._origin):
            return len(self.text)
        return self._origin[i]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of `norm` to the smallest span of `text` that produced it.

        The end extends over any dropped characters (diacritics, tatweel) that belong to the last
        letter, so a highlighted word keeps its vowel marks.
        """
        if end <= start:
            pos = self.orig_index(start)
            return pos, pos
        o_start = self._origin[start]
        o_end = self._origin[end - 1] + 1
        next_kept = self.orig_index(end)
        while o_end < next_kept and not normalize_char(self.text[o_end]) and \
                self.text[o_end] not in INVISIBLE:
            o_end += 1
        return o_start, o_end
