"""Every interface string the code passes to tr() has an Arabic translation in the context Qt
looks it up in (the class for `self.tr`, the first argument of `translate`): an untranslated
string, or one translated under another class's name, shows up in English in the middle of the
Arabic interface."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _calls(tree: ast.AST, context: str | None = None):
    """(context, source) of every translated string, walking classes to know `self.tr`'s."""
    for node in ast.iter_child_nodes(tree):
        inner = node.name if isinstance(node, ast.ClassDef) else context
        if isinstance(node, ast.Call) and node.args:
            func, args = node.func, node.args
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name == "tr" and isinstance(func, ast.Attribute) and _literal(args[0]):
                owner = func.value.id if isinstance(func.value, ast.Name) else "self"
                # self.tr: the enclosing class; Other.tr (a class's own tr): that class
                yield (context if owner in ("self", "cls") else owner), _literal(args[0])
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 \
                    and _literal(args[0]) and _literal(args[1]):
                yield _literal(args[0]), _literal(args[1])
        yield from _calls(node, inner)


def _ui_strings() -> set[tuple[str | None, str]]:
    found: set[tuple[str | None, str]] = set()
    for path in ROOT.joinpath("app").rglob("*.py"):
        found.update(_calls(ast.parse(path.read_text(encoding="utf-8"))))
    return found


def _translated(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    done = set()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = ([f.text for f in translation.iter("numerusform")]
                     if translation is not None else [])
            text = translation.text if translation is not None else None
            if (text and text.strip()) or any(forms):
                if translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                    done.add((name, message.findtext("source")))
    return done


def test_every_interface_string_has_an_arabic_translation() -> None:
    strings = _ui_strings()
    assert len(strings) > 100  # the walk found the interface
    assert not [s for c, s in strings if c is None]  # self.tr outside a class: no context
    missing = sorted(strings - _translated(ROOT / "resources/translations/sanad_ar.ts"))
    assert missing == []


def test_plural_strings_have_english_forms() -> None:
    plural = {(c, s) for c, s in _ui_strings() if "%n" in s}
    missing = sorted(plural - _translated(ROOT / "resources/translations/sanad_en.ts"))
    assert missing == []
