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


@pytest.fixture(scope="session")
def seed_article():
    """The sample article, loaded once for the tests that only read it."""
    from extract.load import load_path

    return load_path(SEED)


@pytest.fixture(scope="session")
def seed_entities(seed_article):
    """`extract_entities` of the sample, computed once (typed, frozen objects)."""
    from extract.entities import extract_entities

    return tuple(extract_entities(seed_article))


@pytest.fixture(scope="session")
def seed_analysis(seed_article):
    """`analyze` of the sample, computed once (typed, frozen objects)."""
    from extract.analyze import analyze

    return analyze(seed_article)


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


# ---- a hand-built analysis of the sample, for UI tests that must not depend on model quality ----

def _find(text: str, needle: str, after: int = 0):
    from extract.document import Span

    start = text.index(needle, after)
    return Span(start, start + len(needle))


def _mentions(text: str, needle: str) -> tuple:
    from extract.document import Span

    spans, pos = [], text.find(needle)
    while pos >= 0:
        spans.append(Span(pos, pos + len(needle)))
        pos = text.find(needle, pos + len(needle))
    return tuple(spans)


def seed_analysis_for(text: str):
    """A typed `Analysis` of the seed article, written by hand from its text: three speakers
    (one anonymous), one statement nobody was found for, people, organisations and places.
    Built with the extractor's own classes and validated by its serialiser, so it cannot drift
    from what the extractor produces."""
    from extract.model import Analysis, Claim, Entity, Evidence, Speaker
    from extract.schema import validate

    entities = (
        Entity("E1", "PER", "خليفة حفتر", _mentions(text, "حفتر")),
        Entity("E2", "PER", "فائز السراج", _mentions(text, "السراج")),
        Entity("E3", "ORG", "حكومة الوفاق الوطني", _mentions(text, "حكومة الوفاق الوطني")),
        Entity("E4", "LOC", "طرابلس", _mentions(text, "طرابلس")),
        Entity("E5", "ORG", "وزارة الخارجية الأميركية",
               _mentions(text, "وزارة الخارجية الأميركية")),
        Entity("E6", "MISC", "بركان الغضب", _mentions(text, "بركان الغضب")),
    )

    def claim(cid, kind, cue, content, speaker_id, name, mention, how="explicit", source=None):
        cue_span = _find(text, cue)
        content_span = _find(text, content, cue_span.start)
        mention_span = _find(text, mention, max(0, cue_span.start - 60)) if mention else None
        evidence = Evidence(how, mention_span, source) if speaker_id else None
        return Claim(cid, kind, cue_span, content_span, speaker_id, name, mention_span, evidence)

    claims = [
        claim("C1", "indirect", "أفاد", "المشير خليفة حفتر", "S1", "مصدر مطلع", "مصدر مطلع"),
        claim("C2", "indirect", "وقال المصدر", "الوفد الأميركي ضم مسؤولين", "S1", "مصدر مطلع",
              "المصدر", "reference", "C1"),
        claim("C3", "direct", "بدوره قال", "المسؤولين الحكوميين الأميركيين يتشاورون", "S2",
              "مسؤول في وزارة الخارجية الأميركية", "مسؤول في وزارة الخارجية الأميركية"),
        claim("C4", "indirect", "وشدد السراج", "أهمية التعامل السريع", "S3", "فائز السراج",
              "السراج"),
        claim("C5", "direct", "وأضاف المسؤول", "ندعو جميع الأطراف", "S2",
              "مسؤول في وزارة الخارجية الأميركية", "المسؤول", "title", "C3"),
        claim("C6", "mixed", "وأكدت الغرفة", "الضربة المقبلة ستكون أعمق", None, None, None),
    ]
    claims.sort(key=lambda c: c.content.start)
    speakers = (
        Speaker("S1", "مصدر مطلع", ("المصدر",), None, True, ("C1", "C2")),
        Speaker("S2", "مسؤول في وزارة الخارجية الأميركية", ("المسؤول",), "E5", True,
                ("C3", "C5")),
        Speaker("S3", "فائز السراج", ("السراج",), "E2", False, ("C4",)),
    )
    analysis = Analysis(text=text, entities=entities, claims=tuple(claims), speakers=speakers,
                        fingerprint="test-seed")
    validate(analysis)
    return analysis


@pytest.fixture
def fake_analyzer(monkeypatch):
    """Make the window's analysis the hand-built one (the article text is whatever was opened),
    made, as far as the library's cache knows, by this installation's extractor."""
    from dataclasses import replace

    from app.reader import loading
    from extract.fingerprint import extractor_fingerprint
    from extract.model import Analysis

    def analyze(article):
        try:
            analysis = seed_analysis_for(article.text)
        except ValueError:  # not the sample: an analysis with nothing found
            analysis = Analysis(text=article.text)
        return replace(analysis, fingerprint=extractor_fingerprint())

    monkeypatch.setattr(loading, "analyze", analyze)
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
def extract_cli(capsys, monkeypatch):
    """`python -m extract ARGS` run in this process (`extract.__main__.main`), returning
    (exit status, stdout, stderr). One test per entry point runs it as its own process."""
    import io
    import sys

    from extract.__main__ import main

    def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def lib(tmp_path):
    """A fresh, empty library in a temporary file (tests that need one with articles define
    their own)."""
    from app.library import open_library

    library = open_library(tmp_path / "lib.sqlite")
    yield library
    library.close()


@pytest.fixture(scope="session")
def seed_library(tmp_path_factory):
    """The seed article imported from a file and analysed by the real extractor, with a note on
    «خليفة حفتر» and one on the article: (library, article id). Shared by the export tests, which
    only read it."""
    import shutil

    from app.library import open_library
    from app.library.articles import get_article
    from app.library.importer import import_paths
    from app.library.notes import add_article_note, add_span_note

    folder = tmp_path_factory.mktemp("private-folder")
    path = folder / SEED.name
    shutil.copy(SEED, path)
    library = open_library(folder / "lib.sqlite")
    report = import_paths(library, [path])
    assert report.added and not report.warnings, report.warnings
    article_id = report.added[0]
    text = get_article(library, article_id).text
    start = text.index("خليفة حفتر")
    add_span_note(library, article_id, start, start + len("خليفة حفتر"), "المشير أم اللواء؟")
    add_article_note(library, article_id, "Compare with the wire copy.")
    yield library, article_id
    library.close()
