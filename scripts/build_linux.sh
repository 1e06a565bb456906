#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller, smoke-test the frozen app offscreen, report
# its size and start times, and pack it as a tarball.
#
#   scripts/build_linux.sh               build from this checkout (a clean clone in CI)
#   scripts/build_linux.sh --from-clone  first clone HEAD into a temporary folder and build there,
#                                        to prove committed files alone are enough
#   scripts/build_linux.sh --no-build    reuse dist/Sanad: smoke tests, figures and tarball only
#
# Output: dist/Sanad/ (the bundle) and dist/Sanad-<version>-linux-<arch>.tar.gz.
# Targets (issue 8): bundle < 200 MB (a failure), start < 2 s (reported).
set -euo pipefail

SIZE_LIMIT_MB=200
START_TARGET_MS=2000
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

if [[ "${1:-}" == "--from-clone" ]]; then
  clone="$(mktemp -d "${TMPDIR:-/tmp}/sanad-clone.XXXXXX")"
  trap 'rm -rf "$clone"' EXIT
  echo "== cloning $(git -C "$ROOT" rev-parse --short HEAD) into $clone"
  git clone --quiet --no-local "$ROOT" "$clone/sanad"
  "$clone/sanad/scripts/build_linux.sh"
  mkdir -p "$ROOT/dist"
  cp "$clone"/sanad/dist/Sanad-*-linux-*.tar.gz "$clone"/sanad/dist/frozen-screenshot.png "$ROOT/dist/"
  echo "== tarball and screenshot copied to $ROOT/dist/ (the clone is removed)"
  exit 0
fi

cd "$ROOT"
export PATH="$HOME/.local/bin:$PATH"
if ! command -v uv >/dev/null 2>&1; then
  python3 -m pip install --quiet --user uv || python3 -m pip install --quiet uv
fi

echo "== uv sync --frozen"
uv sync --frozen --quiet
VERSION="$(uv run --frozen python -c 'import extract; print(extract.__version__)')"
ARCH="$(uname -m)"

if [[ "${1:-}" != "--no-build" ]]; then
  echo "== pyinstaller build.spec (Sanad $VERSION)"
  build_start=$(date +%s)
  uv run --frozen pyinstaller --noconfirm --clean --log-level WARN build.spec
  echo "   built in $(( $(date +%s) - build_start )) s"
fi

BUNDLE="$ROOT/dist/Sanad"
APP="$BUNDLE/sanad"
[[ -x "$APP" ]] || { echo "build failed: $APP missing" >&2; exit 1; }

echo "== no excluded module slipped into the bundle"
uv run --frozen python - "$ROOT" <<'PY'
import sys
from pathlib import Path

from PyInstaller.archive.readers import ZlibArchiveReader

root = Path(sys.argv[1])
sys.path.insert(0, str(root / "scripts" / "package"))
from bundle_info import EXCLUDES  # noqa: E402

modules = ZlibArchiveReader(str(root / "build" / "build" / "PYZ-00.pyz")).toc
found = sorted(m for m in modules if any(m == ex or m.startswith(ex + ".") for ex in EXCLUDES))
if found:
    sys.exit(f"FAILED: excluded modules are in the bundle: {', '.join(found)}")
print(f"   {len(modules)} modules bundled, none of the {len(EXCLUDES)} excluded ones")
PY

# The frozen app runs with a throwaway home, so the test neither reads nor writes the user's
# library; afterwards nothing inside the bundle may have changed (the library lives per-user).
scratch="$(mktemp -d "${TMPDIR:-/tmp}/sanad-smoke.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache"
mkdir -p "$HOME"
(cd "$BUNDLE" && find . -type f -exec md5sum {} + | sort -k2) > "$scratch/before.md5"

now_ms() { date +%s%3N; }

# Evict the bundle's files from the page cache, so a "first run" reads them from disk like the
# first launch after installing (system libraries and fonts stay cached, as on a used machine).
evict_bundle() {
  sync
  python3 - "$BUNDLE" <<'PY'
import os, sys
for folder, _, files in os.walk(sys.argv[1]):
    for name in files:
        path = os.path.join(folder, name)
        if os.path.islink(path):
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
PY
}

# run_timed LABEL CMD...: run once, print output, remember elapsed ms in $elapsed
run_timed() {
  local label="$1"; shift
  local start end status
  start=$(now_ms)
  set +e
  "$@" >"$scratch/out.txt" 2>"$scratch/err.txt"
  status=$?
  set -e
  end=$(now_ms)
  elapsed=$(( end - start ))
  if [[ $status -ne 0 ]]; then
    echo "FAILED: $label exited $status" >&2
    cat "$scratch/out.txt" "$scratch/err.txt" >&2
    exit 1
  fi
}

