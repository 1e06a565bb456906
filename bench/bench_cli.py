"""Whole-process time of `python -m extract analyze FILE --json`: start, imports, model, analysis.

    uv run python bench/bench_cli.py [--runs 7] [--file PATH] [--uv] [--compare-with REV]

Runs the command as a fresh process several times and prints the median and fastest wall time
(target: < 0.8 s), in two conditions:
- bytecode cached: an installed app's case; Python's compiled modules (.pyc) exist, here kept in a
  temporary PYTHONPYCACHEPREFIX that one untimed run fills;
- no bytecode cache: every module compiled from source at each start (PYTHONDONTWRITEBYTECODE with
  an empty cache prefix), the worst case (a read-only install that was never compiled).
`--uv` also times `uv run python -m extract ...`, which adds uv's own start-up and lock check.
`--compare-with REV` also times commit REV (from a temporary git worktree), alternating run by run
with this checkout so that both see the same machine load.
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


def timed_runs(cmd: list[str], env: dict[str, str], runs: int,
               cwd: Path = ROOT) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float]) -> None:
    print(f"{label:<40} median {statistics.median(times):.2f} s  fastest {min(times):.2f} s  "
          f"({len(times)} runs)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--file", type=Path, default=SAMPLE)
    parser.add_argument("--uv", action="store_true", help="also time `uv run python -m extract`")
    parser.add_argument("--compare-with", metavar="REV", help="also time commit REV")
    args = parser.parse_args(argv)

    analyze = ["-m", "extract", "analyze", str(args.file.resolve()), "--json"]
    with tempfile.TemporaryDirectory(prefix="sanad-cli-") as tmp:
        roots = {"this checkout": ROOT}
        if args.compare_with:
            old = Path(tmp) / "old"
            subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(old),
                            args.compare_with], cwd=ROOT, check=True)
            roots[f"commit {args.compare_with}"] = old
        try:
            run_all(roots, analyze, Path(tmp), args)
        finally:
            if args.compare_with:
                subprocess.run(["git", "worktree", "remove", "--force", str(Path(tmp) / "old")],
                               cwd=ROOT, check=False)
    return 0


def run_all(roots: dict[str, Path], analyze: list[str], tmp: Path,
            args: argparse.Namespace) -> None:
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    uncached = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    envs = {}
    for name, root in roots.items():
        prefix = tmp / f"pyc-{len(envs)}"
        envs[name] = (dict(cached, PYTHONPYCACHEPREFIX=str(prefix)),
                      dict(uncached, PYTHONPYCACHEPREFIX=str(tmp / f"empty-{len(envs)}")))
        subprocess.run([sys.executable, *analyze], cwd=root, env=envs[name][0],
                       stdout=subprocess.DEVNULL, check=True)  # fills its bytecode cache
    print(f"python -m extract analyze {args.file.name} --json "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    uv = shutil.which("uv")
    conditions = [("bytecode cached", 0, [sys.executable, *analyze]),
                  ("no bytecode cache", 1, [sys.executable, *analyze])]
    if args.uv and uv:
        conditions.append(("uv run, bytecode cached", 0,
                           [uv, "run", "--frozen", "--project", str(ROOT), "python", *analyze]))
    for label, which, cmd in conditions:
        times: dict[str, list[float]] = {name: [] for name in roots}
        for _ in range(args.runs):  # alternate, so that every side sees the same load
            for name, root in roots.items():
                times[name] += timed_runs(cmd, envs[name][which], 1, cwd=root)
        for name in roots:
            report(f"{label} ({name})" if len(roots) > 1 else label, times[name])
    report("bare interpreter (python -c pass)",
           timed_runs([sys.executable, "-c", "pass"], cached, args.runs))


if __name__ == "__main__":
    sys.exit(main())
