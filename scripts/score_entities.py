"""Score the entity lists of `analyze` against the `entities` of gold files: recall and precision
per type (PER, ORG, LOC).

usage: uv run python scripts/score_entities.py [--gold DIR ...] [--verbose]

A gold name is found when the analysis lists an entity of the same type whose name matches it
after the gold scorer's normalisation (diacritics, alef forms, ta marbuta, alef maqsura,
punctuation): equal, or one contained in the other and at least 60% of its length (the rule
`score_claims.py` applies to speaker names). Precision counts the listed PER/ORG/LOC entities that
match a gold name of their type; it is only meaningful on gold whose lists are exhaustive (the
blind batches were written so), and gold that lists an alias once makes it a little low.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.score_gold import _norm  # noqa: E402

TYPES = ("PER", "ORG", "LOC")


def names_match(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short in long and len(short) >= 0.6 * len(long)


def score_article(gold: dict, predicted: list[tuple[str, str]],
                  verbose: bool = False, name: str = "") -> dict[str, list[int]]:
    """{type: [gold, found, predicted, predicted_right]}"""
    out = {}
    for typ in TYPES:
        wanted = list(dict.fromkeys(gold.get("entities", {}).get(typ, [])))
        mine = [n for t, n in predicted if t == typ]
        found = [g for g in wanted if any(names_match(g, p) for p in mine)]
        right = [p for p in mine if any(names_match(g, p) for g in wanted)]
        out[typ] = [len(wanted), len(found), len(mine), len(right)]
        if verbose:
            for g in wanted:
                if g not in found:
                    print(f"  {name} MISS {typ} {g}")
            for p in mine:
                if p not in right:
                    print(f"  {name} EXTRA {typ} {p}")
    return out


def run(gold_dirs: list[Path], verbose: bool = False) -> dict:
    from extract.analyze import analyze
    from extract.load import load_path

    totals = {t: [0, 0, 0, 0] for t in TYPES}
    articles = 0
    for gold_dir in gold_dirs:
        for gold_path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gold_path.read_text("utf-8"))
            if "entities" not in gold:
                continue
            analysis = analyze(load_path(gold_path.with_suffix(".txt")))
            predicted = [(e.type, e.name) for e in analysis.entities]
            for typ, row in score_article(gold, predicted, verbose, gold_path.stem).items():
                totals[typ] = [x + y for x, y in zip(totals[typ], row, strict=True)]
            articles += 1
    return {"articles": articles, "types": totals}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, action="append",
                        help="folder of gold .json/.txt pairs (repeatable; default tests/gold)")
    parser.add_argument("--verbose", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    result = run(args.gold or [ROOT / "tests" / "gold"], args.verbose)
    print(f"{result['articles']} articles")
    print(f"{'type':5} {'gold':>5} {'found':>6} {'recall':>7} {'listed':>7} {'right':>6} "
          f"{'precision':>9}")
    for typ, (g, f, p, r) in result["types"].items():
        print(f"{typ:5} {g:5} {f:6} {f / g if g else 0:7.3f} {p:7} {r:6} "
              f"{r / p if p else 0:9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
