"""Arabic-aware search with snippets in the original text; speaker, entity, tag, date filters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.library import open_library
from app.library.analyses import cached_analysis, store_analysis
from app.library.articles import add_article
from app.library.notes import add_article_note, update_note_body
from app.library.search import claims_by_speaker, entities_named, search, search_notes
from app.library.tags import tag_article, tag_note
from extract.document import Span
from extract.model import Analysis, Claim, Entity, Speaker

LIBYA = ("قال رئيس المجلس الرئاسي فائز السراج إن الانتخابات ستجري في موعدها. "
         "وأكد المشير خليفة حفتر أن قواته لن تنسحب.")
TRIPOLI = "صرّح فائز السراج للصحافيين بأن طرابلس آمنة، وقال مصدر مطلع إن المفاوضات متعثرة."
SPORT = "فاز الفريق الأهلي بالمباراة النهائية على ملعب مدينة جدة."


def analysis_for(text: str, speakers: list[tuple[str, str]], entities: list[tuple[str, str]],
                 fingerprint: str = "t1") -> Analysis:
    """An analysis: speakers as (name, claim content; "" for an anonymous source), entities as
    (name, type)."""
    claims, speaker_rows = [], []
    for i, (name, content) in enumerate(speakers, start=1):
        start = text.index(content)
        claims.append(Claim(f"C{i}", "direct", None, Span(start, start + len(content)), f"S{i}",
                            name or "مصدر مطلع"))
        speaker_rows.append(Speaker(f"S{i}", name or "مصدر مطلع", (), None, name == "",
                                    (f"C{i}",)))
    ents = []
    for i, (name, etype) in enumerate(entities, start=1):
        start = text.index(name)
        ents.append(Entity(f"E{i}", etype, name, (Span(start, start + len(name)),)))
    return Analysis(text=text, entities=tuple(ents), claims=tuple(claims),
                    speakers=tuple(speaker_rows), fingerprint=fingerprint)


@pytest.fixture
def lib(tmp_path):
    library = open_library(tmp_path / "lib.sqlite")
    a = add_article(library, "ليبيا: الانتخابات في موعدها", LIBYA, "libya.txt",
                    "2015-07-21T10:00:00").article_id
    b = add_article(library, "طرابلس", TRIPOLI, "tripoli.txt", "2015-07-23T09:00:00").article_id
    c = add_article(library, "رياضة", SPORT, "sport.txt", "2015-07-25T20:00:00").article_id
    store_analysis(library, a, analysis_for(LIBYA, [("فائز السراج", "الانتخابات ستجري في موعدها"),
                                                   ("خليفة حفتر", "قواته لن تنسحب")],
                                            [("فائز السراج", "PER"), ("خليفة حفتر", "PER")]))
    store_analysis(library, b, analysis_for(TRIPOLI, [("فائز السراج", "طرابلس آمنة"),
                                                     ("", "المفاوضات متعثرة")],
                                            [("فائز السراج", "PER"), ("طرابلس", "LOC")]))
    library.ids = (a, b, c)  # type: ignore[attr-defined]
    yield library
    library.close()


def highlighted(hit) -> list[str]:
    return [hit.snippet.text[s:e] for s, e in hit.snippet.highlights]


@pytest.mark.parametrize(("query", "original"), [
    ("احمد", "أحمدُ"), ("أحمد", "احمد"), ("مدرسه", "مدرسةٍ"), ("الي", "إلى"),
    ("رئيس", "والرئيسِ"), ("الرئيس", "بالرئيس"), ("حكومة", "للحكومة"), ("قال", "قـــال"),
])
def test_query_matches_whatever_the_spelling(tmp_path, query, original):
    with open_library(tmp_path / "s.sqlite") as lib:
        text = f"في الصباح {original} كلمة أخرى هنا."
        art = add_article(lib, None, text, "x.txt").article_id
        add_article(lib, None, "نص آخر لا علاقة له بالموضوع.", "y.txt")
        hits = search(lib, query)
        assert [h.article_id for h in hits] == [art]
        assert highlighted(hits[0]) == [original]


def test_snippet_is_original_text_around_the_match(tmp_path):
    with open_library(tmp_path / "s.sqlite") as lib:
        filler = "كلام عادي " * 60
        text = filler + "وصل المبعوثُ الأمميّ إلى طرابلسَ صباح اليوم. " + filler
        art = add_article(lib, "عنوان", text, "x.txt").article_id
        hit = search(lib, "المبعوث طرابلس")[0]
        assert hit.article_id == art
        assert len(hit.snippet.text) <= 200
        assert highlighted(hit) == ["المبعوثُ", "طرابلسَ"]
        # the snippet is a real slice of the article, so the reader can jump to it
        start = hit.snippet.start
        assert text[start:start + len(hit.snippet.text)] == hit.snippet.text


def test_title_and_body_hits_rank_title_first(lib):
    a, b, _ = lib.ids
    hits = search(lib, "طرابلس")
    assert [h.article_id for h in hits] == [b]
    hits = search(lib, "انتخابات")
    assert hits[0].article_id == a and hits[0].title_highlights


def test_every_claim_by_a_speaker_across_the_library(lib):
    a, b, _ = lib.ids
    rows = claims_by_speaker(lib, "فائز السراج")
    assert {(r.article_id, r.content) for r in rows} == {
        (a, "الانتخابات ستجري في موعدها"), (b, "طرابلس آمنة")}
    assert all(LIBYA[r.start:r.end] == r.content for r in rows if r.article_id == a)
    # spelling variant and a partial name find the same claims
    assert len(claims_by_speaker(lib, "فائزُ السرّاج")) == 2
    assert len(claims_by_speaker(lib, "السراج")) == 2
    assert [r.content for r in claims_by_speaker(lib, "حفتر")] == ["قواته لن تنسحب"]
    assert claims_by_speaker(lib, "غير موجود") == []


def test_speaker_entity_tag_and_date_filters(lib):
    a, b, c = lib.ids
    assert {h.article_id for h in search(lib, speaker="فائز السراج")} == {a, b}
    assert {h.article_id for h in search(lib, "طرابلس", speaker="فائز السراج")} == {b}
    assert {h.article_id for h in search(lib, entity="خليفة حفتر")} == {a}
    assert {h.article_id for h in search(lib, speaker="حفتر")} == {a}
    assert {h.article_id for h in search(lib, entity="السراج")} == {a, b}
    assert search(lib, speaker="خليفة") != [] and search(lib, speaker="خلي") == []
    assert [r["article_id"] for r in entities_named(lib, "طرابلس")] == [b]
    tag_article(lib, c, "رياضة")
    note = add_article_note(lib, a, "متابعة")
    tag_note(lib, note, "متابعة")
    assert [h.article_id for h in search(lib, tag="رياضة")] == [c]
    assert [h.article_id for h in search(lib, tag="متابعه")] == [a]
    assert {h.article_id for h in search(lib, date_from="2015-07-22")} == {b, c}
    assert [h.article_id for h in search(lib, date_from="2015-07-22", date_to="2015-07-23")] == [b]
    # no query and no filter: everything, newest first
    assert [h.article_id for h in search(lib)] == [c, b, a]


def test_new_analysis_version_replaces_the_indexed_claims(lib):
    a, _, _ = lib.ids
    store_analysis(lib, a, analysis_for(LIBYA, [("خليفة حفتر", "قواته لن تنسحب")], [], "t2"))
    assert cached_analysis(lib, a, "t1") is None
    assert cached_analysis(lib, a, "t2").claims[0].id == "C1"
    assert [r.article_id for r in claims_by_speaker(lib, "فائز السراج")] == [lib.ids[1]]


def test_notes_are_searchable_and_follow_edits(lib):
    a, _, _ = lib.ids
    note = add_article_note(lib, a, "")
    update_note_body(lib, note, "يجب التحقق من تصريحات السراجِ مع مكتب طرابلس")
    hits = search_notes(lib, "تصريحات السراج")
    assert [h.note_id for h in hits] == [note]
    assert [hits[0].snippet.text[s:e] for s, e in hits[0].snippet.highlights] == \
        ["تصريحات", "السراجِ"]
    update_note_body(lib, note, "نص جديد")
    assert search_notes(lib, "تصريحات") == []


def test_phrase_and_prefix_queries(lib):
    a, b, _ = lib.ids
    assert [h.article_id for h in search(lib, '"فائز السراج"')] == [a, b] or \
        {h.article_id for h in search(lib, '"فائز السراج"')} == {a, b}
    assert {h.article_id for h in search(lib, '"السراج فائز"')} == set()
    assert {h.article_id for h in search(lib, "المفاوض*")} == {b}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('"*()^:+-\'NEAR OR AND NOT{}[]ابت \\.،«»')) |
               st.characters(), max_size=40))
def test_any_user_input_is_a_valid_query(tmp_path_factory, query):
    lib = _shared_lib(tmp_path_factory)
    for hit in search(lib, query):
        for s, e in hit.snippet.highlights:
            assert 0 <= s < e <= len(hit.snippet.text)
    search_notes(lib, query)
    claims_by_speaker(lib, query)


_LIBS: dict[str, object] = {}


def _shared_lib(factory):
    if "lib" not in _LIBS:
        lib = open_library(factory.mktemp("q") / "lib.sqlite")
        add_article(lib, "عنوان", LIBYA, "a.txt")
        _LIBS["lib"] = lib
    return _LIBS["lib"]


def test_index_is_rebuilt_when_the_search_form_changes(tmp_path):
    path = tmp_path / "lib.sqlite"
    with open_library(path) as lib:
        art = add_article(lib, "عنوان", LIBYA, "a.txt").article_id
        store_analysis(lib, art, analysis_for(LIBYA, [("فائز السراج", "قواته لن تنسحب")], []))
        lib.db.execute("DELETE FROM articles_fts")  # an index made by an older search form
        lib.db.execute("UPDATE claims SET speaker_norm = 'old form'")
        lib.set_meta("search_form_version", "0")
        assert search(lib, "السراج") == []
    with open_library(path) as lib:
        assert [h.article_id for h in search(lib, "السراج")] == [art]
        assert len(claims_by_speaker(lib, "فائز السراج")) == 1
