"""The analysis contract: typed objects, one serialiser, validation with clear errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.analyze import analyze
from extract.document import Span
from extract.load import load_path
from extract.model import (
    CLAIM_KINDS,
    ENTITY_TYPES,
    EVIDENCE_KINDS,
    Analysis,
    Claim,
    Entity,
    Evidence,
    Speaker,
    Via,
)
from extract.schema import SCHEMA, SchemaError, from_json, to_json

ROOT = Path(__file__).resolve().parent.parent
REAL = [ROOT / "resources" / "samples" / "seed-libya.txt",
        *sorted((ROOT / "tests" / "gold").glob("*.txt"))[::6]]


@pytest.mark.parametrize("path", REAL, ids=[p.stem for p in REAL])
def test_real_analyses_survive_the_json_round_trip(path, seed_analysis):
    analysis = seed_analysis if path == REAL[0] else analyze(load_path(path))
    data = json.loads(json.dumps(to_json(analysis), ensure_ascii=False))  # through real JSON
    assert data["schema"] == SCHEMA
    assert from_json(data) == analysis


@st.composite
def analyses(draw) -> Analysis:
    """Valid analyses of random text: spans inside it, ids that resolve."""
    text = draw(st.text(alphabet="قال فائز السراج، «»\n.إن", min_size=1, max_size=80))
    n = len(text)

    def span():
        a = draw(st.integers(0, n))
        return Span(a, draw(st.integers(a, n)))

    entities = tuple(Entity(f"E{i}", draw(st.sampled_from(ENTITY_TYPES)), draw(st.text(max_size=8)),
                            tuple(span() for _ in range(draw(st.integers(0, 3)))))
                     for i in range(1, draw(st.integers(0, 3)) + 1))
    n_speakers = draw(st.integers(0, 3))
    claims, owners = [], {}
    for i in range(1, draw(st.integers(0, 4)) + 1):
        sid = draw(st.sampled_from([None] + [f"S{k}" for k in range(1, n_speakers + 1)]))
        evidence = None if sid is None else Evidence(
            draw(st.sampled_from(EVIDENCE_KINDS)), draw(st.none() | st.builds(span)),
            draw(st.none() | st.sampled_from([f"C{k}" for k in range(1, i)] or [None])))
        claims.append(Claim(f"C{i}", draw(st.sampled_from(CLAIM_KINDS)),
                            draw(st.none() | st.builds(span)), span(), sid,
                            None if sid is None else draw(st.none() | st.text(max_size=8)),
                            None if sid is None else draw(st.none() | st.builds(span)),
                            evidence,
                            draw(st.none() | st.builds(lambda: Via(
                                draw(st.text(min_size=1, max_size=8)),
                                draw(st.none() | st.builds(span)))))))
        if sid:
            owners.setdefault(sid, []).append(f"C{i}")
    speakers = tuple(Speaker(f"S{k}", draw(st.text(max_size=8)),
                             tuple(draw(st.lists(st.text(max_size=5), max_size=2))),
                             draw(st.none() | st.sampled_from([e.id for e in entities] or [None])),
                             draw(st.booleans()), tuple(owners.get(f"S{k}", ())))
                     for k in range(1, n_speakers + 1))
    return Analysis(text=text, title=draw(st.none() | st.text(max_size=10)),
                    paragraphs=(Span(0, n),), entities=entities, claims=tuple(claims),
                    speakers=speakers, fingerprint=draw(st.text(min_size=1, max_size=6)))


@settings(max_examples=150, deadline=None)
@given(analyses())
def test_any_valid_analysis_survives_the_round_trip(analysis):
    assert from_json(json.loads(json.dumps(to_json(analysis)))) == analysis


@pytest.mark.parametrize("breakage, message", [
    (lambda d: d["entities"][0]["mentions"][0].update(end=10**6), "outside the text"),
    (lambda d: d["claims"][0]["speaker"].update(id="S999"), "not listed"),
    (lambda d: d["speakers"][0]["claims"].append("C999"), "not listed"),
    (lambda d: d["claims"][0].update(kind="rumour"), "unknown kind"),
    (lambda d: d["entities"][0].update(type="PERSON"), "unknown type"),
    (lambda d: d["claims"][0].pop("content"), "claims[0].content is missing or not an object"),
    (lambda d: d.update(schema="sanad.analysis/99"), "unknown analysis schema"),
    (lambda d: d.pop("text"), "no text"),
    (lambda d: d["claims"][1]["evidence"].update(kind="hunch"), "unknown kind of evidence"),
    (lambda d: d["claims"][1]["evidence"].update({"from": "C999"}), "names a claim C999"),
])
def test_invalid_json_is_refused_with_a_message_that_says_where(breakage, message,
                                                                 seed_analysis):
    data = to_json(seed_analysis)  # a new dict each time: the breakage stays in this test
    breakage(data)
    with pytest.raises(SchemaError, match=re.escape(message)):
        from_json(data)


def test_the_analysis_answers_lookups(seed_analysis):
    analysis = seed_analysis
    haftar = next(e for e in analysis.entities if e.name == "خليفة حفتر")
    for mention in haftar.mentions:
        assert analysis.entity_at(mention.start) == haftar
        assert analysis.entity_at(mention.end - 1) == haftar
    for speaker in analysis.speakers:
        assert [c.id for c in analysis.claims_by(speaker.id)] == sorted(
            speaker.claim_ids, key=lambda cid: analysis.claim(cid).content.start)
    said = {c.id for s in analysis.speakers for c in analysis.claims_by(s.id)}
    assert said | {c.id for c in analysis.unattributed()} == {c.id for c in analysis.claims}


@pytest.mark.parametrize("path", REAL, ids=[p.stem for p in REAL])
def test_every_attributed_claim_says_how_its_speaker_was_found(path):
    analysis = analyze(load_path(path))
    for claim in analysis.claims:
        assert (claim.evidence is None) == (claim.speaker_id is None), claim
        if claim.evidence and claim.evidence.span:
            assert analysis.slice(claim.evidence.span).strip()
        if claim.evidence and claim.evidence.from_claim:
            earlier = analysis.claim(claim.evidence.from_claim)
            assert earlier.speaker_id == claim.speaker_id


def test_evidence_names_the_words_that_decided_it():
    text = ("أفاد مصدر مطلع بأن الوزير سيزور القاهرة. وقال المصدر إن الزيارة مهمة. "
            "وأضاف أن الموعد لم يحدد.")
    from extract.load import article_from_text

    analysis = analyze(article_from_text("خبر\n" + text))
    got = [(c.evidence.kind, analysis.slice(c.evidence.span), c.evidence.from_claim)
           for c in analysis.claims]
    assert got == [("explicit", "مصدر مطلع", None), ("reference", "المصدر", "C1"),
                   ("implicit", "وأضاف", "C2")]


def test_no_placeholder_speaker_in_the_extractor():
    """Statements nobody was found for have no speaker; the extractor never invents a name
    for them (the reader shows its own translated "Unattributed" card)."""
    for path in (ROOT / "extract").rglob("*.py"):
        source = path.read_text("utf-8")
        assert "غير محدد" not in source, path


def test_a_relayed_statement_keeps_its_medium_and_reads_back():
    article_text = "خبر\nونقلت وكالة الأنباء الفرنسية عن مصدر أمني أن الهجوم أسفر عن قتلى."
    from extract.load import article_from_text

    analysis = analyze(article_from_text(article_text))
    claim = analysis.claims[0]
    assert claim.speaker_name == "مصدر أمني"
    assert claim.via.name == "وكالة الأنباء الفرنسية"
    assert analysis.slice(claim.via.span) == "وكالة الأنباء الفرنسية"
    data = to_json(analysis)
    assert data["claims"][0]["via"]["name"] == "وكالة الأنباء الفرنسية"
    assert from_json(data) == analysis


def test_an_analysis_written_before_via_existed_still_reads():
    from extract.load import article_from_text

    analysis = analyze(article_from_text("خبر\nوقال الوزير إن الوضع مستقر."))
    data = to_json(analysis)
    for c in data["claims"]:
        del c["via"]  # the key did not exist then
    assert from_json(data) == analysis
    assert all(c.via is None for c in from_json(data).claims)
