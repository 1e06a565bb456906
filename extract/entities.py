"""Mentions -> entities within one article (the `entities` list of sanad.analysis/1).

The NER model tags the article's tokens sentence by sentence (with document-level consistency).
Each tagged run becomes a mention whose span covers the name only: a leading proclitic و/ف/ب/ل/ك
is left out (the span starts after it inside the token) and so are titles and quotation marks.
Mentions are then grouped: a shorter mention whose words are a run of a longer one's words
(«حفتر» in «خليفة حفتر», «حكومة الوفاق» in «حكومة الوفاق الوطني») is the same entity, and a name in
brackets right after another («حلف شمال الأطلسي (الناتو)») is an alias of it. The entity's name is
its fullest mention as written in the text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from extract.document import Article
from extract.ner.features import norm_word, strip_clitics
from extract.ner.scoring import spans
from extract.ner.tagger import default_tagger
from extract.tokens import Token

OUTPUT_TYPES = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

# Titles and roles written before names; never part of the name itself (matched normalised).
TITLES = frozenset(norm_word(w) for w in (
    "الرئيس", "المشير", "الشيخ", "السيد", "السيدة", "الأمير", "الملك", "الدكتور", "د.", "الجنرال",
    "العقيد", "اللواء", "العميد", "الفريق", "المستشار", "الوزير", "وزير", "رئيس",
    "الإمام", "الأستاذ",
    "المبعوث", "السفير", "النائب", "القائد", "المتحدث", "الناطق", "الأمين", "الحاج", "البابا",
))
_TITLE_STEMS = frozenset(strip_clitics(w)[1] for w in TITLES) | {norm_word("برئاسة"),
                                                                 norm_word("بقيادة")}
_QUOTES = frozenset("«»\"'“”‘’()[]")
# Nouns that head an organisation's name: «(ل)حكومة» before a tagged «الوفاق الوطني» belongs to it.
ORG_HEADS = frozenset(norm_word(w) for w in (
    "حكومة", "وزارة", "حزب", "مجلس", "جامعة", "حركة", "شركة", "منظمة", "بنك", "هيئة", "جمعية",
    "اتحاد", "نادي", "وكالة", "حلف", "صحيفة", "مجلة", "قناة", "لجنة", "محكمة", "جبهة", "تحالف",
))
_CLITIC_LETTERS = "وفبلك"


@dataclass
class Mention:
    type: str
    start: int
    end: int
    keys: tuple[str, ...]  # normalised, clitic-free words: what grouping compares
    person_cue: bool = False  # a title or a known given name stands right before it
    article_elided: bool = False  # «للقاهرة»: ل + القاهرة with the article's alef dropped


@dataclass
class Entity:
    type_votes: Counter[str]
    head: Mention
    mentions: list[Mention] = field(default_factory=list)


# Heads of state bodies and parties that name an organisation with the definite words after them.
RULE_HEADS = frozenset(strip_clitics(norm_word(w))[1] for w in (
    "حكومة", "وزارة", "حزب", "حركة", "منظمة", "جامعة", "وكالة", "جيش",
))
# Definite words that follow those heads without naming anything («حكومة البلاد»).
_NOT_NAME_WORDS = frozenset(norm_word(w) for w in (
    "البلاد", "الدولة", "المنطقة", "الحالية", "الجديدة", "السابقة", "المقبلة", "التي", "الذي",
    "الأولى", "الثانية", "المؤقتة", "الانتقالية", "المحلية", "الحكومة", "الاحتلال", "الآن", "الذين",
))


def _hamza_free(nword: str) -> str:
    """Wikidata's name list writes «فايز» for «فائز»: compare without hamza seats."""
    return nword.replace("ئ", "ي").replace("ؤ", "و").replace("ء", "")


def _name_key(word: str) -> str:
    """Normalised word without a leading ال, so «الوفاق» and «وفاق» compare equal."""
    n = norm_word(word)
    return n[2:] if n.startswith(("ال", "لل")) and len(n) > 4 else n


def _clitic_length(token: Token, known: set[str]) -> int:
    """How many leading letters of `token` are proclitics rather than part of the name."""
    n = norm_word(token.text)
    text = token.text
    # و/ف then ب/ك/ل before the article ال: «والسراج» -> «السراج», «بالناتو» -> «الناتو»
    for k in (2, 1):
        if len(text) > k + 3 and text[:k] and all(c in _CLITIC_LETTERS for c in text[:k]) and \
                norm_word(text[k:]).startswith("ال") and (k == 1 or text[0] in "وف"):
            return k
    # a bare clitic letter before a name the article (or the model's lexicon) knows without it
    for k in (2, 1):
        if len(n) > k + 2 and all(c in _CLITIC_LETTERS for c in text[:k]) and \
                (k == 1 or text[0] in "وف") and norm_word(text[k:]) in known:
            return k
    return 0


