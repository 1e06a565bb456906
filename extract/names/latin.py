"""How English a Latin spelling looks: a character n-gram model of the training names' Latin forms.

The joint model scores letters and chunks together, so it can end a name on an unlikely cluster
("mohammd") when each chunk is likely on its own. Rescoring its n-best spellings with a model of
what English-written names look like fixes some of those (weight chosen on training-side names).
"""

from __future__ import annotations

from extract.names import ngrams
from extract.names.model import END, START, JointModel

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
UNITS: list[tuple[str, str]] = [("<s>", ""), ("</s>", ""), *((ch, ch) for ch in ALPHABET)]
_IDS = {ch: i for i, (ch, _) in enumerate(UNITS) if i > END}


def char_ids(latin: str) -> list[int] | None:
    """Unit ids of a lower-case a-z spelling (None if it has anything else)."""
    ids = [_IDS.get(ch) for ch in latin]
    return None if None in ids else ids  # type: ignore[return-value]


class LatinModel:
    """log p(spelling) under the character n-gram model (backed-off, as the joint model is)."""

    def __init__(self, order: int, ngrams: list[tuple[list[int], float, float]]) -> None:
        self.order = order
        self._model = JointModel(order, UNITS, ngrams)

    def logprob(self, latin: str) -> float:
        ids = char_ids(latin)
        if ids is None:
            return -30.0 * max(len(latin), 1)
        keep = self.order - 1
        history: tuple[int, ...] = (START,)
        total = 0.0
        for uid in [*ids, END]:
            total += self._model.score(history, uid)
            history = (history + (uid,))[-keep:]
        return total


def train(spellings: list[str], order: int, prune_below: float,
          ) -> tuple[LatinModel, list[tuple[list[int], float, float]]]:
    """The model over distinct spellings (each counts once, like the joint model's pairs)."""
    sequences = [(ids, 1.0) for ids in map(char_ids, sorted(set(spellings))) if ids]
    grams = ngrams.estimate(sequences, order, len(UNITS), prune_below)
    return LatinModel(order, grams), grams
