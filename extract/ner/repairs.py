"""Sentence-level repairs of the CRF's tags that follow from how Arabic news writes names.

The CRF decides word by word with two words of context; these rules look at whole tagged runs.
They run on every sentence before the document-consistency pass (so a repaired name is also found
where it recurs), in `ner-conll` and in article analysis alike. Each was measured on the dev split
and checked against the gold tags of the training split (MAPPING.md).
"""

from __future__ import annotations

from extract.arabic import RELATIVE_PRONOUNS, strip_clitics
from extract.lexicons import load_tagged
from extract.ner.features import Gazetteers, norm_word
from extract.ner.gazetteers import TITLE_WORDS
from extract.ner.scoring import spans

# masculine definite nationality adjectives: after a city they name its club («ليون الفرنسي»);
# a city itself takes the feminine («ليون الفرنسية»)
_NATIONALITIES = load_tagged("nisba_adjectives.tsv", "club")
CLUB_NATIONALITIES = frozenset(norm_word("ال" + w) for w in _NATIONALITIES)

# nouns a title of a work follows in quotes: «برنامج «حوار من القلب»», «رواية «اللص والكلاب»»
WORK_NOUNS = frozenset(norm_word(w) for w in load_tagged("quote_name_nouns.tsv", "ner"))
# heads that start an organisation's name when a definite or unknown word follows: in ANERcorp's
# training text 125 of 129 such «حزب» / «منظمة» / «جامعة» + definite word start an ORG
ORG_HEADS = frozenset(norm_word(w) for w in load_tagged("org_heads.tsv", "ner"))
_NOT_IN_NAMES = frozenset(norm_word(w) for w in (
    *RELATIVE_PRONOUNS, "الى", "إلى", "الي", "ان", "الان", *TITLE_WORDS))
MAX_HEADED_WORDS = 4
_QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”", "''": "''", "'": "'"}
MAX_TITLE_WORDS = 6


def repair(words: list[str], tags: list[str], gaz: Gazetteers) -> list[str]:
    """All repairs, in order; returns new tags (BIO)."""
    tags = drop_lone_nationalities(words, tags)
    tags = join_adjacent_persons(words, tags)
    tags = extend_given_names(words, tags, gaz)
    tags = clubs_by_nationality(words, tags)
    tags = quoted_titles(words, tags)
    return organisations_after_heads(words, tags, gaz)


def drop_lone_nationalities(words: list[str], tags: list[str]) -> list[str]:
    """A nationality adjective alone is not a name: «الرئيس [السوداني] عمر حسن البشير» (in
    ANERcorp's training text, 579 times outside names, 20 inside longer ones, never alone)."""
    out = list(tags)
    for _typ, a, b in spans(out):
        if b - a == 1 and norm_word(words[a]) in CLUB_NATIONALITIES:
            out[a] = "O"
    return out


def join_adjacent_persons(words: list[str], tags: list[str]) -> list[str]:
    """Two person names side by side with no conjunction between them are one name: the CRF
    often starts a new name at an unfamiliar word («غواو» «توماس», «ريناته» «شميت»). Not when the
    second begins with و/ف («بوش وبلير»: two people)."""
    out = list(tags)
    for k in range(1, len(words)):
        if out[k] == "B-PERS" and out[k - 1].endswith("-PERS") and words[k][:1] not in "وف":
            out[k] = "I-PERS"
    return out


def extend_given_names(words: list[str], tags: list[str], gaz: Gazetteers) -> list[str]:
    """An untagged word right before a person name that is a person-name word in Wikidata and
    mostly a name in the training text starts that name («حسن» «نصرالله», «أميرة» «كرارة»)."""
    names = gaz.words.get("pername", {})
    train = gaz.words.get("train", {})
    out = list(tags)
    for typ, a, _b in spans(out):
        if typ == "PERS" and a > 0 and out[a - 1] == "O":
            n = norm_word(words[a - 1])
            if n in names and train.get(n) == "PERS":
                out[a - 1], out[a] = "B-PERS", "I-PERS"
    return out


def clubs_by_nationality(words: list[str], tags: list[str]) -> list[str]:
    """A place followed by a masculine nationality adjective is a club: «ميلان الإيطالي»,
    «هامبورغ الألماني» (the adjective agrees with «نادي»)."""
    out = list(tags)
    for typ, a, b in spans(out):
        if typ == "LOC" and b < len(words) and out[b] == "O" and \
                norm_word(words[b]) in CLUB_NATIONALITIES:
            out[a:b] = ["B-ORG"] + ["I-ORG"] * (b - a - 1)
    return out


def quoted_titles(words: list[str], tags: list[str]) -> list[str]:
    """Quoted words right after a work noun are the work's title, one MISC name:
    «برنامج «حوار من القلب»», «فيلم "العروس"»."""
    out = list(tags)
    for i in range(len(words) - 2):
        n = norm_word(words[i])
        if n not in WORK_NOUNS and not (n[:1] in "وبل" and n[1:] in WORK_NOUNS):
            continue
        close = _QUOTE_PAIRS.get(words[i + 1])
        if close is None:
            continue
        a = i + 2
        for j in range(a, min(len(words), a + MAX_TITLE_WORDS + 1)):
            if words[j] == close:
                if j > a and (j + 1 == len(words) or not out[j + 1].startswith("I-")):
                    out[a:j] = ["B-MISC"] + ["I-MISC"] * (j - a - 1)
                break
    return out


def _nationality(n: str) -> bool:
    """«الفرنسي» or «الفرنسية» (normalised: ة -> ه)."""
    return n in CLUB_NATIONALITIES or (n.endswith("ه") and n[:-1] in CLUB_NATIONALITIES)


def _may_continue(word: str) -> bool:
    n = norm_word(word)
    return word.isalpha() and n not in _NOT_IN_NAMES and not _nationality(n)


def organisations_after_heads(words: list[str], tags: list[str], gaz: Gazetteers) -> list[str]:
    """«حزب الليكود», «حزب كاديما», «منظمة التحرير الفلسطينية»: an untagged party, organisation or
    university head starts an organisation with the definite words after it (or one word the
    training text never used), up to four words, not counting a nationality adjective or a
    relative pronoun. A tagged ORG right after the head gets the head. (extract/entities.py has a
    wider head list for articles; these three are the ones ANERcorp tags this way.)"""
    vocab = gaz.words.get("vocab", {})
    out = list(tags)
    i = 0
    while i < len(words) - 1:
        n = norm_word(words[i])
        if out[i] != "O" or (n not in ORG_HEADS and not (n[:1] in "وبل" and n[1:] in ORG_HEADS)):
            i += 1
            continue
        nxt = norm_word(words[i + 1])
        if out[i + 1] == "B-ORG":
            out[i], out[i + 1] = "B-ORG", "I-ORG"
        elif out[i + 1] == "O" and _may_continue(words[i + 1]) and \
                (nxt.startswith("ال") or strip_clitics(nxt)[1] not in vocab):
            j = i + 2
            while j < min(len(words), i + MAX_HEADED_WORDS) and out[j] == "O" and \
                    _may_continue(words[j]) and norm_word(words[j]).startswith("ال"):
                j += 1
            if j == len(words) or not out[j].startswith("I-"):
                out[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)
            i = j
            continue
        i += 1
    return out
