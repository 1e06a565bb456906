"""Speaker view benchmark: how fast everything a frequent speaker said opens, on a big library.

    uv run python bench/bench_speaker_view.py [--db PATH] [--speaker NAME ...] [--repeat N]

The library is one filled with the SaudiNewsNet corpus analysed by the batch pipeline:

    uv run python -m extract batch ../shared/corpus/saudinewsnet/*.zip --out DIR --workers 2
    uv run python -m app.library --db /tmp/speakers/lib.sqlite import-batch DIR

For each speaker (default: the one named in the most articles, and the most frequent name of two
words or more, a person's), it prints:
- query: `speaker_statements` (spellings, statements, in date order), median and worst of
  --repeat runs, wall and CPU time;
- widget: from `SpeakerView.show_speaker` to its `statements_shown` signal with the rows, the
  timeline and the outlets filled (worker thread and UI thread included), then one paint;
- same words: `same_quotes` for its statements (the first call keys every claim of the library
  once; later ones only look up);
- completeness: the articles where that speaker appears in the index (their name or an alias, or
  the name at a statement) that the view lists - it must be all of them.
Target: the view of a frequent speaker filled in < 200 ms. Timings on a shared machine are
pessimistic; CPU time and the load average are printed with them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SANAD_NO_SETTINGS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.library import open_library  # noqa: E402
from app.library.search import name_key  # noqa: E402
from app.library.speaker_queries import (  # noqa: E402
    missing_quote_keys,
    same_quotes,
    speaker_statements,
    spelling_keys,
)

DEFAULT_DB = Path("/tmp/speakers/lib.sqlite")


def frequent_speakers(lib) -> list[str]:
    with lib.reading() as db:
        rows = db.execute("SELECT name_norm, count(DISTINCT article_id) AS n FROM speakers"
                          " WHERE anonymous = 0 GROUP BY name_norm ORDER BY n DESC"
                          " LIMIT 200").fetchall()
    if not rows:
        sys.exit("The library has no analysed speakers: import a batch output first.")
    picked = [rows[0][0]]
    person = next((name for name, _n in rows if len(name.split()) >= 2), None)
    if person and person not in picked:
        picked.append(person)
    return picked


def articles_where_speaking(lib, name: str) -> set[int]:
    """Independently of the view's query: articles whose index names the speaker (any of its
    spellings, exactly) as a speaker, an alias, or at a statement, and that have statements."""
    keys = spelling_keys(lib, name)
    marks = ", ".join("?" for _ in keys)
    with lib.reading() as db:
        by_speaker = {r[0] for r in db.execute(
            f"SELECT DISTINCT s.article_id FROM speakers s WHERE s.name_norm IN ({marks})"
            f" AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = s.article_id"
            f" AND c.speaker_key = s.speaker_key)", keys)}
        at_statement = {r[0] for r in db.execute(
            f"SELECT DISTINCT article_id FROM claims WHERE speaker_norm IN ({marks})", keys)}
    return by_speaker | at_statement


def timed(fn, repeat: int) -> tuple[list[float], list[float], object]:
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return walls, cpus, result


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms, worst {max(values) * 1000:.0f} ms"


def widget_times(lib, names: list[str], repeat: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.fonts import load_bundled_fonts
    from app.library_ops import LibraryOps
    from app.panels.speaker_view import SpeakerView

    app = QApplication.instance() or QApplication([])
    load_bundled_fonts()
    ops = LibraryOps()
    ops.attach(lib)
    view = SpeakerView(ops)
    view.resize(1000, 680)
    view.show()
    app.processEvents()
    out: dict[str, list[float]] = {}
    for name in names:
        for _ in range(repeat):
            loop = QEventLoop()
            view.statements_shown.connect(loop.quit)
            quotes = QEventLoop()
            view.quotes_shown.connect(quotes.quit)
            QTimer.singleShot(30_000, loop.quit)
            start = time.perf_counter()
            view.show_speaker(name)
            loop.exec()
            view.repaint()  # the rows, the timeline and the outlets painted
            out.setdefault(name, []).append(time.perf_counter() - start)
            view.statements_shown.disconnect(loop.quit)
            assert view.model.rowCount() == len(view.found.statements)
            QTimer.singleShot(60_000, quotes.quit)
            quotes.exec()  # let the same-words look-up finish before the next run
            view.quotes_shown.disconnect(quotes.quit)
    view.grab().save(str(Path(os.environ.get("BENCH_SHOT", "/tmp/speakers/bench-view.png"))))
    view.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--speaker", action="append", help="speaker name (repeatable)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"No library at {args.db}; see this script's docstring to make one.")
    lib = open_library(args.db)
    with lib.reading() as db:
        articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        claims = db.execute("SELECT count(*) FROM claims").fetchone()[0]
    print(f"library {args.db}: {articles} articles, {claims} statements in the claims index;"
          f" load average {os.getloadavg()[0]:.1f}")
    names = args.speaker or frequent_speakers(lib)
    # the first query of a process also loads the names dictionary when the name has long-vowel
    # look-alikes (the app loads it at start-up, `warm_up`): timed once, apart
    w, c, _ = timed(lambda: speaker_statements(lib, names[0]), 1)
    print(f"first query in this process (page cache and names dictionary cold): {w[0] * 1000:.0f}"
          f" ms (CPU {c[0] * 1000:.0f} ms)")
    missing = missing_quote_keys(lib)
    w, c, _ = timed(lambda: same_quotes(lib, speaker_statements(lib, names[0]).statements), 1)
    print(f"same-words keys: {missing} claims keyed on first use in {w[0]:.2f} s"
          f" (CPU {c[0]:.2f} s), once per library")
    for name in names:
        walls, cpus, found = timed(lambda n=name: speaker_statements(lib, n), args.repeat)
        expected = articles_where_speaking(lib, name)
        listed = found.article_ids
        qw, qc, quotes = timed(lambda f=found: same_quotes(lib, f.statements), args.repeat)
        print(f"\n«{name}» ({name_key(name)}): {len(found.statements)} statements in"
              f" {len(listed)} articles; spellings {len(found.spellings)}"
              f" (top: {', '.join(n for n, _c in found.spellings[:4])})")
        print(f"  query:      {ms(walls)}; CPU {ms(cpus)}")
        print(f"  same words: {ms(qw)}; {len(quotes)} statements said elsewhere too")
        print(f"  complete:   lists {len(expected & listed)} of the {len(expected)} articles where"
              f" the index has that speaker (missing {len(expected - listed)});"
              f" {len(listed - expected)} more through names the index gives the same speaker")
    print()
    for name, values in widget_times(lib, names, args.repeat).items():
        print(f"widget «{name}»: show_speaker -> filled and painted: {ms(values)}"
              f" (target < 200 ms)")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    lib.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
