#!/usr/bin/env bash
# Refresh the Arabic translation source and the English plural forms from the code, keeping
# existing translations, then compile them. Edit the .ts files with Qt Linguist
# (`uv run pyside6-linguist`) between the two steps when new strings appear.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=(app/*.py app/panels/*.py app/reader/*.py)
# pyside6-lupdate (6.11) does not recognise Python's tr(text, "", n) plural calls and would turn
# the hand-written plural forms into single strings: refuse any run that loses some.
plurals() { grep -c 'numerus="yes"' "$1" || true; }
update() {  # update TS [lupdate options...]: keeps TS unchanged if lupdate loses plural forms
  local ts=$1; shift
  cp "$ts" "$ts.bak"
  uv run pyside6-lupdate -no-obsolete "$@" "${sources[@]}" -ts "$ts"
  if [ "$(plurals "$ts")" -lt "$(plurals "$ts.bak")" ]; then
    mv "$ts.bak" "$ts"
    echo "lupdate dropped plural forms from $ts: kept the old file; add new strings by hand" >&2
    return 1
  fi
  rm "$ts.bak"
}
status=0
update resources/translations/sanad_ar.ts || status=1
update resources/translations/sanad_en.ts -pluralonly || status=1
for lang in ar en; do
  uv run pyside6-lrelease "resources/translations/sanad_$lang.ts" \
    -qm "resources/translations/sanad_$lang.qm"
done
exit "$status"
