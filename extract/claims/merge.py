"""One speaker, one card: speakers found under several spellings or mentions in one article are
merged.

- spellings of one name: hamza seats, ة/ه, ى/ي (normalised), «غ» and «ج» for a foreign g
  («دوغان»/«دوجان»، «فان غال»/«فان جال»), «ابن»/«بن», a missing space in «عبد ال…»;
- a surname alone («السراج»، «ابن حلي»، «آل صقر») and the one fuller name that ends with it
  («فائز السراج»);
- a shorter form that begins the one fuller name of a body («المرصد السوري» and «المرصد السوري
  لحقوق الإنسان»), when no other speaker's name begins with it too.
Anonymous sources are never merged by name (two «مصدر» are not one source).
"""

from __future__ import annotations

from extract.arabic import strip_article
from extract.normalize import normalize

_PARTICLES = {"بن", "ابن", "ال", "ابو", "بنت"}


def spelling_key(name: str) -> tuple[str, ...]:
    """The words of a name with the spelling differences of one name levelled."""
    text = normalize(name).replace("ـ", "").replace("غ", "ج").replace("گ", "ك")
    text = text.replace("عبد ال", "عبدال")
    words = []
    for w in text.replace("«", " ").replace("»", " ").replace('"', " ").split():
        w = w.strip("()،,.:-")
        if not w:
            continue
        words.append("بن" if w == "ابن" else w)
    return tuple(words)


def _surname(words: tuple[str, ...]) -> str | None:
    """«السراج» -> سراج, «ابن حلي» -> حلي, «آل صقر» -> صقر: a lone family name, or None."""
    if len(words) == 1:
        return strip_article(words[0])
    if len(words) == 2 and words[0] in _PARTICLES:
        return words[1]
    return None


def merge_groups(groups: list[dict], people: frozenset[str] = frozenset()) -> dict[int, int]:
    """For groups ({"name", "anonymous", "entity", ...}) in order of appearance: index -> index of
    the group it joins (only merged ones are listed). `people` are the PER entity ids: a lone
    surname joins a person («الزهراني» -> «عماد منسي الزهراني»), never a body («البحرين» is not
    «وزارة الداخلية في البحرين»)."""
    keys = [spelling_key(g["name"]) for g in groups]
    target: dict[int, int] = {}
    by_key: dict[tuple[str, ...], int] = {}
    for i, key in enumerate(keys):
        if groups[i]["anonymous"] or not key:
            continue
        if key in by_key:
            target[i] = by_key[key]
        else:
            by_key[key] = i
    for i, key in enumerate(keys):
        if i in target or groups[i]["anonymous"] or not key:
            continue
        surname = _surname(key)
        if surname is not None and len(surname) > 2 and (
                groups[i]["entity"] is None or groups[i]["entity"] in people):
            fuller = [j for j, k in enumerate(keys) if j != i and j not in target and len(k) >= 2
                      and not groups[j]["anonymous"] and strip_article(k[-1]) == surname
                      and k != key and (groups[j]["entity"] in people or key[0] in _PARTICLES)]
            if len(fuller) == 1:
                target[i] = fuller[0]
                continue
        if len(key) >= 2:
            longer = [j for j, k in enumerate(keys) if j != i and j not in target
                      and not groups[j]["anonymous"] and len(k) > len(key)
                      and k[:len(key)] == key]
            if len(longer) == 1:
                target[i] = longer[0]
    for i in list(target):  # follow chains to their end
        j = target[i]
        while j in target:
            j = target[j]
        target[i] = j
    return target
