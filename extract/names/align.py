"""Letter-to-chunk alignment of name pairs by EM (training only).

Arabic writes consonants and long vowels; English adds the short vowels. So each Arabic letter
is aligned to a chunk of 0..MAX_CHUNK Latin letters (خ -> "kha", ة -> "" or "a"), and EM finds
the chunk probabilities p(chunk | letter) that explain the pairs best. The Viterbi alignments
become the "graphones" the joint-sequence model is trained on.
"""

from __future__ import annotations

from collections import defaultdict

MAX_CHUNK = 4
Pair = tuple[str, str, float]  # arabic, latin, weight


def _possible(arabic: str, latin: str) -> bool:
    return len(latin) <= MAX_CHUNK * len(arabic)


def _initial(pairs: list[Pair]) -> dict[str, dict[str, float]]:
    """Every chunk a letter could cover in some pair, counted once per pair: a flat start."""
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for arabic, latin, _ in pairs:
        n, m = len(arabic), len(latin)
        for i, letter in enumerate(arabic):
            # a letter at position i can start anywhere its neighbours leave room for
            lo = max(0, m - MAX_CHUNK * (n - i))
            hi = min(m, MAX_CHUNK * i)
            for j in range(lo, hi + 1):
                for k in range(0, min(MAX_CHUNK, m - j) + 1):
                    counts[letter][latin[j:j + k]] += 1.0
    return _normalise(counts)


def _normalise(counts: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    probs: dict[str, dict[str, float]] = {}
    for letter, chunks in counts.items():
        total = sum(chunks.values())
        probs[letter] = {c: v / total for c, v in chunks.items() if v / total > 1e-6}
    return probs


def _forward(arabic: str, latin: str, p: dict[str, dict[str, float]]) -> list[list[float]]:
    n, m = len(arabic), len(latin)
    alpha = [[0.0] * (m + 1) for _ in range(n + 1)]
    alpha[0][0] = 1.0
    for i in range(1, n + 1):
        table = p.get(arabic[i - 1], {})
        prev, row = alpha[i - 1], alpha[i]
        for j in range(m + 1):
            total = 0.0
            for k in range(0, min(MAX_CHUNK, j) + 1):
                a = prev[j - k]
                if a:
                    q = table.get(latin[j - k:j])
                    if q:
                        total += a * q
            row[j] = total
    return alpha


def _backward(arabic: str, latin: str, p: dict[str, dict[str, float]]) -> list[list[float]]:
    n, m = len(arabic), len(latin)
    beta = [[0.0] * (m + 1) for _ in range(n + 1)]
    beta[n][m] = 1.0
    for i in range(n - 1, -1, -1):
        table = p.get(arabic[i], {})
        nxt, row = beta[i + 1], beta[i]
        for j in range(m + 1):
            total = 0.0
            for k in range(0, min(MAX_CHUNK, m - j) + 1):
                b = nxt[j + k]
                if b:
                    q = table.get(latin[j:j + k])
                    if q:
                        total += q * b
            row[j] = total
    return beta


def em(pairs: list[Pair], iterations: int = 5) -> dict[str, dict[str, float]]:
    """p(chunk | letter) after `iterations` rounds of expectation-maximisation."""
    pairs = [pr for pr in pairs if _possible(pr[0], pr[1])]
    p = _initial(pairs)
    for _ in range(iterations):
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for arabic, latin, weight in pairs:
            alpha = _forward(arabic, latin, p)
            beta = _backward(arabic, latin, p)
            z = alpha[len(arabic)][len(latin)]
            if z <= 0.0:
                continue
            m = len(latin)
            for i, letter in enumerate(arabic):
                table = p[letter]
                arow, brow = alpha[i], beta[i + 1]
                target = counts[letter]
                for j in range(m + 1):
                    a = arow[j]
                    if not a:
                        continue
                    for k in range(0, min(MAX_CHUNK, m - j) + 1):
                        b = brow[j + k]
                        if b:
                            chunk = latin[j:j + k]
                            q = table.get(chunk)
                            if q:
                                target[chunk] += weight * a * q * b / z
        p = _normalise(counts)
    return p


def viterbi(arabic: str, latin: str, p: dict[str, dict[str, float]]) -> list[str] | None:
    """The most likely chunk for each Arabic letter, or None if the pair cannot be aligned."""
    n, m = len(arabic), len(latin)
    if not _possible(arabic, latin):
        return None
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 1.0
    for i in range(1, n + 1):
        table = p.get(arabic[i - 1], {})
        for j in range(m + 1):
            for k in range(0, min(MAX_CHUNK, j) + 1):
                a = best[i - 1][j - k]
                q = table.get(latin[j - k:j], 0.0)
                if a * q > best[i][j]:
                    best[i][j] = a * q
                    back[i][j] = k
    if best[n][m] <= 0.0:
        return None
    chunks: list[str] = []
    j = m
    for i in range(n, 0, -1):
        k = back[i][j]
        chunks.append(latin[j - k:j])
        j -= k
    return chunks[::-1]
