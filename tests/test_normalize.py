"""Sanad's normalisation is camel-tools' on every code point, without importing camel-tools.

extract.normalize writes camel-tools' rules out (its dediacritisation module costs about a second
at import); these tests compare them with camel-tools' own functions, so a camel-tools upgrade
that changes a rule fails here.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata

from camel_tools.utils import normalize as camel
from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.dediac import dediac_ar as camel_dediac_ar

from extract import normalize as sanad

ALL_CHARS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
ALL_TEXT = "".join(ALL_CHARS)


def camel_normalize_char(ch: str) -> str:
    """normalize_char as it was written on camel-tools' functions."""
    if ch == sanad.TATWEEL or ch in sanad.INVISIBLE:
        return ""
    out = camel.normalize_unicode(ch)
    out = camel_dediac_ar(out)
    out = camel.normalize_alef_ar(out)
    out = camel.normalize_alef_maksura_ar(out)
    out = camel.normalize_teh_marbuta_ar(out)
    return out.replace(sanad.TATWEEL, "").lower()


def test_the_diacritics_are_camel_tools_own() -> None:
    assert set(sanad.AR_DIACRITICS) == AR_DIAC_CHARSET
    assert sanad.dediac_ar(ALL_TEXT) == camel_dediac_ar(ALL_TEXT)


def test_the_letter_rules_are_camel_tools_own_on_every_code_point() -> None:
    # each rule maps characters one by one, so one pass over every code point (and over every
    # compatibility form, which is what they are applied to) covers every input
    compat = "".join(unicodedata.normalize("NFKC", c) for c in ALL_CHARS)
    for text in (ALL_TEXT, compat):
        chained = camel.normalize_teh_marbuta_ar(camel.normalize_alef_maksura_ar(
            camel.normalize_alef_ar(camel_dediac_ar(text))))
        assert text.translate(sanad._CAMEL_LETTERS) == chained


def test_the_ligature_fixes_are_camel_tools_own() -> None:
    fixed = "".join(sanad._UNICODE_FIXES.get(c, c) for c in ALL_CHARS)
    assert fixed == camel._UNICODE_CHAR_FIX(ALL_TEXT)


def test_normalize_char_equals_camel_tools_on_the_characters_it_changes() -> None:
    # every character NFKC or a rule changes, all of Arabic's blocks and every 97th code point
    changed = [c for c in ALL_CHARS if unicodedata.normalize("NFKC", c) != c or
               c.translate(sanad._CAMEL_LETTERS) != c or c.lower() != c]
    arabic = [chr(c) for r in ((0x600, 0x700), (0x750, 0x780), (0x8A0, 0x900), (0xFB50, 0xFE00),
                               (0xFE70, 0xFF00)) for c in range(*r)]
    for ch in changed + arabic + ALL_CHARS[::97]:
        assert sanad.normalize_char(ch) == camel_normalize_char(ch), hex(ord(ch))


def test_importing_the_analysis_does_not_import_camel_tools_charsets() -> None:
    """The start-up cost this avoids: camel_tools.utils.charsets walks every code point."""
    code = ("import sys, extract.analyze, extract.load, extract.claims, extract.entities, "
            "extract.names.letters; "
            "print(sorted(m for m in sys.modules if m.startswith(('camel_tools', 'regex', "
            "'emoji'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
