#!/usr/bin/env bash
# Export the seed article to PDF in the English and the Arabic interface and render every page to
# PNG, to look at: Arabic shaping, right-to-left lines, highlight colours, legend, claims table.
# Needs pdftoppm (poppler-utils: `apt-get install -y poppler-utils`); a look, not a test.
#   scripts/render_pdf_export.sh [OUT_DIR]   (default: a new temporary folder; prints the PNGs)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d -t sanad-pdf-XXXXXX)}
mkdir -p "$out"
db="$out/library.sqlite"
rm -f "$db"
command -v pdftoppm >/dev/null || { echo "pdftoppm is missing: apt-get install -y poppler-utils" >&2; exit 1; }
uv run python -m app.library --db "$db" import resources/samples/seed-libya.txt >/dev/null
for lang in en ar; do
  uv run python -m app.library --db "$db" export 1 --format pdf --lang "$lang" --out "$out/seed-$lang.pdf"
  pdftoppm -png -r 80 "$out/seed-$lang.pdf" "$out/seed-$lang"
done
ls "$out"/*.png
