#!/bin/sh
# Install Sanad for the current user (no root): the bundle in ~/.local/opt/sanad, the `sanad`
# command in ~/.local/bin, a menu entry and icon in ~/.local/share.
#   ./install.sh              install (or update) from the folder this script is in
#   ./install.sh --uninstall  remove the program; the library (~/.local/share/Sanad) is kept
set -eu

DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/sanad"
BIN="$HOME/.local/bin"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$TARGET"
  rm -f "$BIN/sanad" "$DATA/applications/sanad.desktop" "$DATA/icons/hicolor/512x512/apps/sanad.png"
  echo "Sanad removed. Your library is still in $DATA/Sanad (delete it to remove your articles)."
  exit 0
fi

HERE="$(cd "$(dirname "$0")" && pwd)"
[ -x "$HERE/sanad" ] || { echo "install.sh: run it from the unpacked Sanad folder" >&2; exit 1; }
if [ "$HERE" != "$TARGET" ]; then
  rm -rf "$TARGET"
  mkdir -p "$(dirname "$TARGET")"
  cp -R "$HERE" "$TARGET"
fi
mkdir -p "$BIN" "$DATA/applications" "$DATA/icons/hicolor/512x512/apps"
ln -sf "$TARGET/sanad" "$BIN/sanad"
cp "$TARGET/sanad.png" "$DATA/icons/hicolor/512x512/apps/sanad.png"
sed "s|^Exec=sanad|Exec=$TARGET/sanad|" "$TARGET/sanad.desktop" > "$DATA/applications/sanad.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
echo "Sanad installed in $TARGET; start it from the menu or with: $BIN/sanad"
