"""Read back what Qt's PDF writer put in a file, with the standard library only (no PDF library is
a dependency): the text of each page and the colours it paints with.

Qt writes every font as Type0/Identity-H with a ToUnicode map, one `<glyph> Tj` per glyph in
logical order, and colours as `r g b scn` (fill) / `SCN` (stroke), all in Flate streams. The text
comes back NFKC-normalised (Arabic presentation forms become letters); a lam-alef ligature has no
entry in Qt's ToUnicode map, so «الأماكن» reads «اماكن»: look for words without one.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)
_HEX = rb"<([0-9A-Fa-f]+)>"


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(data)}


def _stream(body: bytes) -> bytes:
    found = re.search(rb"stream\r?\n(.*)endstream", body, re.S)
    if found is None:
        return b""
    raw = found.group(1)
    return zlib.decompressobj().decompress(raw) if b"/FlateDecode" in body[:found.start()] else raw


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be", errors="replace")


def _to_unicode(cmap: bytes) -> dict[int, str]:
    out: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for glyph, text in re.findall(_HEX + rb"\s*" + _HEX, block):
            out[int(glyph, 16)] = _utf16(text)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, target in re.findall(_HEX + rb"\s*" + _HEX + rb"\s*(\[.*?\]|<[0-9A-Fa-f]+>)",
                                         block, re.S):
            first, last = int(lo, 16), int(hi, 16)
            if target.startswith(b"["):
                for i, text in enumerate(re.findall(_HEX, target)):
                    out[first + i] = _utf16(text)
            else:
                base = int(target[1:-1], 16)
                for i in range(last - first + 1):
                    out[first + i] = chr(base + i)
    return out


def _pages(data: bytes) -> list[tuple[dict[bytes, dict[int, str]], bytes]]:
    """(fonts by resource name, content stream) of each page, in file order."""
    objects = _objects(data)
    pages = []
    for body in objects.values():
        if not re.search(rb"/Type\s*/Page\b", body):
            continue
        resources = objects[int(re.search(rb"/Resources (\d+) 0 R", body).group(1))]
        font_block = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S)
        fonts = {}
        for name, number in re.findall(rb"/(\w+) (\d+) 0 R", font_block.group(1)
                                       if font_block else b""):
            mapping = re.search(rb"/ToUnicode (\d+) 0 R", objects[int(number)])
            fonts[name] = _to_unicode(_stream(objects[int(mapping.group(1))])) if mapping else {}
        content = _stream(objects[int(re.search(rb"/Contents (\d+) 0 R", body).group(1))])
        pages.append((fonts, content))
    return pages


def pdf_text(data: bytes) -> list[str]:
    """The text of each page, white space made single spaces."""
    out = []
    for fonts, content in _pages(data):
        font: dict[int, str] = {}
        parts: list[str] = []
        for token in re.finditer(rb"/(\w+) [\d.]+ Tf|" + _HEX + rb" Tj", content):
            if token.group(1):
                font = fonts.get(token.group(1), {})
            else:  # spaces are glyphs too, so the runs need nothing between them
                glyphs = token.group(2).decode()
                parts.extend(font.get(int(glyphs[i:i + 4], 16), "")
                             for i in range(0, len(glyphs), 4))
        text = unicodedata.normalize("NFKC", "".join(parts))
        out.append(" ".join(text.split()))
    return out


def pdf_colors(data: bytes) -> tuple[set[str], set[str]]:
    """The colours the pages fill and stroke with, as #rrggbb."""
    fills: set[str] = set()
    strokes: set[str] = set()
    for _fonts, content in _pages(data):
        for r, g, b, op in re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) (scn|SCN|rg|RG)\b", content):
            name = "#" + "".join(f"{round(float(v) * 255):02x}" for v in (r, g, b))
            (fills if op in (b"scn", b"rg") else strokes).add(name)
    return fills, strokes
