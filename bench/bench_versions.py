"""One article, many copies: how fast and how well an edited copy is found as the same article.

    uv run python bench/bench_versions.py [--limit N] [--copies 500]

Imports the 12,824 SaudiNewsNet articles into a fresh library as bench_library.py does (titles
from the corpus, no analysis), counting how many the similarity check itself merged as versions
(same title, word 3-shingle Jaccard >= 0.8), then for `--copies` random articles makes an edited
copy (one sentence dropped, five words changed, lines re-wrapped) and times
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


def edited_copy(text: str, rng: random.Random) -> str:
    sentences = text.replace("\n", " \n ").split(". ")
    if len(sentences) > 3:
        del sentences[rng.randrange(1, len(sentences))]
    words = ". ".join(sentences).split(" ")
    for _ in range(5):
        i = rng.randrange(len(words))
        words[i] = "كلمة" if words[i] != "\n" else words[i]
    return " ".join(words).replace(" \n ", "\n\n")


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

    sample = rng.sample(stored, min(args.copies, len(stored)))
    found, walls, cpus, scores = 0, [], [], []
    with lib.reading() as db:
        for article_id, title, text in sample:
            copy = edited_copy(text, rng)
            scores.append(jaccard(shingles(text), shingles(copy)))
            t, c = time.perf_counter(), time.process_time()
            hit = find_similar(db, title, copy)
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
            found += hit == article_id
        false = 0
        for (_id, title, _text), (other_id, _t, other_text) in zip(
                sample, rng.sample(stored, len(sample)), strict=True):
            hit = find_similar(db, title, other_text)
            false += hit is not None and hit != _id and hit != other_id
            false += hit == _id and _id != other_id
    print(f"edited copies found as the same article: {found}/{len(sample)} "
          f"(their Jaccard with the original: median {statistics.median(scores):.2f}, "
          f"min {min(scores):.2f})")
    print(f"another article's text under a stored title merged wrongly: {false}/{len(sample)}")
    print(f"find_similar per copy: median {statistics.median(walls) * 1000:.2f} ms wall, "
          f"max {max(walls) * 1000:.1f} ms; CPU median {statistics.median(cpus) * 1000:.2f} ms")
    lib.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