echo "== smoke test: --selftest"
evict_bundle
run_timed "--selftest" "$APP" --selftest
cat "$scratch/out.txt"
selftest_first=$elapsed
# the self-test prints how long the analysis itself took; the rest is start-up (loading the
# interpreter, imports, resources)
analysis_ms() { sed -n 's/.* in \([0-9]*\) ms$/\1/p' "$scratch/out.txt"; }
startup_first=$(( elapsed - $(analysis_ms) ))
selftest_runs=()
startup_runs=()
for _ in 1 2 3; do
  run_timed "--selftest" "$APP" --selftest
  selftest_runs+=("$elapsed")
  startup_runs+=("$(( elapsed - $(analysis_ms) ))")
done

echo "== smoke test: --screenshot"
shot="$scratch/screenshot.png"
evict_bundle
run_timed "--screenshot" "$APP" --screenshot "$shot"
screenshot_first=$elapsed
if [[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]]; then
  echo "FAILED: --screenshot did not write a PNG" >&2
  exit 1
fi
cp "$shot" "$ROOT/dist/frozen-screenshot.png"
screenshot_runs=()
for _ in 1 2 3; do
  run_timed "--screenshot" "$APP" --screenshot "$shot"
  screenshot_runs+=("$elapsed")
done

echo "== smoke test: interactive start (offscreen) creates the library in the per-user folder"
library="$XDG_DATA_HOME/Sanad/library.sqlite"
"$APP" >"$scratch/gui.txt" 2>&1 &
gui_pid=$!
for _ in $(seq 1 30); do
  [[ -s "$library" ]] && break
  kill -0 "$gui_pid" 2>/dev/null || break
  sleep 0.5
done
sleep 1  # let the first import finish before stopping the app
kill "$gui_pid" 2>/dev/null || true
wait "$gui_pid" 2>/dev/null || true
if [[ -s "$library" ]]; then
  library_note="created ~/${library#"$HOME"/}"
else
  library_note="NOT FOUND in $XDG_DATA_HOME/Sanad (see the app's output below)"
  cat "$scratch/gui.txt"
fi

(cd "$BUNDLE" && find . -type f -exec md5sum {} + | sort -k2) > "$scratch/after.md5"
if ! diff -q "$scratch/before.md5" "$scratch/after.md5" >/dev/null; then
  echo "FAILED: running the app changed files inside the bundle:" >&2
  diff "$scratch/before.md5" "$scratch/after.md5" >&2 || true
  exit 1
fi
user_files="$(cd "$HOME" && find . -type f | sed 's|^\./|~/|' | tr '\n' ' ')"

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

size_bytes=$(du -sb "$BUNDLE" | cut -f1)
size_mb=$(( (size_bytes + 524287) / 1048576 ))
files=$(find "$BUNDLE" -type f | wc -l)

echo "== tarball"
cp "$ROOT/resources/icons/sanad.png" "$BUNDLE/sanad.png"
cp "$ROOT/scripts/package/linux/sanad.desktop" "$ROOT/scripts/package/linux/install.sh" "$BUNDLE/"
chmod +x "$BUNDLE/install.sh"
TARBALL="$ROOT/dist/Sanad-$VERSION-linux-$ARCH.tar.gz"
tar -C "$ROOT/dist" -czf "$TARBALL" Sanad
tar_mb=$(( ($(stat -c %s "$TARBALL") + 524287) / 1048576 ))

selftest_median=$(median "${selftest_runs[@]}")
screenshot_median=$(median "${screenshot_runs[@]}")
verdict() { if (( $1 <= $2 )); then echo "ok"; else echo "OVER TARGET"; fi; }
echo
echo "Sanad $VERSION linux-$ARCH bundle report"
echo "  bundle size       : ${size_mb} MB in ${files} files (target < ${SIZE_LIMIT_MB} MB)" \
     "$(verdict "$size_mb" "$SIZE_LIMIT_MB")"
echo "  tarball           : $(basename "$TARBALL"), ${tar_mb} MB"
echo "  --selftest        : cold ${selftest_first} ms, then warm median ${selftest_median} ms" \
     "of ${selftest_runs[*]} (target < ${START_TARGET_MS} ms)" \
     "$(verdict "$selftest_first" "$START_TARGET_MS")"
echo "    of which start-up : cold ${startup_first} ms, warm median $(median "${startup_runs[@]}") ms" \
     "(the rest is analysing the sample)"
echo "  --screenshot      : cold ${screenshot_first} ms, then warm median ${screenshot_median} ms" \
     "of ${screenshot_runs[*]}"
echo "  library           : interactive start $library_note"
echo "  bundle unchanged by running it; files the runs left in the per-user folders: ${user_files:-none}"
echo "  screenshot        : dist/frozen-screenshot.png"

if (( size_mb > SIZE_LIMIT_MB )); then
  echo "FAILED: bundle is over ${SIZE_LIMIT_MB} MB" >&2
  exit 1
fi
