"""UI responsiveness: the longest event-loop stall while a 2 MB article loads and is analysed
and while 1,000 files are imported; and cold start to a painted window with the last article.

    uv run python bench/bench_ui.py [--files 1000] [--mb 2] [--real-analysis] [--cold-start-only]
                                    [--cold-runs 5] [--no-bytecode-cache] [--compare-with REV]

By default the article's analysis is a hand-built one repeated over the text (tests/conftest.py),
so the figure measures the reader (text layout, thousands of highlights, panels), not the NER
model; --real-analysis uses extract.analyze. Targets: stall < 100 ms, cold start < 0.8 s
(the best of --cold-runs launches, and their median; --cold-start-only measures only that),
with Python's bytecode cache as an installed app has it (--no-bytecode-cache: without).
The first line says the machine and its load: figures on a shared machine are pessimistic.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SANAD_NO_SETTINGS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SEED = ROOT / "resources" / "samples" / "seed-libya.txt"
TICK_MS = 5


class StallMeter:
    """Records the longest gap between ticks of a 5 ms timer: how long the UI could not react."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self._last = 0

    def start(self) -> None:
        self.worst = 0.0
        self.clock.start()
        self._last = self.clock.elapsed()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self._last - TICK_MS)
        self._last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.worst


def big_article(path: Path, megabytes: float) -> Path:
    """The sample's body repeated (numbered) until the file is `megabytes` of UTF-8."""
    body = SEED.read_text(encoding="utf-8").split("\n")
    title, paragraphs = body[0], [p for p in body[1:] if len(p) > 80]
    out, size, n = [title], 0, 0
    while size < megabytes * 1_000_000:
        para = f"{paragraphs[n % len(paragraphs)]} ({n})"
        out.append(para)
        size += len(para.encode("utf-8")) + 2
        n += 1
    path.write_text("\n\n".join(out), encoding="utf-8")
    return path


def wait(app: QApplication, condition, timeout_s: float = 600) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not finish in time")
        app.processEvents()
        time.sleep(0.002)


def measure_article(app, window, path: Path) -> tuple[float, float]:
    meter = StallMeter()
    meter.start()
    t0 = time.perf_counter()
    window.open_path(path)
    wait(app, lambda: not window.is_busy() and window.analysis is not None)
    wait(app, lambda: window.highlighter.layer_count("PER") > 0 or True)
    for _ in range(20):  # let the panels and the layout settle under the meter
        app.processEvents()
        time.sleep(0.01)
    return meter.stop(), time.perf_counter() - t0


def measure_sample(app, window, path: Path) -> float:
    """The longest stall while an ordinary article opens, is analysed and its panels fill."""
    meter = StallMeter()
    meter.start()
    window.open_path(path)
    wait(app, lambda: window.article is not None and window.article.source == str(path))
    wait(app, lambda: not window.is_busy() and window.analysis is not None)
    for _ in range(30):
        app.processEvents()
        time.sleep(0.01)
    return meter.stop()


def measure_import(app, window, folder: Path) -> tuple[float, float, object]:
    panel = window.library_panel
    done: list = []
    panel.import_finished.connect(done.append)
    meter = StallMeter()
    meter.start()
    t0 = time.perf_counter()
    panel.import_paths([folder], analyze=False)
    wait(app, lambda: bool(done))
    wait(app, lambda: panel.list.count() > 0)
    return meter.stop(), time.perf_counter() - t0, done[0]


def make_files(folder: Path, count: int) -> None:
    paras = [p for p in SEED.read_text(encoding="utf-8").split("\n") if len(p) > 80]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = f"خبر رقم {i}\n" + "\n".join(paras[(i + k) % len(paras)] for k in range(3))
        (folder / f"article-{i:04d}.txt").write_text(text + f"\nرقم {i}", encoding="utf-8")


