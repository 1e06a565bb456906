#!/usr/bin/env bash
# Build Sanad for macOS: the PyInstaller .app, a smoke test of the frozen app, code signing, and a
# compressed .dmg with the app and an Applications shortcut. Runs the same locally and in CI.
#
#   scripts/package/macos/build_dmg.sh
#
# Signing: ad-hoc by default (runs on the machine that built it; others must right-click > Open
# the first time). Set SANAD_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)" to sign
# with a real identity from the keychain (hardened runtime + timestamp, ready for notarisation).
# Output: dist/Sanad.app and dist/Sanad-<version>-macos-<arch>.dmg
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"
IDENTITY="${SANAD_CODESIGN_IDENTITY:--}"

echo "== uv sync --frozen"
uv sync --frozen
VERSION="$(uv run --frozen python -c 'import extract; print(extract.__version__)')"
ARCH="$(uname -m)"

echo "== pyinstaller build.spec (Sanad $VERSION)"
uv run --frozen pyinstaller --noconfirm --clean build.spec
APP="$ROOT/dist/Sanad.app"
EXE="$APP/Contents/MacOS/Sanad"
[[ -x "$EXE" ]] || { echo "build failed: $EXE missing" >&2; exit 1; }

echo "== smoke test"
start=$(python3 -c 'import time; print(int(time.time() * 1000))')
QT_QPA_PLATFORM=offscreen "$EXE" --selftest
end=$(python3 -c 'import time; print(int(time.time() * 1000))')
echo "   --selftest took $(( end - start )) ms"
QT_QPA_PLATFORM=offscreen "$EXE" --screenshot "$ROOT/dist/frozen-screenshot.png"
echo "   bundle size: $(du -sm "$APP" | cut -f1) MB"

echo "== codesign (identity: ${IDENTITY/#-/ad-hoc})"
if [[ "$IDENTITY" == "-" ]]; then
  codesign --force --deep --sign - "$APP"
else
  codesign --force --deep --options runtime --timestamp --sign "$IDENTITY" "$APP"
fi
codesign --verify --deep --strict --verbose=2 "$APP"

echo "== dmg"
DMG="$ROOT/dist/Sanad-$VERSION-macos-$ARCH.dmg"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$APP" "$staging/Sanad.app"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
hdiutil create -volname "Sanad $VERSION" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$DMG"
if [[ "$IDENTITY" != "-" ]]; then
  codesign --force --sign "$IDENTITY" --timestamp "$DMG"
fi
hdiutil verify "$DMG"
echo "== done: $DMG"
