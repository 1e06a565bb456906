"""How English a Latin spelling looks: a character n-gram model of the training names' Latin forms.

The joint model scores letters and chunks together, so it can end a name on an unlikely cluster
("bablo" for بابلو) when each chunk is likely on its own. Rescoring its final beam with a model of
what English-written names look like fixes some of those (order and weight chosen on training-side
names, see extract.training.names). The n-grams are stored as text lines keyed by the characters
themselves ("^pab", "lo$"): a few hundred thousand of them load in a fraction of a second.
"""

from __future__ import annotations

from extract.names import ngrams
from extract.names.model import END, START, backoff_logp

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
BEGIN_MARK, END_MARK = "^", "$"
_IDS = {ch: i + 2 for i, ch in enumerate(ALPHABET)}
_CHARS = {START: BEGIN_MARK, END: END_MARK, **{i: ch for ch, i in _IDS.items()}}
_CACHE_LIMIT = 200_000


class LatinModel:
    """log p(spelling) under the character n-gram model, backing off as the joint model does."""

    def __init__(self, order: int, lines: str) -> None:
        self.order = order
        self.lines = lines
        self.logp: dict[str, float] = {}
        self.logbow: dict[str, float] = {}
        self._cache: dict[str, float] = {}

    def _build(self) -> None:
        """Parse the lines on first use: a session whose names are all in the dictionary never
        pays for it (a third of a second)."""
        for line in self.lines.split("\n"):
            gram, lp, lb = line.split("\t")
            self.logp[gram] = float(lp)
            if float(lb):
                self.logbow[gram] = float(lb)

    def _score(self, history: str, char: str) -> float:
        return backoff_logp(self.logp, self.logbow, self._cache, _CACHE_LIMIT, history, char)

    def size(self) -> int:
        """How many n-grams the model has."""
        return self.lines.count("\n") + 1

    def logprob(self, latin: str) -> float:
        if not self.logp:
            self._build()
        keep = self.order - 1
        text = BEGIN_MARK + latin + END_MARK
        return sum(self._score(text[max(0, i - keep):i], text[i]) for i in range(1, len(text)))


def train(spellings: list[str], order: int, prune_below: float) -> LatinModel:
    """The model over distinct a-z spellings (each counts once, like the joint model's pairs)."""
    sequences = [([_IDS[ch] for ch in s], 1.0) for s in sorted(set(spellings))
                 if s and all(ch in _IDS for ch in s)]
    grams = ngrams.estimate(sequences, order, len(_CHARS), prune_below)
    lines = "\n".join(f"{''.join(_CHARS[i] for i in ids)}\t{lp:g}\t{lb:g}"
                      for ids, lp, lb in grams)
    return LatinModel(order, lines)
