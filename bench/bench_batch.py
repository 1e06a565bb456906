"""Batch analysis on Dask: articles/s with 1 and 2 worker processes, scaling, memory, import time.

    uv run python bench/bench_batch.py               # all 12,824 SaudiNewsNet articles
    uv run python bench/bench_batch.py --n 2000      # the first 2,000 (in corpus order)
    uv run python bench/bench_batch.py --workers 2   # one cluster size only

For each cluster size a fresh LocalCluster (one thread per worker process) is started and its
models loaded before the clock starts; then `run_batch` analyses the corpus into a temporary
folder. Printed per size: wall-clock articles/s, the workers' CPU seconds per article (what a
busy machine does not distort: the per-core figure on an idle one), and each worker's peak
resident memory (VmHWM). Then the scaling ratio (target >= 1.8x) and the time to import the last
output into a new library (import_batch). Targets: >= 25 articles/s per core, < 400 MB per worker.

The load average before and after each run is printed: on a shared machine the wall-clock figures
are lower bounds. The corpus (CC BY-NC-SA) is read from ../shared and never shipped.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"


def worker_stats() -> dict:
    """Runs on a worker: its CPU seconds so far and its peak resident memory in MB."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_mb = None
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peak_mb = int(line.split()[1]) / 1024
    except OSError:
        peak_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return {"cpu": usage.ru_utime + usage.ru_stime, "peak_mb": peak_mb, "pid": os.getpid()}


def corpus_inputs(n: int | None, tmp: Path) -> list[Path]:
    zips = sorted(CORPUS.glob("*.zip"))
    if n is None:
        return zips
    records: list[dict] = []
    for path in zips:
        with zipfile.ZipFile(path) as zf:
            for name in sorted(zf.namelist()):
                records.extend(json.loads(zf.read(name)))
        if len(records) >= n:
            break
    subset = tmp / "subset.jsonl"
    with subset.open("w", encoding="utf-8") as fh:
        for record in records[:n]:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [subset]


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (5 min {five:.1f})"


def run_once(workers: int, inputs: list[Path], out: Path, partition_size: int) -> dict:
    from distributed import Client, LocalCluster

    from extract.batch.run import run_batch
    from extract.batch.task import warm_models

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, Client(cluster) as client:
        client.wait_for_workers(workers)
        client.run(warm_models)
        before = client.run(worker_stats)
        load_before = load()
        report = run_batch(inputs, out, client, partition_size=partition_size)
        after = client.run(worker_stats)
    cpu = sum(after[w]["cpu"] - before[w]["cpu"] for w in after if w in before)
    return {"workers": workers, "analysed": report.analysed_now,
            "partitions": len(report.partitions), "errors": report.errors,
            "elapsed": report.elapsed, "rate": report.rate,
            "cpu_per_article": cpu / max(report.analysed_now, 1),
            "peak_mb": sorted(round(s["peak_mb"] or 0) for s in after.values()),
            "load": f"{load_before} -> {load()}"}


def time_import(out: Path, tmp: Path) -> tuple[int, float]:
    from app.library.batch_import import import_batch
    from app.library.db import open_library

    start = time.perf_counter()
    with open_library(tmp / "bench.db") as lib:
        report = import_batch(lib, out)
    return report.added, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, help="only the first N articles (default: all)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2],
                        help="cluster sizes to time (default: 1 2)")
    parser.add_argument("--partition-size", type=int, default=200)
    parser.add_argument("--no-import", action="store_true", help="skip the library import")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"error: corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    results = []
    with tempfile.TemporaryDirectory(prefix="sanad-bench-batch-") as tmp_name:
        tmp = Path(tmp_name)
        inputs = corpus_inputs(args.n, tmp)
        for workers in args.workers:
            out = tmp / f"out-{workers}"
            r = run_once(workers, inputs, out, args.partition_size)
            results.append(r)
            print(f"{workers} worker(s): {r['analysed']} articles ({r['errors']} errors) in "
                  f"{r['elapsed']:.1f} s = {r['rate']:.1f} articles/s wall; "
                  f"{r['cpu_per_article'] * 1000:.1f} ms CPU per article "
                  f"(= {1 / max(r['cpu_per_article'], 1e-9):.1f} articles/s per busy core); "
                  f"peak memory per worker {r['peak_mb']} MB; {r['load']}", flush=True)
        by = {r["workers"]: r for r in results}
        if 1 in by and 2 in by:
            parts = by[2]["partitions"]
            print(f"scaling 1 -> 2 workers: {by[2]['rate'] / by[1]['rate']:.2f}x wall "
                  f"(target >= 1.8x; {parts} partitions allow at most "
                  f"{parts / -(-parts // 2):.2f}x); CPU per article "
                  f"{by[2]['cpu_per_article'] / by[1]['cpu_per_article']:.2f}x with 2 workers")
        per_core = 1 / min(r["cpu_per_article"] for r in results)
        print(f"per core: {per_core:.1f} articles/s of CPU; a 32-core cluster at this rate: "
              f"10^6 articles in {1e6 / (32 * per_core) / 60:.0f} min")
        if not args.no_import:
            added, seconds = time_import(tmp / f"out-{results[-1]['workers']}", tmp)
            print(f"import into a new library: {added} articles in {seconds:.1f} s = "
                  f"{added / seconds:.0f} articles/s; {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
