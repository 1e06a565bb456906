"""Bytes from a file to text: BOMs, UTF-8, UTF-16 (with or without a BOM) and the Windows-1256 of
older Arabic files.

charset-normalizer guesses the rest; a guess that yields little Arabic or many control characters
is rejected, so a binary file is reported as such instead of shown as mojibake.
"""

from __future__ import annotations

import codecs
from collections import Counter

MAX_BYTES = 20 * 1024 * 1024


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is for the user, `kind` names it
    ("empty", "binary", "encoding") for an interface that words it in another language."""

    def __init__(self, message: str, kind: str = "encoding") -> None:
        super().__init__(message)
        self.kind = kind


def decode_bytes(data: bytes) -> str:
    if not data.strip():
        raise DecodeError("the file is empty", "empty")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(data.decode(enc, errors="replace"))
    enc = _utf16_without_bom(data)
    if enc is not None:
        return _checked(data.decode(enc, errors="replace"))
    if b"\x00" in data[:8192]:
        raise DecodeError("this looks like a binary file, not text", "binary")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few damaged bytes (a truncated copy, a bad paste): keep it UTF-8 rather
    # than read the whole file as mojibake in another encoding.
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(2, len(lenient) // 1000) and _arabic_ratio(lenient) > 0.3:
        return _checked(lenient)
    for enc in ("cp1256",):
        text = data.decode(enc, errors="replace")
        if _arabic_ratio(text) > 0.3 and text.count("\ufffd") == 0:
            return _checked(text)
    from charset_normalizer import from_bytes  # the last resort; not imported at every start

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("the file's text encoding could not be recognised")
    return _checked(str(best))


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the bytes read as UTF-16 without a byte-order mark.

    In UTF-16 every other byte is a character's high byte, and a text's characters come from one
    or two blocks: Arabic is U+06xx and its spaces, digits and punctuation U+00xx, so nearly all
    high bytes are 0x06 or 0x00 (English: 0x00). UTF-8 and Windows-1256 never look like that,
    since their one-byte spaces shift the pairs. Counting zero bytes alone misses Arabic, whose
    letters have none.
    """
    sample = data[:8192]
    sample = sample[:len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    for enc, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        counts = Counter(high)
        if 0 not in counts or counts[0] < 0.05 * len(high):  # text has spaces and line breaks
            continue
        if sum(c for _, c in counts.most_common(2)) < 0.9 * len(high):
            continue
        low = sample[0::2] if enc == "utf-16-le" else sample[1::2]
        if len(set(low)) < 8:  # the low bytes of real text vary
            continue
        try:
            data[:len(data) // 2 * 2].decode(enc)
        except UnicodeDecodeError:  # lone surrogates: not UTF-16
            continue
        return enc
    return None


def _arabic_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters)


def _checked(text: str) -> str:
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    if sample.count("\ufffd") > len(sample) * 0.05:
        raise DecodeError("the text could not be decoded (damaged or unknown encoding)")
    if controls > max(3, len(sample) * 0.01):
        raise DecodeError("this looks like a binary file, not text", "binary")
    if not text.strip():
        raise DecodeError("the file is empty", "empty")
    return text
