#!/usr/bin/env bash
# Refresh the Arabic translation source and the English plural forms from the code, keeping
# existing translations, then compile them. Edit the .ts files with Qt Linguist
# (`uv run pyside6-linguist`) between the two steps when new strings appear.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=(app/window.py app/panels/*.py app/reader/*.py)
uv run pyside6-lupdate -no-obsolete "${sources[@]}" -ts resources/translations/sanad_ar.ts
uv run pyside6-lupdate -no-obsolete -pluralonly "${sources[@]}" -ts resources/translations/sanad_en.ts
for lang in ar en; do
  uv run pyside6-lrelease "resources/translations/sanad_$lang.ts" \
    -qm "resources/translations/sanad_$lang.qm"
done
