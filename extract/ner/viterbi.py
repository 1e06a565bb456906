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
    count = len(order)
    starts = np.cumsum(lengths) - lengths
    # padded[t, b]: the state scores of word t of the b-th longest sentence (t < its length)
    index = np.minimum(np.arange(steps)[:, None], size[None, :] - 1) + starts[order][None, :]
    padded = scores[index]
    # active[t]: how many sentences have more than t words (the first ones, being longest)
    active = np.searchsorted(-size, -np.arange(steps), side="left").tolist()
    # candidate[b * n_labels + j, i]: reaching label j at t from label i at t-1, the label
    # before on the last axis, which argmax reduces fastest; the best score is then the one
    # argmax found, gathered, rather than a second reduction (max)
    into = np.ascontiguousarray(transitions.T)[None, :, :]
    score = padded[0].copy()
    back = np.zeros((steps, count, n_labels), dtype=np.intp)
    candidate = np.empty((count * n_labels, n_labels))
    flat = np.arange(count * n_labels)
    for t in range(1, steps):
        k = active[t]
        c = candidate[:k * n_labels]
        np.add(score[:k, None, :], into, out=c.reshape(k, n_labels, n_labels))
        arg = c.argmax(axis=1, out=back[t, :k].reshape(-1))  # the first maximum: lowest label
        np.add(c[flat[:k * n_labels], arg].reshape(k, n_labels), padded[t, :k], out=score[:k])
    labels = np.zeros((steps, count), dtype=np.intp)
    labels[size - 1, np.arange(count)] = score.argmax(axis=1)
    rows = np.arange(count)
    for t in range(steps - 1, 0, -1):
        k = active[t]
        labels[t - 1, :k] = back[t, rows[:k], labels[t, :k]]
    out: list[list[int]] = [[] for _ in lengths]
    columns = labels.T.tolist()
    for b, s in enumerate(order):
        out[s] = columns[b][:lengths[s]]
    return out
