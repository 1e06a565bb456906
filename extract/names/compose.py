"""The English name of an organisation or place composed by translation, word by word in
English order, from resources/lexicons/org_terms.tsv.

An Arabic institutional name is a head noun, the noun it governs (idafa) and adjectives, with
«ل» / «ب» phrases after them: وزارة (head) الخارجية (domain) الأميركية (nationality). English puts
adjectives and a place or person before the head and the domain after "of":
"US Ministry of Foreign Affairs", المرصد السوري لحقوق الإنسان -> "Syrian Observatory for Human
Rights", غرفة عمليات طرابلس -> "Tripoli Operations Room". Adjectives agree in gender with the noun
they describe (حكومة الوفاق الوطني: الوطني is masculine, so it is the accord that is national:
"Government of National Accord"). Places and bodies inside a name come from the established forms
(news list, CLDR); a person after a title (الملك سعود) and a proper name the lists lack (السراج)
are spelt by the names suggester, and the result says so. A word in no list where an adjective or a
domain must be, and the name is not composed at all: the caller offers a labelled transliteration
instead of a half translation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from extract.names.forms import Forms
from extract.names.letters import name_key, split_article, words

ROLES = ("head", "descriptor", "title", "domain", "adj", "nationality")
STYLES = ("of", "pre", "ofall", "first")
# proclitics inside a name: و joins (coordination), ل / لل and ب start a phrase
_CLITICS = (("وال", "and", True), ("ولل", "and for", True), ("وب", "and in", False),
            ("لل", "for", True), ("بال", "in", True), ("و", "and", False), ("ل", "for", False),
            ("ب", "in", False))
_PREPOSITIONS = {"في": "in"}
_MAX_PROPER_WORDS = 4
# a person's name runs on after these words (ابن، أبو، عبد … + the next word) and over these
_JOIN_NEXT = frozenset(name_key(w) for w in ("بن", "ابن", "بنت", "عبد", "أبو", "أبي", "أم", "آل"))
_JOIN_PREVIOUS = frozenset(name_key(w) for w in ("بن", "ابن", "بنت", "الله", "الدين", "الإسلام"))

# A proper name's English: (text, from a list or dictionary rather than guessed by the model)
Spell = Callable[[list[str]], tuple[str, bool]]


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]  # matching keys; the first without «ال»
    role: str
    english: str  # the first option
    style: str = "pre"
    gender: str = ""  # "" = from the ending
    named: bool = False  # what follows may be a body's own name that is also a word (نادي النصر)


class Lexicon:
    """org_terms.tsv indexed by first word (without «ال»), longest entries first."""

    def __init__(self, entries: list[Entry]) -> None:
        self.by_first: dict[str, list[Entry]] = {}
        for e in entries:
            self.by_first.setdefault(e.words[0], []).append(e)
        for found in self.by_first.values():
            found.sort(key=lambda e: -len(e.words))

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        entries: list[Entry] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            arabic, role, english = parts[0], parts[1], parts[2].split("|")[0]
            flags = set(parts[3].split(",")) if len(parts) > 3 and parts[3] else set()
            if role not in ROLES:
                raise ValueError(f"{path.name}: unknown role {role!r} for {arabic}")
            keys = [name_key(w) for w in words(arabic)]
            keys[0] = split_article(keys[0])[1]
            style = next((s for s in STYLES if s in flags), "pre")
            gender = "f" if "f" in flags else "m" if "m" in flags else ""
            named = role == "descriptor" or "named" in flags
            base = Entry(tuple(keys), role, english, style, gender, named)
            entries.append(base)
            if role in ("adj", "nationality") and len(keys) == 1:
                entries.extend(Entry((form,), role, english, style, g)
                               for form, g in _inflections(keys[0]))
        return cls(entries)

    def match(self, keys: list[str], i: int, first: str,
              roles: tuple[str, ...]) -> Entry | None:
        """The longest entry of one of `roles` at keys[i], whose first word is `first`."""
        for e in self.by_first.get(first, ()):
            n = len(e.words)
            if e.role in roles and tuple(keys[i + 1:i + n]) == e.words[1:] and i + n <= len(keys):
                return e
        return None

    def knows(self, key: str) -> bool:
        return split_article(key)[1] in self.by_first


def _inflections(masculine: str) -> list[tuple[str, str]]:
    """Feminine and plural forms of a nisba adjective (keys: ة is folded to ه)."""
    if masculine.endswith("ي"):
        return [(masculine + "ه", "f"), (masculine + "ين", "m"), (masculine + "ون", "m")]
    return [(masculine + "ه", "f")]


def _gender(key: str, entry: Entry | None = None) -> str:
    if entry is not None and entry.gender:
        return entry.gender
    return "f" if key.endswith(("ه", "ات")) else "m"


@dataclass
class Phrase:
    """A parsed noun phrase, rendered in English order by `render`."""
    english: str
    gender: str = "m"
    proper: bool = False  # a place, person or body: goes before a head
    style: str = "pre"  # of a head
    head: bool = False
    of_only: bool = False  # a domain always written "X of Y"
    definite: bool = False
    adjectives: list[tuple[str, bool]] = field(default_factory=list)  # (English, nationality),
    # in Arabic order
    leading: list[str] = field(default_factory=list)  # adjectives English writes first (Royal)
    complement: Phrase | None = None
    coordinated: list[Phrase] = field(default_factory=list)
    phrases: list[tuple[str, Phrase]] = field(default_factory=list)  # ("for", …), ("in", …)
    guessed: bool = False  # a proper name in it was spelt by the model
    established: bool = False  # an English form from a list (kept as it is, "Al-Nassr Club")


@dataclass(frozen=True)
class Composition:
    english: str
    guessed: bool  # a proper-name part was transliterated by the model, not found in a list


class Composer:
    def __init__(self, lexicon: Lexicon, forms: Forms, spell: Spell) -> None:
        self.lexicon = lexicon
        self.forms = forms
        self.spell = spell

    def compose(self, name: str) -> Composition | None:
        """The composed English of `name`, or None when it is not built from known words."""
        raw = words(name)
        if not raw:
            return None
        keys = [name_key(w) for w in raw]
        parsed = self._phrase(raw, keys, 0, top=True)
        if parsed is None:
            return None
        phrase, end = parsed
        if end != len(keys):
            return None
        text = render(phrase)
        return Composition(text[:1].upper() + text[1:], _guessed(phrase))

    # -- parsing -----------------------------------------------------------------------------
    def _phrase(self, raw: list[str], keys: list[str], i: int, top: bool = False,
                proper_ok: bool = False, everyday: bool = False) -> tuple[Phrase, int] | None:
        if i >= len(keys):
            return None
        if not top:
            found = self._established(raw, i, everyday)
            if found:
                return found
        has_article, first = split_article(keys[i])
        entry = self.lexicon.match(keys, i, first, ("head", "descriptor", "domain", "title"))
        if entry is not None and entry.role == "title":
            return None if top else self._titled(raw, keys, i, entry)
        if entry is not None and entry.role in ("head", "descriptor"):
            if len(entry.words) > 1:  # سلاح الجو is definite by its last word
                has_article = has_article or split_article(keys[i + len(entry.words) - 1])[0]
            return self._headed(raw, keys, i, entry, has_article)
        if entry is not None and entry.role == "domain":
            phrase = Phrase(entry.english, _gender(keys[i + len(entry.words) - 1], entry),
                            of_only=entry.style == "of", definite=has_article)
            return self._modifiers(raw, keys, i + len(entry.words), phrase, own=True)
        if proper_ok and not self.lexicon.knows(keys[i]):
            return self._proper(raw, keys, i)
        return None

    def _established(self, raw: list[str], i: int,
                     everyday: bool) -> tuple[Phrase, int] | None:
        """The longest run from raw[i] that the lists know (a name that is also an everyday
        word, الهلال, only when `everyday`: after a head that introduces a name)."""
        for j in range(min(len(raw), i + 6), i, -1):
            found = self.forms.lookup(" ".join(raw[i:j]), "ORG" if everyday else "LOC",
                                      everyday=everyday)
            if found:
                return Phrase(found[0].english, proper=True, established=True), j
        return None

    def _titled(self, raw: list[str], keys: list[str], i: int,
                entry: Entry) -> tuple[Phrase, int] | None:
        start = i + len(entry.words)
        if start >= len(keys) or self.lexicon.knows(keys[start]):
            return None
        end = self._proper_end(keys, start)
        spelt, listed = self.spell(raw[start:end])
        return Phrase(f"{entry.english} {spelt}", proper=True, guessed=not listed), end

    def _proper(self, raw: list[str], keys: list[str], i: int) -> tuple[Phrase, int] | None:
        end = self._proper_end(keys, i)
        spelt, listed = self.spell(raw[i:end])
        return Phrase(spelt, proper=True, guessed=not listed), end

    def _proper_end(self, keys: list[str], i: int) -> int:
        """A proper name is one word, or a person's name joined by بن، عبد، أبو … (محمد بن
        سعود، عبد العزيز), up to a word a list knows."""
        j = i + 1
        while j < len(keys) and j - i < _MAX_PROPER_WORDS:
            key = keys[j]
            if keys[j - 1] not in _JOIN_NEXT and key not in _JOIN_PREVIOUS:
                break
            if self.lexicon.knows(key) and key not in _JOIN_PREVIOUS:
                break
            j += 1
        return j

    def _headed(self, raw: list[str], keys: list[str], i: int, entry: Entry,
                has_article: bool) -> tuple[Phrase, int] | None:
        j = i + len(entry.words)
        phrase = Phrase(entry.english, _gender(keys[j - 1], entry), style=entry.style,
                        head=True, definite=has_article)
        if entry.role == "descriptor":
            phrase.style = "descriptor"
        if not has_article and j < len(keys) and self._clitic(keys[j]) is None:
            inner = self._phrase(raw, keys, j, proper_ok=True, everyday=entry.named)
            if inner is None:
                return None
            phrase.complement, j = inner
            phrase.proper = inner[0].proper or phrase.proper
        elif phrase.style == "descriptor":
            return None
        parsed = self._modifiers(raw, keys, j, phrase, own=False)
        if parsed is not None and phrase.complement is None and not phrase.adjectives and \
                not phrase.phrases:
            return None  # a bare «ريف», «القاعدة»: no name to compose
        return parsed

    def _modifiers(self, raw: list[str], keys: list[str], j: int, phrase: Phrase,
                   own: bool) -> tuple[Phrase, int] | None:
        """Adjectives, coordinated nouns and «ل» / «ب» phrases after a noun. `own` = the noun is
        a domain (its adjectives are its own; a head's may belong to its complement)."""
        while j < len(keys):
            key = keys[j]
            has_article, bare = split_article(key)
            adjective = self.lexicon.match(keys, j, bare, ("adj", "nationality")) \
                if has_article else None
            if adjective is not None:
                if adjective.role == "nationality":
                    if own:
                        break  # a nationality describes the body, not its domain
                    target: Phrase | None = phrase
                else:
                    target = self._agreeing(phrase, adjective, own)
                    if target is None:
                        break
                if adjective.style == "first":  # Royal Saudi Air Force
                    target.leading.append(adjective.english)
                else:
                    target.adjectives.append((adjective.english,
                                              adjective.role == "nationality"))
                j += len(adjective.words)
                continue
            if has_article and _looks_adjective(key) and not self.lexicon.knows(key):
                return None  # an adjective no list knows: do not guess half a name
            link = self._clitic(key) or ((key, _PREPOSITIONS[key], False)
                                    if key in _PREPOSITIONS else None)
            if link is None or (own and link[1] != "and"):
                break  # a «ل» / «ب» phrase after a domain belongs to the head before it
            word, joiner, definite = link
            inner = self._linked(raw, keys, j, word, definite)
            if inner is None:
                return None
            part, j = inner
            if joiner == "and":
                # after a «ل» phrase the conjunct is its object's (للمعارض والمؤتمرات: "for
                # Exhibitions and Conferences")
                target = phrase.phrases[-1][1] if phrase.phrases and not own else \
                    phrase.complement if phrase.complement and not own else phrase
                target.coordinated += [part, *part.coordinated]  # A, B and C: one list
                part.coordinated = []
            else:
                phrase.phrases.append((joiner.removeprefix("and "), part))
        return phrase, j

    def _agreeing(self, phrase: Phrase, adjective: Entry, own: bool) -> Phrase | None:
        gender = _gender(adjective.words[-1], adjective)
        if own:
            return phrase if gender == phrase.gender else None
        comp = phrase.complement
        if comp is not None and not comp.proper and (gender == comp.gender
                                                    or gender != phrase.gender):
            return comp
        return phrase

    def _clitic(self, key: str) -> tuple[str, str, bool] | None:
        """(proclitic, English link, carries «ال») when `key` reads as one + a word: always
        for «لل»، «وال»، «بال»; for a bare و / ل / ب only when the word itself is not one we
        know and what follows is (لحقوق، بمحافظة — not لجنة، وزارة، بغداد)."""
        if self.lexicon.knows(key) or self.forms.lookup(key, everyday=False):
            return None
        for clitic, english, definite in _CLITICS:
            if not key.startswith(clitic) or len(key) - len(clitic) < 3:
                continue
            rest = ("ال" if definite else "") + key[len(clitic):]
            if definite or self.lexicon.knows(rest) or rest.startswith("ال") or \
                    self.forms.lookup(rest, everyday=False):
                return clitic, english, definite
        return None

    def _linked(self, raw: list[str], keys: list[str], j: int, clitic: str,
                definite: bool) -> tuple[Phrase, int] | None:
        """The phrase after a proclitic (و / ل / لل / ب) or a preposition word (في)."""
        if clitic in _PREPOSITIONS:
            return self._phrase(raw, keys, j + 1, proper_ok=True)
        rest_raw = raw[j][len(clitic):]
        rest_key = keys[j][len(clitic):]
        if definite:  # «لل» = ل + «ال» with its alef dropped; «وال»، «بال» give the article back
            rest_raw, rest_key = "ال" + rest_raw, "ال" + rest_key
        return self._phrase([*raw[:j], rest_raw, *raw[j + 1:]],
                            [*keys[:j], rest_key, *keys[j + 1:]], j, proper_ok=True)




def _looks_adjective(key: str) -> bool:
    """«ال» + a nisba ending (-ي, -ية): an adjective, or a family name."""
    has_article, bare = split_article(key)
    return has_article and bare.endswith(("ي", "يه", "يين", "يون"))


def _guessed(phrase: Phrase) -> bool:
    parts = [phrase.complement, *phrase.coordinated, *(p for _, p in phrase.phrases)]
    return phrase.guessed or any(_guessed(p) for p in parts if p is not None)


# -- English order -------------------------------------------------------------------------------
def render(phrase: Phrase) -> str:
    """English order: adjectives before their noun, the last Arabic one first (الجيش الوطني
    الليبي -> Libyan National Army); with a complement, nationalities lead the whole name."""
    comp = phrase.complement
    core = phrase.english
    nationalities = [e for e, nat in phrase.adjectives if nat] if comp is not None else []
    adjectives = [e for e, nat in reversed(phrase.adjectives) if not nat or comp is None]
    if comp is None:
        text = " ".join([*adjectives, core])
    elif phrase.style == "descriptor":
        text = " ".join([*nationalities, _before(comp), *adjectives, core.lower()])
    elif phrase.style == "first":
        text = " ".join([*nationalities, *adjectives, core, render(comp)])
    elif phrase.style == "ofall" or (not comp.proper and (phrase.style == "of" or comp.of_only)):
        inner = render(comp)
        if comp.head and comp.definite and comp.complement is None:
            inner = "the " + inner  # مجلس إدارة النادي -> Board of Directors of the Club
        text = " ".join([*nationalities, *adjectives, core]) + " of " + inner
    elif comp.proper:  # King Khalid International Airport
        text = " ".join([*nationalities, _before(comp), *adjectives, core])
    else:  # Federal Investigations Office
        text = " ".join([*nationalities, *adjectives, _before(comp), core])
    text = " ".join([*phrase.leading, text])
    if phrase.coordinated:
        items = [text, *(render(p) for p in phrase.coordinated)]
        text = ", ".join(items[:-1]) + " and " + items[-1]
    for link, part in phrase.phrases:
        text += f" {link} {render(part)}"
    return text


def _before(phrase: Phrase) -> str:
    """A phrase written before a head: no "the", and a proper name without "al-" (Sarraj
    Government, Nusra Front) — the article of an Arabic name is not English word order."""
    text = render(phrase).removeprefix("the ")
    if phrase.proper and not phrase.established and text.startswith(("al-", "Al-", "el-")) \
            and " " not in text:
        text = text[3:4].upper() + text[4:]
    return text

