"""Readers for the openly licensed NER corpora in ../shared/ner, all mapped to ANERcorp's tag set.

Every reader returns a list of sentences, each a list of (token, tag) pairs with tags in
B-/I- PERS, LOC, ORG, MISC or O. The NewsFANE class mapping and the reasons behind it are in
MAPPING.md next to this file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from extract.arabic import PRONOUN_SUFFIXES, SPLIT_PROCLITICS

Sentence = list[tuple[str, str]]


# NewsFANE fine class -> ANERcorp coarse type (None = not an ANERcorp entity, tagged O).
NEWSFANE_MAP: dict[str, str | None] = {
    # persons
    "Politician": "PERS", "Athlete": "PERS", "Artist": "PERS", "Other_PER": "PERS",
    "Religious_PER": "PERS", "Scientist": "PERS", "Businessperson": "PERS", "Lawyer": "PERS",
    "Engineer": "PERS", "Police": "PERS",
    # GPE and natural locations are LOC in ANERcorp (countries, cities, regions, continents)
    "Nation": "LOC", "Population-Center": "LOC", "State-or-Province": "LOC",
    "County-or-District": "LOC", "GPE-Cluster": "LOC", "Continent": "LOC", "Water-Body": "LOC",
    "Land-Region-Natural": "LOC", "Celestial": "LOC", "Water": "LOC",
    # organisations
    "Non-Governmental": "ORG", "Sports": "ORG", "Government": "ORG", "Media": "ORG",
    "Commercial": "ORG", "Educational": "ORG", "Medical-Science": "ORG", "Entertainment": "ORG",
    "Religious_ORG": "ORG", "Group": "ORG",
    # titles of works are MISC in ANERcorp
    "Book": "MISC", "Movie": "MISC", "Software": "MISC",
    # facilities, vehicles, weapons, food...: ANERcorp does not tag them consistently
    "Building-Grounds": None, "Airport": None, "Path": None, "Subarea-Facility": None,
    "Land": None, "Air": None, "Hardware": None, "Projectile": None, "Shooting": None,
    "Food": None, "Drug": None, "Plant": None,
}

_INVISIBLE = re.compile("[\u200e\u200f\ufeff]")


def read_conll(lines: Iterable[str], sep: str | None = None) -> list[Sentence]:
    """Token in the first column, tag in the last; blank lines end sentences."""
    sents: list[Sentence] = []
    cur: Sentence = []
    for raw in lines:
        line = _INVISIBLE.sub("", raw.rstrip("\n"))
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = line.split(sep) if sep else line.split()
        if len(parts) < 2:
            continue
        cur.append((parts[0].strip(), parts[-1].strip()))
    if cur:
        sents.append(cur)
    return sents


def clean_tag(tag: str, mapping: dict[str, str | None] | None = None) -> str:
    """Normalise one BIO tag to ANERcorp's set, mapping the type if a mapping is given."""
    if tag in ("O", "") or "-" not in tag:
        return "O"
    bio, typ = tag[0], tag[2:].strip("-` ")
    if bio not in "BI":
        return "O"
    if mapping is not None:
        mapped = mapping.get(typ)
    else:
        mapped = {"PER": "PERS", "PERS": "PERS", "LOC": "LOC", "ORG": "ORG"}.get(typ)
        if mapped is None and typ.startswith("MIS"):
            mapped = "MISC"
    return f"{bio}-{mapped}" if mapped else "O"


def repair_bio(sent: Sentence) -> Sentence:
    """Turn an I- tag that does not continue a same-typed entity into B- (IOB2)."""
    out: Sentence = []
    prev = "O"
    for word, tag in sent:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append((word, tag))
        prev = tag
    return out


def read_anercorp(path: Path) -> list[Sentence]:
    with open(path, encoding="utf-8") as fh:
        return [repair_bio([(w, clean_tag(t)) for w, t in s]) for s in read_conll(fh)]


def read_aqmar(folder: Path) -> list[Sentence]:
    """AQMAR Wikipedia articles, PER/LOC/ORG kept and MIS0-3 mapped to MISC, files in name order."""
    sents: list[Sentence] = []
    for path in sorted(folder.glob("*.txt")):
        with open(path, encoding="utf-8") as fh:
            for s in read_conll(fh):
                sents.append(repair_bio([(w, clean_tag(t)) for w, t in s]))
    return sents




def rejoin_clitics(sent: Sentence) -> Sentence:
    """Glue NewsFANE's split clitics (proclitics and attached pronouns, which ANERcorp keeps
    inside the word) back onto their word, as ANERcorp writes text.

    The glued word takes the tag of the host word (a proclitic before a name keeps the name's tag,
    as in ANERcorp's «وبغداد B-LOC»).
    """
    out: list[list[str]] = []
    pending = ""
    for word, tag in sent:
        if word in SPLIT_PROCLITICS and tag == "O":
            pending += word
            continue
        if word in PRONOUN_SUFFIXES and tag == "O" and out and not pending \
                and out[-1][0][-1:].isalpha():
            host = out[-1][0]
            if host.endswith("ة"):
                host = host[:-1] + "ت"
            out[-1][0] = host + word
            continue
        out.append([pending + word, tag])
        pending = ""
    if pending:
        out.append([pending, "O"])
    return [(w, t) for w, t in out]


def read_newsfane(path: Path) -> list[Sentence]:
    with open(path, encoding="utf-8") as fh:
        raw = read_conll(fh, sep="\t")
    return [repair_bio(rejoin_clitics([(w, clean_tag(t, NEWSFANE_MAP)) for w, t in s]))
            for s in raw]


def _match_key(text: str) -> str:
    """Spelling-insensitive key: NewsFANE drops hamzas and rewrites ة before clitics."""
    text = re.sub("[\u064b-\u0652\u0640\\s]", "", text)
    text = re.sub("[أإآٱ]", "ا", text)
    return text.replace("ى", "ي").replace("ة", "ه").replace("ت", "ه")


def _grams(text: str, k: int = 8) -> set[str]:
    return {text[i : i + k] for i in range(len(text) - k + 1)}


def restrict_to(sents: list[Sentence], allowed: list[Sentence],
                min_cover: float = 0.6) -> list[Sentence]:
    """Keep only the sentences whose text is (mostly) found in `allowed`.

    NewsFANE is a re-annotation of ANERcorp, *including ANERcorp's held-out test split* and our dev
    split. Training on those sentences would leak the benchmark, so a NewsFANE sentence is used only
    when at least `min_cover` of its character 8-grams occur in the ANERcorp sentences we train on.
    """
    known: set[str] = set()
    for s in allowed:
        known |= _grams(_match_key("".join(w for w, _ in s)))
    kept = []
    for s in sents:
        g = _grams(_match_key("".join(w for w, _ in s)))
        if g and len(g & known) / len(g) >= min_cover:
            kept.append(s)
    return kept
