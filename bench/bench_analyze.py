"""Time `analyze` (entities, claims, speakers) on SaudiNewsNet articles and print throughput.

    uv run python bench/bench_analyze.py            # a fixed sample of 1000 articles
    uv run python bench/bench_analyze.py --all      # all 12,824 articles
    uv run python bench/bench_analyze.py --n 200    # a smaller fixed sample
    uv run python bench/bench_analyze.py --compare-with REV [--n 1000]

Prints tokens/second, ms per article (median, p95) and ms per 1,000 words (target: a 1,000-word
article in under 50 ms on one core). The corpus (CC BY-NC-SA) is read from ../shared and never
shipped. Loading the model is timed separately, before the loop.

--compare-with REV runs the same loop for this checkout and for commit REV (checked out into a
temporary git worktree) in one run: each side is a worker process with its own code and model,
and each article of the sample is analysed by both, the order alternating from article to
article, so that both see the same load on a shared machine. Prints each side's median wall-clock
and CPU ms per article of 800-1,200 words, and the ratio (new / old).
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


def worker(code_root: str, texts_path: str) -> int:
    """Serve timings over stdin/stdout: analyse article i with the code in `code_root` for each
    line "i"; answer "wall_ms cpu_ms"."""
    sys.path.insert(0, code_root)
    from extract.analyze import analyze
    from extract.load import article_from_text
    from extract.ner.tagger import default_tagger

    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    default_tagger()
    print("ready", flush=True)
    for line in sys.stdin:
        i = int(line)
        wall, cpu = time.perf_counter(), time.process_time()
        analyze(article_from_text(texts[i]))
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


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def compare(rev: str, texts: list[str]) -> int:
    """The timing loop of `main` for this checkout and for commit `rev`, article by article in
    alternating order, each side in its own worker process."""
    from extract.load import article_from_text

    commit, head = _git("rev-parse", "--short", rev), _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--untracked-files=no")
    words = [word_count(article_from_text(t)) for t in texts]
    near = [800 <= n <= 1200 for n in words]
    times: dict[str, list[tuple[float, float]]] = {"new": [], "old": []}
    with tempfile.TemporaryDirectory(prefix="sanad-bench-") as tmp:
        old_root = Path(tmp) / "old"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(old_root), commit],
                       cwd=ROOT, check=True)
        try:
            texts_path = Path(tmp) / "texts.json"
            texts_path.write_text(json.dumps(texts), encoding="utf-8")
            sides = {"new": Worker(ROOT, texts_path), "old": Worker(old_root, texts_path)}
            for i in range(len(texts)):
                for side in (("new", "old") if i % 2 == 0 else ("old", "new")):
                    times[side].append(sides[side].time(i))
            for w in sides.values():
                w.close()
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old_root)], cwd=ROOT,
                           check=False)

    def median(side: str, which: int, part: slice = slice(None)) -> float:
        picked = [t[which] for t, ok in zip(times[side][part], near[part], strict=True) if ok]
        return statistics.median(picked)

    half = slice(0, len(texts) // 2), slice(len(texts) // 2, None)
    print(f"{len(texts)} articles analysed by both, alternating; medians over the "
          f"{sum(near)} of 800-1,200 words; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")
    label = {"old": f"old {commit}", "new": f"new {head}{'+changes' if dirty else ''}"}
    for side in ("old", "new"):
        print(f"{label[side]:<22} median {median(side, 0):6.1f} ms wall  {median(side, 1):6.1f} "
              f"ms CPU per article  (halves of the run: {median(side, 1, half[0]):.1f}, "
              f"{median(side, 1, half[1]):.1f} ms CPU)")
    print(f"ratio new/old: {median('new', 0) / median('old', 0):.2f} wall, "
          f"{median('new', 1) / median('old', 1):.2f} CPU (target <= 0.50)")
    # every article of 50+ words, as CPU ms per 1,000 words: more samples, the same ratio
    per_kword = {side: [t[1] * 1000 / n for t, n in zip(times[side], words, strict=True)
                        if n >= 50] for side in times}
    new_k, old_k = statistics.median(per_kword["new"]), statistics.median(per_kword["old"])
    print(f"all {len(per_kword['new'])} articles of 50+ words: median CPU ms per 1,000 words "
          f"old {old_k:.1f}, new {new_k:.1f}, ratio {new_k / old_k:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="every article instead of a sample")
    parser.add_argument("--n", type=int, default=1000, help="sample size (fixed seed)")
    parser.add_argument("--compare-with", metavar="REV", help="also time commit REV, interleaved")
    parser.add_argument("--worker", nargs=2, metavar=("CODE_ROOT", "TEXTS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(*args.worker)
    if not CORPUS.is_dir():
        print(f"error: corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    from extract.analyze import analyze
    from extract.load import article_from_text
    from extract.ner.tagger import default_tagger

    texts = load_articles()
    if not args.all and args.n < len(texts):
        texts = random.Random(2015).sample(texts, args.n)
    if args.compare_with:
        return compare(args.compare_with, texts)
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
