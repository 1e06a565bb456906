"""Paragraphs and document properties of an OpenDocument text (.odt), read with zipfile and lxml.

An .odt is a zip whose content.xml holds the text as text:h / text:p elements (inside lists,
tables and sections too); spaces are text:s elements. That is all Sanad needs, so no ODF library
is added. Footnotes and comments are left out (they are not the article's running text), and
neither entities nor external resources are resolved.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import LoadError

MAX_XML_BYTES = 50 * 1024 * 1024
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DC = "http://purl.org/dc/elements/1.1/"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_PARAGRAPHS = {f"{{{TEXT}}}p", f"{{{TEXT}}}h"}
_SKIPPED = {f"{{{TEXT}}}note", f"{{{OFFICE}}}annotation", f"{{{TEXT}}}tracked-changes",
            f"{{{TEXT}}}sequence-decls"}


@dataclass(frozen=True)
class OdtText:
    paragraphs: list[str]
    properties: dict[str, str] = field(default_factory=dict)  # title, author, date (ISO)


def read_odt(path: Path) -> OdtText:
    try:
        with zipfile.ZipFile(path) as archive:
            content = _member(archive, "content.xml", path)
            meta = _member(archive, "meta.xml", path, required=False)
    except zipfile.BadZipFile as exc:
        raise LoadError(f"{path.name} is not a readable OpenDocument text.", "bad_odt",
                        name=path.name) from exc
    root = _parse(content, path)
    body = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is None:
        raise LoadError(f"{path.name} is not an OpenDocument text (no text body).",
                        "bad_odt", name=path.name)
    paragraphs = []
    for element in body.iter():
        if element.tag in _PARAGRAPHS and not _inside_skipped(element):
            paragraphs.append(" ".join(_text_of(element).split()))
    return OdtText(paragraphs=paragraphs, properties=_properties(meta, path) if meta else {})


def _member(archive: zipfile.ZipFile, name: str, path: Path, required: bool = True) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        if required:
            raise LoadError(
                f"{path.name} is not an OpenDocument text ({name} is missing).", "bad_odt",
                name=path.name) from None
        return b""
    if info.file_size > MAX_XML_BYTES:
        raise LoadError(f"{path.name} is too large to read.", "bad_odt", name=path.name)
    return archive.read(info)


def _parse(data: bytes, path: Path):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise LoadError(f"{path.name} is damaged (its text cannot be read).", "bad_odt",
                        name=path.name) from exc


def _inside_skipped(element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in _SKIPPED or parent.tag in _PARAGRAPHS:
            return True  # notes, comments, and text boxes inside another paragraph
        parent = parent.getparent()
    return False


def _text_of(element) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{{{TEXT}}}s":
            parts.append(" " * int(child.get(f"{{{TEXT}}}c", "1") or 1))
        elif tag in (f"{{{TEXT}}}tab", f"{{{TEXT}}}line-break"):
            parts.append(" ")
        elif tag not in _SKIPPED and tag not in _PARAGRAPHS:
            parts.append(_text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _properties(meta: bytes, path: Path) -> dict[str, str]:
    try:
        root = _parse(meta, path)
    except LoadError:
        return {}
    found = {}
    for key, tag in (("title", f"{{{DC}}}title"), ("author", f"{{{DC}}}creator"),
                     ("author", f"{{{META}}}initial-creator"),
                     ("date", f"{{{META}}}creation-date"), ("date", f"{{{DC}}}date")):
        element = root.find(f".//{tag}")
        value = " ".join((element.text or "").split()) if element is not None else ""
        if value and key not in found:
            found[key] = value[:10] if key == "date" else value
    return found
