"""Every interface string the code passes to tr() has an Arabic translation: an untranslated
string shows up in English in the middle of the Arabic interface."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ui_strings() -> set[str]:
    found: set[str] = set()
    for path in [*ROOT.joinpath("app").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            args = node.args
            if node.func.attr == "tr" and args:
                first = args[0]
            elif node.func.attr == "translate" and len(args) >= 2:
                first = args[1]
            else:
                continue
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def _translated(ts: Path) -> set[str]:
    root = ET.parse(ts).getroot()
    done = set()
    for message in root.iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
        text = translation.text if translation is not None else None
        if (text and text.strip()) or any(forms):
            if translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                done.add(message.findtext("source"))
    return done


def test_every_interface_string_has_an_arabic_translation() -> None:
    strings = _ui_strings()
    assert len(strings) > 100  # the walk found the interface
    missing = sorted(strings - _translated(ROOT / "resources/translations/sanad_ar.ts"))
    assert missing == []


def test_plural_strings_have_english_forms() -> None:
    plural = {s for s in _ui_strings() if "%n" in s}
    missing = sorted(plural - _translated(ROOT / "resources/translations/sanad_en.ts"))
    assert missing == []