def _sentences(article: Article) -> list[list[Token]]:
    if article.sentences:
        out = [article.tokens_in(s) for s in article.sentences]
        return [s for s in out if s]
    return [article.tokens] if article.tokens else []


def _mentions(article: Article) -> list[Mention]:
    sents = _sentences(article)
    words = [[t.text for t in s] for s in sents]
    tags = default_tagger().tag_document(words)
    # words the article uses on their own, without a clitic: evidence that «لحفتر» is ل + «حفتر»
    known = {norm_word(t.text) for s in sents for t in s}
    known |= set(default_tagger().gaz.words.get("place", {}))
    known |= set(default_tagger().gaz.words.get("train", {}))  # names seen in training: «لرويترز»
    first_names = set(default_tagger().gaz.words.get("pername", {})) - TITLES
    out: list[Mention] = []
    for toks, t in zip(sents, tags, strict=True):
        t = _headed_organisations(toks, t)
        for typ, a, b in sorted(spans(t), key=lambda x: x[1]):
            for ra, rb in _split_coordination(toks, a, b):
                m = _mention(toks, t, typ, ra, rb, known, first_names)
                if m:
                    out.append(m)
    return out


def _headed_organisations(toks: list[Token], tags: list[str]) -> list[str]:
    """Tag «وزارة الخارجية الأميركية», «حكومة الوفاق الوطني», «الجيش الوطني الليبي» as ORG: a
    government-type head noun followed by one to three definite words (two or more when the head
    itself is definite).

    A reader expects these highlighted; ANERcorp does not tag them consistently, so this runs for
    articles only, not in `ner-conll` (on the dev split it costs 0.6 F1 against ANERcorp's labels).
    """
    out = list(tags)
    i = 0
    while i < len(toks):
        if out[i] == "O" and strip_clitics(norm_word(toks[i].text))[1] in RULE_HEADS:
            j = i + 1
            while j < len(toks) and j < i + 4 and out[j] == "O" and \
                    norm_word(toks[j].text).startswith("ال") and len(toks[j].text) > 3 and \
                    norm_word(toks[j].text) not in _NOT_NAME_WORDS:
                j += 1
            definite_head = norm_word(toks[i].text).startswith(("ال", "لل", "وال", "بال"))
            # «الحكومة اليمنية» is a description; «الجيش الوطني الليبي» a name
            if j > i + 1 + definite_head and (j == len(toks) or not out[j].startswith("I-")):
                out[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)
                i = j
                continue
        i += 1
    return out


