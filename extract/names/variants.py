"""Group spellings of the same name across the library and flag the odd ones out.

Two spellings are the same name when they match after Arabic normalisation (alef forms, ta marbuta,
alef maqsura, hamza seats, diacritics: غنيوة / غنيوه), when one only adds written long vowels to the
other (ترمب / ترامب), or when they romanise to the same English form. Long vowels are not
enough when the name dictionary knows both spellings as names of their own (سلمان Salman and
سليمان Suleiman), so pass it whenever it is at hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from extract.names.dictionary import NameDictionary
from extract.names.letters import LONG_VOWELS, long_vowels_added, name_key

# The shorter spelling must have this many letters per word before long vowels may be added to
# it: كرم / كريم (Karam / Karim) are different names, ترمب / ترامب are not.
MIN_LETTERS_FOR_VOWEL_INSERTION = 4
_DROP_LONG_VOWELS = str.maketrans("", "", LONG_VOWELS)


@dataclass
class Spelling:
    arabic: str
    count: int = 0
    articles: list[str] = field(default_factory=list)  # article ids, first seen first


@dataclass
class VariantGroup:
    spellings: list[Spelling]  # most frequent first
    english: str | None = None  # the shared romanisation, when one was computed

    @property
    def majority(self) -> Spelling:
        return self.spellings[0]

    @property
    def total(self) -> int:
        return sum(s.count for s in self.spellings)


def adds_long_vowels(short: str, long: str, dictionary: NameDictionary | None = None) -> bool:
    """True if `long` is `short` with only long vowels (ا و ي) written in, word by word, and
    no changed word is a separate name in `dictionary`."""
    short_words, long_words = name_key(short).split(), name_key(long).split()
    if len(short_words) != len(long_words) or short_words == long_words:
        return False
    for s, lw in zip(short_words, long_words, strict=True):
        if not _inserts(s, lw):
            return False
        if s != lw and dictionary is not None and dictionary.lookup(s) and dictionary.lookup(lw):
            return False
    return True


def _inserts(short: str, long: str) -> bool:
    if short == long:
        return True
    return len(short) >= MIN_LETTERS_FOR_VOWEL_INSERTION and long_vowels_added(short, long)


def same_name(a: str, b: str, dictionary: NameDictionary | None = None) -> bool:
    """Spelling variants of one name by letters alone (normalisation or long vowels)."""
    return (name_key(a) == name_key(b) or adds_long_vowels(a, b, dictionary)
            or adds_long_vowels(b, a, dictionary))


def group_variants(occurrences: Iterable[tuple[str, str]],
                   romanise: Callable[[str], str] | None = None,
                   dictionary: NameDictionary | None = None) -> list[VariantGroup]:
    """Group (arabic spelling, article id) occurrences into names; biggest groups first.

    `romanise` (e.g. the top suggestion) also joins spellings with the same English form.
    """
    spellings: dict[str, Spelling] = {}
    for arabic, article in occurrences:
        entry = spellings.setdefault(arabic, Spelling(arabic))
        entry.count += 1
        if article not in entry.articles:
            entry.articles.append(article)
    names = list(spellings)
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    by_key: dict[str, int] = {}
    by_english: dict[str, int] = {}
    english: dict[str, str] = {}
    for i, name in enumerate(names):
        key = name_key(name)
        if key in by_key:
            union(i, by_key[key])
        by_key.setdefault(key, i)
        if romanise is not None:
            english[name] = romanise(name)
            folded = english[name].casefold()
            if folded:
                if folded in by_english:
                    union(i, by_english[folded])
                by_english.setdefault(folded, i)
    # Long-vowel variants lose the same letters when all long vowels are dropped: compare
    # only within those buckets, so a big library is not a quadratic pass over every spelling.
    buckets: dict[tuple[str, ...], list[int]] = {}
    for i, name in enumerate(names):
        bare = tuple(w.translate(_DROP_LONG_VOWELS) for w in name_key(name).split())
        buckets.setdefault(bare, []).append(i)
    for members_ in buckets.values():
        for x, i in enumerate(members_):
            for j in members_[x + 1:]:
                a, b = names[i], names[j]
                if find(i) != find(j) and (adds_long_vowels(a, b, dictionary)
                                           or adds_long_vowels(b, a, dictionary)):
                    union(i, j)
    members: dict[int, list[Spelling]] = {}
    for i, name in enumerate(names):
        members.setdefault(find(i), []).append(spellings[name])
    groups = []
    for group in members.values():
        group.sort(key=lambda s: -s.count)  # stable: first seen wins a tie
        groups.append(VariantGroup(group, english.get(group[0].arabic)))
    groups.sort(key=lambda g: -g.total)
    return groups


def spelling_flags(groups: list[VariantGroup], glossary: dict[str, str] | None = None,
                   dictionary: NameDictionary | None = None) -> list[dict]:
    """Articles whose spelling of a name differs from the glossary's Arabic form (when the
    glossary has the name) or else from the library's majority spelling."""
    flags = []
    for group in groups:
        preferred, reason = group.majority.arabic, "majority"
        for gloss_arabic in glossary or {}:
            if any(same_name(gloss_arabic, s.arabic, dictionary) for s in group.spellings):
                preferred, reason = gloss_arabic, "glossary"
                break
        for spelling in group.spellings:
            if spelling.arabic == preferred:
                continue
            for article in spelling.articles:
                flags.append({"article": article, "arabic": spelling.arabic,
                              "preferred": preferred, "reason": reason})
    return flags
