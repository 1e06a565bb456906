"""Profile `analyze` with cProfile over a fixed sample of 800-1,200-word SaudiNewsNet articles.

    uv run python bench/profile_analyze.py [--n 50] [--top 40] [--sort tottime|cumulative]
                                           [--warm 300]

Loads the model and warms the caches on one article first (with --warm N, on N other articles
too, as a long bench run or a day of reading warms the word caches), so the profile shows the
per-article work, then prints the top functions. The corpus (CC BY-NC-SA) is read from ../shared,
never shipped.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_analyze import CORPUS, load_articles  # noqa: E402


def word_count(article) -> int:
    """Words as bench_analyze counts them: tokens that are not single punctuation marks."""
    return sum(1 for t in article.tokens if t.text.isalnum() or len(t.text) > 1)


def sample_near_1000(n: int, seed: int = 2015) -> list[str]:
    """`n` articles of 800-1,200 words, drawn in a fixed order from the whole corpus."""
    from extract.load import article_from_text

    texts = load_articles()
    random.Random(seed).shuffle(texts)
    out: list[str] = []
    for text in texts:
        if 800 <= word_count(article_from_text(text)) <= 1200:
            out.append(text)
            if len(out) == n:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=50, help="articles of 800-1,200 words")
    parser.add_argument("--top", type=int, default=40, help="functions to print")
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    parser.add_argument("--warm", type=int, default=0,
                        help="also analyse this many other articles first (warm word caches)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"error: corpus not found at {CORPUS}", file=sys.stderr)
        return 2

    from extract.analyze import analyze
    from extract.load import article_from_text

    texts = sample_near_1000(args.n)
    analyze(article_from_text(texts[0]))  # model load and first-use caches stay out of the profile
    if args.warm:
        chosen = set(texts)
        others = [t for t in load_articles() if t not in chosen]
        for text in random.Random(7).sample(others, min(args.warm, len(others))):
            analyze(article_from_text(text))
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    for text in texts:
        analyze(article_from_text(text))
    profiler.disable()
    wall = time.perf_counter() - start
    print(f"{len(texts)} articles of 800-1,200 words, "
          f"{wall * 1000 / len(texts):.1f} ms per article under the profiler")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.top)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
