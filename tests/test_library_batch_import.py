"""The library opens an analysed archive: `import-batch DIR` / `import_batch(lib, DIR, ...)`.

The archive is made once by a real batch run (an in-process Dask cluster: one worker thread) over
gold articles as files and as JSONL records with titles and dates.
"""

from __future__ import annotations

import gzip
import json
import logging
import shutil
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from app.library.__main__ import main as library_main  # noqa: E402
from app.library.analyses import cached_analysis  # noqa: E402
from app.library.articles import count_articles, get_article  # noqa: E402
from app.library.batch_import import import_batch  # noqa: E402
from app.library.db import LibraryError, open_library  # noqa: E402
from app.library.search import claims_by_speaker, search  # noqa: E402
from extract.schema import from_json  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "tests" / "gold").glob("*.txt"), key=lambda p: p.stat().st_size)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    from distributed import Client, LocalCluster

    from extract.batch.run import run_batch

    base = tmp_path_factory.mktemp("archive")
    folder = base / "files"
    folder.mkdir()
    for path in GOLD[:3]:
        shutil.copy(path, folder / path.name)
    with (base / "records.jsonl").open("w", encoding="utf-8") as fh:
        for i, path in enumerate(GOLD[3:6]):
            fh.write(json.dumps({"id": f"r{i}", "title": f"عنوان الخبر {i}",
                                 "text": path.read_text("utf-8"),
                                 "date": f"2015-07-2{i + 1} 08:00:00",
                                 "url": f"https://example.org/{i}", "source": "gold"},
                                ensure_ascii=False) + "\n")
    out = base / "out"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        report = run_batch([folder, base / "records.jsonl"], out, client, partition_size=4)
    assert report.analysed == 6
    return out


def _lines(out: Path) -> list[dict]:
    rows = []
    for part in sorted(out.glob("part-*.jsonl.gz")):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    return rows


def test_an_archive_imports_with_titles_dates_and_analyses_that_search_reads(archive, tmp_path):
    seen: list[tuple[int, int]] = []
    with open_library(tmp_path / "lib.db") as lib:
        report = import_batch(lib, archive, progress=lambda d, t: seen.append((d, t)))
        assert (report.added, report.duplicates, report.errors) == (6, 0, [])
        assert seen[-1] == (6, 6)
        assert count_articles(lib) == 6
        hits = {h.title: h for h in search(lib, "", limit=50)}
        assert "عنوان الخبر 1" in hits and hits["عنوان الخبر 1"].date.startswith("2015-07-22")
        # each stored analysis is the batch's own: opening the article analyses nothing again
        for row in _lines(archive):
            found = search(lib, "", limit=50)
            article_id = next(h.article_id for h in found
                              if get_article(lib, h.article_id).text == row["analysis"]["text"])
            assert cached_analysis(lib, article_id) == from_json(row["analysis"])
        # "what did X say" across the library works over the archive
        speaker = next(s["name"] for row in _lines(archive) for s in row["analysis"]["speakers"]
                       if not s["anonymous"])
        assert claims_by_speaker(lib, speaker)

        again = import_batch(lib, archive)
        assert (again.added, again.duplicates) == (0, 6)
        assert count_articles(lib) == 6


def test_a_stopped_import_keeps_what_it_committed(archive, tmp_path):
    calls = iter(range(100))
    with open_library(tmp_path / "lib.db") as lib:
        report = import_batch(lib, archive, should_stop=lambda: next(calls) >= 3,
                              per_transaction=2)
        assert report.stopped and report.added == 3 == count_articles(lib)
        rest = import_batch(lib, archive)
        assert (rest.added, rest.duplicates) == (3, 3)


def test_a_damaged_line_is_reported_and_the_rest_imported(archive, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(archive, out)
    part = sorted(out.glob("part-*.jsonl.gz"))[0]
    lines = gzip.decompress(part.read_bytes()).decode("utf-8").splitlines()
    broken = json.loads(lines[0])
    broken["analysis"]["claims"] = "not a list"
    part.write_bytes(gzip.compress(("\n".join([json.dumps(broken), *lines[1:], "{oops"]) + "\n")
                                   .encode("utf-8")))
    with open_library(tmp_path / "lib.db") as lib:
        report = import_batch(lib, out)
        assert report.added == 5 and len(report.errors) == 2
        assert any("not valid" in message for _, message in report.errors)
        assert any("damaged" in message for _, message in report.errors)


def test_the_cli_imports_a_batch_and_rejects_a_folder_that_is_none(archive, tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    assert library_main(["--db", db, "import-batch", str(archive)]) == 0
    assert "6 added" in capsys.readouterr().out
    assert library_main(["--db", db, "import-batch", str(tmp_path)]) == 1
    assert "holds no batch analysis" in capsys.readouterr().err
    with open_library(db) as lib, pytest.raises(LibraryError):
        import_batch(lib, tmp_path)


def test_the_window_imports_an_archive_from_the_file_menu(archive, tmp_path, qtbot,
                                                           monkeypatch) -> None:
    """File > Import Analysed Archive… asks for the folder, imports it off the UI thread with
    the progress bar, and the library list and the speaker filter then show its articles."""
    from PySide6.QtWidgets import QFileDialog

    from app.window import MainWindow

    win = MainWindow(interactive=False, library=open_library(tmp_path / "lib.sqlite"))
    qtbot.addWidget(win)
    win.show()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(archive))
    entry = next(action for menu in win.menuBar().actions() for action in menu.menu().actions()
                 if action.text().replace("&", "") == "Import Analysed Archive…")
    panel = win.library_panel
    messages: list[str] = []
    panel.status.connect(messages.append)
    entry.trigger()
    assert panel.progress.isVisible() and panel.cancel_button.isVisible()
    qtbot.waitUntil(lambda: any("Archive import" in m for m in messages), timeout=60_000)
    assert "6 added" in messages[-1] and not panel.progress.isVisible()
    qtbot.waitUntil(lambda: len(panel.article_ids()) == 6, timeout=10_000)
    assert count_articles(win.library) == 6
    first = claims_by_speaker(win.library, _some_speaker(win.library))
    assert first  # the imported analyses are indexed: no re-analysis needed


def _some_speaker(library) -> str:
    row = library.db.execute("SELECT speaker_name FROM claims WHERE speaker_name IS NOT NULL "
                             "LIMIT 1").fetchone()
    assert row, "the archive's analyses were not indexed"
    return row[0]
