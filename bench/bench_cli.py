"""Whole-process time of `python -m extract analyze FILE --json`: start, imports, model, analysis.

    uv run python bench/bench_cli.py [--runs 7] [--file PATH] [--uv]

Runs the command as a fresh process several times and prints the median and fastest wall time
(target: < 0.8 s), in two conditions:
- bytecode cached: an installed app's case; Python's compiled modules (.pyc) exist, here kept in a
  temporary PYTHONPYCACHEPREFIX that one untimed run fills;
- no bytecode cache: every module compiled from source at each start (PYTHONDONTWRITEBYTECODE with
  an empty cache prefix), the worst case (a read-only install that was never compiled).
`--uv` also times `uv run python -m extract ...`, which adds uv's own start-up and lock check.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "seed-libya.txt"


def timed_runs(cmd: list[str], env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float]) -> None:
    print(f"{label:<34} median {statistics.median(times):.2f} s  fastest {min(times):.2f} s  "
          f"({len(times)} runs)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--file", type=Path, default=SAMPLE)
    parser.add_argument("--uv", action="store_true", help="also time `uv run python -m extract`")
    args = parser.parse_args(argv)

    analyze = ["-m", "extract", "analyze", str(args.file), "--json"]
    cached_dir = tempfile.mkdtemp(prefix="sanad-pyc-")
    empty_dir = tempfile.mkdtemp(prefix="sanad-nopyc-")
    try:
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = cached_dir
        uncached = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=empty_dir)
        subprocess.run([sys.executable, *analyze], cwd=ROOT, env=cached,
                       stdout=subprocess.DEVNULL, check=True)  # fills the bytecode cache
        print(f"python -m extract analyze {args.file.name} --json "
              f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        report("bytecode cached", timed_runs([sys.executable, *analyze], cached, args.runs))
        report("no bytecode cache", timed_runs([sys.executable, *analyze], uncached, args.runs))
        report("bare interpreter (python -c pass)",
               timed_runs([sys.executable, "-c", "pass"], cached, args.runs))
        uv = shutil.which("uv")
        if args.uv and uv:
            report("uv run, bytecode cached",
                   timed_runs([uv, "run", "--frozen", "python", *analyze], cached, args.runs))
    finally:
        shutil.rmtree(cached_dir, ignore_errors=True)
        shutil.rmtree(empty_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
