"""Library benchmark: import the 12,824 SaudiNewsNet articles into a fresh library, then report
import rate, file size, time to open, search latency (common and rare words) and note-save time.

    uv run python bench/bench_library.py [--limit N] [--db PATH] [--analyze-sample N]

Articles go through the same path as a pasted article (extract.load.article_from_text: cleaning,
then the library's dedupe + search index). The who-said-what analysis is NOT run during the bulk
import - it dominates the time; `--analyze-sample N` times it on N articles and extrapolates.
Targets: open < 1 s, search < 50 ms.
"""

from __future__ import annotations

import argparse
import json
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

from app.library import open_library  # noqa: E402
from app.library.articles import add_article  # noqa: E402
from app.library.db import LibraryError  # noqa: E402
from app.library.notes import add_article_note, update_note_body  # noqa: E402
from app.library.search import claims_by_speaker, name_key, search  # noqa: E402
from extract.load import LoadError, article_from_text  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"
BATCH = 500


def corpus_items(limit: int | None) -> list[dict]:
    items: list[dict] = []
    for zpath in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in zf.namelist():
                if name.endswith(".json"):
                    items.extend(json.loads(zf.read(name)))
    return items[:limit] if limit else items


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def timed_open(db: Path) -> tuple[float, float]:
    """(import seconds, open seconds) in a fresh interpreter: the library modules' import (paid
    once at app start) and open_library itself plus a first query."""
    code = (f"import time, sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "t = time.perf_counter()\n"
            "import app.library.search\n"
            "from app.library import open_library\n"
            f"t1 = time.perf_counter(); lib = open_library({str(db)!r}); "
            "lib.db.execute('SELECT count(*) FROM articles').fetchone(); "
            "print(t1 - t, time.perf_counter() - t1); lib.close()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    imported, opened = out.stdout.split()
    return float(imported), float(opened)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None, help="import only the first N")
    parser.add_argument("--db", type=Path, default=None, help="library file (default: temp)")
    parser.add_argument("--analyze-sample", type=int, default=0,
                        help="also time the analysis on N articles")
    args = parser.parse_args()
    db_path = args.db or Path(tempfile.mkdtemp(prefix="sanad-bench-")) / "library.sqlite"
    if db_path.exists():
        print(f"{db_path} exists; the benchmark needs a fresh library", file=sys.stderr)
        return 1

    items = corpus_items(args.limit)
    print(f"corpus: {len(items)} articles from {CORPUS}")
    lib = open_library(db_path)
    statuses = {"added": 0, "duplicate": 0, "updated": 0, "skipped": 0}
    t0 = time.perf_counter()
    for start in range(0, len(items), BATCH):
        with lib.writing():
            for item in items[start:start + BATCH]:
                try:
                    article = article_from_text(item.get("content") or "", item.get("url"))
                    result = add_article(lib, item.get("title") or article.title, article.text,
                                         item.get("url"), item.get("date_extracted"))
                except (LoadError, LibraryError):
                    statuses["skipped"] += 1
                    continue
                statuses[result.status] = statuses.get(result.status, 0) + 1
        print(f"\r  imported {min(start + BATCH, len(items))}/{len(items)}", end="",
              file=sys.stderr, flush=True)
    import_s = time.perf_counter() - t0
    print(file=sys.stderr)
    lib.close()  # checkpoints the WAL, so the size below is the whole library
    size_mb = db_path.stat().st_size / 1e6
    print(f"import: {len(items)} articles in {import_s:.1f} s = {len(items) / import_s:.0f} "
          f"articles/s ({statuses}); analysis not run during bulk import")
    print(f"library file: {size_mb:.1f} MB")

    runs = [timed_open(db_path) for _ in range(5)]
    opens = [o for _, o in runs]
    print(f"open library (fresh process, 5 runs): median {statistics.median(opens) * 1000:.0f} ms,"
          f" max {max(opens) * 1000:.0f} ms  (target < 1000 ms); importing the library modules "
          f"first takes {statistics.median([i for i, _ in runs]) * 1000:.0f} ms at app start")

    lib = open_library(db_path)
    lib.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING "
                   "fts5vocab(main, articles_fts, 'row')")
    vocab = lib.db.execute("SELECT term, doc FROM temp.vocab WHERE length(term) > 2").fetchall()
    vocab.sort(key=lambda r: -r[1])
    common = [t for t, _ in vocab[:5]]
    rng = random.Random(7)
    rare_pool = [t for t, d in vocab if 2 <= d <= 5 and not t.isdigit()]
    rare = rng.sample(rare_pool, min(5, len(rare_pool)))
    doc_count = dict(vocab)
    for label, words in (("common", common), ("rare", rare),
                         ("user spelling", ["احمد", "أحمدُ", "الرئيس", "السعوديه"])):
        times = []
        for word in words:
            for _ in range(20):
                t = time.perf_counter()
                search(lib, word, limit=20)
                times.append(time.perf_counter() - t)
        shown = ", ".join(f"{w} ({doc_count.get(name_key(w), '?')} docs)" for w in words)
        print(f"search {label} words [{shown}]: median {statistics.median(times) * 1000:.1f} ms,"
              f" p95 {percentile(times, 95) * 1000:.1f} ms  (20 hits with snippets; "
              "target < 50 ms)")
    times = []
    first, last = lib.db.execute("SELECT min(published), max(published) FROM articles").fetchone()
    span = (first[:10], "2015-07-24") if last[:10] > "2015-07-24" else (first[:10], last[:10])
    for query in (f"{common[0]} {common[1]}", "الرياض", ""):
        for _ in range(10):
            t = time.perf_counter()
            search(lib, query, limit=20, date_from=span[0], date_to=span[1])
            times.append(time.perf_counter() - t)
    print(f"search with a date filter (two common words / one word / no words): median "
          f"{statistics.median(times) * 1000:.1f} ms, p95 {percentile(times, 95) * 1000:.1f} ms")

    note_id = add_article_note(lib, 1, "")
    times = []
    for i in range(200):
        t = time.perf_counter()
        update_note_body(lib, note_id, "ملاحظة " * (i % 40))
        times.append(time.perf_counter() - t)
    print(f"note save (update_note_body, committed + fsync): median "
          f"{statistics.median(times) * 1000:.1f} ms, p95 {percentile(times, 95) * 1000:.1f} ms")

    if args.analyze_sample:
        from app.library.analyses import ensure_analysis
        ids = [r[0] for r in lib.db.execute("SELECT id FROM articles ORDER BY random() LIMIT ?",
                                            [args.analyze_sample])]
        t = time.perf_counter()
        try:
            for article_id in ids:
                ensure_analysis(lib, article_id)
            per = (time.perf_counter() - t) / max(1, len(ids))
            print(f"analysis: {per * 1000:.0f} ms/article on {len(ids)} articles -> "
                  f"~{per * len(items) / 60:.0f} min for all {len(items)} articles")
            from extract.claims import UNKNOWN_SPEAKER

            row = lib.db.execute("SELECT speaker_name, count(*) AS n FROM claims WHERE"
                                 " anonymous = 0 AND speaker_name IS NOT NULL AND speaker_name != ?"
                                 " GROUP BY speaker_norm ORDER BY n DESC LIMIT 1",
                                 [UNKNOWN_SPEAKER]).fetchone()
            if row:
                times = []
                for _ in range(20):
                    t = time.perf_counter()
                    claims = claims_by_speaker(lib, row[0])
                    search(lib, speaker=row[0], limit=20)
                    times.append(time.perf_counter() - t)
                total = lib.db.execute("SELECT count(*) FROM claims").fetchone()[0]
                print(f"every claim by «{row[0]}» ({len(claims)} of {total} claims) + articles "
                      f"filtered by that speaker: median {statistics.median(times) * 1000:.1f} ms")
        except LibraryError as exc:
            print(f"analysis: not measured ({exc})")
    lib.close()
    print(f"library kept at {db_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
