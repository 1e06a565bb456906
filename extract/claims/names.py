"""Given names: «نفى فيصل العمراني» (a person speaks) vs «أكد دعم بلاده» (a verbal noun).

The word list is the NER model's person-name gazetteer (resources/models/ner_gazetteers.json, built
from Wikidata names); without it only entity mentions and titles mark names.
"""

from __future__ import annotations

from functools import lru_cache

from extract.arabic import strip_article
from extract.ner.gazetteers import read_lists
from extract.resources import resource_path

# The given name «علي» normalises like the preposition «على»; the document marks it apart.
NAME_ALI = "علي·"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    try:
        data = read_lists(resource_path("models", "ner_gazetteers.json"))
    except (OSError, ValueError):
        return frozenset()
    words = set(data.get("pername", {}))
    words.update(w for w, t in data.get("train", {}).items() if t == "PERS")
    # the gazetteer writes «ئ» as «ي» (فايز) where the claim rules keep it (فائز): both spellings
    from extract.claims.words import TITLES  # «قايد» (a surname) is also «قائد» (a commander)

    seated = {w[:i] + "ائ" + w[i + 2:] for w in words for i in _seat_positions(w)}
    words.update(v for v in seated if v not in TITLES and strip_article(v) not in TITLES)
    return frozenset({w for w in words if len(w) >= 3} | {NAME_ALI})


def _seat_positions(w: str) -> list[int]:
    """Where «اي» stands inside a word before another letter (فايز، عايض), not at its end."""
    return [i for i in range(1, len(w) - 2) if w[i:i + 2] == "اي"]


@lru_cache(maxsize=1)
def common_first_names() -> frozenset[str]:
    """Words the NER training data tags as persons most often (a stricter list than the above)."""
    try:
        data = read_lists(resource_path("models", "ner_gazetteers.json"))
    except (OSError, ValueError):
        return frozenset({NAME_ALI})
    return frozenset({w for w, t in data.get("train", {}).items() if t == "PERS"} | {NAME_ALI})
