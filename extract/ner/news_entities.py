"""The hand-compiled list of major news entities (resources/gazetteers/news_entities.tsv).

The article rules (extract/entities.py) use it to find and type names; the NER model sees only
whether a word lies in a listed name and its type (a feature since ner-crf-4), so `ner-conll` keeps
ANERcorp's labels, which do not tag every organisation or region the way a reader expects.
A listed name is found with or without proclitics («بمصراتة», «وللأمم المتحدة»); names that are
also everyday words count only in quotes or after a cue noun («صحيفة "سبق"»), and clubs named by an
everyday word («الهلال», «النصر») only in articles about sport.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.arabic import NAME_PROCLITICS
from extract.lexicons import load_tagged
from extract.ner.features import norm_word
from extract.resources import resource_path
from extract.tokens import Token

GAZETTEER = resource_path("gazetteers") / "news_entities.tsv"
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
# nouns that say the next word names an organisation (outlet, agency, club, group) or a place
CUE_NOUNS = {
    "ORG": frozenset(norm_word(w) for w in load_tagged("org_heads.tsv", "cue")),
    "LOC": frozenset(norm_word(w) for w in load_tagged("place_nouns.tsv", "cue")),
    "sport": frozenset(norm_word(w) for w in load_tagged("sport_words.tsv", "cue")),
}
QUOTES = frozenset("«»\"“”()")
# words whose repeated use marks an article about sport (then «الهلال» is the club)
SPORT_WORDS = frozenset(norm_word(w) for w in load_tagged("sport_words.tsv", "topic"))
SPORT_MIN = 3
_PROCLITIC_FIRST = frozenset(p[0] for p in NAME_PROCLITICS)


@dataclass(frozen=True)
class Entry:
    type: str  # PERS | ORG | LOC (ANERcorp's set)
    words: tuple[str, ...]  # normalised
    written: str  # without diacritics, hamzas kept: short names («إب») must match this
    condition: str  # "" | "quoted" | "sport"


def _plain(s: str) -> str:
    return _DIACRITICS.sub("", s)


@lru_cache(maxsize=1)
def entries(path: Path = GAZETTEER) -> dict[str, list[Entry]]:
    """First normalised word -> entries starting with it, longest first."""
    index: dict[str, list[Entry]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            typ = {"PER": "PERS"}.get(parts[0], parts[0])
            words = tuple(norm_word(w) for w in parts[1].split())
            cond = parts[2] if len(parts) > 2 else ""
            index.setdefault(words[0], []).append(Entry(typ, words, _plain(parts[1]), cond))
    for lst in index.values():
        lst.sort(key=lambda e: (-len(e.words), e.condition == ""))
    return index


def key_types() -> dict[tuple[str, ...], str]:
    """Normalised words of every unconditional entry -> its type (to settle type votes)."""
    return {e.words: e.type for lst in entries().values() for e in lst if not e.condition}


def is_sport_article(tokens: list[Token]) -> bool:
    return _reads_as_sport(t.text for t in tokens)


def _reads_as_sport(words: Iterable[str]) -> bool:
    return sum(map(SPORT_WORDS.__contains__, map(norm_word, words))) >= SPORT_MIN


SPORT_BLOCK = 30  # sentences: about an article, and ner-conll's consistency window


def sport_blocks(sentences: list[list[str]], block: int = SPORT_BLOCK) -> list[bool]:
    """Per sentence, whether its block of `block` sentences reads as sport: the NER model's
    sport flag (a city names its club there: «فاز ليون»). Blocks, not whole documents, so
    training text, CoNLL files and long articles are judged alike."""
    out: list[bool] = []
    for a in range(0, len(sentences), block):
        part = sentences[a : a + block]
        out += [_reads_as_sport(w for s in part for w in s)] * len(part)
    return out


@lru_cache(maxsize=100_000)
def _first_word_forms(word: str) -> tuple[tuple[int, str], ...]:
    """(letters of proclitic, normalised rest) readings of a word that may start a listed name,
    the bare word first."""
    index = entries()
    n = norm_word(word)
    out = [(0, n)]
    if n[:1] in _PROCLITIC_FIRST:  # most words start with no proclitic letter
        for p in NAME_PROCLITICS:  # the proclitics a listed name may carry; «لل» is ل + its ال
            # (strip_clitics(n, (p,), "") with its two-letter minimum stem)
            if n.startswith(p) and len(n) - len(p) >= 2:
                rest = n[len(p):]
                if p.endswith("لل"):
                    # «للأمم» = ل + «الأمم» with the article's alef dropped: the span keeps «لل»
                    out.append((len(p) - 2, "ال" + rest))
                else:
                    out.append((len(p), rest))
    return tuple((cut, w) for cut, w in out if w in index)


def _condition_met(e: Entry, words: tuple[str, ...], i: int, j: int, cut: int,
                   sport: bool) -> bool:
    cond = e.condition
    if not cond:
        return True
    before_norm = norm_word(words[i - 1]) if i > 0 else ""
    if cut == 0 and before_norm in CUE_NOUNS["sport" if cond == "sport" else e.type]:
        return True
    before_definite = before_norm.startswith(("ال", "وال", "فال", "بال", "لل", "كال"))
    if cond == "sport" and sport and not before_definite and \
            not (j < len(words) and norm_word(words[j]).startswith("ال")):
        return True  # «من الاتحاد إلى الشباب»; not «والخط العربي», «الاتحاد السعودي»
    before = words[i - 1] if i > 0 else ""
    quoted_before = before in QUOTES or before.endswith("ـ")  # «لـ"سبق"»
    return quoted_before and j < len(words) and words[j] in QUOTES


def find(toks: list[Token], sport: bool) -> list[tuple[int, int, int, str]]:
    """Listed names in a sentence: (first token, end token, proclitic letters cut, type)."""
    return find_in_words([t.text for t in toks], sport)


def find_in_words(words: list[str], sport: bool) -> list[tuple[int, int, int, str]]:
    """`find` on the sentence's words (memoised: the tagger's features and the entity rules
    both look up every sentence of an article)."""
    return list(_find_memo(tuple(words), sport))


@lru_cache(maxsize=4096)
def _find_memo(words: tuple[str, ...], sport: bool) -> tuple[tuple[int, int, int, str], ...]:
    return tuple(_find_in_words(words, sport))


def _find_in_words(words: tuple[str, ...], sport: bool) -> list[tuple[int, int, int, str]]:
    index = entries()
    forms = [_first_word_forms(w) for w in words]
    norms: list[str] = []
    out = []
    end = 0  # words before `end` are inside a name found already
    for i, readings in enumerate(forms):
        if not readings or i < end:
            continue  # most words start no listed name
        hit = None
        for cut, first in readings:
            for e in index.get(first, ()):
                j = i + len(e.words)
                if j > len(words):
                    continue
                if len(e.words) > 1 and not norms:
                    norms = [norm_word(w) for w in words]
                if len(e.words) > 1 and tuple(norms[i + 1:j]) != e.words[1:]:
                    continue
                if len(e.words) == 1 and len(e.words[0]) <= 2 and \
                        _plain(words[i])[cut:] != e.written:
                    continue  # «إب» is not «أب»
                if _condition_met(e, words, i, j, cut, sport):
                    hit = (i, j, cut, e.type)
                    break
            if hit:
                break
        if hit:
            out.append(hit)
            end = hit[1]
    return out
