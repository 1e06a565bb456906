"""Test set-up: Qt runs offscreen (set before any Qt import), and paths to shared fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SANAD_NO_SETTINGS", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "resources" / "samples" / "seed-libya.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


# ---- a hand-built analysis of the sample, for UI tests that must not depend on model quality ----

def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _mentions(text: str, needle: str) -> list[dict]:
    spans, pos = [], text.find(needle)
    while pos >= 0:
        spans.append({"start": pos, "end": pos + len(needle)})
        pos = text.find(needle, pos + len(needle))
    return spans


def seed_analysis_for(text: str) -> dict:
    """A `sanad.analysis/1` dict for the seed article, written by hand from its text: three
    speakers (one anonymous, one unresolved claim), people, organisations and places."""
    entities = [
        {"id": "E1", "type": "PER", "name": "خليفة حفتر", "mentions": _mentions(text, "حفتر")},
        {"id": "E2", "type": "PER", "name": "فائز السراج", "mentions": _mentions(text, "السراج")},
        {"id": "E3", "type": "ORG", "name": "حكومة الوفاق الوطني",
         "mentions": _mentions(text, "حكومة الوفاق الوطني")},
        {"id": "E4", "type": "LOC", "name": "طرابلس", "mentions": _mentions(text, "طرابلس")},
        {"id": "E5", "type": "ORG", "name": "وزارة الخارجية الأميركية",
         "mentions": _mentions(text, "وزارة الخارجية الأميركية")},
        {"id": "E6", "type": "MISC", "name": "بركان الغضب",
         "mentions": _mentions(text, "بركان الغضب")},
    ]

    def claim(cid, kind, cue, content, speaker, mention, anonymous=False, entity=None, after=0):
        cue_span = _find(text, cue, after)
        content_span = _find(text, content, cue_span[0])
        mention_span = _find(text, mention, max(0, cue_span[0] - 60)) if mention else None
        return {"id": cid, "kind": kind,
                "cue": {"start": cue_span[0], "end": cue_span[1]},
                "content": {"start": content_span[0], "end": content_span[1]},
                "speaker": {"name": speaker, "entity": entity, "anonymous": anonymous,
                            "mention": ({"start": mention_span[0], "end": mention_span[1]}
                                        if mention_span else None)}}

    claims = [
        claim("C1", "indirect", "أفاد", "المشير خليفة حفتر", "مصدر مطلع", "مصدر مطلع", True),
        claim("C2", "indirect", "وقال المصدر", "الوفد الأميركي ضم مسؤولين", "مصدر مطلع",
              "المصدر", True),
        claim("C3", "direct", "بدوره قال", "المسؤولين الحكوميين الأميركيين يتشاورون",
              "مسؤول في وزارة الخارجية الأميركية", "مسؤول في وزارة الخارجية الأميركية", True,
              "E5"),
        claim("C4", "indirect", "وشدد السراج", "أهمية التعامل السريع", "فائز السراج", "السراج",
              False, "E2"),
        claim("C5", "direct", "وأضاف المسؤول", "ندعو جميع الأطراف", "مسؤول في وزارة الخارجية "
              "الأميركية", "المسؤول", True, "E5"),
        claim("C6", "mixed", "وأكدت الغرفة", "الضربة المقبلة ستكون أعمق", "", None),
    ]
    claims.sort(key=lambda c: c["content"]["start"])
    speakers = [
        {"id": "S1", "name": "مصدر مطلع", "aliases": ["المصدر"], "entity": None,
         "anonymous": True, "claims": ["C1", "C2"]},
        {"id": "S2", "name": "مسؤول في وزارة الخارجية الأميركية", "aliases": ["المسؤول"],
         "entity": "E5", "anonymous": True, "claims": ["C3", "C5"]},
        {"id": "S3", "name": "فائز السراج", "aliases": ["السراج"], "entity": "E2",
         "anonymous": False, "claims": ["C4"]},
    ]
    return {"schema": "sanad.analysis/1", "text": text, "entities": entities, "claims": claims,
            "speakers": speakers}


@pytest.fixture
def fake_analyzer(monkeypatch):
    """Make the window's analysis the hand-built one (the article text is whatever was opened)."""
    import app.window as window_module

    def analyze(article):
        try:
            return seed_analysis_for(article.text)
        except ValueError:  # not the sample: an analysis with nothing found
            return {"schema": "sanad.analysis/1", "text": article.text, "entities": [],
                    "claims": [], "speakers": []}

    monkeypatch.setattr(window_module, "_analyze", analyze)
    return analyze


@pytest.fixture(autouse=True)
def english_ui(request):
    """The English catalogue (its plural forms) installed, as `sanad` does, for Qt tests."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QApplication

    from app.i18n import install_language

    app = QApplication.instance() or request.getfixturevalue("qapp")
    install_language(app, "en")
    yield


@pytest.fixture
def lib(tmp_path):
    """A fresh, empty library in a temporary file (tests that need one with articles define
    their own)."""
    from app.library import open_library

    library = open_library(tmp_path / "lib.sqlite")
    yield library
    library.close()
