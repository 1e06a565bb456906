"""The attribution lexicon (resources/lexicons/cue_verbs.tsv) turned into normalised look-up sets.

The TSV lists each cue once, in its dictionary form (masculine past, masculine participle, ...);
the inflected forms a news text uses (قالت، قالوا، مشيرةً، تقول) are generated here from Arabic
morphology, so the data file stays a readable word list.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extract.normalize import normalize
from extract.resources import resource_path

LEXICON_FILE = ("lexicons", "cue_verbs.tsv")


@dataclass(frozen=True)
class CueForm:
    """One inflected cue word: what it is and who can be its subject."""

    lemma: str  # normalised dictionary form from the lexicon
    kind: str  # "verb" | "participle" | "according"
    gender: str | None  # "m" | "f" | "pl" | "du" | None (unknown)
    frames: frozenset[str] = field(default_factory=frozenset)  # normalised complementizer words


@dataclass
class Lexicon:
    forms: dict[str, CueForm]
    according: dict[str, str]  # normalised first word -> lemma (بحسب، وفق، نقلا ...)
    anonymous_heads: frozenset[str]
    anonymity_markers: list[str]  # normalised phrases
    statement_nouns: frozenset[str]
    institutions: frozenset[str] = frozenset()


def _frames(column: str) -> frozenset[str]:
    """Frames from the complementizer column, e.g. "إلى أن / إلى / NP".

    A group with أن/إن opens a reported clause ("clause"); a bare preposition group lets the cue
    take a noun-phrase statement after that preposition ("np:الى"); "NP" lets it take one directly.
    """
    out = set()
    for group in column.split("/"):
        words = [normalize(w).replace("ـ", "") for w in group.split()]
        words = [w for w in words if w and w not in {"—", "-", "x", "«»"}]
        if not words:
            continue
        if words[0].startswith("ال") and words[0] != "الي" and len(words) > 1:
            # «لفت النظر إلى أن»: the verb's own object noun comes before the statement
            out.add("objnoun:" + words[0])
            words = words[1:]
        if any(w in {"ان", "بان", ":"} for w in words) or words == [":"]:
            out.add("clause")
            if words[0] == "np":
                out.add("obj")
        elif words[0] == "np":
            out.add("np")
            if len(words) > 1:  # «NP بـ»، «NP أن»: an object comes first (وصفه بأنه، أبلغه أن)
                out.add("obj")
                if words[1] in {"الي", "علي", "عن", "من", "ب"}:
                    out.add("np:" + words[1])
        elif words[0] in {"الي", "علي", "عن", "من", "ب"}:
            out.add("np:" + words[0].rstrip("ـ"))
    return frozenset(out)


# Plural participles that are everyday nouns: «استقطاب متحدثين متخصصين» (speakers).
_PARTICIPLE_NOUNS = {"متحدثين", "متحدثان", "متحدثتين"}

_DUAL_COMMON = {"قال", "اضاف", "اكد", "اوضح", "تابع", "اشار", "ذكر", "كشف"}


def _verb_forms(lemma: str, feminine: bool) -> dict[str, str | None]:
    """Past-tense forms of a masculine past verb, with the subject gender they agree with."""
    if feminine:  # a listed feminine form (قالت): its masculine row generates it too
        return {lemma: "f"}
    stem = lemma[:-1] if lemma.endswith("ي") else lemma  # نفى -> نفت، مضى -> مضت
    forms: dict[str, str | None] = {
        lemma: "m",
        lemma + "ت": "f",
        lemma + "وا": "pl",
    }
    if lemma in _DUAL_COMMON:  # «وقالا»، «وأضافا»; other duals collide with words (أقرا ~ أقرأ)
        forms[lemma + "ا"] = "du"
    if stem != lemma:
        forms[stem + "ت"] = "f"
        forms[stem + "وا"] = "pl"
    return forms


def _imperfect_forms(lemma: str) -> dict[str, str | None]:
    if not lemma.startswith("ي"):
        return {lemma: None}
    body = lemma[1:]
    return {lemma: "m", "ت" + body: "f", lemma + "ون": "pl"}


def _participle_forms(lemma: str) -> dict[str, str | None]:
    stem = lemma[:-1] if lemma.endswith("ا") else lemma
    # no bare stem: «متوقع»، «المشير» are adjectives and nouns; the ḥāl is written with ـاً/ـةً
    return {
        stem + "ا": "m",
        stem + "ه": "f",
        stem + "ين": "pl",
        stem + "ان": "du",
        stem + "تين": "du",
    }


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read the TSV (comment lines start with '#') into look-up tables."""
    path = path or resource_path(*LEXICON_FILE)
    forms: dict[str, CueForm] = {}
    according: dict[str, str] = {}
    anonymous: set[str] = set()
    markers: list[str] = []
    statements: set[str] = set()
    institutions: set[str] = set()
    generated: list[tuple[str, str, frozenset[str]]] = []  # (verb, participle stem, frames)
    with open(path, encoding="utf-8") as fh:
        rows = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if len(row) < 3 or row[0] == "cue":
                continue
            cue, kind, comp = row[0].strip(), row[1].strip(), row[2]
            lemma = normalize(cue)
            frames = _frames(comp)
            if kind == "verb" and " " not in lemma:
                feminine = "(f.)" in (row[3] if len(row) > 3 else "")
                for form, gender in _verb_forms(lemma, feminine).items():
                    forms.setdefault(form, CueForm(lemma, "verb", gender, frames))
                    if "obj" in frames:  # «ووصفها بأنها»، «اتهمهما بـ»
                        for suffix in ("ه", "ها", "هم", "هما"):
                            forms.setdefault(form + suffix, CueForm(lemma, "verb", gender, frames))
            if kind in {"verb", "verb (derived forms only)"} and " " not in lemma:
                if len(row) > 6 and row[6].strip():
                    generated.append((lemma, normalize(row[6]), frames))
            if kind.startswith("verb (imperf"):
                for form, gender in _imperfect_forms(lemma).items():
                    forms.setdefault(form, CueForm(lemma, "verb", gender, frames))
            elif kind == "adverbial":
                for form, gender in _participle_forms(lemma).items():
                    if form in _PARTICIPLE_NOUNS:
                        continue
                    forms.setdefault(form, CueForm(lemma, "participle", gender, frames))
            elif kind == "preposition":
                according[lemma] = lemma
            elif kind == "anonymous":
                anonymous.add(lemma)
            elif kind == "anonymity":
                markers.append(lemma)
            elif kind == "statement":
                statements.add(lemma)
            elif kind == "institution":
                institutions.add(lemma)
    # the verbs' participles, after the forms listed one by one (which win)
    for lemma, participle, frames in generated:
        for form, gender in _participle_forms(participle).items():
            if form not in _PARTICIPLE_NOUNS:
                forms.setdefault(form, CueForm(lemma, "participle", gender, frames))
    return Lexicon(
        forms,
        according,
        frozenset(anonymous),
        markers,
        frozenset(statements),
        frozenset(institutions),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()
