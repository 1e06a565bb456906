"""Time `analyze` (entities, claims, speakers) on SaudiNewsNet articles and print throughput.

    uv run python bench/bench_analyze.py            # a fixed sample of 1000 articles
    uv run python bench/bench_analyze.py --all      # all 12,824 articles
    uv run python bench/bench_analyze.py --n 200    # a smaller fixed sample
    uv run python bench/bench_analyze.py --compare-with REV [--articles 40] [--rounds 1]

Prints tokens/second, ms per article (median, p95) and ms per 1,000 words (target: a 1,000-word
article in under 50 ms on one core). The corpus (CC BY-NC-SA) is read from ../shared and never
shipped. Loading the model is timed separately, before the loop.

--compare-with REV times this checkout and commit REV (checked out into a temporary git worktree)
on the same 800-1,200-word articles in one run: each side is a worker process that loads its own
code and model and warms up on 100 other articles; then every article is analysed by both, the
order alternating from article to article, so that both see the same load on a shared machine.
Prints each side's median wall-clock and CPU ms per article and the ratio (new / old).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
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


def word_count(article) -> int:
    """Words: tokens that are not single punctuation marks."""
    return sum(1 for t in article.tokens if t.text.isalnum() or len(t.text) > 1)


def compare_sets(n: int, warm: int = 100, seed: int = 2015) -> tuple[list[str], list[str]]:
    """`n` articles of 800-1,200 words to time and `warm` other articles to warm up on, drawn in a
    fixed order from the whole corpus."""
    from extract.load import article_from_text

    texts = load_articles()
    random.Random(seed).shuffle(texts)
    timed: list[str] = []
    others: list[str] = []
    for text in texts:
        if len(timed) < n and 800 <= word_count(article_from_text(text)) <= 1200:
            timed.append(text)
        elif len(others) < warm:
            others.append(text)
        if len(timed) == n and len(others) == warm:
            break
    return timed, others


def worker(code_root: str, texts_path: str) -> int:
    """Serve timings over stdin/stdout: analyse article i with the code in `code_root` for each
    line "i"; answer "wall_ms cpu_ms"."""
    sys.path.insert(0, code_root)
    from extract.analyze import analyze
    from extract.load import article_from_text

    data = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    for text in data["warm"]:
        analyze(article_from_text(text))
    print("ready", flush=True)
    for line in sys.stdin:
        i = int(line)
        wall, cpu = time.perf_counter(), time.process_time()
        analyze(article_from_text(data["timed"][i]))
        print(f"{(time.perf_counter() - wall) * 1000:.3f} {(time.process_time() - cpu) * 1000:.3f}",
              flush=True)
    return 0


class Worker:
    def __init__(self, code_root: Path, texts_path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--worker", str(code_root), str(texts_path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=code_root)
        if self.proc.stdout.readline().strip() != "ready":  # type: ignore[union-attr]
            raise RuntimeError(f"the worker for {code_root} did not start")

    def time(self, i: int) -> tuple[float, float]:
        self.proc.stdin.write(f"{i}\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        wall, cpu = self.proc.stdout.readline().split()  # type: ignore[union-attr]
        return float(wall), float(cpu)

    def close(self) -> None:
        self.proc.stdin.close()  # type: ignore[union-attr]
        self.proc.wait()


def compare(rev: str, n: int, rounds: int) -> int:
    """Time this checkout against commit `rev` on the same articles, interleaved."""
    commit = subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip()
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           check=True, capture_output=True, text=True).stdout.strip()
    timed, warm = compare_sets(n)
    with tempfile.TemporaryDirectory(prefix="sanad-bench-") as tmp:
        old_root = Path(tmp) / "old"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(old_root), commit],
                       cwd=ROOT, check=True)
        try:
            texts_path = Path(tmp) / "texts.json"
            texts_path.write_text(json.dumps({"timed": timed, "warm": warm}), encoding="utf-8")
            sides = {"new": Worker(ROOT, texts_path), "old": Worker(old_root, texts_path)}
            results: dict[str, list[tuple[float, float]]] = {"new": [], "old": []}
            for r in range(rounds):
                for i in range(len(timed)):
                    order = ("new", "old") if (i + r) % 2 == 0 else ("old", "new")
                    for side in order:
                        results[side].append(sides[side].time(i))
            for w in sides.values():
                w.close()
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old_root)], cwd=ROOT,
                           check=False)
    new_wall = statistics.median(w for w, _ in results["new"])
    old_wall = statistics.median(w for w, _ in results["old"])
    new_cpu = statistics.median(c for _, c in results["new"])
    old_cpu = statistics.median(c for _, c in results["old"])
    print(f"{len(timed)} articles of 800-1,200 words x {rounds} round(s), interleaved; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"old {commit}:  median {old_wall:6.1f} ms wall  {old_cpu:6.1f} ms CPU per article")
    print(f"new {head}{'+changes' if dirty else ''}:  median {new_wall:6.1f} ms wall  "
          f"{new_cpu:6.1f} ms CPU per article")
    print(f"ratio new/old: {new_wall / old_wall:.2f} wall, {new_cpu / old_cpu:.2f} CPU "
          "(target <= 0.50)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="every article instead of a sample")
    parser.add_argument("--n", type=int, default=1000, help="sample size (fixed seed)")
    parser.add_argument("--compare-with", metavar="REV", help="also time commit REV, interleaved")
    parser.add_argument("--articles", type=int, default=40, help="articles timed by --compare-with")
    parser.add_argument("--rounds", type=int, default=1, help="passes over them (--compare-with)")
    parser.add_argument("--worker", nargs=2, metavar=("CODE_ROOT", "TEXTS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(*args.worker)
    if not CORPUS.is_dir():
        print(f"error: corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    if args.compare_with:
        return compare(args.compare_with, args.articles, args.rounds)

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
        words = word_count(article)
        tokens += len(article.tokens)
        entities += len(result["entities"])
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
