"""Everything one speaker said across the library, for the speaker view (no Qt).

A journalist asks "what did «فائز السراج» say (about «طرابلس»)?". The answer is read from the
claims index the library keeps for every analysed article (`app.library.analyses._flatten`), so
corrections written into that index (changed speakers, merged cards) reach it too:

- The name is compared in the library's name form (`search.name_key`: diacritics, alef forms,
  ta marbuta, the article folded), so «اردوغان», «أردوغان» and «إردوغان» are one speaker; spellings
  that only add long vowels (ترمب / ترامب) are merged too, with `extract.names.variants`, unless
  the names dictionary knows both as different names (سلمان / سليمان).
- A statement counts when its speaker's name at that statement, or any name or alias of the
  speaker it was resolved to in that article, is one of those spellings, or a name the index
  gives that speaker in another article and that holds the asked one's words or is held by
  them: «السراج» resolved to «فائز السراج» in one article makes «السراج» and «فائز السراج» one
  speaker (`speaker_keys`). Surnames are not matched on their own: «سارة أوباما» is not
  «باراك أوباما».
- Statements are in the order of their article's date (publication date when known, else the
  import date), then reading order.

The same words said in several articles (or by several speakers) are found by a normalised text
key per claim (`claim_quotes`, filled lazily and dropped with its claim), so "who said it first"
is one indexed look-up.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from app.library.db import Library
from app.library.search import build_match, name_key
from app.library.search_form import WORD_RE, search_form

# A quote this short ("وأكد ذلك") is said by everybody: only longer ones are compared.
MIN_QUOTE_WORDS = 5
QUOTE_KEY_BATCH = 2000
# The question's own words around the quoted speaker and topic in the speaker view's box
# («what did «X» say about «Y»», «ماذا قال «X» عن «Y»»): dropped from the words searched for.
# A closed class of a few words (a lexicon file would change the extractor's fingerprint).
QUESTION_WORDS = frozenset({"what", "did", "does", "say", "said", "says", "about",
                            "ماذا", "قال", "قالت", "يقول", "عن", "حول", "بشأن"})


@dataclass(frozen=True)
class Statement:
    """One statement of the speaker, with what the view and the exports show about it."""
    claim_id: int
    article_id: int
    title: str | None
    date: str               # ISO; the publication date, else the import date
    published: bool         # `date` is the article's own date (not when it was imported)
    source: str | None
    speaker: str | None     # the name at this statement
    kind: str
    cue: str | None
    content: str
    start: int
    end: int

    @property
    def day(self) -> str:
        return self.date[:10]

    @property
    def outlet(self) -> str | None:
        return outlet_of(self.source)


@dataclass(frozen=True)
class Occurrence:
    """The same words somewhere in the library: who, in which article, when."""
    claim_id: int
    article_id: int
    title: str | None
    date: str
    published: bool
    speaker: str | None


@dataclass
class SameQuote:
    """A statement's words said elsewhere too; `occurrences` in date order, this one included."""
    occurrences: list[Occurrence]

    @property
    def first(self) -> Occurrence:
        return self.occurrences[0]

    def others(self, claim_id: int) -> list[Occurrence]:
        return [o for o in self.occurrences if o.claim_id != claim_id]


@dataclass
class SpeakerStatements:
    name: str                              # as asked
    words: str = ""                        # "about" words, if any
    spellings: list[tuple[str, int]] = field(default_factory=list)  # names as written, counts
    statements: list[Statement] = field(default_factory=list)

    @property
    def article_ids(self) -> set[int]:
        return {s.article_id for s in self.statements}


def outlet_of(source: str | None) -> str | None:
    """The outlet of an article: its web address's host without "www."; None for a file."""
    if not source or "://" not in source:
        return None
    host = source.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()
    return host[4:] if host.startswith("www.") else (host or None)


# ---- who: the spellings of a speaker ----

@lru_cache(maxsize=1)
def _names_dictionary():
    """The shipped names dictionary (shared with the Names panel's suggester), or None."""
    try:
        from extract.names import default_suggester

        return default_suggester().dictionary
    except (RuntimeError, OSError, ImportError):
        return None


def _vowel_variant_pattern(key: str) -> str:
    """A LIKE pattern every long-vowel spelling of `key` matches (the letters in order)."""
    from extract.names.letters import LONG_VOWELS

    words = []
    for word in key.split():
        letters = word[0] + "".join(c for c in word[1:] if c not in LONG_VOWELS)
        words.append("%".join(letters.replace("%", "").replace("_", "")))
    return " ".join(words)


def spelling_keys(lib: Library, name: str) -> list[str]:
    """The name keys that are `name`: its own and the library's long-vowel variants of it."""
    key = name_key(name)
    if not key:
        return []
    from extract.names.variants import adds_long_vowels

    with lib.reading() as db:
        candidates = [r[0] for r in db.execute(
            "SELECT DISTINCT name_norm FROM speakers WHERE name_norm LIKE ? AND name_norm != ?",
            [_vowel_variant_pattern(key), key])]
    keys = [key]
    width = len(key.split())
    plausible = [c for c in candidates if len(c.split()) == width
                 and (adds_long_vowels(key, c) or adds_long_vowels(c, key))]
    if plausible:
        dictionary = _names_dictionary()
        if dictionary is not None:  # without it سلمان / سليمان would merge: merge nothing
            keys += [c for c in plausible if adds_long_vowels(key, c, dictionary)
                     or adds_long_vowels(c, key, dictionary)]
    return keys


def speaker_keys(lib: Library, name: str) -> list[str]:
    """The spellings of `name` (`spelling_keys`) and the names the claims index gives the same
    speaker where one of them appears, when one holds the other's words: «السراج» resolved to
    «فائز السراج» in an article brings «فائز السراج» (and the reverse). One step only, and never a
    title alias («الرئيس» of «باراك أوباما») nor another person sharing a surname («سارة
    أوباما») unless an article's index made them one speaker."""
    keys = spelling_keys(lib, name)
    if not keys:
        return []
    marks = ", ".join("?" for _ in keys)
    with lib.reading() as db:
        linked = {r[0] for r in db.execute(
            f"SELECT DISTINCT s2.name_norm FROM speakers s1 JOIN speakers s2"
            f" ON s2.article_id = s1.article_id AND s2.speaker_key = s1.speaker_key"
            f" WHERE s1.name_norm IN ({marks})", keys)}
    words = [set(k.split()) for k in keys]
    extra = sorted(n for n in linked - set(keys)
                   if any(set(n.split()) <= w or w <= set(n.split()) for w in words))
    return keys + extra


# ---- what: the statements ----

_COLUMNS = ("SELECT c.id, c.article_id, a.title, coalesce(a.published, a.imported),"
            " a.published IS NOT NULL, a.source, c.speaker_name, c.kind, c.cue, c.content,"
            " c.start, c.\"end\" FROM claims c JOIN articles a ON a.id = c.article_id")
_ORDER = " ORDER BY coalesce(a.published, a.imported), c.article_id, c.start, c.id"


def speaker_statements(lib: Library, name: str, words: str = "") -> SpeakerStatements:
    """Every statement by `name` (all its spellings) across the library, oldest article first;
    with `words`, only statements containing all of them (spelling-insensitive, as the library
    search: «طرابلس» finds «وطرابلس» and «طرابُلس»; a trailing * matches any ending)."""
    result = SpeakerStatements(name=name, words=words)
    keys = speaker_keys(lib, name)
    if not keys:
        return result
    marks = ", ".join("?" for _ in keys)
    ids = (f"SELECT id FROM claims WHERE speaker_norm IN ({marks})"
           f" UNION SELECT c2.id FROM speakers s JOIN claims c2 ON c2.article_id = s.article_id"
           f" AND c2.speaker_key = s.speaker_key WHERE s.name_norm IN ({marks})")
    with lib.reading() as db:
        rows = db.execute(f"{_COLUMNS} WHERE c.id IN ({ids}){_ORDER}", keys + keys).fetchall()
    statements = [Statement(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7] or "", r[8],
                            r[9] or "", r[10] or 0, r[11] or 0) for r in rows]
    result.statements = filter_words(statements, words)
    spellings = Counter(s.speaker for s in result.statements if s.speaker)
    result.spellings = spellings.most_common()
    return result


