"""Time `analyze` (entities, claims, speakers) on SaudiNewsNet articles and print throughput.

    uv run python bench/bench_analyze.py            # a fixed sample of 1000 articles
    uv run python bench/bench_analyze.py --all      # all 12,824 articles
    uv run python bench/bench_analyze.py --n 200    # a smaller fixed sample

Prints tokens/second, ms per article (median, p95) and ms per 1,000 words (target: a 1,000-word
article in under 50 ms on one core). The corpus (CC BY-NC-SA) is read from ../shared and never
shipped. Loading the model is timed separately, before the loop.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"


def load_articles() -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in sorted(zf.namelist()):
                if name.endswith(".json"):
                    for item in json.loads(zf.read(name).decode("utf-8")):
                        content = (item.get("content") or "").strip()
                        if content:
                            texts.append(content)
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="every article instead of a sample")
    parser.add_argument("--n", type=int, default=1000, help="sample size (fixed seed)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"error: corpus not found at {CORPUS}", file=sys.stderr)
        return 2

    from extract.analyze import analyze
    from extract.load import article_from_text
    from extract.ner.tagger import default_tagger

    texts = load_articles()
    if not args.all and args.n < len(texts):
        texts = random.Random(2015).sample(texts, args.n)
    t0 = time.perf_counter()
    default_tagger()
    load_ms = (time.perf_counter() - t0) * 1000

    per_article: list[float] = []
    per_kword: list[float] = []
    near_1000: list[float] = []  # articles of 800-1,200 words: the target's own case
    tokens = 0
    entities = 0
    total = 0.0
    for text in texts:
        start = time.perf_counter()
        article = article_from_text(text)
        result = analyze(article)
        ms = (time.perf_counter() - start) * 1000
        total += ms
        per_article.append(ms)
        words = sum(1 for t in article.tokens if t.text.isalnum() or len(t.text) > 1)
        tokens += len(article.tokens)
        entities += len(result.entities)
        if words >= 50:
            per_kword.append(ms * 1000 / words)
        if 800 <= words <= 1200:
            near_1000.append(ms)

    def pct(xs: list[float], q: float) -> float:
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(q * len(xs)))]

    print(f"articles: {len(texts)}  tokens: {tokens}  entities: {entities}")
    print(f"model load: {load_ms:.0f} ms")
    print(f"throughput: {tokens / (total / 1000):,.0f} tokens/s")
    print(f"ms per article: median {statistics.median(per_article):.1f}  "
          f"p95 {pct(per_article, 0.95):.1f}  max {max(per_article):.1f}")
    if per_kword:
        print(f"ms per 1,000 words (all articles of 50+ words): median "
              f"{statistics.median(per_kword):.1f}  p95 {pct(per_kword, 0.95):.1f}")
    if near_1000:
        print(f"articles of 800-1,200 words ({len(near_1000)}): median "
              f"{statistics.median(near_1000):.1f} ms  p95 {pct(near_1000, 0.95):.1f} ms  "
              f"(target: a 1,000-word article < 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
