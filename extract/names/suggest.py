"""Ranked English suggestions for an Arabic name, each saying what kind of form it is.

Kinds, best first: "glossary" (the translator's own form), "dictionary" (an established form from
a list: well-known names, the news list, CLDR places, or name spellings from the names dictionary),
"translation" (an organisation or place name composed by translation, extract.names.compose) and
"transliteration" (letters turned into a plausible English spelling — for an organisation or place
this is never its English name, and is labelled so). Each suggestion also says where it came from
(`origin`: glossary, known names, news list, CLDR, composed, names dictionary, model).

People's names go word by word, as English copy writes them: «ال» becomes "al-" with no sun-letter
assimilation (السراج -> al-Sarraj), and compounds are one name: عبد الله -> Abdullah, عبد الرحمن ->
Abdul Rahman, نصر الله -> Nasrallah, أبو بكر -> Abu Bakr (resources/names/compounds.tsv, then
rules for عبد / الله / الدين / أبو / آل / أم / بن).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from extract.names.compose import Composer
from extract.names.dictionary import NameDictionary
from extract.names.forms import KNOWN_NAMES, Forms
from extract.names.letters import hsb, name_key, split_article, words
from extract.names.model import JointModel

TOP = 5
KINDS = ("glossary", "dictionary", "translation", "transliteration")
GLOSSARY, DICTIONARY, TRANSLATION, TRANSLITERATION = KINDS
NAMES_DICTIONARY, MODEL, COMPOSED = "names dictionary", "model", "composed"
COMPOSED_GUESSED = "composed, name part transliterated"
PLACE_TYPES = ("ORG", "LOC")
# A model guess ranks below any dictionary spelling of the same word.
MODEL_WEIGHT_BEHIND_DICTIONARY = 0.05
# With an established or composed English form, transliterations shown after it (labelled).
TRANSLITERATIONS_AFTER_A_FORM = 1
_ARTICLE_LATIN = ("al", "el")


def _key(word: str) -> str:
    return name_key(word)


_ABD, _ALLAH, _DIN = _key("عبد"), _key("الله"), _key("الدين")
_ABU = frozenset(_key(w) for w in ("أبو", "أبي", "أبا"))
_AAL, _UMM = _key("آل"), _key("أم")
_ABU_FUSED, _FUSED_MIN_REST = _key("أبو"), 3  # أبوبكر, أبوعريش: أبو written onto the name
_SON = {_key("بن"): ("bin", "ibn", "ben"), _key("ابن"): ("ibn", "bin"), _key("بنت"): ("bint",)}


@dataclass(frozen=True)
class Suggestion:
    english: str
    kind: str  # one of KINDS
    origin: str  # glossary | known names | news list | CLDR | composed | names dictionary | model


@dataclass(frozen=True)
class Suggestions:
    items: list[Suggestion]  # best first, at most TOP

    @property
    def english(self) -> list[str]:
        return [s.english for s in self.items]

    @property
    def kinds(self) -> list[str]:
        return [s.kind for s in self.items]

    @property
    def origins(self) -> list[str]:
        return [s.origin for s in self.items]

    @property
    def source(self) -> str:
        """The kind of the best suggestion (what the panel shows first)."""
        return self.items[0].kind if self.items else TRANSLITERATION


@dataclass(frozen=True)
class _Candidate:
    text: str
    score: float
    kind: str
    origin: str


@dataclass
class _Slot:
    """Candidates for one word or one compound (عبد الرحمن, نصر الله)."""
    candidates: list[_Candidate]


def capitalise(latin: str) -> str:
    return latin[:1].upper() + latin[1:]


def _weakest(found: list[_Candidate]) -> _Candidate:
    return max(found, key=lambda c: KINDS.index(c.kind))


def _dedupe(items: list[_Candidate]) -> list[_Candidate]:
    seen: dict[str, _Candidate] = {}
    for c in items:
        if c.text and c.text not in seen:
            seen[c.text] = c
    return list(seen.values())


def load_compounds(path: Path) -> dict[tuple[str, ...], list[str]]:
    out: dict[tuple[str, ...], list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            arabic, english = line.split("\t")
            out[tuple(_key(w) for w in words(arabic))] = english.split("|")
    return out


class Suggester:
    def __init__(self, dictionary: NameDictionary, model: JointModel,
                 known: list[tuple[str, str, str]] | None = None, forms: Forms | None = None,
                 composer: Composer | None = None,
                 compounds: dict[tuple[str, ...], list[str]] | None = None) -> None:
        """`known` rows are (arabic, english, type) of well-known names; `forms` the established
        forms of places and bodies (which include `known`), `composer` builds translations."""
        self.dictionary = dictionary
        self.model = model
        self.forms = forms or Forms((a, e, k, KNOWN_NAMES, False) for a, e, k in known or [])
        self.composer = composer
        self.compounds = compounds or {}
        self._longest_compound = max((len(k) for k in self.compounds), default=0)
        # A lone surname (حفتر, السراج) stands for the one well-known person who carries it.
        last: dict[str, set[str]] = {}
        for arabic, english, kind in known or []:
            ar_words, en_words = name_key(arabic).split(), english.split()
            if kind == "PER" and len(ar_words) > 1 and len(ar_words) == len(en_words):
                last.setdefault(ar_words[-1], set()).add(en_words[-1])
        self.known_surnames = {k: v.pop() for k, v in last.items() if len(v) == 1}

    # -- one word -------------------------------------------------------------------------------
    def _plain_word(self, word: str) -> _Slot:
        """Candidates for a word without the article."""
        found = self.dictionary.lookup(word)
        out: list[_Candidate] = []
        if found:
            total = sum(c for _, c in found)
            out = [_Candidate(capitalise(latin), count / total, DICTIONARY, NAMES_DICTIONARY)
                   for latin, count in found]
        weight = MODEL_WEIGHT_BEHIND_DICTIONARY if found else 1.0
        out += [_Candidate(capitalise(s.latin), s.prob * weight, TRANSLITERATION, MODEL)
                for s in self.model.transliterate(word, TOP)]
        if not out:  # letters the model never saw: show them letter for letter
            out = [_Candidate(hsb(word), 1e-9, TRANSLITERATION, MODEL)]
        return _Slot(_dedupe(out))

    def word(self, word: str) -> _Slot:
        """Candidates for one written word, handling «ال» and a fused «أبو» (أبوغيلان, as
        أبو غيلان: Abu Ghilan) when the dictionary does not know the whole word."""
        key = _key(word)
        rest_key = key[len(_ABU_FUSED):]
        if key.startswith(_ABU_FUSED) and len(rest_key) >= _FUSED_MIN_REST and \
                rest_key[0] != rest_key[1] and not self.dictionary.lookup(word):
            # (no Arabic name starts with a doubled letter: أبوللو is Apollo)
            return self._prefixed("Abu", word[len(_ABU_FUSED):], keep_article=True)
        has_article, rest = split_article(word)
        if not has_article:
            return self._plain_word(word)
        whole = [(latin, c) for latin, c in self.dictionary.lookup(word)
                 if not latin.startswith(_ARTICLE_LATIN)]
        out: list[_Candidate] = []
        if whole:  # a name that merely starts with ال (الياس -> Elias)
            total = sum(c for _, c in whole)
            out = [_Candidate(capitalise(latin), count / total, DICTIONARY, NAMES_DICTIONARY)
                   for latin, count in whole]
        behind = MODEL_WEIGHT_BEHIND_DICTIONARY if whole else 1.0
        out += [_Candidate("al-" + c.text, c.score * behind, c.kind, c.origin)
                for c in self._plain_word(rest).candidates]
        return _Slot(_dedupe(out))

    # -- compounds ------------------------------------------------------------------------------
    def _compound(self, parts: list[str], i: int) -> tuple[_Slot, int] | None:
        """A compound name starting at parts[i] and how many words it takes."""
        keys = [_key(w) for w in parts]
        for n in range(min(self._longest_compound, len(parts) - i), 1, -1):
            listed = self.compounds.get(tuple(keys[i:i + n]))
            if listed:
                return _Slot([_Candidate(e, 1.0 / (r + 1), DICTIONARY, KNOWN_NAMES)
                              for r, e in enumerate(listed)]), n
        if i + 1 >= len(parts):
            return None
        first, second = keys[i], keys[i + 1]
        if first == _ABD:
            return self._abd(parts[i + 1]), 2
        if second == _ALLAH:  # نصر الله -> Nasrallah, خير الله -> Khairallah
            return self._joined(parts[i], lambda t: t + ("llah" if t.endswith("a") else "allah")), 2
        if second == _DIN:  # نور الدين -> Nour al-Din
            return self._joined(parts[i], lambda t: f"{t} al-Din"), 2
        if first in _ABU:
            return self._prefixed("Abu", parts[i + 1], keep_article=True), 2
        if first == _AAL:
            return self._prefixed("Al", parts[i + 1], keep_article=False), 2
        if first == _UMM:
            return self._prefixed("Umm", parts[i + 1], keep_article=True), 2
        return None

    def _joined(self, word: str, join) -> _Slot:
        firsts = self._plain_word(split_article(word)[1]).candidates[:TOP]
        return _Slot([_Candidate(join(c.text), c.score, c.kind, c.origin) for c in firsts])

    def _prefixed(self, prefix: str, word: str, keep_article: bool) -> _Slot:
        slot = self.word(word) if keep_article else self._plain_word(split_article(word)[1])
        return _Slot([_Candidate(f"{prefix} {c.text}", c.score, c.kind, c.origin)
                      for c in slot.candidates[:TOP]])

    def _abd(self, following: str) -> _Slot:
        """عبد + (ال)name: Abdul/Abdel + the name without al-."""
        _, rest = split_article(following)
        firsts = [c for c in self._plain_word("عبد").candidates
                  if c.kind == DICTIONARY and " " not in c.text and len(c.text) <= 5][:2] or \
            [_Candidate("Abdul", 1.0, DICTIONARY, NAMES_DICTIONARY)]
        seconds = self._plain_word(rest).candidates
        out = [_Candidate(f"{a.text} {b.text}", a.score * b.score, _weakest([a, b]).kind,
                          _weakest([a, b]).origin)
               for a, b in itertools.product(firsts, seconds)]
        out.sort(key=lambda c: -c.score)
        return _Slot(out[:TOP])

    # -- whole names ----------------------------------------------------------------------------
    def suggest(self, name: str, glossary: dict[str, str] | None = None,
                kind: str | None = None) -> Suggestions:
        """Top English forms of an Arabic name (one or more words); `kind` is PER/ORG/LOC."""
        gloss = {name_key(k): v for k, v in (glossary or {}).items() if v}
        parts = words(name)
        if not parts:
            return Suggestions([])
        key = name_key(" ".join(parts))
        first: list[Suggestion] = []  # forms that outrank the word-by-word spellings
        if key in gloss:
            first.append(Suggestion(gloss[key], GLOSSARY, GLOSSARY))
        slots = self._slots(parts, gloss)
        combined = self._combine(slots)
        place = kind in PLACE_TYPES
        if place:  # a spelling of an organisation's words is a transliteration, not its name
            combined = [_Candidate(c.text, c.score, c.kind if c.kind == GLOSSARY
                                   else TRANSLITERATION, c.origin) for c in combined]
        if any(c.kind == GLOSSARY for s in slots for c in s.candidates[:1]) and not first \
                and combined:
            # the translator's spelling of one word beats a well-known form of the whole name
            best = combined[0]
            first.append(Suggestion(best.text, best.kind, best.origin))
        for form in self.forms.lookup(" ".join(parts), kind):
            if form.everyday and kind is not None and form.type != kind:
                continue  # «القاعدة» as a place is a base, not al-Qaeda
            if place or kind is None or form.type == "PER" or form.origin == KNOWN_NAMES:
                first.append(Suggestion(form.english, DICTIONARY, form.origin))
        if not first and len(parts) == 1 and kind in (None, "PER") and key in self.known_surnames:
            first.append(Suggestion(self.known_surnames[key], DICTIONARY, KNOWN_NAMES))
        if place and self.composer is not None:
            composed = self.composer.compose(" ".join(parts))
            if composed is not None:
                first.append(Suggestion(composed.english, TRANSLATION,
                                        COMPOSED_GUESSED if composed.guessed else COMPOSED))
        rest = [Suggestion(c.text, c.kind, c.origin) for c in combined]
        if place and any(s.kind in (DICTIONARY, TRANSLATION) for s in first):
            rest = rest[:TRANSLITERATIONS_AFTER_A_FORM]
        seen: set[str] = set()
        items = []
        for s in first + rest:
            if s.english and s.english not in seen:
                seen.add(s.english)
                items.append(s)
        return Suggestions(items[:TOP])

    def spell_person(self, parts: list[str]) -> tuple[str, bool]:
        """The best English of a person's name inside an organisation's name (جامعة الملك سعود),
        and whether it is an established spelling (not a model guess)."""
        found = self.suggest(" ".join(parts), kind="PER")
        if not found.items:
            return hsb(" ".join(parts)), False
        return found.items[0].english, found.items[0].kind != TRANSLITERATION

    def _slots(self, parts: list[str], gloss: dict[str, str]) -> list[_Slot]:
        slots: list[_Slot] = []
        i = 0
        while i < len(parts):
            word = parts[i]
            key = name_key(word)
            compound = None if key in gloss else self._compound(parts, i)
            if key in gloss:
                slots.append(_Slot([_Candidate(gloss[key], 1.0, GLOSSARY, GLOSSARY)]))
                i += 1
            elif compound is not None:
                slots.append(compound[0])
                i += compound[1]
            elif key in _SON and i > 0:
                slots.append(_Slot([_Candidate(e, 1.0 / (r + 1), DICTIONARY, KNOWN_NAMES)
                                    for r, e in enumerate(_SON[key])]))
                i += 1
            else:
                slots.append(self.word(word))
                i += 1
        return slots

    @staticmethod
    def _combine(slots: list[_Slot]) -> list[_Candidate]:
        """Best combinations of the words' candidates by product of scores; a combination is as
        good as its weakest word (a model guess anywhere makes it a transliteration)."""
        if not slots:
            return []
        width = TOP if len(slots) <= 3 else 3 if len(slots) <= 5 else 2 if len(slots) <= 8 else 1
        lists = [s.candidates[:width] for s in slots]
        combos = []
        for choice in itertools.product(*lists):
            score = 1.0
            for c in choice:
                score *= c.score
            weakest = _weakest(list(choice))
            combos.append(_Candidate(" ".join(c.text for c in choice), score, weakest.kind,
                                     weakest.origin))
        combos.sort(key=lambda c: -c.score)
        return combos
