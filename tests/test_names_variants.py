"""Grouping spellings of one name across the library, and flagging the odd ones out."""

from __future__ import annotations

from extract.names import default_suggester
from extract.names.variants import group_variants, same_name, spelling_flags


def test_long_vowel_and_normalisation_variants_group_with_counts_and_articles() -> None:
    occurrences = [("ترمب", "a1"), ("ترمب", "a1"), ("ترامب", "a2"), ("ترمب", "a3"),
                   ("غنيوة", "a1"), ("غنيوه", "a2"), ("غُنيوة", "a3"),
                   ("فائز السراج", "a1"), ("فايز السراج", "a2")]
    groups = group_variants(occurrences)
    assert len(groups) == 3
    trump = next(g for g in groups if g.majority.arabic == "ترمب")
    assert [(s.arabic, s.count, s.articles) for s in trump.spellings] == [
        ("ترمب", 3, ["a1", "a3"]), ("ترامب", 1, ["a2"])]
    ghneiwa = next(g for g in groups if any(s.arabic == "غنيوه" for s in g.spellings))
    assert {s.arabic for s in ghneiwa.spellings} == {"غنيوة", "غنيوه", "غُنيوة"}
    assert ghneiwa.total == 3
    sarraj = next(g for g in groups if g.majority.arabic.endswith("السراج"))
    assert len(sarraj.spellings) == 2


def test_different_names_stay_apart() -> None:
    # كرم (Karam) and كريم (Karim) are two names, not one name with a long vowel
    assert not same_name("كرم", "كريم")
    groups = group_variants([("كرم", "a1"), ("كريم", "a2"), ("حفتر", "a1")])
    assert len(groups) == 3
    # Salman and Suleiman: the dictionary knows both as names of their own
    dictionary = default_suggester().dictionary
    assert same_name("سلمان", "سليمان")  # letters alone cannot tell
    assert not same_name("سلمان", "سليمان", dictionary)
    assert not same_name("محمد بن سلمان", "محمد بن سليمان", dictionary)
    assert same_name("ترمب", "ترامب", dictionary)
    groups = group_variants([("سلمان", "a1"), ("سليمان", "a2")], dictionary=dictionary)
    assert len(groups) == 2


def test_same_romanisation_joins_spellings() -> None:
    english = {"قذافي": "Gaddafi", "القذافي": "al-Gaddafi", "كذافي": "Gaddafi"}
    groups = group_variants([("قذافي", "a1"), ("كذافي", "a2"), ("القذافي", "a3")],
                            romanise=english.__getitem__)
    assert sorted(len(g.spellings) for g in groups) == [1, 2]
    joined = next(g for g in groups if len(g.spellings) == 2)
    assert joined.english == "Gaddafi"


def test_minority_spelling_is_flagged_against_the_majority() -> None:
    groups = group_variants([("ترمب", "a1"), ("ترمب", "a2"), ("ترامب", "a3")])
    flags = spelling_flags(groups)
    assert flags == [{"article": "a3", "arabic": "ترامب", "preferred": "ترمب",
                      "reason": "majority"}]


def test_glossary_spelling_wins_over_the_majority() -> None:
    groups = group_variants([("ترمب", "a1"), ("ترمب", "a2"), ("ترامب", "a3")])
    flags = spelling_flags(groups, glossary={"ترامب": "Trump"})
    assert {(f["article"], f["reason"], f["preferred"]) for f in flags} == {
        ("a1", "glossary", "ترامب"), ("a2", "glossary", "ترامب")}
    assert spelling_flags(group_variants([("حفتر", "a1")]), glossary={"ترامب": "Trump"}) == []


def test_library_spellings_count_every_stored_mention_and_flag_the_odd_article(lib) -> None:
    """What the Names panel shows: the library's stored entities, each mention counted, grouped
    into one name whose minority spelling is flagged in the article that writes it."""
    from app.library.analyses import store_analysis
    from app.library.articles import add_article
    from app.library.names import name_rows
    from extract.document import Span
    from extract.model import Analysis, Entity

    def stored(text: str, names: list[str]) -> tuple[int, tuple[Entity, ...]]:
        article_id = add_article(lib, names[0], text, None).article_id
        entities = []
        for i, name in enumerate(names, 1):
            starts = [k for k in range(len(text)) if text.startswith(name, k)]
            entities.append(Entity(f"E{i}", "PER", name,
                                   tuple(Span(k, k + len(name)) for k in starts)))
        store_analysis(lib, article_id, Analysis(text=text, entities=tuple(entities),
                                                 fingerprint="test"))
        return article_id, tuple(entities)

    stored("قال ترمب إن حفتر باق، وكرر ترمب ذلك.", ["ترمب", "حفتر"])
    stored("التقى ترمب بالسراج.", ["ترمب"])
    odd, entities = stored("أعلن ترامب موقفه.", ["ترامب"])
    row = name_rows(entities, lib, odd)[0]
    assert row.variants == [("ترمب", 3, 2), ("ترامب", 1, 1)]
    assert row.flag == ("ترمب", "majority")