def launch_environment(bytecode_cache: bool, cache_dir: Path) -> dict[str, str]:
    """The launches' environment, as bench_cli.py makes it: Python's compiled modules kept in
    `cache_dir` (PYTHONPYCACHEPREFIX). With the bytecode cache, an installed app's case (pip and
    PyInstaller ship compiled modules), the untimed first launch fills it; without it
    (PYTHONDONTWRITEBYTECODE, which some shells and sandboxes set), every module is compiled from
    source at every launch."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(cache_dir)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not bytecode_cache:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def cold_start(db: Path, env: dict[str, str] | None = None,
               root: Path = ROOT) -> tuple[float, float]:
    """Seconds from launching `sanad --db DB` to the first paint of the window showing the last
    article (interpreter start-up and imports included; analysis comes from the cache), and the
    CPU seconds the process used until then (all its threads: less dependent on the load)."""
    code = (
        "import sys, time\n"
        "import app.window as w\n"
        "from PySide6.QtCore import QTimer\n"
        "orig = w.MainWindow._article_shown\n"
        "def shown(self, *a, **k):\n"
        "    orig(self, *a, **k)\n"
        "    self.repaint()\n"
        "    print(f'painted {time.time():.4f} {time.process_time():.4f}', flush=True)\n"
        "    QTimer.singleShot(0, self.close)\n"
        "w.MainWindow._article_shown = shown\n"
        "from app.main import main\n"
        "main(['--db', sys.argv[1]])\n")
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True,
                            cwd=root, timeout=120, env=env)
    painted = [x.split() for x in result.stdout.splitlines() if x.startswith("painted")]
    if not painted:
        raise RuntimeError((result.stderr.strip().splitlines() or ["no output"])[-1])
    return float(painted[0][1]) - start, float(painted[0][2])


def machine() -> str:
    import platform

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (f"{platform.node()}: {platform.processor() or platform.machine()}, "
            f"{os.cpu_count()} cores, load average {load}; Python {platform.python_version()}")


def library_with_the_sample(db: Path) -> None:
    """A library whose last article is the sample, analysed and cached."""
    from conftest import seed_analysis_for

    from app.library import open_library
    from app.library.analyses import store_analysis
    from app.library.articles import add_article
    from extract.fingerprint import extractor_fingerprint
    from extract.load import load_path

    sample = load_path(SEED)
    with open_library(db) as library:
        added = add_article(library, sample.title, sample.text, str(SEED))
        store_analysis(library, added.article_id,
                       replace(seed_analysis_for(sample.text), fingerprint=extractor_fingerprint()))
        library.set_meta("last_article_id", str(added.article_id))


def report_cold_start(db: Path, runs: int, bytecode_cache: bool = True,
                      compare_with: str | None = None) -> None:
    """Best and median of `runs` launches; with `compare_with`, that commit's too (exported to a
    temporary folder), launched alternately with this checkout so both see the same load."""
    import statistics

    cache = "with" if bytecode_cache else "without"
    with tempfile.TemporaryDirectory(prefix="sanad-cold-") as tmp:
        roots = {"this checkout": ROOT}
        if compare_with:
            old = Path(tmp) / "old"
            old.mkdir()
            archive = subprocess.run(["git", "archive", compare_with], cwd=ROOT, check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
            roots[f"commit {compare_with}"] = old
        envs = {name: launch_environment(bytecode_cache, Path(tmp) / f"pyc-{k}")
                for k, name in enumerate(roots)}
        for name, root in roots.items():
            cold_start(db, envs[name], root)  # once untimed: Python's bytecode cache is written
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in roots}
        for _ in range(runs):
            for name, root in roots.items():
                times[name].append(cold_start(db, envs[name], root))
    for name, found in times.items():
        side = f", {name}" if compare_with else ""
        wall = [w for w, _cpu in found]
        cpu = statistics.median(c for _w, c in found)
        print(f"cold start to a painted window with the last article ({cache} the bytecode "
              f"cache{side}): best {min(wall):.2f} s, median {statistics.median(wall):.2f} s "
              f"over {runs} launches (target < 0.8 s), median CPU {cpu:.2f} s; "
              f"load average now {os.getloadavg()[0]:.1f}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--real-analysis", action="store_true")
    parser.add_argument("--cold-start-only", action="store_true")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="cold starts that compile every module (no .pyc written or read)")
    parser.add_argument("--compare-with", metavar="REV",
                        help="also time the cold start of commit REV, alternating launches")
    args = parser.parse_args()
    print(machine())
    if args.cold_start_only:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "library.sqlite"
            library_with_the_sample(db)
            report_cold_start(db, args.cold_runs, not args.no_bytecode_cache, args.compare_with)
        return 0

    app = QApplication.instance() or QApplication([])
    from conftest import seed_analysis_for

    import app.window as window_module
    from app.fonts import load_bundled_fonts
    from app.library import open_library

    load_bundled_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        db = tmp_path / "library.sqlite"
        window = window_module.MainWindow(interactive=False, library=open_library(db))
        window_module.tune_runtime()  # as app.main does
        window.show()
        app.processEvents()
        window.warm_up()  # what start() does once the window is up
        from PySide6.QtCore import QThreadPool

        wait(app, lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
        stalls = []
        for copy in range(3):  # the sample as three different files: nothing cached
            sample = tmp_path / f"sample-{copy}.txt"
            sample.write_text(SEED.read_text(encoding="utf-8") + f"\n({copy})\n",
                              encoding="utf-8")
            stalls.append(measure_sample(app, window, sample))
        print(f"the sample article opened (real analysis, {len(window.model.claims)} statements):"
              f" longest event-loop stall {max(stalls):.0f} ms over {len(stalls)} openings "
              f"({', '.join(f'{s:.0f}' for s in stalls)}; target < 100 ms)")
        if not args.real_analysis:
            from app.reader import loading

            loading.analyze = lambda article: seed_analysis_for(article.text)
        article = big_article(tmp_path / "big.txt", args.mb)
        stall, seconds = measure_article(app, window, article)
        mentions = sum(len(e.mentions) for e in window.model.entities.values())
        kind = "real" if args.real_analysis else "hand-built"
        print(f"article of {article.stat().st_size / 1e6:.1f} MB ({kind} analysis): "
              f"{mentions} entity mentions, "
              f"{len(window.model.claims)} claims; loaded+analysed+shown in {seconds:.2f} s; "
              f"longest event-loop stall {stall:.0f} ms (target < 100 ms)")
        make_files(tmp_path / "files", args.files)
        stall, seconds, report = measure_import(app, window, tmp_path / "files")
        print(f"import of {args.files} files: {len(report.added)} added in {seconds:.1f} s; "
              f"longest event-loop stall {stall:.0f} ms (target < 100 ms)")
        from app.library.analyses import store_analysis
        from app.library.articles import add_article
        from extract.fingerprint import extractor_fingerprint
        from extract.load import load_path

        sample = load_path(SEED)  # the last article: the sample, analysed and cached
        added = add_article(window.library, sample.title, sample.text, str(SEED))
        store_analysis(window.library, added.article_id,
                       replace(seed_analysis_for(sample.text), fingerprint=extractor_fingerprint()))
        window.library.set_meta("last_article_id", str(added.article_id))
        window.close()
        window.library.close()
        report_cold_start(db, args.cold_runs, not args.no_bytecode_cache, args.compare_with)
    return 0


if __name__ == "__main__":
    sys.exit(main())
