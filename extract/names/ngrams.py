"""Interpolated Witten-Bell n-gram estimation over graphone sequences (training only)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable

from extract.names.model import END, START

NEVER = -99.0  # log-probability stored for a history that is never predicted (START)


def estimate(sequences: list[tuple[list[int], float]], order: int, vocab: int,
             prune_below: float = 0.0) -> list[tuple[list[int], float, float]]:
    """[(ids, log p(last | rest), log backoff weight of ids as a history)] for every kept n-gram.

    `sequences` are unit-id sequences (without START/END) with a weight each. Highest-order
    n-grams whose weighted count is below `prune_below` are dropped to keep the model small.
    """
    counts = _count_ngrams(sequences, order)
    hist_total, hist_types = _history_stats(counts)

    prob: dict[tuple[int, ...], float] = {}

    def p(gram: tuple[int, ...]) -> float:
        if gram in prob:
            return prob[gram]
        history = gram[:-1]
        if not history:
            value = (counts.get(gram, 0.0) + 0.5) / (hist_total[()] + 0.5 * vocab)
        elif history not in hist_total:
            value = p(gram[1:])
        else:
            total, types = hist_total[history], hist_types[history]
            value = (counts.get(gram, 0.0) + types * p(gram[1:])) / (total + types)
        prob[gram] = value
        return value

    return _entries(counts, counts, hist_total, order, prune_below, p,
                    lambda h: hist_types[h] / (hist_total[h] + hist_types[h]))


def _count_ngrams(sequences: list[tuple[list[int], float]],
                  order: int) -> dict[tuple[int, ...], float]:
    """Weighted counts of every 1..order-gram of the sequences, padded with START and END."""
    counts: dict[tuple[int, ...], float] = defaultdict(float)
    for units, weight in sequences:
        seq = [START, *units, END]
        for t in range(1, len(seq)):
            for k in range(1, order + 1):
                if t - k + 1 < 0:
                    break
                counts[tuple(seq[t - k + 1:t + 1])] += weight
    return counts


def _history_stats(counts: dict[tuple[int, ...], float],
                   ) -> tuple[dict[tuple[int, ...], float], dict[tuple[int, ...], int]]:
    """For each history: the total count that follows it, and how many different units do."""
    hist_total: dict[tuple[int, ...], float] = defaultdict(float)
    hist_types: dict[tuple[int, ...], int] = defaultdict(int)
    for gram, c in counts.items():
        hist_total[gram[:-1]] += c
        hist_types[gram[:-1]] += 1
    return hist_total, hist_types


def _grams_and_histories(counts: dict, hist_total: dict) -> list[tuple[int, ...]]:
    """Every n-gram, plus histories never predicted themselves (START): they need a backoff
    weight too, or unseen continuations would get their lower-order probability undiscounted."""
    keys = set(counts) | {h for h in hist_total if h}
    return sorted(keys, key=lambda g: (len(g), g))


def _logp(gram: tuple[int, ...], counts: dict, p) -> float:
    return round(math.log(p(gram)), 4) if gram in counts else NEVER


def _entries(counts: dict, prune_counts: dict, hist_total: dict, order: int, prune_below: float,
             p: Callable[[tuple[int, ...]], float],
             backoff: Callable[[tuple[int, ...]], float]) -> list[tuple[list[int], float, float]]:
    """The model's rows: (gram, log p, log backoff weight as a history), with highest-order grams
    whose `prune_counts` count is below `prune_below` left out."""
    out: list[tuple[list[int], float, float]] = []
    for gram in _grams_and_histories(counts, hist_total):
        if len(gram) == order and prune_counts[gram] < prune_below:
            continue
        bow = math.log(backoff(gram)) if gram in hist_total and len(gram) < order else 0.0
        out.append((list(gram), _logp(gram, counts, p), round(bow, 4)))
    return out


def estimate_kn(sequences: list[tuple[list[int], float]], order: int, vocab: int,
                prune_below: float = 0.0, discount: float = 0.75,
                ) -> list[tuple[list[int], float, float]]:
    """Interpolated Kneser-Ney: like `estimate`, but lower orders count how many different
    contexts a graphone follows rather than how often, which suits rare names better."""
    raw = _count_ngrams(sequences, order)
    left_types: dict[tuple[int, ...], int] = defaultdict(int)
    for gram in raw:
        if len(gram) > 1:
            left_types[gram[1:]] += 1
    counts: dict[tuple[int, ...], float] = {}
    for gram, c in raw.items():
        top = len(gram) == order or gram[0] == START or gram not in left_types
        counts[gram] = c if top else float(left_types[gram])
    hist_total, hist_types = _history_stats(counts)

    prob: dict[tuple[int, ...], float] = {}

    def p(gram: tuple[int, ...]) -> float:
        if gram in prob:
            return prob[gram]
        history = gram[:-1]
        lower = p(gram[1:]) if history else 1.0 / vocab
        if history and history not in hist_total:
            value = lower
        else:
            total, types = hist_total[history], hist_types[history]
            d = min(discount, 1.0)
            value = (max(counts.get(gram, 0.0) - d, 0.0) + d * types * lower) / total
        prob[gram] = value
        return value

    return _entries(counts, raw, hist_total, order, prune_below, p,
                    lambda h: discount * hist_types[h] / hist_total[h])
