#!/usr/bin/env bash
# Refresh the Arabic translation source from the code (keeping existing translations), then
# compile it. Edit resources/translations/sanad_ar.ts with Qt Linguist (`uv run pyside6-linguist`)
# between the two steps when new strings appear.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=(app/window.py app/panels/*.py app/reader/*.py)
uv run pyside6-lupdate -no-obsolete "${sources[@]}" -ts resources/translations/sanad_ar.ts
uv run pyside6-lrelease resources/translations/sanad_ar.ts -qm resources/translations/sanad_ar.qm
