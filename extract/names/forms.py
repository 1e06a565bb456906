"""Established English forms of places and organisations, from the lists Sanad ships.

Three lists, best first: the hand-made well-known names (resources/names/known_names.tsv, any
type), the news list's English column (resources/gazetteers/news_entities.tsv) and CLDR's
countries, territories and regions (resources/names/places.tsv, made by scripts/make_places.py).
A name is looked up whole, by its matching key (`letters.name_key`), so «الولايات المتحدة» finds
"United States" whatever its hamza seats, ta marbuta or diacritics; a leading proclitic
(و ف ب ل ك, «لل» for ل + «ال») is tried off when the whole does not match.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extract.names.letters import long_vowels_added, name_key, skeleton, words

KNOWN_NAMES, NEWS_LIST, CLDR = "known names", "news list", "CLDR"
ORIGINS = (KNOWN_NAMES, NEWS_LIST, CLDR)
MIN_SKELETON_LETTERS = 5  # shorter names too often differ by a vowel (كرم / كريم)
_PROCLITICS = ("وال", "فال", "بال", "كال", "ولل", "لل", "و", "ف", "ب", "ل", "ك")


@dataclass(frozen=True)
class Form:
    english: str
    origin: str  # KNOWN_NAMES | NEWS_LIST | CLDR
    type: str  # PER | ORG | LOC
    everyday: bool = False  # the Arabic is also an everyday word (the news list's quoted/sport)


class Forms:
    """Arabic name key -> its established English forms, in list order (best list first)."""

    def __init__(self, rows: Iterable[tuple[str, str, str, str, bool]]) -> None:
        """`rows` are (arabic, english, type, origin, everyday); english may hold "|" options."""
        self.by_key: dict[str, list[Form]] = {}
        everyday_types: dict[str, set[str]] = {}
        for arabic, english, kind, origin, everyday in rows:
            key = name_key(" ".join(words(arabic)))
            if everyday:
                everyday_types.setdefault(key, set()).add(kind)
            found = self.by_key.setdefault(key, [])
            for option in english.split("|"):
                option = option.strip()
                if option and all(f.english != option or f.type != kind for f in found):
                    found.append(Form(option, origin, kind, everyday))
        for key, found in self.by_key.items():
            # a well-known form of a name the news list marks as an everyday word is one too
            marked = everyday_types.get(key, set())
            found[:] = [Form(f.english, f.origin, f.type, f.everyday or f.type in marked)
                        for f in found]
            found.sort(key=lambda f: ORIGINS.index(f.origin))
        self._by_skeleton: dict[str, list[str]] = {}
        for key in self.by_key:
            self._by_skeleton.setdefault(_skeleton(key), []).append(key)

    @classmethod
    def load(cls, known: Path, news_list: Path, places: Path) -> Forms:
        rows: list[tuple[str, str, str, str, bool]] = []
        for parts in _table(known):
            rows.append((parts[0], parts[1], parts[2], KNOWN_NAMES, False))
        for parts in _table(news_list):
            if len(parts) >= 4 and parts[3]:
                rows.append((parts[1], parts[3], {"PERS": "PER"}.get(parts[0], parts[0]),
                             NEWS_LIST, bool(parts[2])))
        for parts in _table(places):
            rows.append((parts[0], parts[1], parts[2], CLDR, False))
        return cls(rows)

    def lookup(self, name: str, kind: str | None = None, everyday: bool = True) -> list[Form]:
        """Forms of the whole name, those of type `kind` first; `everyday=False` leaves out the
        entries that are everyday words (الاتحاد, الهلال) — inside a longer name they are words."""
        key = name_key(" ".join(words(name)))
        found = self.by_key.get(key)
        if not found:
            for clitic in _PROCLITICS:
                if key.startswith(clitic) and len(key) - len(clitic) >= 2:
                    rest = key[len(clitic):]
                    if clitic.endswith("ال") or clitic == "لل":
                        rest = "ال" + rest
                    found = self.by_key.get(rest)
                    if found:
                        break
        if not found and not key.startswith("ال") and " " not in key:
            found = self.by_key.get("ال" + key)  # حوثيين -> الحوثيين
        if not found and len(key) >= MIN_SKELETON_LETTERS:
            # a spelling with more or fewer written long vowels (أوربا / أوروبا), if unique
            similar = [k for k in self._by_skeleton.get(_skeleton(key), [])
                       if long_vowels_added(key, k) or long_vowels_added(k, key)]
            if len(similar) == 1:
                found = self.by_key[similar[0]]
        if not found:
            return []
        out = [f for f in found if everyday or not f.everyday]
        return sorted(out, key=lambda f: f.type != kind)




def _skeleton(key: str) -> str:
    return " ".join(skeleton(w) for w in key.split())


def _table(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows
