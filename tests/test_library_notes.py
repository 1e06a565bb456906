"""Notes: every kind, saved as typed, re-anchored when the article text changes, never dropped."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.library import LibraryError, open_library
from app.library.articles import add_article, delete_article, get_article
from app.library.notes import (
    add_article_note,
    add_span_note,
    add_target_note,
    delete_note,
    detached_notes,
    get_note,
    locate_quote,
    notes_for_article,
    notes_for_target,
    update_note_body,
)
from app.library.tags import all_tags, tag_note

TEXT = ("قال رئيس المجلس الرئاسي فائز السراج إن الحكومة ستجري الانتخابات في موعدها. "
        "وأضاف السراج أن المجلس يرحب بالحوار.")


def span_of(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def test_each_kind_of_note_is_stored_and_listed(lib):
    art = add_article(lib, "خبر", TEXT, "a.txt").article_id
    s, e = span_of(TEXT, "فائز السراج")
    span = add_span_note(lib, art, s, e, "تحقق من اللقب")
    whole = add_article_note(lib, art, "Check the date with the Tripoli office")
    speaker = add_target_note(lib, "speaker", "فائز السراج", "يتكلم كثيرا عن الانتخابات", art)
    entity = add_target_note(lib, "entity", "المجلس الرئاسي", "library-wide note")
    note = get_note(lib, span)
    assert (note.start, note.end, note.quote) == (s, e, "فائز السراج")
    assert TEXT.endswith(note.suffix + TEXT[e + len(note.suffix):]) and note.prefix
    ids = {n.id for n in notes_for_article(lib, art)}
    assert {span, whole, speaker} <= ids and entity not in ids
    # a name matches whatever its spelling: article, alef form, diacritics
    assert [n.id for n in notes_for_target(lib, "speaker", "فائزُ السراج")] == [speaker]
    assert [n.id for n in notes_for_target(lib, "entity", "مجلس الرئاسى")] == [entity]


def test_span_outside_article_is_refused(lib):
    art = add_article(lib, "خبر", TEXT, "a.txt").article_id
    with pytest.raises(LibraryError):
        add_span_note(lib, art, 10, len(TEXT) + 5, "x")
    with pytest.raises(LibraryError):
        add_article_note(lib, 9999, "no such article")


def test_update_note_body_is_saved_at_once(tmp_path):
    path = tmp_path / "lib.sqlite"
    lib = open_library(path)
    art = add_article(lib, "خبر", TEXT, "a.txt").article_id
    note = add_article_note(lib, art)
    for typed in ["م", "ملا", "ملاحظة", "ملاحظة مهمة"]:
        lib.update_note_body(note, typed)
    # a second connection (another process would see the same) sees the last keystroke saved
    other = open_library(path)
    assert get_note(other, note).body == "ملاحظة مهمة"
    other.close()
    lib.close()
    with pytest.raises(LibraryError, match="no longer exists"):
        with open_library(path) as again:
            delete_note(again, note)
            update_note_body(again, note, "lost?")


def test_reimport_with_changed_text_moves_span_notes(lib):
    art = add_article(lib, "خبر", TEXT, "a.txt").article_id
    s, e = span_of(TEXT, "السراج", nth=1)  # the second mention
    note = add_span_note(lib, art, s, e, "the second mention")
    new_text = "مقدمة أضيفت في التنظيف الجديد. " + TEXT.replace("الانتخابات", "الاقتراع")
    result = add_article(lib, "خبر", new_text, "a.txt")
    assert result.status == "updated" and result.article_id == art
    moved = get_note(lib, note)
    assert not moved.detached
    assert new_text[moved.start:moved.end] == "السراج"
    # it picked the second mention (matching context), not the first
    assert moved.start == span_of(new_text, "السراج", nth=1)[0]


def test_reanchor_survives_diacritics_and_spacing_changes(lib):
    art = add_article(lib, "خبر", TEXT, "a.txt").article_id
    s, e = span_of(TEXT, "فائز السراج")
    note = add_span_note(lib, art, s, e, "name")
    new_text = TEXT.replace("فائز السراج", "فائزُ  السرّاج")
    add_article(lib, "خبر", new_text, "a.txt")
    moved = get_note(lib, note)
    assert not moved.detached
    assert new_text[moved.start:moved.end] == "فائزُ  السرّاج"


def test_note_whose_text_disappeared_is_kept_detached(lib):
    art = add_article(lib, "خبر", TEXT, "a.txt").article_id
    s, e = span_of(TEXT, "يرحب بالحوار")
    note = add_span_note(lib, art, s, e, "my analysis of this sentence")
    tag_note(lib, note, "متابعة")
    result = add_article(lib, "خبر", "نص مختلف تماما عن السابق.", "a.txt")
    assert result.detached_notes == 1
    kept = get_note(lib, note)
    assert kept.detached and kept.body == "my analysis of this sentence"
    assert kept.quote == "يرحب بالحوار" and kept.tags == ["متابعة"]
    assert [n.id for n in detached_notes(lib)] == [note]
    assert note in [n.id for n in notes_for_article(lib, art)]


def test_deleting_an_article_keeps_its_notes(lib):
    art = add_article(lib, "خبر", TEXT, "a.txt").article_id
    note = add_span_note(lib, art, 0, 3, "keep me")
    assert delete_article(lib, art) == 1
    kept = get_note(lib, note)
    assert kept.detached and kept.body == "keep me" and kept.quote == TEXT[:3]


def test_tags_are_spelling_insensitive(lib):
    art = add_article(lib, "خبر", TEXT, "a.txt").article_id
    n1 = add_article_note(lib, art, "a")
    n2 = add_article_note(lib, art, "b")
    tag_note(lib, n1, "أخبار")
    tag_note(lib, n2, "اخبار")
    assert all_tags(lib) == [("أخبار", 2)]


def test_threads_share_one_library_without_losing_writes(lib):
    art = add_article(lib, "خبر", TEXT, "a.txt").article_id
    made: list[int] = []
    errors: list[Exception] = []

    def writer(n: int) -> None:
        try:
            for i in range(25):
                note = add_article_note(lib, art, f"thread {n} note {i}")
                update_note_body(lib, note, f"thread {n} note {i} edited")
                made.append(note)
        except Exception as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    bodies = {n.id: n.body for n in notes_for_article(lib, art)}
    assert len(made) == 100 and all(bodies[i].endswith("edited") for i in made)


words = st.sampled_from(["قال", "السراج", "إن", "الحكومة", "ستجري", "في", "موعدها", "و", "."])


@settings(max_examples=60, deadline=None)
@given(st.lists(words, min_size=3, max_size=30), st.data())
def test_locate_quote_finds_an_unchanged_quote_at_its_place(word_list, data):
    text = " ".join(word_list)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    if not quote.strip():
        return
    found = locate_quote(text, quote, text[max(0, start - 32):start], text[end:end + 32], start)
    assert found is not None and text[found[0]:found[1]] == quote
    # when prefix and suffix are unique context the original position wins
    if text.count(quote) == 1:
        assert found == (start, end)


edits = st.lists(st.tuples(st.sampled_from(["insert", "delete", "diacritic"]),
                           st.integers(0, 10_000), st.sampled_from(["خبر", "عاجل", "ثم", "\n\n"])),
                 max_size=6)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 25)), min_size=1, max_size=5),
       edits)
def test_random_edits_never_lose_a_note_and_placed_notes_show_their_quote(tmp_path_factory,
                                                                          spans, changes):
    from extract.normalize import normalize

    with open_library(tmp_path_factory.mktemp("edit") / "lib.sqlite") as lib:
        art = add_article(lib, "خبر", TEXT, "a.txt").article_id
        quotes = {}
        for start, length in spans:
            start = start % (len(TEXT) - 1)
            end = min(len(TEXT), start + length)
            if TEXT[start:end].strip():
                quotes[add_span_note(lib, art, start, end, f"note {start}")] = TEXT[start:end]
        text = TEXT
        for kind, pos, word in changes:
            pos %= len(text) + 1
            if kind == "insert":
                text = text[:pos] + word + text[pos:]
            elif kind == "delete":
                text = text[:pos] + text[pos + len(word):]
            else:
                text = text[:pos] + "\u064e" + text[pos:]
        if not text.strip() or text == TEXT:
            return
        add_article(lib, "خبر", text, "a.txt")
        text = get_article(lib, art).text  # a white-space-only change is the same article
        notes = {n.id: n for n in notes_for_article(lib, art)}
        assert set(quotes) <= set(notes)  # nothing dropped
        for note_id, quote in quotes.items():
            note = notes[note_id]
            if not note.detached:
                shown = text[note.start:note.end]
                assert normalize(shown).split() == normalize(quote).split()
                assert note.quote == shown
