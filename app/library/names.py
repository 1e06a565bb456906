"""The Names panel's data: for each person, organisation and place of an analysis, its letters,
English suggestions (the glossary first) and how the library spells the same name elsewhere.

No widgets here: the panel only displays `NameRow`s, computed off the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.library.db import Library
from extract.model import Entity

MENTIONS_COUNTED = 50  # an entity mentioned more often still counts 50 times among the spellings


@dataclass
class NameRow:
    id: str  # the entity id in the analysis
    name: str
    type: str
    hsb: str  # letter-exact transliteration
    english: list[str]  # ranked suggestions
    source: str  # the first suggestion's kind (glossary, dictionary, translation, …)
    kinds: list[str] = field(default_factory=list)  # each suggestion's kind
    origins: list[str] = field(default_factory=list)  # and where it came from (CLDR, news list …)
    variants: list[tuple[str, int, int]] = field(default_factory=list)  # spelling, count, articles
    flag: tuple[str, str] | None = None  # (preferred spelling, "glossary" | "majority")


def name_rows(entities: Sequence[Entity], library: Library | None = None,
              article_id: int | None = None) -> list[NameRow]:
    """One row per person, organisation and place, with the library's spellings of each."""
    from extract.names import NAMED_TYPES, names_for_entities  # after the first paint

    glossary = glossary_mapping(library)
    rows = [NameRow(str(found["entity"]), found["arabic"], entity.type, found["hsb"],
                    [str(x) for x in found["suggestions"]], found["source"] or "",
                    [str(x) for x in found.get("kinds") or []],
                    [str(x) for x in found.get("origins") or []])
            for entity, found in zip([e for e in entities if e.type in NAMED_TYPES],
                                     names_for_entities(entities, glossary), strict=True)]
    _add_library_spellings(rows, library, article_id, glossary)
    return rows


def glossary_mapping(library: Library | None) -> dict[str, str] | None:
    """The translator's preferred forms {arabic: english}, which rank first."""
    if library is None:
        return None
    from app.library.glossary import Glossary, GlossaryError

    try:
        with library.reading():  # the library's lock: never alongside a close or a write
            return Glossary(library).as_mapping()
    except GlossaryError:
        return None


def _add_library_spellings(rows: list[NameRow], library: Library | None, article_id: int | None,
                           glossary: dict[str, str] | None) -> None:
    """Each row's spellings across the library (most used first) and, when this article writes
    the name differently from the glossary or the library's majority, what they write."""
    if library is None or not rows:
        return
    from extract.names import default_suggester
    from extract.names.variants import group_variants, spelling_flags

    dictionary = default_suggester().dictionary  # سلمان and سليمان are two names, not variants
    with library.reading() as db:
        found = db.execute("SELECT name, article_id, mentions FROM entities"
                           " WHERE type IN ('PER', 'ORG', 'LOC')").fetchall()
    occurrences = [(name, str(aid)) for name, aid, mentions in found
                   for _ in range(max(1, min(int(mentions or 1), MENTIONS_COUNTED)))]
    if not occurrences:
        return
    groups = group_variants(occurrences, dictionary=dictionary)
    group_of = {s.arabic: g for g in groups for s in g.spellings}
    flags = {(f["arabic"], f["article"]): f for f in spelling_flags(groups, glossary, dictionary)}
    for row in rows:
        group = group_of.get(row.name)
        if group is None:
            continue
        row.variants = [(s.arabic, s.count, len(s.articles)) for s in group.spellings]
        flag = flags.get((row.name, str(article_id)))
        if flag is not None:
            row.flag = (flag["preferred"], flag["reason"])


def warm_up() -> None:
    """Load the names dictionary and model (about a second, most of it holding the GIL)."""
    from extract.names import default_suggester

    default_suggester()
