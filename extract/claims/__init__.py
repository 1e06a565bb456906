"""Claims: the statements an article attributes to someone, their cues and speakers.

`extract_claims(article, entities)` returns `(claims, speakers)` in the sanad.analysis/1 schema:
claims in reading order, each with its cue, its statement (content) and its resolved speaker;
speakers with every alias and the claims they made, grouped by the entity or name resolved to.
"""

from __future__ import annotations

from extract.claims.detect import RawClaim, detect
from extract.claims.doc import build_doc
from extract.claims.lexicon import Lexicon, default_lexicon
from extract.claims.resolve import Resolver, Who
from extract.document import Article

UNKNOWN_SPEAKER = "غير محدد"


def extract_claims(
    article: Article, entities: list[dict] | None = None, lexicon: Lexicon | None = None
) -> tuple[list[dict], list[dict]]:
    doc = build_doc(article, lexicon or default_lexicon(), entities or [])
    resolved = Resolver(doc).run(detect(doc))
    resolved.sort(key=lambda rw: rw[0].content[0])
    claims: list[dict] = []
    groups: dict[str, dict] = {}
    for n, (raw, who) in enumerate(resolved, start=1):
        cid = f"C{n}"
        mention = None
        if raw.speaker is not None:
            s, e = doc.char_span(raw.speaker.start, raw.speaker.end)
            mention = (s + raw.speaker.skip_chars, e)
        claims.append(_claim_dict(cid, raw, who, mention))
        key = who.key if who is not None else "?"
        group = groups.get(key)
        if group is None:
            group = groups[key] = {
                "id": f"S{len(groups) + 1}",
                "name": who.name if who else UNKNOWN_SPEAKER,
                "aliases": [],
                "entity": who.entity if who else None,
                "anonymous": who.anonymous if who else False,
                "claims": [],
            }
        group["claims"].append(cid)
        for alias in who.aliases if who else []:
            if alias not in group["aliases"] and alias != group["name"]:
                group["aliases"].append(alias)
    return claims, list(groups.values())


def _claim_dict(cid: str, raw: RawClaim, who: Who | None, span: tuple[int, int] | None) -> dict:
    mention = {"start": span[0], "end": span[1]} if span is not None else None
    return {
        "id": cid,
        "kind": raw.kind,
        "cue": {"start": raw.cue[0], "end": raw.cue[1]} if raw.cue else None,
        "content": {"start": raw.content[0], "end": raw.content[1]},
        "speaker": {
            "name": who.name if who else UNKNOWN_SPEAKER,
            "entity": who.entity if who else None,
            "anonymous": who.anonymous if who else False,
            "mention": mention,
        },
    }


__all__ = ["extract_claims"]