def _split_coordination(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """«الاتحاد الأوروبي وحلف شمال الأطلسي» tagged as one run is two organisations: split before a
    word that is و + an organisation head noun."""
    cuts = [k for k in range(a + 1, b)
            if toks[k].text[:1] == "و" and norm_word(toks[k].text[1:]) in ORG_HEADS]
    bounds = [a, *cuts, b]
    return list(zip(bounds, bounds[1:], strict=False))


def _in_guillemets(toks: list[Token], a: int, b: int) -> bool:
    """The run, without its own quote marks, sits between « and »."""
    while a < b and toks[a].text in _QUOTES:
        a += 1
    while b > a and toks[b - 1].text in _QUOTES:
        b -= 1
    return a > 0 and b < len(toks) and toks[a - 1].text == "«" and toks[b].text == "»"


def _mention(toks: list[Token], t: list[str], typ: str, a: int, b: int, known: set[str],
             first_names: set[str]) -> Mention | None:
    run = toks[a:b]
    while run and (run[0].text in _QUOTES or norm_word(run[0].text) in TITLES):
        run = run[1:]
    while run and run[-1].text in _QUOTES:
        run = run[:-1]
    if not run or all(not tok.text.isalnum() and len(tok.text) == 1 for tok in run):
        return None
    if len(run) == 1 and run[0].text.endswith(("اً", "ًا")):
        return None  # tanween-alef words («ميدانياً») are adverbs, never names
    person_cue = len(run) < b - a and norm_word(toks[a].text) in TITLES
    if typ == "LOC" and _in_guillemets(toks, a, b):
        typ = "ORG"  # «الشرق الأوسط» in guillemets is the newspaper, not the region
    if a > 0 and t[a - 1] == "O" and len(run) == 1:
        before = toks[a - 1]
        n = norm_word(before.text)
        if len(n) >= 3 and (n in first_names or _hamza_free(n) in first_names):
            run = [before, *run]  # «فائز» before a tagged «السراج»: his given name
            person_cue = True
        elif strip_clitics(n)[1] in _TITLE_STEMS:
            person_cue = True  # «المشير حفتر», «برئاسة السراج»
    if typ == "ORG" and a > 0 and t[a - 1] == "O":
        head = toks[a - 1]
        if norm_word(head.text[_clitic_length(head, ORG_HEADS | known):]) in ORG_HEADS:
            run = [head, *run]
    cut = _clitic_length(run[0], known | ORG_HEADS)
    words_in = [run[0].text[cut:]] + [tok.text for tok in run[1:]]
    keys = tuple(_name_key(w) for w in words_in if w not in _QUOTES)
    if not keys:
        return None
    first = norm_word(run[0].text)
    elided = cut == 0 and first.startswith("لل") and len(first) > 4
    return Mention("PERS" if person_cue else typ, run[0].start + cut, run[-1].end, keys, person_cue,
                   elided)


def _bracket_aliases(article: Article, mentions: list[Mention]) -> dict[int, int]:
    """Index of a mention -> index of the mention it abbreviates, for «A (B)» in the text."""
    aliases: dict[int, int] = {}
    for i, m in enumerate(mentions[:-1]):
        nxt = mentions[i + 1]
        between = article.text[m.end:nxt.start].strip()
        after = article.text[nxt.end:nxt.end + 3].lstrip()
        if between in ("(", "(«", "«") and after[:1] in (")", "»") and len(m.keys) > 1 \
                and len(nxt.keys) == 1:
            aliases[i + 1] = i
    return aliases


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def group(article: Article, mentions: list[Mention]) -> list[Entity]:
    aliases = _bracket_aliases(article, mentions)
    order = sorted(range(len(mentions)), key=lambda i: (-len(mentions[i].keys), mentions[i].start))
    entities: list[Entity] = []
    owner: dict[int, Entity] = {}
    alias_keys: dict[tuple[str, ...], Entity] = {}
    for i in order:
        m = mentions[i]
        if i in aliases and aliases[i] in owner:
            ent = owner[aliases[i]]
            alias_keys.setdefault(m.keys, ent)
        elif m.keys in alias_keys:
            ent = alias_keys[m.keys]
        else:
            candidates = [e for e in entities if _contains(e.head.keys, m.keys)
                          and (len(m.keys) > 1 or len(m.keys[0]) >= 3)]
            if candidates:
                # ambiguous short forms go to the nearest entity mentioned before them
                before = [e for e in candidates if min(x.start for x in e.mentions) < m.start]
                pool = before or candidates
                ent = max(pool, key=lambda e: max(x.start for x in e.mentions if x.start < m.start)
                          if before else -len(e.mentions))
            else:
                ent = Entity(Counter(), m)
                entities.append(ent)
        ent.mentions.append(m)
        # a title or given name before any mention outweighs the tagger's guesses elsewhere
        ent.type_votes[m.type] += len(m.keys) * (100 if m.person_cue else 1)
        owner[i] = ent
    for e in entities:
        e.mentions.sort(key=lambda x: x.start)
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities


def _display_name(article: Article, e: Entity) -> str:
    """The head mention as written; «للقاهرة» is named «القاهرة» (its span keeps the whole word,
    since the name's own article letter is the second ل)."""
    head = e.head
    if head.article_elided:
        plain = [m for m in e.mentions if not m.article_elided and len(m.keys) == len(head.keys)]
        if plain:
            head = plain[0]
        else:
            text = article.text[head.start:head.end]
            return "ال" + text[2:]
    return article.text[head.start:head.end]


def extract_entities(article: Article) -> list[dict]:
    """The article's entities, each with every mention's exact span in `article.text`."""
    if not article.tokens:
        return []
    entities = group(article, _mentions(article))
    out = []
    for n, e in enumerate(entities, 1):
        typ = e.type_votes.most_common(1)[0][0]
        seen: set[tuple[int, int]] = set()
        mentions = []
        for m in e.mentions:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                mentions.append({"start": m.start, "end": m.end})
        out.append({
            "id": f"E{n}",
            "type": OUTPUT_TYPES[typ],
            "name": _display_name(article, e),
            "mentions": mentions,
        })
    return out
