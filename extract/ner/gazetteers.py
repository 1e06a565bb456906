"""Word lists built at training time, shipped with the model (resources/models/ner_gazetteers.json).

- pername: words of person names from Wikidata (CC0, ../shared/names/wikidata-coling2018).
- foreign: transliterated foreign names from Wikipedia (Apache-2.0, ../shared/names/google-ar2en).
- trigger: words seen right before a person name in the training sentences (titles, «قال»...).
- train: the type a word most often carries inside entities of the training sentences.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from extract.arabic import strip_clitics
from extract.lexicons import load_tagged
from extract.ner.features import Gazetteers, norm_word

if TYPE_CHECKING:  # the builders below are called by the training code only
    from extract.training.ner_data import Sentence


def wikidata_person_words(folder: Path, min_count: int = 1) -> set[str]:
    words: set[str] = set()
    with open(folder / "data_wd_arabic.normalized.aligned.tokens", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or not parts[2].isdigit() or int(parts[2]) < min_count:
                continue
            word = norm_word(parts[1].replace(" ", ""))
            if len(word) >= 2:
                words.add(word)
    return words


def google_foreign_words(path: Path) -> set[str]:
    words: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            ar = line.split("\t")[0].strip()
            if len(ar) >= 2:
                words.add(norm_word(ar))
    return words


# Words that introduce a person's name in news (titles, ranks, roles): general knowledge of Arabic,
# not learnt from data, so they also cover titles ANERcorp happens not to contain (المشير).
TITLE_WORDS = load_tagged("titles.tsv", "trigger")


def cldr_places() -> dict[str, str]:
    """Arabic country, region and city names from Unicode CLDR (via Babel, Unicode licence).

    Single-word names map to "1", words of longer names to "B" (first word) or "I".
    """
    from babel import Locale

    loc = Locale("ar")
    names = list(loc.territories.values())
    names += [v["city"] for v in loc.time_zones.values() if v.get("city")]
    out: dict[str, str] = {}
    for name in names:
        words = [norm_word(w) for w in name.replace("-", " ").split() if w.strip("()")]
        if not words or any(not w.isalpha() for w in words):
            continue
        if len(words) == 1:
            out[words[0]] = "1"
        else:
            out.setdefault(words[0], "B")
            for w in words[1:]:
                out.setdefault(w, "I")
    return out


def cldr_currency_words() -> set[str]:
    """Head words of Arabic currency names («دولار», «يورو»): ANERcorp tags currencies MISC."""
    from babel import Locale

    return {norm_word(name.split()[0]) for name in Locale("ar").currencies.values()
            if name and name.split()[0].isalpha()}


def trigger_words(sents: list[Sentence], min_count: int = 2) -> set[str]:
    """Normalised words that precede a B-PERS at least `min_count` times."""
    counts: Counter[str] = Counter()
    for s in sents:
        for (w, _), (_, t) in zip(s, s[1:], strict=False):
            if t == "B-PERS":
                counts[strip_clitics(norm_word(w))[1]] += 1
    return {w for w, c in counts.items() if c >= min_count and len(w) > 1}


def train_entity_words(sents: list[Sentence], min_count: int = 2,
                       min_ratio: float = 0.6) -> dict[str, str]:
    """Word -> type when the word is mostly seen inside that type's entities."""
    total: Counter[str] = Counter()
    typed: dict[str, Counter[str]] = defaultdict(Counter)
    for s in sents:
        for w, t in s:
            n = norm_word(w)
            total[n] += 1
            if t != "O":
                typed[n][t[2:]] += 1
    out = {}
    for n, c in typed.items():
        typ, k = c.most_common(1)[0]
        if k >= min_count and k / total[n] >= min_ratio and len(n) > 1:
            out[n] = typ
    return out


def common_words(sents: list[Sentence], min_count: int = 3, min_ratio: float = 0.9) -> set[str]:
    """Words the training text mostly uses outside names («رئيس», «امس»): not name evidence."""
    total: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    for s in sents:
        for w, t in s:
            for n in {norm_word(w), strip_clitics(norm_word(w))[1]}:
                total[n] += 1
                plain[n] += t == "O"
    return {n for n, c in total.items() if c >= min_count and plain[n] / c >= min_ratio}


def vocabulary(sents: list[Sentence], min_count: int = 1) -> dict[str, str]:
    """Clitic-free forms of the training text's words.

    A word outside it (out of vocabulary) is far more likely a name; the list is jackknifed like
    "train", so training sees realistic out-of-vocabulary rates.
    """
    counts: Counter[str] = Counter(strip_clitics(norm_word(w))[1] for s in sents for w, _ in s)
    return {w: "1" for w, c in sorted(counts.items()) if c >= min_count}


def build(sents: list[Sentence], shared: Path, use_train: bool = True,
          drop_common: bool = True, places: bool = True, vocab: bool = True) -> Gazetteers:
    words: dict[str, dict[str, str]] = {}
    common = common_words(sents) if drop_common else set()
    person = wikidata_person_words(shared / "names" / "wikidata-coling2018") - common
    words["pername"] = dict.fromkeys(sorted(person), "1")
    foreign = google_foreign_words(shared / "names" / "google-ar2en" / "ar2en-train.txt") - common
    words["foreign"] = dict.fromkeys(sorted(foreign), "1")
    triggers = trigger_words(sents) | {strip_clitics(norm_word(w))[1] for w in TITLE_WORDS}
    words["trigger"] = dict.fromkeys(sorted(triggers), "1")
    if places:
        words["place"] = dict(sorted(cldr_places().items()))
        words["currency"] = dict.fromkeys(sorted(cldr_currency_words()), "1")
    if use_train:
        words["train"] = dict(sorted(train_entity_words(sents).items()))
    if vocab:
        words["vocab"] = vocabulary(sents)
    return Gazetteers(words)


def save(gaz: Gazetteers, path: Path) -> None:
    path.write_text(json.dumps(gaz.words, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def load(path: Path) -> Gazetteers:
    return Gazetteers(read_lists(path))


@lru_cache(maxsize=2)
def read_lists(path: Path) -> dict[str, dict[str, str]]:
    """The shipped gazetteer file's lists, parsed once per process (the tagger and the claims'
    given names both read it: 1.7 MB of JSON). Callers must not change what it returns."""
    return json.loads(path.read_text(encoding="utf-8"))
