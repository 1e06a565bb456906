"""Draw Sanad's app icon with Qt (offscreen) and write sanad.png, sanad.ico and sanad.icns.

    uv run python scripts/make_icon.py [OUT_DIR]      (default: resources/icons)

The icon is a teal rounded square with the letter «س» (for سند, Sanad) over an amber highlighter
stroke: reading Arabic, marking what matters. Each size is drawn from vectors, not scaled down.
Qt writes the PNGs; the .ico and .icns containers are assembled here (both simply hold PNGs), so
Pillow is not needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
)

ROOT = Path(__file__).resolve().parent.parent
FONT_FILE = ROOT / "resources" / "fonts" / "NotoNaskhArabic-Bold.ttf"
LETTER = "س"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# ICNS element types holding PNG data, by pixel size (several types share a size: @1x and @2x).
ICNS_TYPES = [
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
]
PNG_SIZE = 512


def draw_icon(size: int, family: str) -> QImage:
    """One square icon image of `size` pixels, drawn from scratch at that size."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    margin = size * 0.06
    tile = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomRight())
    gradient.setColorAt(0.0, QColor("#1b8a8f"))
    gradient.setColorAt(1.0, QColor("#0b4f57"))
    outline = QPainterPath()
    outline.addRoundedRect(tile, tile.width() * 0.22, tile.width() * 0.22)
    painter.fillPath(outline, gradient)

    highlight = QRectF(tile.left() + tile.width() * 0.14, tile.top() + tile.height() * 0.62,
                       tile.width() * 0.72, tile.height() * 0.16)
    marker = QPainterPath()
    marker.addRoundedRect(highlight, highlight.height() * 0.35, highlight.height() * 0.35)
    painter.fillPath(marker, QColor("#f2b233"))

    font = QFont(family)
    font.setPixelSize(max(8, round(tile.height() * 0.72)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    letter_box = QRectF(tile.left(), tile.top() - tile.height() * 0.02, tile.width(), tile.height())
    painter.drawText(letter_box, Qt.AlignmentFlag.AlignCenter, LETTER)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: the 'icns' header, then (type, length, PNG) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "resources" / "icons"
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need an app
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    if font_id < 0:
        print(f"make_icon: cannot load {FONT_FILE}", file=sys.stderr)
        return 1
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES), PNG_SIZE})
    pngs = {size: png_bytes(draw_icon(size, family)) for size in sizes}
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "sanad.png").write_bytes(pngs[PNG_SIZE])
    (out_dir / "sanad.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (out_dir / "sanad.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote sanad.png ({PNG_SIZE}px), sanad.ico ({len(ICO_SIZES)} sizes), "
          f"sanad.icns ({len(ICNS_TYPES)} elements) to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
