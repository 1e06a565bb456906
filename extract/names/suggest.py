"""Ranked English suggestions for an Arabic name: glossary, then dictionary, then model.

Names are handled word by word, as English copy writes them: «ال» becomes "al-" with no sun-letter
assimilation (السراج -> al-Sarraj, not as-Sarraj), «عبد» joins the next word (عبد الله -> Abdullah,
عبد الرحمن -> Abdul Rahman). A curated list of well-known names (known_names.tsv) gives their
established English form (غسان سلامة -> Ghassan Salame) before any word-by-word guess.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from extract.names.dictionary import NameDictionary
from extract.names.letters import hsb, name_key, split_article, words
from extract.names.model import JointModel

TOP = 5
SOURCES = ("glossary", "dictionary", "model")
# A model guess ranks below any dictionary spelling of the same word.
MODEL_WEIGHT_BEHIND_DICTIONARY = 0.05
_ABD = "عبد"
_ALLAH = "الله"
_ARTICLE_LATIN = ("al", "el")


@dataclass(frozen=True)
class Suggestions:
    english: list[str]  # best first, at most TOP
    source: str  # where the best suggestion came from: glossary | dictionary | model


@dataclass
class _Slot:
    """Candidates for one word (or a joined عبد + name) with scores and the source."""
    candidates: list[tuple[str, float]]
    source: str


def capitalise(latin: str) -> str:
    return latin[:1].upper() + latin[1:]


def _weakest(sources: list[str]) -> str:
    return max(sources, key=SOURCES.index) if sources else "model"


def _dedupe(items: list[tuple[str, float]]) -> list[tuple[str, float]]:
    seen: dict[str, float] = {}
    for text, score in items:
        if text and text not in seen:
            seen[text] = score
    return list(seen.items())


class Suggester:
    def __init__(self, dictionary: NameDictionary, model: JointModel,
                 known: list[tuple[str, str, str]] | None = None) -> None:
        """`known` rows are (arabic, english, type) of well-known names."""
        self.dictionary = dictionary
        self.model = model
        self.known: dict[str, list[tuple[str, str]]] = {}
        # A lone surname (حفتر, السراج) stands for the one well-known person who carries it.
        last: dict[str, set[str]] = {}
        for arabic, english, kind in known or []:
            key = name_key(arabic)
            self.known.setdefault(key, []).append((english, kind))
            ar_words, en_words = key.split(), english.split()
            if kind == "PER" and len(ar_words) > 1 and len(ar_words) == len(en_words):
                last.setdefault(ar_words[-1], set()).add(en_words[-1])
        self.known_surnames = {k: v.pop() for k, v in last.items() if len(v) == 1}

    def _known(self, key: str, kind: str | None) -> str | None:
        rows = self.known.get(key)
        if not rows:
            return None
        return next((e for e, k in rows if k == kind), rows[0][0])

    # -- one word -------------------------------------------------------------------------------
    def _plain_word(self, word: str) -> _Slot:
        """Candidates for a word without the article."""
        found = self.dictionary.lookup(word)
        out: list[tuple[str, float]] = []
        if found:
            total = sum(c for _, c in found)
            out = [(capitalise(latin), count / total) for latin, count in found]
        weight = MODEL_WEIGHT_BEHIND_DICTIONARY if found else 1.0
        out += [(capitalise(s.latin), s.prob * weight)
                for s in self.model.transliterate(word, TOP)]
        if not out:  # letters the model never saw: show them letter for letter
            out = [(hsb(word), 1e-9)]
        return _Slot(_dedupe(out), "dictionary" if found else "model")

    def word(self, word: str) -> _Slot:
        """Candidates for one written word, handling «ال»."""
        has_article, rest = split_article(word)
        if not has_article:
            return self._plain_word(word)
        whole = [(latin, c) for latin, c in self.dictionary.lookup(word)
                 if not latin.startswith(_ARTICLE_LATIN)]
        inner = self._plain_word(rest)
        out: list[tuple[str, float]] = []
        if whole:  # a name that merely starts with ال (الياس -> Elias)
            total = sum(c for _, c in whole)
            out = [(capitalise(latin), count / total) for latin, count in whole]
        behind = MODEL_WEIGHT_BEHIND_DICTIONARY if whole else 1.0
        out += [("al-" + text, score * behind) for text, score in inner.candidates]
        return _Slot(_dedupe(out), "dictionary" if whole else inner.source)

    def _abd(self, following: str) -> _Slot:
        """عبد + (ال)name: Abdullah for عبد الله, else Abdul/Abdel + the name without al-."""
        if name_key(following) == name_key(_ALLAH):
            return _Slot([("Abdullah", 1.0), ("Abdallah", 0.5), ("Abd Allah", 0.2)], "dictionary")
        _, rest = split_article(following)
        firsts = self._plain_word(_ABD).candidates[:2]
        seconds = self._plain_word(rest)
        out = [(f"{a} {b}", sa * sb) for (a, sa), (b, sb) in
               itertools.product(firsts, seconds.candidates)]
        out.sort(key=lambda kv: -kv[1])
        return _Slot(out[:TOP], seconds.source)

    # -- whole names ----------------------------------------------------------------------------
    def suggest(self, name: str, glossary: dict[str, str] | None = None,
                kind: str | None = None) -> Suggestions:
        """Top English forms of an Arabic name (one or more words); `kind` is PER/ORG/LOC."""
        gloss = {name_key(k): v for k, v in (glossary or {}).items() if v}
        parts = words(name)
        if not parts:
            return Suggestions([], "model")
        key = name_key(" ".join(parts))
        first: list[tuple[str, str]] = []  # (english, source) that outrank word-by-word
        if key in gloss:
            first.append((gloss[key], "glossary"))
        slots = self._slots(parts, gloss)
        combined = self._combine(slots)
        if any(s.source == "glossary" for s in slots) and not first:
            # the translator's spelling of one word beats a well-known form of the whole name
            first.append((combined[0][0], _weakest([s.source for s in slots])))
        known = self._known(key, kind)
        if known:
            first.append((known, "dictionary"))
        elif len(parts) == 1 and kind in (None, "PER") and key in self.known_surnames:
            first.append((self.known_surnames[key], "dictionary"))
        ranked = _dedupe([(e, 1.0) for e, _ in first] + combined)
        english = [e for e, _ in ranked[:TOP]]
        source = first[0][1] if first else _weakest([s.source for s in slots])
        return Suggestions(english, source)

    def _slots(self, parts: list[str], gloss: dict[str, str]) -> list[_Slot]:
        slots: list[_Slot] = []
        i = 0
        while i < len(parts):
            word = parts[i]
            if name_key(word) in gloss:
                slots.append(_Slot([(gloss[name_key(word)], 1.0)], "glossary"))
            elif name_key(word) == _ABD and i + 1 < len(parts):
                slots.append(self._abd(parts[i + 1]))
                i += 1
            else:
                slots.append(self.word(word))
            i += 1
        return slots

    @staticmethod
    def _combine(slots: list[_Slot]) -> list[tuple[str, float]]:
        """Best combinations of the words' candidates by product of scores."""
        width = TOP if len(slots) <= 3 else 3 if len(slots) <= 5 else 2 if len(slots) <= 8 else 1
        lists = [s.candidates[:width] for s in slots]
        combos = []
        for choice in itertools.product(*lists):
            score = 1.0
            for _, s in choice:
                score *= s
            combos.append((" ".join(t for t, _ in choice), score))
        combos.sort(key=lambda kv: -kv[1])
        return combos
