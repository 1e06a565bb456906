"""The most likely label sequence of each sentence, decoded from label scores with numpy.

The same algorithm and the same arithmetic as CRFsuite's `crf1dc_viterbi`: a path's score at
word t is the best score at t-1 plus the transition plus the word's state score (in that order),
ties go to the lowest label id, and the last word takes the best-scoring label. All sentences of
a document are decoded at once, one numpy step per word position (the longest sentence sets the
number of steps), instead of one CRFsuite call per sentence.
"""

from __future__ import annotations

try:  # only imported when numpy is installed (extract/ner/tagger.py); the bundle may leave it out
    import numpy as np
except ImportError:  # pragma: no cover
    np = None


def decode(scores, lengths: list[int], transitions) -> list[list[int]]:
    """Label ids per sentence. `scores`: (words, labels) state scores of the sentences' words in
    order; `lengths`: the sentences' lengths (each at least 1); `transitions[i, j]`: the weight
    of label i followed by label j."""
    if not lengths:
        return []
    n_labels = transitions.shape[0]
    order = sorted(range(len(lengths)), key=lambda s: -lengths[s])  # longest first
    size = np.array([lengths[s] for s in order])
    steps = int(size[0])
    starts = np.cumsum(lengths) - lengths
    # padded[b, t]: the state scores of word t of the b-th longest sentence (t < its length)
    index = np.minimum(np.arange(steps)[None, :], size[:, None] - 1) + starts[order][:, None]
    padded = scores[index]
    # active[t]: how many sentences have more than t words (the first ones, being longest)
    active = np.searchsorted(-size, -np.arange(steps), side="left")
    score = padded[:, 0].copy()
    back = np.zeros((steps, len(order), n_labels), dtype=np.intp)
    for t in range(1, steps):
        k = int(active[t])
        # candidate[b, i, j]: reaching label j at t from label i at t-1
        candidate = score[:k, :, None] + transitions[None, :, :]
        back[t, :k] = candidate.argmax(axis=1)  # the first maximum: the lowest label id
        score[:k] = candidate.max(axis=1) + padded[:k, t]
    labels = np.zeros((len(order), steps), dtype=np.intp)
    labels[np.arange(len(order)), size - 1] = score.argmax(axis=1)
    for t in range(steps - 1, 0, -1):
        k = int(active[t])
        labels[:k, t - 1] = back[t, np.arange(k), labels[:k, t]]
    out: list[list[int]] = [[] for _ in lengths]
    for b, s in enumerate(order):
        out[s] = labels[b, :lengths[s]].tolist()
    return out
