"""Claims: the statements an article attributes to someone, their cues and speakers.

`extract_claims(article, entities)` returns `(claims, speakers)` as typed `extract.model` objects:
claims in reading order, each with its cue, its statement (content) and its resolved speaker (or
none, when nobody was found); speakers with every alias and the claims they made, grouped by the
entity or name resolved to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.claims.detect import detect
from extract.claims.doc import build_doc
from extract.claims.lexicon import Lexicon, default_lexicon
from extract.claims.merge import merge_groups, spelling_key
from extract.claims.resolve import Resolver, clean_name
from extract.document import Article, Span
from extract.model import Claim, Entity, Evidence, Speaker, Via


def extract_claims(
    article: Article, entities: Sequence[Entity] = (), lexicon: Lexicon | None = None
) -> tuple[list[Claim], list[Speaker]]:
    doc = build_doc(article, lexicon or default_lexicon(), entities)
    resolved = Resolver(doc).run(detect(doc))
    resolved.sort(key=lambda rw: rw[0].content[0])
    ids = {id(raw): f"C{n}" for n, (raw, _who, _found) in enumerate(resolved, start=1)}
    claims: list[Claim] = []
    groups: dict[str, dict] = {}
    for n, (raw, who, found) in enumerate(resolved, start=1):
        cid = f"C{n}"
        sid = mention = evidence = None
        if who is not None:
            group = groups.get(who.key)
            if group is None:
                group = groups[who.key] = {"id": f"S{len(groups) + 1}", "name": who.name,
                                           "aliases": [], "entity": who.entity,
                                           "anonymous": who.anonymous, "claims": []}
            group["claims"].append(cid)
            for alias in who.aliases:
                if alias not in group["aliases"] and alias != group["name"]:
                    group["aliases"].append(alias)
            sid = group["id"]
            if raw.speaker is not None:
                s, e = doc.char_span(raw.speaker.start, raw.speaker.end)
                mention = Span(s + raw.speaker.skip_chars, e)
            evidence = Evidence(found.kind, Span(*found.words) if found.words else None,
                                ids.get(id(found.earlier)) if found.earlier else None)
        via = None
        if raw.speaker is not None and raw.speaker.via is not None and who is not None:
            s, e = doc.char_span(*raw.speaker.via)
            name = clean_name(doc.text[s:e])
            via = Via(name, Span(s, e)) if name else None
        claims.append(Claim(
            id=cid, kind=raw.kind, cue=Span(*raw.cue) if raw.cue else None,
            content=Span(*raw.content), speaker_id=sid,
            speaker_name=who.name if who is not None else None, speaker_mention=mention,
            evidence=evidence, via=via))
    people = frozenset(e.id for e in entities if e.type == "PER")
    return claims_and_cards(claims, list(groups.values()), people)


def claims_and_cards(claims: list[Claim], groups: list[dict],
                     people: frozenset[str]) -> tuple[list[Claim], list[Speaker]]:
    """Merge the speakers that are one (extract/claims/merge.py) and number the cards."""
    into = merge_groups(groups, people)
    for i, j in into.items():
        a, b = groups[i], groups[j]
        if len(spelling_key(a["name"])) > len(spelling_key(b["name"])) and not b["entity"]:
            b["name"], a["name"] = a["name"], b["name"]  # the card shows the fullest name
        for alias in [a["name"], *a["aliases"]]:
            if alias not in b["aliases"] and alias != b["name"]:
                b["aliases"].append(alias)
        b["claims"].extend(a["claims"])
        b["entity"] = b["entity"] or a["entity"]
    kept = [g for i, g in enumerate(groups) if i not in into]
    new_id = {}
    for n, g in enumerate(kept, start=1):
        for i, other in enumerate(groups):
            if other is g or into.get(i) is not None and groups[into[i]] is g:
                new_id[other["id"]] = f"S{n}"
    order = {c.id: k for k, c in enumerate(claims)}
    speakers = [Speaker(new_id[g["id"]], g["name"], tuple(g["aliases"]), g["entity"],
                        g["anonymous"], tuple(sorted(g["claims"], key=order.__getitem__)))
                for g in kept]
    merged = {groups[i]["id"]: groups[j]["name"] for i, j in into.items()}
    claims = [c if c.speaker_id is None else replace(
        c, speaker_id=new_id[c.speaker_id],
        speaker_name=merged.get(c.speaker_id, c.speaker_name))  # «السراج» is «فائز السراج»
        for c in claims]
    return claims, speakers


__all__ = ["extract_claims"]
