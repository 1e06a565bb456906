"""How a statement is written when it leaves the app, so that no export puts words in a speaker's
mouth: a direct statement is quoted «…»; reported speech is written as the article wrote it, the
cue, the words that introduce the content (بأن، إن، إلى أن، على …) and the content, unquoted; a
mixed statement likewise, its quoted parts keeping the article's own guillemets.

Measured on 300 SaudiNewsNet articles (914 indirect or mixed claims; the article set of
`random.Random(7)`), the connecting words found are: أن/إن and their forms (بأن، فإن، أنه، إنها،
ان …) 58%, a preposition before them (إلى أن، على أن، عن أن …) 12%, a bare preposition (عن،
بـ، إلى، على، من) 11%, a colon 5%; for 14% nothing joins them (the content follows the cue or the
speaker directly, «أكدت سيطرة قواته», or other words stand between, «في بيان», which are left out).
"""

from __future__ import annotations

import re

from app.bidi_text import isolate
from extract.document import Span
from extract.visual_order import is_rtl_text

# Closed-class grammar: the complementizer أنّ/إنّ with the clitics that attach to it, and the
# prepositions a cue's content can follow.
_COMPLEMENTIZER = re.compile(r"[بف]?[أإا]ن(?:ه|ها|هم|هما|هن|ني|نا|ي)?")
_PREPOSITIONS = frozenset({"إلى", "الى", "على", "عن", "من"})
_GLUED_PREPOSITION = "ب"  # «أقرت بأهمية …», «وصفتها بـ«المنقذ»»
_DIACRITICS = re.compile(r"[\u064b-\u0652\u0640]")  # harakat, shadda, sukun, tatweel
_QUOTE_MARKS = "«»\"“”'"
_TRAILING_MARKS = re.compile(r"[\s«»\"“”']*$")


def connector(text: str, cue: Span | None, speaker: Span | None, content: Span) -> str:
    """The words that introduce a statement's content in `text`, as written (runs of spaces made
    one), up to the content: "بأن ", "إلى أن «", "ب", ": ". Empty when the attribution does not
    come before the content or nothing joins them."""
    ends = [s.end for s in (cue, speaker) if s is not None and s.end <= content.start]
    if not ends:
        return ""
    gap = text[max(ends):content.start]
    if "\n" in gap:
        return ""
    marks = _TRAILING_MARKS.search(gap)
    words = gap[:marks.start()].split()
    tail = re.sub(r"\s+", " ", marks.group())  # the space and quote marks before the content
    if not words:
        return ""
    first = len(words) - 1
    last = _DIACRITICS.sub("", words[-1])
    if last.endswith(":") and last.rstrip(":").strip(_QUOTE_MARKS) == "":
        return ":" + (tail if tail.strip() else " ")  # «يقول فلان: …»
    if _COMPLEMENTIZER.fullmatch(last):
        if first > 0 and _DIACRITICS.sub("", words[first - 1]) in _PREPOSITIONS:
            first -= 1
    elif last not in _PREPOSITIONS and last != _GLUED_PREPOSITION:
        return ""
    return " ".join(words[first:]) + tail


def one_line(text: str) -> str:
    """The text with every run of white space (line breaks included) made one space."""
    return " ".join(text.split())


def written_statement(kind: str, cue: str | None, connector: str, content: str) -> str:
    """The statement without its speaker, the way it may be quoted: the cue, the connecting words
    and the content, the content in «guillemets» only when the statement is direct (a reported
    one keeps the quote marks the article itself put around parts of it)."""
    content = one_line(content)
    cue = one_line(cue or "")
    if kind == "direct":
        words = connector.strip().rstrip(_QUOTE_MARKS).strip()
        quote = f"«{content}»"
        if words in ("", ":"):
            return f"{cue}: {quote}" if cue else quote
        glue = "" if _DIACRITICS.sub("", words) == _GLUED_PREPOSITION else " "
        return (f"{cue} " if cue else "") + words + glue + quote
    if not connector:
        return f"{cue} {content}" if cue else content
    if connector.startswith(":"):
        return cue + connector + content if cue else connector[1:].lstrip() + content
    return (f"{cue} " if cue else "") + connector + content


