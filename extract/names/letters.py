"""Letter-level views of an Arabic name: exact romanisations, matching keys and the article.

The Buckwalter and HSB forms are camel-tools' charmaps, one symbol per written letter, so a
translator sees exactly what the article wrote (hamza seat, ta marbuta, alef maqsura, a shadda
only if written).
The matching keys fold what Arabic spelling varies on, for dictionary look-up and variant grouping.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.arabic import ARTICLE, strip_clitics
from extract.normalize import dediac_ar, normalize

# Letters a name can start with after «ال»: at least two letters must remain to be a name.
_ARTICLE_MIN_REST = 2
LONG_VOWELS = "اوي"
# Hamza seats vary freely in names (فائز / فايز, رؤوف / رءوف): fold them for matching only.
_HAMZA_FOLD = str.maketrans({"ؤ": "و", "ئ": "ي", "ء": ""})
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")


def buckwalter(text: str) -> str:
    """Buckwalter transliteration, letter for letter."""
    return _charmap("ar2bw")(text)


def hsb(text: str) -> str:
    """Habash-Soudi-Buckwalter transliteration, letter for letter (readable diacritic letters)."""
    return _charmap("ar2hsb")(text)


@lru_cache(maxsize=2)
def _charmap(name: str):  # -> camel_tools CharMapper
    """camel-tools' built-in charmap, loaded on first use (not when the app starts)."""
    from camel_tools.utils.charmap import CharMapper

    return CharMapper.builtin_mapper(name)


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """Matching form of a name: lead normalisation plus folded hamza seats; spaces collapsed."""
    folded = normalize(word).translate(_HAMZA_FOLD)
    return " ".join(folded.split())


def words(name: str) -> list[str]:
    """The Arabic words of a name, without diacritics or tatweel; punctuation and Latin dropped."""
    return _ARABIC_LETTERS.findall(dediac_ar(name).replace("\u0640", ""))


def skeleton(word: str) -> str:
    """The key with long vowels inside the word dropped: ترمب and ترامب share «ترمب».

    The first letter stays (an initial alef or waw is a consonant seat, not a long vowel), so do
    final ي/و (they often carry the name: علي, مرسي), and ة/ه are already folded together.
    """
    key = name_key(word)
    if len(key) <= 2:
        return key
    inner = "".join(ch for ch in key[1:-1] if ch not in LONG_VOWELS)
    return key[0] + inner + key[-1]


def split_article(word: str) -> tuple[bool, str]:
    """(has «ال», rest). «ال» only counts when a name of two or more letters follows it."""
    article, rest = strip_clitics(word, (ARTICLE,), "", min_stem=_ARTICLE_MIN_REST)
    return bool(article), rest


def long_vowels_added(shorter: str, longer: str) -> bool:
    """`longer` is `shorter` with written long vowels added and nothing else (ترمب / ترامب)."""
    if len(longer) <= len(shorter):
        return False
    i = 0
    for ch in longer:
        if i < len(shorter) and ch == shorter[i]:
            i += 1
        elif ch not in LONG_VOWELS:
            return False
    return i == len(shorter)