def filter_words(statements: list[Statement], words: str) -> list[Statement]:
    """The statements whose text holds every word of `words` (library search's word form)."""
    _match, wanted = build_match(words)
    if not wanted:
        return statements
    kept = []
    for s in statements:
        have = set(WORD_RE.findall(search_form(s.content)))
        if all(w in have if not prefix else any(h.startswith(w) for h in have)
               for w, prefix in wanted):
            kept.append(s)
    return kept


def parse_question(text: str) -> tuple[str, str]:
    """(speaker, words) from what the user typed in the speaker view's box:
    `what did «فائز السراج» say about «طرابلس»`, `«فائز السراج» طرابلس`, `ماذا قال «السراج» عن
    «طرابلس»` - the first «…» (or "…") is the speaker, the rest (the question's own words left
    out) the words. Without quotes the whole text is the speaker."""
    for open_mark, close_mark in (("«", "»"), ('"', '"'), ("“", "”")):
        start = text.find(open_mark)
        end = text.find(close_mark, start + 1) if start >= 0 else -1
        if start >= 0 and end > start:
            speaker = text[start + 1:end].strip()
            rest = (text[:start] + " " + text[end + 1:]).replace(open_mark, " ").replace(
                close_mark, " ").replace("«", " ").replace("»", " ")
            kept = [w for w in rest.replace("?", " ").replace("؟", " ").split()
                    if w.casefold() not in QUESTION_WORDS]
            return speaker, " ".join(kept)
    return text.strip(), ""


# ---- when and where ----

PERIODS = ("day", "week", "month")


def period_start(day: date, per: str) -> date:
    """The first day of the day's week (weeks start on Monday) or month, or the day itself."""
    if per == "week":
        return day - timedelta(days=day.weekday())
    if per == "month":
        return day.replace(day=1)
    return day


def _next(start: date, per: str) -> date:
    if per == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=7 if per == "week" else 1)


def _day(statement: Statement) -> date | None:
    try:
        return date.fromisoformat(statement.day)
    except ValueError:
        return None


def timeline(statements: Iterable[Statement], per: str = "day") -> list[tuple[str, int]]:
    """Statements per day, week (from Monday) or month by their article's own date: every
    period from the first to the last, empty ones included so that gaps show; [(ISO date the
    period starts, count)]. Articles known only by the day they were imported are left out:
    that day says nothing about when the words were said."""
    counts: Counter[date] = Counter()
    for s in statements:
        day = _day(s) if s.published else None
        if day is not None:
            counts[period_start(day, per)] += 1
    if not counts:
        return []
    current, last = min(counts), max(counts)
    out = []
    while current <= last:
        out.append((current.isoformat(), counts.get(current, 0)))
        current = _next(current, per)
    return out


def best_period(statements: Iterable[Statement], max_bars: int = 90) -> str:
    """The finest of day / week / month that draws at most `max_bars` bars."""
    days = [d for s in statements if s.published and (d := _day(s)) is not None]
    if not days:
        return "day"
    span = (max(days) - min(days)).days
    if span < max_bars:
        return "day"
    return "week" if span // 7 < max_bars else "month"


def undated(statements: Iterable[Statement]) -> int:
    """How many statements the timeline leaves out (their article has no date of its own)."""
    return sum(1 for s in statements if not s.published)


def per_outlet(statements: Iterable[Statement]) -> list[tuple[str | None, int]]:
    """How many statements each outlet carried, most first (None: articles without a web
    address)."""
    counts = Counter(s.outlet for s in statements)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))


# ---- the same words elsewhere ----

def quote_key(content: str | None) -> str | None:
    """The words of a statement in search form (spelling, punctuation and quote marks ignored),
    hashed; None when it has fewer than MIN_QUOTE_WORDS words."""
    words = WORD_RE.findall(search_form(content or ""))
    if len(words) < MIN_QUOTE_WORDS:
        return None
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=12).hexdigest()


