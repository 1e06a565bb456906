"""Make the small .odt and .rtf fixtures in tests/fixtures/docs/ (LibreOffice converts a .docx).

- article.odt / article.rtf: the bundled sample's headline and first three paragraphs, written by
  LibreOffice from a .docx whose properties say title, author and creation date;
- article-cp1256.rtf: the same text as older Word wrote Arabic RTF (\\ansicpg1256, \\'xx bytes).

Needs libreoffice-writer (Debian). Run: uv run python scripts/make_document_fixtures.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "docs"


def main() -> int:
    if shutil.which("soffice") is None:
        print("soffice (libreoffice-writer) is not installed.", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    lines = (ROOT / "resources" / "samples" / "seed-libya.txt").read_text(
        encoding="utf-8").splitlines()
    title, body = lines[12].strip(), [line.strip() for line in lines[:3]]
    (OUT / "article.expected.txt").write_text("\n".join([title, *body]) + "\n", encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="sanad-docs-") as tmp:
        work = Path(tmp)
        document = docx.Document()
        document.core_properties.title = title
        document.core_properties.author = "فريق سند"
        document.core_properties.created = dt.datetime(2019, 5, 2, 9, 30)
        for text in (title, *body):
            document.add_paragraph(text)
        source = work / "article.docx"
        document.save(source)
        for kind in ("odt", "rtf"):
            subprocess.run(["soffice", "--headless", "--convert-to", kind, "--outdir", str(work),
                            str(source)], check=True, capture_output=True, timeout=300)
            shutil.copy(work / f"article.{kind}", OUT / f"article.{kind}")
    escaped = "\\par\n".join(
        "".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in text.encode("cp1256"))
        for text in (title, *body))
    rtf = ("{\\rtf1\\ansi\\ansicpg1256\\deff0{\\fonttbl{\\f0\\fnil\\fcharset178 Arial;}}\n"
           "\\rtlpar\\f0\\fs24 " + escaped + "\\par\n}")
    (OUT / "article-cp1256.rtf").write_bytes(rtf.encode("ascii"))
    for path in sorted(OUT.iterdir()):
        print(f"{path.name}: {path.stat().st_size / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
