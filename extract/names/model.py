"""Character-level Arabic -> English name transliteration: a joint-sequence n-gram model.

Each Arabic letter is paired with the Latin chunk it was aligned to in training (a "graphone",
e.g. خ:kha, ة:a). An interpolated Witten-Bell n-gram model over graphone sequences scores a
spelling; beam search over the chunks each letter can take finds the best spellings. The joint
model sees the next letter's choice when scoring (khaa is unlikely), so it needs no look-ahead.
The spellings left in the final beam are then rescored with a character model of English-written
names (extract.names.latin), which the model file carries too. Pure Python; a few ms per word.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extract.arabic import LETTER_FALLBACK

if TYPE_CHECKING:
    from extract.names.latin import LatinModel

FORMAT = "sanad.names-jsm/1"
START, END = 0, 1
_FLOOR = -30.0  # log-probability of a graphone never seen at all
_CACHE_LIMIT = 500_000  # scored n-grams kept between calls (a long session must not grow forever)


@dataclass(frozen=True)
class Spelling:
    latin: str
    prob: float  # share of probability among the returned spellings


class JointModel:
    """The trained model, loaded from `resources/names/model.json.gz`."""

    def __init__(self, order: int, units: list[tuple[str, str]],
                 ngrams: list[tuple[list[int], float, float]], beam: int = 24) -> None:
        self.order = order
        self.units = units
        self.beam = beam
        self.logp: dict[tuple[int, ...], float] = {}
        self.logbow: dict[tuple[int, ...], float] = {}
        for ids, lp, lb in ngrams:
            key = tuple(ids)
            self.logp[key] = lp
            if lb:
                self.logbow[key] = lb
        self.choices: dict[str, list[int]] = {}
        for uid, (letter, _) in enumerate(units):
            if uid > END:
                self.choices.setdefault(letter, []).append(uid)
        self._cache: dict[tuple[int, ...], float] = {}
        self.latin: LatinModel | None = None  # rescoring model for the n-best (extract.names.latin)
        self.latin_weight = 0.0

    @classmethod
    def load(cls, path: Path) -> JointModel:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        if data.get("format") != FORMAT:
            raise ValueError(f"{path} is not a Sanad names model")
        units = [tuple(u) for u in data["units"]]
        model = cls(data["order"], units, data["ngrams"])
        latin = data.get("latin")
        if latin:
            from extract.names.latin import LatinModel

            model.latin = LatinModel(latin["order"], latin["ngrams"])
            model.latin_weight = latin["weight"]
        return model

    def save(self, path: Path, ngrams: list[tuple[list[int], float, float]]) -> None:
        data: dict = {"format": FORMAT, "order": self.order, "units": self.units,
                      "ngrams": ngrams}
        if self.latin is not None:
            data["latin"] = {"order": self.latin.order, "weight": self.latin_weight,
                             "ngrams": self.latin.lines}
        with gzip.GzipFile(path, "wb", mtime=0) as raw:
            raw.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    def score(self, history: tuple[int, ...], unit: int) -> float:
        """log p(unit | history), backing off through shorter histories."""
        return backoff_logp(self.logp, self.logbow, self._cache, _CACHE_LIMIT, history, (unit,))

    def transliterate(self, word: str, n: int = 5) -> list[Spelling]:
        """The `n` most likely Latin spellings of an Arabic word (lower case), best first."""
        scored = self.nbest(word)
        if self.latin is not None and self.latin_weight:
            scored = sorted(((text, value + self.latin_weight * self.latin.logprob(text))
                             for text, value in scored), key=lambda kv: -kv[1])
        best = [(text, value) for text, value in scored if text][:n]
        if not best:
            return []
        top = best[0][1]
        weights = [math.exp(v - top) for _, v in best]
        norm = sum(weights)
        return [Spelling(text, w / norm) for (text, _), w in zip(best, weights, strict=True)]

    def nbest(self, word: str) -> list[tuple[str, float]]:
        """Every spelling left in the final beam with its joint log-probability, best first."""
        letters = [LETTER_FALLBACK.get(ch, ch) for ch in word]
        letters = [ch for ch in letters if ch in self.choices]
        if not letters:
            return []
        keep = self.order - 1
        beam: list[tuple[float, tuple[int, ...], str]] = [(0.0, (START,), "")]
        for letter in letters:
            grown: dict[tuple[tuple[int, ...], str], float] = {}
            for logp, history, text in beam:
                for uid in self.choices[letter]:
                    new_history = (history + (uid,))[-keep:]
                    key = (new_history, text + self.units[uid][1])
                    value = logp + self.score(history, uid)
                    old = grown.get(key)
                    grown[key] = value if old is None else _logadd(old, value)
            ranked = sorted(grown.items(), key=lambda kv: -kv[1])[: self.beam]
            beam = [(value, history, text) for (history, text), value in ranked]
        totals: dict[str, float] = {}
        for logp, history, text in beam:
            value = logp + self.score(history, END)
            totals[text] = value if text not in totals else _logadd(totals[text], value)
        return sorted(totals.items(), key=lambda kv: -kv[1])


def backoff_logp(logp: dict, logbow: dict, cache: dict, limit: int, history, tail) -> float:
    """log p(tail | history) in a back-off n-gram model, memoised in `cache` (emptied once it
    holds more than `limit` entries). Keys are sequences: tuples of graphone ids for the joint
    model, strings of characters for the English-spelling model (latin.py)."""
    key = history + tail
    cached = cache.get(key)
    if cached is not None:
        return cached
    if key in logp:
        value = logp[key]
    elif not history:
        value = _FLOOR
    else:
        value = logbow.get(history, 0.0) + backoff_logp(logp, logbow, cache, limit,
                                                        history[1:], tail)
    if len(cache) > limit:
        cache.clear()
    cache[key] = value
    return value


def _logadd(a: float, b: float) -> float:
    if a < b:
        a, b = b, a
    return a + math.log1p(math.exp(b - a))