def missing_quote_keys(lib: Library) -> int:
    with lib.reading() as db:
        return db.execute("SELECT count(*) FROM claims c WHERE NOT EXISTS"
                          " (SELECT 1 FROM claim_quotes q WHERE q.claim_id = c.id)").fetchone()[0]


def ensure_quote_keys(lib: Library, batches: int | None = None) -> int:
    """Give every claim of the index its quote key (claims re-written by a new analysis get new
    rows, and their old keys go with the old rows), or at most `batches` x QUOTE_KEY_BATCH of
    them; returns how many were added."""
    if lib.read_only:
        return 0
    added = 0
    while batches is None or added < batches * QUOTE_KEY_BATCH:
        with lib.reading() as db:
            rows = db.execute("SELECT c.id, c.content FROM claims c WHERE NOT EXISTS"
                              " (SELECT 1 FROM claim_quotes q WHERE q.claim_id = c.id) LIMIT ?",
                              [QUOTE_KEY_BATCH]).fetchall()
        if not rows:
            return added
        keyed = [(claim_id, quote_key(content)) for claim_id, content in rows]
        with lib.writing() as db:
            db.conn.executemany("INSERT OR REPLACE INTO claim_quotes (claim_id, quote_key)"
                           " SELECT ?, ? WHERE EXISTS (SELECT 1 FROM claims WHERE id = ?)",
                           [(c, k, c) for c, k in keyed])
        added += len(rows)
    return added


def same_quotes(lib: Library, statements: Sequence[Statement]) -> dict[int, SameQuote]:
    """For each statement whose words were said elsewhere too (another article, or another
    speaker), every occurrence in date order: {claim id: SameQuote}. Claims without a key yet
    are keyed first (writable library), else compared by their text computed now."""
    if not statements:
        return {}
    ensure_quote_keys(lib)
    ids = [s.claim_id for s in statements]
    own: dict[int, str] = {}
    with lib.reading() as db:
        for chunk in _chunks(ids, 900):
            marks = ", ".join("?" for _ in chunk)
            own.update(db.execute(f"SELECT claim_id, quote_key FROM claim_quotes WHERE claim_id"
                                  f" IN ({marks}) AND quote_key IS NOT NULL", chunk).fetchall())
    if lib.read_only:  # nothing could be stored: key this speaker's statements now
        own.update({s.claim_id: k for s in statements
                    if s.claim_id not in own and (k := quote_key(s.content))})
    keys = sorted(set(own.values()))
    groups: dict[str, list[Occurrence]] = {}
    with lib.reading() as db:
        for chunk in _chunks(keys, 900):
            marks = ", ".join("?" for _ in chunk)
            for row in db.execute(
                    f"SELECT q.quote_key, c.id, c.article_id, a.title,"
                    f" coalesce(a.published, a.imported), a.published IS NOT NULL, c.speaker_name"
                    f" FROM claim_quotes q JOIN claims c ON c.id = q.claim_id"
                    f" JOIN articles a ON a.id = c.article_id WHERE q.quote_key IN ({marks})",
                    chunk):
                groups.setdefault(row[0], []).append(
                    Occurrence(row[1], row[2], row[3], row[4], bool(row[5]), row[6]))
    by_id = {s.claim_id: s for s in statements}
    for claim_id, key in own.items():  # a read-only library's own statements, keyed now
        group = groups.setdefault(key, [])
        if not any(o.claim_id == claim_id for o in group):
            s = by_id[claim_id]
            group.append(Occurrence(s.claim_id, s.article_id, s.title, s.date, s.published,
                                    s.speaker))
    out = {}
    for claim_id, key in own.items():
        group = sorted(groups.get(key, []), key=lambda o: (o.date, o.article_id, o.claim_id))
        elsewhere = [o for o in group if o.claim_id != claim_id]
        if elsewhere:
            out[claim_id] = SameQuote(group)
    return out


def _chunks(items: Sequence, size: int) -> Iterable[Sequence]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
