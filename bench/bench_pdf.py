"""PDF import: similarity of the extracted text to the expected text, per fixture, and the time.

    uv run python bench/bench_pdf.py              # Sanad (pypdfium2 + extract.pdf_layout)
    uv run --with pdfminer.six python bench/bench_pdf.py --compare

Similarity is difflib's ratio after whitespace normalisation (every run of white space becomes one
space), against tests/fixtures/pdf/NAME.expected.txt (target >= 0.98 each). --compare also prints
each library's own text (pypdfium2's get_text_range, pdfminer.six's extract_text, both NFKC) and
pdfminer.six's characters fed through the same layout code, the measurement that chose PDFium.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.errors import LoadError  # noqa: E402
from extract.pdf import read_pdf  # noqa: E402
from extract.pdf_layout import Glyph, Page, paragraphs_from_pages  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "pdf"


def similarity(got: str, expected: str) -> float:
    return difflib.SequenceMatcher(None, " ".join(got.split()), " ".join(expected.split()),
                                   autojunk=False).ratio()


def sanad_text(path: Path) -> str:
    return "\n".join(p.text for p in read_pdf(path).paragraphs)


def pdfium_raw(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    return unicodedata.normalize("NFKC", "\n".join(
        doc[i].get_textpage().get_text_range() for i in range(len(doc))))


def pdfminer_raw(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return unicodedata.normalize("NFKC", extract_text(str(path)))


def pdfminer_layout(path: Path) -> str:
    """pdfminer.six's characters (text, box, size, origin) through extract.pdf_layout."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    pages = []
    for number, layout in enumerate(extract_pages(str(path), laparams=None), start=1):
        glyphs, spaces = [], []
        stack = list(layout)
        while stack:
            item = stack.pop()
            if isinstance(item, LTChar):
                text = item.get_text()
                baseline = item.matrix[5]
                if text.isspace():
                    spaces.append((item.matrix[4], baseline))
                elif not text.startswith("(cid:"):
                    glyphs.append(Glyph(text=text, x0=item.x0, y0=item.y0, x1=item.x1,
                                        y1=item.y1, baseline=baseline, em=item.size))
                else:
                    glyphs.append(Glyph(text="\ufffd", x0=item.x0, y0=item.y0, x1=item.x1,
                                        y1=item.y1, baseline=baseline, em=item.size))
            elif hasattr(item, "__iter__"):
                stack.extend(item)
        pages.append(Page(number=number, width=layout.width, height=layout.height,
                          glyphs=glyphs, spaces=spaces))
    if not any(p.glyphs for p in pages):
        raise LoadError("no text layer")
    return "\n".join(p.text for p in paragraphs_from_pages(pages))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true",
                        help="also measure the libraries' own text and pdfminer.six + layout")
    args = parser.parse_args()
    methods = [("sanad", sanad_text)]
    if args.compare:
        methods += [("pdfium-raw", pdfium_raw), ("pdfminer-raw", pdfminer_raw),
                    ("pdfminer+layout", pdfminer_layout)]
    header = f"{'fixture':18s}" + "".join(f"{name:>22s}" for name, _ in methods)
    print(header)
    worst = 1.0
    for pdf in sorted(FIXTURES.glob("*.pdf")):
        expected = pdf.with_suffix(".expected.txt").read_text(encoding="utf-8")
        cells = []
        for name, method in methods:
            start = time.perf_counter()
            try:
                ratio = similarity(method(pdf), expected)
                cell = f"{ratio:.4f} {time.perf_counter() - start:6.2f}s"
                if name == "sanad":
                    worst = min(worst, ratio)
            except LoadError as exc:
                cell = "LoadError" if "scanned" not in str(exc) else "scan: message"
            cells.append(f"{cell:>22s}")
        print(f"{pdf.stem:18s}" + "".join(cells))
    print(f"lowest similarity (sanad, text fixtures): {worst:.4f} (target >= 0.98)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
