"""Entity-level exact-match precision/recall/F1, as seqeval computes it (default IOB2 mode)."""

from __future__ import annotations

from collections import Counter


def spans(tags: list[str]) -> set[tuple[str, int, int]]:
    """(type, start, end) chunks; an I- after O or another type starts a chunk, like conlleval."""
    out: set[tuple[str, int, int]] = set()
    typ, start = None, 0
    for i, tag in enumerate(tags):
        if tag == "O":  # most tags: ends a chunk, starts none
            if typ is not None:
                out.add((typ, start, i))
                typ = None
            continue
        bio, t = tag[0], tag[2:]
        if typ is not None and (bio == "B" or t != typ):
            out.add((typ, start, i))
            typ = None
        if bio == "B" or (bio == "I" and typ is None):
            typ, start = t, i
    if typ is not None:
        out.add((typ, start, len(tags)))
    return out


def to_bioes(tags: list[str]) -> list[str]:
    """BIO -> BIOES: single-word names become S-, last words of longer names E-."""
    out = ["O"] * len(tags)
    for typ, a, b in spans(tags):
        if b - a == 1:
            out[a] = f"S-{typ}"
        else:
            out[a : b] = [f"B-{typ}"] + [f"I-{typ}"] * (b - a - 2) + [f"E-{typ}"]
    return out


def to_bio(tags: list[str]) -> list[str]:
    """BIOES (or BIO) -> BIO: S- -> B-, E- -> I-."""
    return [("B" + t[1:]) if t[0] == "S" else ("I" + t[1:]) if t[0] == "E" else t for t in tags]


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Per type and "micro": precision, recall, f1, support."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for t, *_ in gs:
            n_gold[t] += 1
        for t, *_ in ps:
            n_pred[t] += 1
        for t, *_ in gs & ps:
            tp[t] += 1
    result = {}
    for t in sorted(set(n_gold) | set(n_pred)) + ["micro"]:
        if t == "micro":
            a, b, c = sum(tp.values()), sum(n_pred.values()), sum(n_gold.values())
        else:
            a, b, c = tp[t], n_pred[t], n_gold[t]
        p = a / b if b else 0.0
        r = a / c if c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result[t] = {"precision": p, "recall": r, "f1": f, "support": c}
    return result


def format_scores(result: dict[str, dict[str, float]]) -> str:
    lines = [f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}"]
    for t, s in result.items():
        lines.append(f"{t:<6} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                     f"{int(s['support']):6d}")
    return "\n".join(lines)