# -- a statement copied with its attribution and source ----------------------------------------

_APPOSITION = re.compile(r"\s*،\s*([^،.:\n«»]{3,90}?)\s*[،.]")
_APPOSITION_WORDS = 8


def speaker_description(text: str, names: list[str]) -> str:
    """Who the speaker is, as the article says it right after the name: «فائز السراج، رئيس
    حكومة الوفاق الوطني، …» gives "رئيس حكومة الوفاق الوطني". Only a phrase that starts with a
    title («رئيس», «وزير», «المتحدث» …: resources/lexicons/titles.tsv, tagged speaker) counts;
    "" when the article gives none."""
    from extract.lexicons import load_tagged
    from extract.normalize import normalize

    titles = {normalize(w) for w in load_tagged("titles.tsv", "speaker")}
    for name in sorted((n for n in names if n and n.strip()), key=len, reverse=True):
        pos = text.find(name)
        while pos >= 0:
            found = _APPOSITION.match(text, pos + len(name))
            if found:
                words = found.group(1).split()
                first = normalize(words[0]) if words else ""
                if 1 < len(words) <= _APPOSITION_WORDS and (
                        first in titles or (first.startswith("ال") and first[2:] in titles)):
                    return " ".join(words)
            pos = text.find(name, pos + 1)
    return ""


def source_facts(article: object) -> tuple[str, str]:
    """The outlet and the date to print after a quotation, from an article record: its `outlet`
    (or `site_name`) when the library keeps one, else the host of its web address; its
    publication date (YYYY-MM-DD). Never a file path nor the day of import: "" instead."""
    from urllib.parse import urlsplit

    outlet = next((str(v).strip() for v in (getattr(article, name, None)
                                            for name in ("outlet", "site_name"))
                   if v and str(v).strip()), "")
    if not outlet:
        for name in ("url", "source"):
            value = str(getattr(article, name, None) or "").strip()
            if value.lower().startswith(("http://", "https://")):
                host = urlsplit(value).hostname or ""
                outlet = host.removeprefix("www.")
                break
    published = str(getattr(article, "published", None) or "").strip()
    return outlet, published[:10]


def citation(kind: str, content: str, cue: str | None, connector_words: str,
             speaker: str | None, description: str = "", outlet: str = "", date: str = "",
             language: str | None = None) -> str:
    """A statement with who said it and where, in the punctuation of the statement's own
    language: `«…» — فائز السراج، رئيس حكومة الوفاق، الشرق الأوسط، 2019-05-02` for an Arabic
    one, `“…” — Name, description, Outlet, date` for one in Latin letters, whatever the
    interface language (`language`, "ar" or "en", forces one). Only a direct statement is put
    in quotation marks; reported speech is written as the article wrote it after the speaker,
    `مصدر مطلع، أفاد بأن …`.

    A name, outlet or date in the other direction («aawsat.com» in an Arabic line, an Arabic
    name in an English one) is isolated (FSI … PDI): the line keeps its order when pasted, and
    its direction is the statement's."""
    if language is None:
        language = "ar" if is_rtl_text(content) else "en"
    arabic = language == "ar"
    comma = "، " if arabic else ", "

    def part(text: str) -> str:
        return text if is_rtl_text(text) == arabic else isolate(text)

    who = [part(p) for p in (one_line(speaker or ""), one_line(description)) if p]
    where = [part(p) for p in (one_line(outlet), date) if p]
    if kind == "direct":
        opening, closing = ("«", "»") if arabic else ("\u201c", "\u201d")
        return f"{opening}{one_line(content)}{closing}" + (
            " — " + comma.join(who + where) if who or where else "")
    said = written_statement(kind, cue, connector_words, content)
    return comma.join([*who, said]) + (" — " + comma.join(where) if where else "")
