"""`python -m extract batch` on a real Dask cluster (two worker processes, no mocks).

The cluster is started once for the module. Inputs are built in tmp_path from the gold articles
(tests/gold) and, for the ~200-article comparison, from the SaudiNewsNet corpus in ../shared.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import signal
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from distributed import Client, LocalCluster  # noqa: E402

from extract.__main__ import main as extract_main  # noqa: E402
from extract.analyze import analyze  # noqa: E402
from extract.batch.inputs import FILE, JSONL_LINE, LIST_ITEM, MEMBER, enumerate_inputs  # noqa: E402
from extract.batch.partition import partitions  # noqa: E402
from extract.batch.run import run_batch  # noqa: E402
from extract.load import article_from_text, load_path  # noqa: E402
from extract.schema import to_json  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "tests" / "gold").glob("*.txt"), key=lambda p: p.stat().st_size)
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, Client(cluster) as c:
        yield c


def _json(value) -> object:
    return json.loads(json.dumps(value, ensure_ascii=False))


def read_output(out: Path) -> list[dict]:
    rows = []
    for part in sorted(out.glob("part-*.jsonl.gz")):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    return rows


def read_errors(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]


def manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text("utf-8"))


def gold_folder(tmp: Path, n: int) -> Path:
    folder = tmp / "gold"
    (folder / "sub").mkdir(parents=True)
    for i, path in enumerate(GOLD[:n]):
        target = folder / ("sub" if i % 3 == 0 else "") / path.name
        target.write_bytes(path.read_bytes())
    return folder


def jsonl_of_gold(path: Path, files: list[Path], extra_lines: tuple[str, ...] = ()) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, gold in enumerate(files):
            record = {"id": f"rec-{i}", "title": f"عنوان {i}",
                      "text": gold.read_text("utf-8"), "date": f"2015-07-2{i % 7 + 1}",
                      "url": f"https://example.org/{i}", "source": "gold"}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        for line in extra_lines:
            fh.write(line + "\n")
    return path


# ---- enumeration (no cluster) ----

def test_inputs_stream_as_references_in_a_stable_order(tmp_path):
    folder = gold_folder(tmp_path, 4)
    (folder / ".hidden.txt").write_text("مخفي", "utf-8")
    (folder / "notes.xlsx").write_bytes(b"PK")  # not an article kind: a folder skips it
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        zf.writestr("b/two.txt", GOLD[5].read_text("utf-8"))
        zf.writestr("a/list.json", json.dumps([{"content": "x"}, {"content": "y"}]))
    jsonl = jsonl_of_gold(tmp_path / "r.jsonl", GOLD[6:8])
    items = list(enumerate_inputs([folder, tmp_path / "a.zip", jsonl]))
    kinds = [(ref.kind, ref.location) for ref in items]
    assert kinds == [
        (FILE, f"gold/{GOLD[1].name}"), (FILE, f"gold/{GOLD[2].name}"),
        (FILE, f"gold/sub/{GOLD[0].name}"), (FILE, f"gold/sub/{GOLD[3].name}"),
        (LIST_ITEM, "a.zip/a/list.json#0"), (LIST_ITEM, "a.zip/a/list.json#1"),
        (MEMBER, "a.zip/b/two.txt"), (JSONL_LINE, "r.jsonl:1"), (JSONL_LINE, "r.jsonl:2")]
    # a JSONL reference points at its line: the worker seeks there instead of reading the file
    second = items[-1]
    with jsonl.open("rb") as fh:
        fh.seek(second.offset)
        assert json.loads(fh.readline())["id"] == "rec-1"
    # same inputs, same partitions; a touched file changes its partition's digest
    first = [p.digest for p in partitions(enumerate_inputs([folder]), 2)]
    assert first == [p.digest for p in partitions(enumerate_inputs([folder]), 2)]
    os.utime(folder / GOLD[1].name, ns=(1, 1))
    again = [p.digest for p in partitions(enumerate_inputs([folder]), 2)]
    assert again[0] != first[0] and again[1] == first[1]


# ---- the cluster ----

@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the checkout")
def test_two_workers_give_exactly_what_analyze_gives_one_by_one(client, tmp_path):
    # ~200 articles: SaudiNewsNet records in a zipped JSON list and in JSONL, gold article files
    # in a folder and in a zip (one of them a Word document). The records are the day's first
    # under 1,200 characters (half of them are), so the one-by-one side stays quick.
    with zipfile.ZipFile(sorted(CORPUS.glob("*.zip"))[-1]) as zf:
        name = zf.namelist()[0]
        records = [r for r in json.loads(zf.read(name))
                   if r["content"].strip() and len(r["content"]) < 1200][:180]
    with zipfile.ZipFile(tmp_path / "day.zip", "w") as zf:
        zf.writestr(name, json.dumps(records[:150], ensure_ascii=False))
    with (tmp_path / "more.jsonl").open("w", encoding="utf-8") as fh:
        for r in records[150:]:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    folder = gold_folder(tmp_path, 10)
    import docx

    document = docx.Document()
    for paragraph in GOLD[10].read_text("utf-8").split("\n"):
        document.add_paragraph(paragraph)
    document.save(folder / "word.docx")
    with zipfile.ZipFile(tmp_path / "files.zip", "w") as zf:
        for path in GOLD[11:15]:
            zf.write(path, f"in/{path.name}")
        zf.write(folder / "word.docx", "in/word.docx")
    out = tmp_path / "out"
    report = run_batch([tmp_path / "day.zip", tmp_path / "more.jsonl", folder,
                        tmp_path / "files.zip"], out, client, partition_size=25)

    expected: dict[str, tuple] = {}
    for i, r in enumerate(records):
        where = f"day.zip/{name}#{i}" if i < 150 else f"more.jsonl:{i - 149}"
        article = article_from_text(r["content"], title=r["title"])
        expected[where] = (article, {"title": r["title"], "date": r["date_extracted"],
                                     "url": r["url"], "source": r["source"],
                                     "author": r["author"] or None})
    for path in sorted(folder.rglob("*.*")):
        article = load_path(path)
        expected[f"gold/{path.relative_to(folder).as_posix()}"] = (article, None)
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(tmp_path / "files.zip") as zf:
        zf.extractall(unpacked)
    for path in sorted((unpacked / "in").iterdir()):
        expected[f"files.zip/in/{path.name}"] = (load_path(path), None)

    rows = read_output(out)
    assert len(rows) == len(expected) == report.analysed == 196
    assert {row["location"] for row in rows} == set(expected)
    for row in rows:
        article, meta = expected[row["location"]]
        assert row["analysis"] == _json(to_json(analyze(article))), row["location"]
        if meta is not None:
            assert row["meta"] == meta
    m = manifest(out)
    assert m["counts"]["articles"] == 196 and m["counts"]["errors"] == 0
    assert m["status"] == "complete" and len(m["partitions"]) == 8
    assert read_errors(out) == []


def _bad_inputs(tmp_path: Path) -> list[Path]:
    folder = gold_folder(tmp_path, 3)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 16)
    with zipfile.ZipFile(tmp_path / "good.zip", "w") as good:
        good.writestr("real.txt", GOLD[3].read_text("utf-8"))
    corrupt = tmp_path / "corrupt.zip"
    corrupt.write_bytes((tmp_path / "good.zip").read_bytes()[:-30])  # its directory cut off
    jsonl = jsonl_of_gold(tmp_path / "records.jsonl", GOLD[4:6], ("{this is not json",))
    return [folder, corrupt, jsonl]


def test_bad_inputs_land_in_errors_and_everything_else_is_analysed(client, tmp_path, capsys):
    out = tmp_path / "out"
    status = extract_main(["batch", *map(str, _bad_inputs(tmp_path)), "--out", str(out),
                           "--scheduler", client.scheduler.address, "--partition-size", "3"])
    assert status == 0
    errors = {e["source"]: e["message"] for e in read_errors(out)}
    assert set(errors) == {"gold/empty.txt", "gold/binary.txt", str(tmp_path / "corrupt.zip"),
                           "records.jsonl:3"}
    assert "empty" in errors["gold/empty.txt"]
    assert "binary" in errors["gold/binary.txt"]
    assert "zip" in errors[str(tmp_path / "corrupt.zip")]
    assert "not JSON" in errors["records.jsonl:3"]
    rows = read_output(out)
    assert sorted(r["id"] for r in rows) == sorted(
        [f"gold/{p.name}" for p in GOLD[1:3]] + [f"gold/sub/{GOLD[0].name}", "rec-0", "rec-1"])
    record = next(r for r in rows if r["id"] == "rec-1")
    assert record["meta"]["title"] == "عنوان 1" and record["meta"]["date"] == "2015-07-22"
    counts = manifest(out)["counts"]
    assert (counts["analysed"], counts["errors"], counts["input_errors"]) == (5, 3, 1)
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert "5 analysed, 3 errors" in last and "articles/s" in last


def test_nothing_analysable_exits_1_with_the_reasons(client, tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    status = extract_main(["batch", str(tmp_path / "empty.txt"), str(tmp_path / "missing"),
                           "--out", str(out), "--scheduler", client.scheduler.address])
    assert status == 1
    assert len(read_errors(out)) == 2
    assert "0 analysed" in capsys.readouterr().err


def test_a_resumed_run_ends_with_the_files_of_an_uninterrupted_one(client, tmp_path):
    folder = gold_folder(tmp_path, 10)
    (folder / "empty.txt").write_bytes(b"")
    jsonl = jsonl_of_gold(tmp_path / "r.jsonl", GOLD[10:12], ("[1, 2",))
    inputs = [folder, jsonl]
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    run_batch(inputs, whole, client, partition_size=3)

    stopped = run_batch(inputs, resumed, client, partition_size=3, should_stop=lambda: True)
    assert stopped.status == "stopped" and stopped.not_run > 0
    assert manifest(resumed)["status"] == "stopped"
    # what a run killed while writing leaves behind: a part without its marker, a temp file
    missing = next(i for i in range(5) if not (resumed / "done" / f"part-{i:05d}.json").exists())
    (resumed / f"part-{missing:05d}.jsonl.gz").write_bytes(b"\x1f\x8b truncated")
    (resumed / f".part-{missing:05d}.jsonl.gz.123-abc.tmp").write_bytes(b"half")

    again = run_batch(inputs, resumed, client, partition_size=3)
    assert again.status == "complete"
    assert again.analysed_now < again.analysed == 12
    files = sorted(p.relative_to(whole).as_posix() for p in whole.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(resumed).as_posix() for p in resumed.rglob("*")
                           if p.is_file())
    for name in files:
        if name != "manifest.json":
            assert (whole / name).read_bytes() == (resumed / name).read_bytes(), name
    a, b = manifest(whole), manifest(resumed)
    assert a["counts"]["articles"] == b["counts"]["articles"] == 14
    assert a["counts"]["analysed"] == b["counts"]["analysed"] == 12
    assert b["counts"]["partitions_reused"] >= 1

    # a partition done by another extractor is done again; the others are kept
    marker = resumed / "done" / "part-00001.json"
    marker.write_text(marker.read_text("utf-8").replace(b["fingerprint"], "2-older"), "utf-8")
    third = run_batch(inputs, resumed, client, partition_size=3)
    statuses = [p["status"] for p in third.partitions]
    assert statuses == ["reused", "done", "reused", "reused", "reused"]
    assert (whole / "part-00001.jsonl.gz").read_bytes() == \
        (resumed / "part-00001.jsonl.gz").read_bytes()


# last in the module: the killed worker's restart need not be waited for
@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(client, tmp_path):
    folder = gold_folder(tmp_path, 24)
    killed: list[int] = []

    def kill_a_busy_worker(state) -> None:
        if killed or state.partitions_done < 1:
            return
        busy = [addr for addr, keys in client.processing().items() if keys]
        if not busy:
            return
        pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    out = tmp_path / "out"
    report = run_batch([folder], out, client, partition_size=2, progress=kill_a_busy_worker)
    assert killed, "no worker was busy to kill"
    rows = read_output(out)
    ids = sorted(row["id"] for row in rows)
    assert ids == sorted(f"gold/{p.relative_to(folder).as_posix()}" for p in folder.rglob("*.txt"))
    assert len(set(ids)) == len(ids) == 24
    counts = manifest(out)["counts"]
    assert counts["articles"] == counts["analysed"] + counts["errors"] == 24
    assert counts["partitions_failed"] == 0 and report.status == "complete"


def test_a_batch_worker_trims_the_extractors_large_memos_and_keeps_the_small_ones() -> None:
    """Over 10^4 articles the word memos would grow a worker past 400 MB; trimming between
    partitions empties the big ones and never the small caches that hold models."""
    from extract.batch.task import trim_memos
    from extract.ner.features import norm_word
    from extract.ner.tagger import default_tagger

    default_tagger()
    for i in range(60):
        norm_word(f"كلمة{i}")
    assert trim_memos(limit=50) >= 1
    assert norm_word.cache_info().currsize == 0
    assert default_tagger.cache_info().currsize == 1
