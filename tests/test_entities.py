"""Entities of an article: grouped mentions whose spans index the article text exactly."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.entities import extract_entities
from extract.load import article_from_text, load_path
from extract.normalize import normalize


def _by_name(entities):
    return {normalize(e["name"]): e for e in entities}


def test_seed_article_lists_each_person_once_with_all_mentions(seed_path):
    article = load_path(seed_path)
    ents = extract_entities(article)
    people = [e for e in ents if e["type"] == "PER"]
    names = [normalize(e["name"]) for e in people]
    for person in ("خليفة حفتر", "فائز السراج", "دونالد ترمب", "غسان سلامة", "غنيوة الككلي"):
        assert names.count(normalize(person)) == 1, (person, names)
    haftar = _by_name(people)[normalize("خليفة حفتر")]
    texts = [article.text[m["start"]:m["end"]] for m in haftar["mentions"]]
    # every «حفتر» in the text (with or without a proclitic) is a mention of him
    assert len(texts) >= article.text.count("حفتر") - 1
    assert all(normalize(t).endswith("حفتر") and not t.startswith(("ل", "و")) for t in texts)


def test_mention_after_a_proclitic_starts_inside_the_token():
    text = "التقى المشير خليفة حفتر بالوفد. وقال مسؤول إن الرسالة وصلت لحفتر أمس، وإن حفتر رد عليها."
    ents = extract_entities(article_from_text(text))
    haftar = [e for e in ents if normalize(e["name"]).endswith("حفتر")]
    assert len(haftar) == 1
    spans = [(m["start"], m["end"]) for m in haftar[0]["mentions"]]
    li = text.index("لحفتر")
    assert (li + 1, li + 5) in spans
    assert haftar[0]["name"] == "خليفة حفتر"


def test_acronym_in_brackets_joins_the_full_name():
    text = ("أجرى السراج محادثات في بروكسل مع مسؤولين من الاتحاد الأوروبي وحلف شمال الأطلسي (الناتو)."
            " وقال إن الناتو يدعم الحل السياسي.")
    ents = extract_entities(article_from_text(text))
    nato = [e for e in ents if any(text[m["start"]:m["end"]] == "الناتو" for m in e["mentions"])]
    assert len(nato) == 1
    if len(nato[0]["mentions"]) > 1:
        assert "الأطلسي" in nato[0]["name"]


def test_guillemets_are_not_part_of_a_name(seed_path):
    article = load_path(seed_path)
    for e in extract_entities(article):
        for m in e["mentions"]:
            piece = article.text[m["start"]:m["end"]]
            assert piece.strip() == piece and piece[:1] not in "«»()" and piece[-1:] not in "«»()"


def test_cli_prints_the_schema(seed_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    proc = subprocess.run([sys.executable, "-m", "extract", "analyze", str(seed_path), "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["schema"] == "sanad.analysis/1"
    assert {e["type"] for e in result["entities"]} <= {"PER", "ORG", "LOC", "MISC"}
    for e in result["entities"]:
        assert e["id"].startswith("E") and e["name"]
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(result["text"])


words = st.sampled_from(["قال", "الرئيس", "محمد", "لمحمد", "ومحمد", "بغداد", "في", "حكومة", "الوفاق",
                         "الوطني", "«", "»", "(", ")", "،", ".", "الأمم", "المتحدة", "وحلف",
                         "الناتو", "ترمب", "بوش", "جورج", "لحفتر", "حفتر", "خليفة", "\n", "ـ",
                         "مُحَمَّد", "2019", "abc"])


@settings(max_examples=40, deadline=None)
@given(st.lists(words, min_size=1, max_size=60))
def test_every_mention_slices_the_text_exactly(parts):
    text = " ".join(parts)
    article = article_from_text(text)
    ents = extract_entities(article)
    seen = set()
    for e in ents:
        assert e["type"] in {"PER", "ORG", "LOC", "MISC"}
        assert e["name"] and e["name"] in article.text
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(article.text)
            piece = article.text[m["start"]:m["end"]]
            assert piece == piece.strip() and piece
            assert (m["start"], m["end"]) not in seen
            seen.add((m["start"], m["end"]))
