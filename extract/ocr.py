"""OCR of scanned PDFs with the Tesseract program, when it is installed with its Arabic data.

Sanad does not bundle Tesseract: it runs the `tesseract` binary found on PATH (Debian/Ubuntu:
`tesseract-ocr tesseract-ocr-ara`; Windows: the UB Mannheim installer; macOS: Homebrew
`tesseract tesseract-lang`). Pages are rendered by PDFium to grey PGM images in a temporary folder
and read one by one, so a caller on a worker thread gets progress per page and can cancel between
pages or in the middle of one (the running tesseract is killed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from extract.errors import LoadError
from extract.pdf_layout import Paragraph

OCR_DPI = 300
LANGUAGES = "ara+eng"
PAGE_TIMEOUT_S = 300


_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


class OcrCancelled(LoadError):
    """The caller cancelled the OCR run."""


def tesseract_binary() -> str | None:
    return os.environ.get("SANAD_TESSERACT") or shutil.which("tesseract")


@lru_cache(maxsize=1)
def _languages(binary: str) -> frozenset[str]:
    try:
        out = subprocess.run([binary, "--list-langs"], capture_output=True, text=True,
                             timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def tesseract_available() -> bool:
    """True when a tesseract binary with Arabic data ("ara") can be run."""
    binary = tesseract_binary()
    return binary is not None and "ara" in _languages(binary)


def ocr_pdf(path: Path, progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> list[Paragraph]:
    """The paragraphs Tesseract reads on each page of a PDF, with their page numbers.

    `progress(done, total)` is called after each page; `cancel()` returning True stops the run
    with OcrCancelled. Raises LoadError when Tesseract is missing or the PDF cannot be read.
    """
    import pypdfium2 as pdfium

    binary = tesseract_binary()
    if binary is None or "ara" not in _languages(binary):
        raise LoadError("OCR needs Tesseract with Arabic data (tesseract-ocr-ara), "
                        "which is not installed.", "ocr_missing")
    languages = "+".join(lang for lang in LANGUAGES.split("+") if lang in _languages(binary))
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise LoadError(f"{path.name} is not a readable PDF file.", "bad_pdf",
                        name=path.name) from exc
    paragraphs: list[Paragraph] = []
    try:
        total = len(document)
        with tempfile.TemporaryDirectory(prefix="sanad-ocr-") as tmp:
            for index in range(total):
                if cancel is not None and cancel():
                    raise OcrCancelled("OCR was cancelled.", "ocr_cancelled")
                image = Path(tmp) / f"page-{index + 1}.pgm"
                _render_pgm(document[index], image)
                text = _run_tesseract(binary, image, languages, cancel)
                paragraphs.extend(Paragraph(p, index + 1) for p in paragraphs_of(text))
                image.unlink()
                if progress is not None:
                    progress(index + 1, total)
    finally:
        document.close()
    return paragraphs


def paragraphs_of(text: str) -> list[str]:
    """Tesseract's blank-line-separated blocks, each joined into one line (without the
    direction marks it puts around Latin runs)."""
    blocks, current = [], []
    text = text.replace("\f", "\n").translate(_DIRECTION_MARKS)
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


def _render_pgm(page, out: Path) -> None:
    """The page as an 8-bit grey PGM image (no imaging library needed)."""
    try:
        bitmap = page.render(scale=OCR_DPI / 72, grayscale=True)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        buffer = bytes(bitmap.buffer)
        channels = bitmap.n_channels
    finally:
        page.close()
    rows = []
    for y in range(height):
        row = buffer[y * stride:y * stride + width * channels]
        rows.append(row if channels == 1 else row[::channels])
    out.write_bytes(f"P5\n{width} {height}\n255\n".encode("ascii") + b"".join(rows))


def _run_tesseract(binary: str, image: Path, languages: str,
                   cancel: Callable[[], bool] | None) -> str:
    out_base = image.with_suffix("")  # tesseract writes OUT_BASE.txt
    command = [binary, str(image), str(out_base), "-l", languages, "--psm", "3"]
    errors = image.with_suffix(".err")
    try:
        with open(errors, "wb") as err_file:
            proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err_file)
    except OSError as exc:
        raise LoadError(f"Tesseract could not be started: {exc.strerror or exc}.",
                        "ocr_failed") from exc
    started = time.monotonic()
    while proc.poll() is None:
        if (cancel is not None and cancel()) or time.monotonic() - started > PAGE_TIMEOUT_S:
            proc.kill()
            proc.wait()
            if cancel is not None and cancel():
                raise OcrCancelled("OCR was cancelled.", "ocr_cancelled")
            raise LoadError("Tesseract took too long on a page.", "ocr_failed")
        time.sleep(0.05)
    if proc.returncode != 0:
        message = errors.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        raise LoadError(f"Tesseract failed: {message[-1] if message else proc.returncode}.",
                        "ocr_failed")
    text_file = out_base.with_suffix(".txt")
    text = text_file.read_text(encoding="utf-8", errors="replace")
    text_file.unlink()
    return text
