"""Headline detection on pasted articles: how often the title Sanad picks is the real headline.

    uv run python bench/bench_titles.py [--show N]

Each of the 12,824 SaudiNewsNet articles (../shared/corpus/saudinewsnet, CC BY-NC-SA: measured,
never shipped) is pasted as its title, a line break and its content, and cleaned as pasted text
is (extract.clean.clean_lines). Prints the share whose detected title equals the real one
(white space normalised), and the misses by the character the title contains.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.clean import clean_lines  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"
MARKS = ["«", "»", "!", "?", "؟", "..", ":", '"', "(", "-", "،"]


def articles():
    for path in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".json"):
                    yield from json.loads(archive.read(name))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N misses")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"{CORPUS} is not there", file=sys.stderr)
        return 1
    total = hits = 0
    misses: list[tuple[str, str | None]] = []
    by_mark: Counter[str] = Counter()
    with_mark: Counter[str] = Counter()
    start = time.perf_counter()
    for article in articles():
        title = " ".join((article.get("title") or "").split())
        content = article.get("content") or ""
        if not title or not content.strip():
            continue
        total += 1
        found = clean_lines(f"{title}\n{content}".split("\n")).title
        ok = " ".join((found or "").split()) == title
        hits += ok
        for mark in MARKS:
            if mark in title:
                with_mark[mark] += 1
                by_mark[mark] += not ok
        if not ok:
            misses.append((title, found))
    elapsed = time.perf_counter() - start
    print(f"articles with a title: {total}; detected title equals the real one: {hits} "
          f"({100 * hits / total:.2f}%) in {elapsed:.1f}s")
    for mark in MARKS:
        if with_mark[mark]:
            print(f"  titles with {mark!r}: {with_mark[mark]}, missed {by_mark[mark]} "
                  f"({100 * by_mark[mark] / with_mark[mark]:.1f}%)")
    for title, found in misses[:args.show]:
        print(f"- real: {title}\n  got:  {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
