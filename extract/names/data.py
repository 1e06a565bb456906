"""Reading the name pairs in ../shared/names for training (never used at run time).

Two sources: Wikidata person-name word pairs (CC0, with counts) and Google's Arabic->English
Wikipedia word pairs (Apache-2.0, train and eval splits; their test split is held out from us).
Latin forms are folded to plain a-z (accents dropped) since the suggestions are for English copy.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import Path

from extract.normalize import dediac_ar

SHARED_NAMES = Path(__file__).resolve().parents[3] / "shared" / "names"
WIKIDATA = "wikidata-coling2018/data_wd_arabic.normalized.aligned.tokens"
GOOGLE = ("google-ar2en/ar2en-train.txt", "google-ar2en/ar2en-eval.txt")

# Letters NFKD does not decompose into a base letter plus accent.
_LATIN_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "đ": "d",
                                "ð": "d", "þ": "th", "ı": "i", "ħ": "h"})
_PLAIN_LATIN = re.compile(r"[a-z]{2,}")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")
HELD_OUT_SHARE = 10  # percent of names held out for evaluation


def fold_latin(text: str) -> str | None:
    """Lower-case a-z form of a Latin name, or None if it is not a plain single word."""
    text = text.lower().translate(_LATIN_SPECIAL)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))
    text = text.replace("'", "").replace("’", "")
    return text if _PLAIN_LATIN.fullmatch(text) else None


def clean_arabic(text: str) -> str | None:
    """Arabic word without spaces or diacritics, or None if anything else is in it."""
    text = dediac_ar(text.replace(" ", "")).replace("\u0640", "")
    return text if _ARABIC_WORD.fullmatch(text) else None


def load_pairs(root: Path = SHARED_NAMES) -> Counter[tuple[str, str]]:
    """(arabic, latin) -> count over both sources; Google pairs count once each."""
    pairs: Counter[tuple[str, str]] = Counter()
    with open(root / WIKIDATA, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            latin, arabic = fold_latin(parts[0]), clean_arabic(parts[1])
            if latin and arabic and parts[2].isdigit():
                pairs[(arabic, latin)] += int(parts[2])
    for name in GOOGLE:
        with open(root / name, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 2:
                    continue
                arabic, latin = clean_arabic(parts[0]), fold_latin(parts[1])
                if latin and arabic:
                    pairs[(arabic, latin)] += 1
    return pairs


def is_held_out(key: str) -> bool:
    """Deterministic 10% split by name (the matching key), so every spelling of a name stays
    on one side and no line of a held-out name leaks into training."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HELD_OUT_SHARE
