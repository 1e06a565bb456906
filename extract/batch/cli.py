"""`python -m extract batch INPUT... --out DIR [--scheduler ADDRESS] [--workers N]`.

Progress goes to stderr (one line, rewritten, on a terminal; a line every 10 seconds otherwise),
then a final line with the counts and articles/s. Exit status 0 when the output holds analysed
articles (errors are counted, not fatal), 1 when nothing could be analysed or the run could not
start, 130 when interrupted (a re-run with the same --out resumes).
"""

from __future__ import annotations

import argparse
import sys
import time

LOG_EVERY_S = 10.0


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("batch", help="analyse an archive on a Dask cluster",
                       description="Analyse folders, .zip archives, JSONL files and JSON lists "
                                   "of articles on a Dask cluster into partitioned JSONL.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="a folder, .zip, .jsonl or .json file (any mix)")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="output folder; a re-run with the same folder resumes")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="a running Dask scheduler (tcp://host:8786); default: a local cluster")
    p.add_argument("--workers", type=int, metavar="N",
                   help="worker processes of the local cluster (default: one per core)")
    p.add_argument("--partition-size", type=int, default=200, metavar="N",
                   help="articles per task (default 200)")
    p.set_defaults(func=run)


class _ProgressLine:
    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, state) -> None:  # noqa: ANN001 - extract.batch.run.Progress
        now = time.monotonic()
        if not self.tty and now - self.last < LOG_EVERY_S:
            return
        self.last = now
        total = f"{state.partitions_seen}" + ("" if state.enumerated else "+")
        reused = f", {state.partitions_reused} done before" if state.partitions_reused else ""
        line = (f"{state.articles} articles ({state.errors} errors), partitions "
                f"{state.partitions_done + state.partitions_reused}/{total}{reused}, "
                f"{state.rate:.1f} articles/s")
        print(f"\r{line:<100}" if self.tty else line, end="" if self.tty else "\n",
              file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    try:
        from extract.batch.output import OutputError
        from extract.batch.run import BatchError, open_client, run_batch
    except ImportError as exc:
        print(f"error: batch analysis needs Dask ({exc.name} is not installed): "
              "uv sync --group batch", file=sys.stderr)
        return 1
    if args.partition_size < 1 or (args.workers is not None and args.workers < 1):
        print("error: --partition-size and --workers must be at least 1", file=sys.stderr)
        return 2
    progress = _ProgressLine()
    try:
        with open_client(args.scheduler, args.workers) as client:
            report = run_batch(args.inputs, args.out, client,
                               partition_size=args.partition_size, progress=progress)
    except (BatchError, OutputError) as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # the output folder or the local cluster could not be set up
        print(f"\nerror: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if progress.tty:
        print(file=sys.stderr)
    reused = sum(1 for p in report.partitions if p["status"] == "reused")
    failed = f", {report.failed} in failed partitions (re-run to retry)" if report.failed else ""
    print(f"{report.articles} articles: {report.analysed} analysed, {report.errors} errors"
          f"{failed}, {report.input_errors} unreadable inputs; {len(report.partitions)} "
          f"partitions ({reused} done before). This run: {report.analysed_now} in "
          f"{report.elapsed:.1f} s, {report.rate:.1f} articles/s with {report.workers} workers. "
          f"Output: {args.out}", file=sys.stderr)
    return 0 if report.analysed else 1
