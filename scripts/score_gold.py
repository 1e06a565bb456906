"""Score who-said-what on every gold article: per-article and overall claim_f1 / attributed_f1.

usage: uv run python scripts/score_gold.py [--seed] [--verbose]

Runs the claim extractor on tests/gold/*.txt (and, with --seed, ../shared/samples/seed-libya.txt)
and scores it with the matching rule of ../shared/tools/score_claims.py: a predicted claim matches a
gold claim when its content covers at least half of the gold snippet; the speaker is right when a
gold alias is contained in the predicted name (or the name in an alias, at 60% of its length).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.load import load_path  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold"
SEED_TEXT = ROOT.parent / "shared" / "samples" / "seed-libya.txt"
SEED_GOLD = ROOT.parent / "shared" / "gold" / "seed-libya.json"

_DIAC = re.compile("[\u064b-\u0652\u0670\u0640]")


def _norm(s: str) -> str:
    s = _DIAC.sub("", s or "")
    s = re.sub("[إأآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    s = re.sub(r'[«»"“”\'()\[\]،,.:؛]', " ", s)
    return " ".join(s.split())


def speaker_ok(pred: str, aliases: list[str]) -> bool:
    p = _norm(pred)
    if not p:
        return False
    return any(a in p or (p in a and len(p) >= 0.6 * len(a)) for a in map(_norm, aliases))


def score(gold: dict, text: str, claims: list[dict], verbose: bool = False) -> dict:
    """The figures of score_claims.py for one article (same matching, same counting)."""
    spans = [(c["content"]["start"], c["content"]["end"]) for c in claims]
    used: set[int] = set()
    found = correct = 0
    for g in gold["claims"]:
        s = text.find(g["snippet"])
        if s < 0:
            continue
        e = s + len(g["snippet"])
        best, best_ov = None, 0
        for i, (a, b) in enumerate(spans):
            if i in used:
                continue
            ov = max(0, min(b, e) - max(a, s))
            if ov >= 0.5 * (e - s) and ov > best_ov:
                best, best_ov = i, ov
        if best is None:
            if verbose:
                print(f"   MISS  {g['snippet']}  [{gold['speakers'][g['speaker']][0]}]")
            continue
        used.add(best)
        found += 1
        name = claims[best]["speaker"]["name"]
        if speaker_ok(name, gold["speakers"][g["speaker"]]):
            correct += 1
        elif verbose:
            print(
                f"   WHO   {g['snippet']}  got [{name}] want [{gold['speakers'][g['speaker']][0]}]"
            )
    optional = 0
    for snip in gold.get("optional_claims", []):
        s = text.find(snip)
        if s < 0:
            continue
        e = s + len(snip)
        for i, (a, b) in enumerate(spans):
            if i not in used and min(b, e) - max(a, s) >= 0.5 * (e - s):
                used.add(i)
                optional += 1
                break
    if verbose:
        for i, (a, b) in enumerate(spans):
            if i not in used:
                print(f"   EXTRA {text[a:b][:70]}  [{claims[i]['speaker']['name']}]")
    n_gold = len(gold["claims"])
    n_pred = len(claims) - optional
    p = found / n_pred if n_pred else 0.0
    r = found / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    p2 = correct / n_pred if n_pred else 0.0
    r2 = correct / n_gold if n_gold else 0.0
    f2 = 2 * p2 * r2 / (p2 + r2) if p2 + r2 else 0.0
    return {
        "gold": n_gold,
        "pred": n_pred,
        "found": found,
        "right": correct,
        "claim_f1": round(f1, 3),
        "attributed_f1": round(f2, 3),
    }


def gold_articles(include_seed: bool) -> list[tuple[str, Path, dict]]:
    out = []
    for gold_path in sorted(GOLD_DIR.glob("*.json")):
        out.append(
            (
                gold_path.stem,
                gold_path.with_suffix(".txt"),
                json.loads(gold_path.read_text("utf-8")),
            )
        )
    if include_seed and SEED_GOLD.exists():
        out.append(("seed-libya", SEED_TEXT, json.loads(SEED_GOLD.read_text("utf-8"))))
    return out


def run(include_seed: bool = False, verbose: bool = False) -> dict:
    from extract.claims import extract_claims
    from extract.entities import extract_entities

    rows = {}
    totals = {"gold": 0, "pred": 0, "found": 0, "right": 0}
    for name, text_path, gold in gold_articles(include_seed):
        article = load_path(text_path)
        claims, _ = extract_claims(article, extract_entities(article))
        if verbose:
            print(f"== {name}")
        row = score(gold, article.text, claims, verbose)
        rows[name] = row
        for k in totals:
            totals[k] += row[k]
    p = totals["found"] / totals["pred"] if totals["pred"] else 0.0
    r = totals["found"] / totals["gold"] if totals["gold"] else 0.0
    p2 = totals["right"] / totals["pred"] if totals["pred"] else 0.0
    r2 = totals["right"] / totals["gold"] if totals["gold"] else 0.0
    overall = dict(
        totals,
        claim_f1=round(2 * p * r / (p + r), 3) if p + r else 0.0,
        attributed_f1=round(2 * p2 * r2 / (p2 + r2), 3) if p2 + r2 else 0.0,
    )
    return {"articles": rows, "overall": overall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", action="store_true", help="also score the seed article")
    parser.add_argument(
        "--verbose", action="store_true", help="list misses, wrong speakers, extras"
    )
    args = parser.parse_args()
    result = run(args.seed, args.verbose)
    header = ("article", "gold", "pred", "found", "right", "claim_f1", "attr_f1")
    print(
        f"{header[0]:22} {header[1]:>4} {header[2]:>4} {header[3]:>5} {header[4]:>5} "
        f"{header[5]:>8} {header[6]:>8}"
    )
    for name, row in result["articles"].items():
        print(
            f"{name:22} {row['gold']:4} {row['pred']:4} {row['found']:5} {row['right']:5} "
            f"{row['claim_f1']:8.3f} {row['attributed_f1']:8.3f}"
        )
    o = result["overall"]
    print(
        f"{'OVERALL (micro)':22} {o['gold']:4} {o['pred']:4} {o['found']:5} {o['right']:5} "
        f"{o['claim_f1']:8.3f} {o['attributed_f1']:8.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
