"""One article, many copies: how fast and how well an edited copy is found as the same article.

    uv run python bench/bench_versions.py [--limit N] [--copies 500]

Imports the 12,824 SaudiNewsNet articles into a fresh library as bench_library.py does (titles
from the corpus, no analysis), counting how many the similarity check itself merged as versions
(same title, word 2-shingle Jaccard >= 0.8), then for `--copies` random articles of 30+ words makes
edited copies four ways (lines re-wrapped, words changed, a sentence dropped) and times
`app.library.versions.find_similar` on it (wall and CPU), with how often it finds the original;
and as many copies of *other* articles given a stored title, which must not be merged.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_library import BATCH, corpus_items  # noqa: E402

from app.library import open_library  # noqa: E402
from app.library.articles import add_article  # noqa: E402
from app.library.db import LibraryError  # noqa: E402
from app.library.versions import find_similar, jaccard, shingles  # noqa: E402
from extract.load import LoadError, article_from_text  # noqa: E402


def rewrapped(text: str, rng: random.Random) -> str:
    """The same words, lines joined and split elsewhere (a re-paste from another program)."""
    words = text.split()
    out, line = [], []
    for word in words:
        line.append(word)
        if len(line) >= rng.randint(8, 14):
            out.append(" ".join(line))
            line = []
    return "\n".join(out + [" ".join(line)])


def words_changed(text: str, rng: random.Random, count: int = 5) -> str:
    words = text.split(" ")
    for _ in range(count):
        words[rng.randrange(len(words))] = "كلمة"
    return " ".join(words)


def sentence_dropped(text: str, rng: random.Random) -> str:
    sentences = text.split(". ")
    if len(sentences) > 2:
        del sentences[rng.randrange(1, len(sentences))]
    return ". ".join(sentences)


EDITS = {
    "re-wrapped lines, 2 words changed": lambda t, r: rewrapped(words_changed(t, r, 2), r),
    "5 words changed": lambda t, r: words_changed(t, r, 5),
    "a sentence dropped": sentence_dropped,
    "a sentence dropped and 5 words changed": lambda t, r: words_changed(
        sentence_dropped(t, r), r, 5),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--copies", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(17)
    items = corpus_items(args.limit)
    db_path = Path(tempfile.mkdtemp(prefix="sanad-versions-")) / "library.sqlite"
    lib = open_library(db_path)
    statuses: dict[str, int] = {}
    stored: list[tuple[int, str, str]] = []
    t0, c0 = time.perf_counter(), time.process_time()
    for start in range(0, len(items), BATCH):
        with lib.writing():
            for item in items[start:start + BATCH]:
                try:
                    article = article_from_text(item.get("content") or "", item.get("url"))
                    title = item.get("title") or article.title
                    result = add_article(lib, title, article.text, item.get("url"),
                                         item.get("date_extracted"))
                except (LoadError, LibraryError):
                    statuses["skipped"] = statuses.get("skipped", 0) + 1
                    continue
                statuses[result.status] = statuses.get(result.status, 0) + 1
                if result.status == "added" and title:
                    stored.append((result.article_id, title.strip(), article.text))
        print(f"\r  imported {min(start + BATCH, len(items))}/{len(items)}", end="",
              file=sys.stderr, flush=True)
    print(file=sys.stderr)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"import of {len(items)} articles with the similarity check: {wall:.1f} s wall, "
          f"{cpu:.1f} s CPU ({len(items) / wall:.0f} articles/s); statuses {statuses}")
    with lib.reading() as db:
        titles = db.execute("SELECT count(*), count(DISTINCT title) FROM articles").fetchone()
        shared = db.execute("SELECT count(*) FROM (SELECT title FROM articles WHERE title IS NOT"
                            " NULL GROUP BY title HAVING count(*) > 1)").fetchone()[0]
    print(f"articles {titles[0]}, distinct titles {titles[1]}, titles shared by 2+ articles "
          f"{shared}")

    sample = [s for s in rng.sample(stored, min(args.copies * 2, len(stored)))
              if len(s[2].split()) >= 30][:args.copies]  # an article, not a one-line brief
    words = [len(text.split()) for _, _, text in sample]
    print(f"{len(sample)} random articles of 30+ words (median {statistics.median(words):.0f} "
          "words), each edited four ways:")
    walls, cpus = [], []
    with lib.reading() as db:
        for name, edit in EDITS.items():
            found, scores = 0, []
            for article_id, title, text in sample:
                copy = edit(text, rng)
                scores.append(jaccard(shingles(text), shingles(copy)))
                t, c = time.perf_counter(), time.process_time()
                hit = find_similar(db, title, copy)
                walls.append(time.perf_counter() - t)
                cpus.append(time.process_time() - c)
                found += hit == article_id
            print(f"  {name}: found as the same article {found}/{len(sample)} "
                  f"(Jaccard median {statistics.median(scores):.2f}, "
                  f"min {min(scores):.2f})")
        wrong = 0
        others = rng.sample(stored, len(sample))
        for (_id, title, _text), (other_id, _t, other_text) in zip(sample, others,
                                                                   strict=True):
            hit = find_similar(db, title, other_text)
            wrong += hit is not None and other_id != hit
    print(f"another article's text under a stored title merged wrongly: {wrong}/{len(sample)}")
    print(f"find_similar per copy ({len(walls)} calls): median "
          f"{statistics.median(walls) * 1000:.2f} ms wall, max {max(walls) * 1000:.1f} ms; "
          f"CPU median {statistics.median(cpus) * 1000:.2f} ms")
    lib.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
