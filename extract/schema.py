"""The one serialiser of the analysis contract: `Analysis` <-> `sanad.analysis/N` JSON.

This is the only module that knows the JSON keys. `to_json` writes the current version;
`from_json` reads it and the older `sanad.analysis/1`, validates once (every span inside the text,
every id resolves, kinds and types known) and raises `SchemaError` with a clear message.

Version 2 (from version 1): a claim names its speaker by id (`speaker` is null when nobody was
found, instead of a placeholder speaker) and says how the speaker was found (`evidence`: kind,
the deciding words' span, the claim it was carried from), speakers carry the entity id, and the
analysis carries the extractor's computed `fingerprint` instead of a hand-set
`extractor_version`. Each claim's
`speaker` object keeps the `name` key, which outside scorers read. A claim may carry `via` (the
medium that relayed it: name and span); it is optional, so analyses written before it read as
they were.
"""

from __future__ import annotations

from typing import Any

from extract.document import Span
from extract.model import (
    CLAIM_KINDS,
    ENTITY_TYPES,
    EVIDENCE_KINDS,
    Analysis,
    Claim,
    Entity,
    Evidence,
    Speaker,
    Via,
)

SCHEMA = "sanad.analysis/2"
SCHEMA_V1 = "sanad.analysis/1"
# How sanad.analysis/1 named the speaker of statements nobody was found for («unspecified»).
_V1_UNKNOWN_SPEAKER = "\u063a\u064a\u0631 \u0645\u062d\u062f\u062f"


class SchemaError(ValueError):
    """The JSON is not a valid analysis; str(error) says what is wrong and where."""


def _span(span: Span | None) -> dict[str, int] | None:
    return None if span is None else {"start": span.start, "end": span.end}


def to_json(analysis: Analysis) -> dict[str, Any]:
    """The JSON-ready dict of `analysis` (schema sanad.analysis/2)."""
    return {
        "schema": SCHEMA,
        "fingerprint": analysis.fingerprint,
        "title": analysis.title,
        "text": analysis.text,
        "paragraphs": [_span(p) for p in analysis.paragraphs],
        "entities": [{"id": e.id, "type": e.type, "name": e.name,
                      "mentions": [_span(m) for m in e.mentions]} for e in analysis.entities],
        "claims": [{
            "id": c.id,
            "kind": c.kind,
            "cue": _span(c.cue),
            "content": _span(c.content),
            "speaker": None if c.speaker_id is None else {
                "id": c.speaker_id, "name": c.speaker_name, "mention": _span(c.speaker_mention)},
            "evidence": None if c.evidence is None else {
                "kind": c.evidence.kind, "span": _span(c.evidence.span),
                "from": c.evidence.from_claim},
            "via": None if c.via is None else {"name": c.via.name, "span": _span(c.via.span)},
        } for c in analysis.claims],
        "speakers": [{"id": s.id, "name": s.name, "aliases": list(s.aliases),
                      "entity": s.entity_id, "anonymous": s.anonymous,
                      "claims": list(s.claim_ids)} for s in analysis.speakers],
    }


def from_json(data: Any) -> Analysis:
    """The `Analysis` a sanad.analysis/1 or /2 dict describes; SchemaError if it is not valid."""
    if not isinstance(data, dict):
        raise SchemaError("an analysis must be a JSON object")
    schema = data.get("schema")
    if schema == SCHEMA:
        analysis = _read_v2(data)
    elif schema == SCHEMA_V1:
        analysis = _read_v1(data)
    else:
        raise SchemaError(f"unknown analysis schema {schema!r} (this Sanad reads {SCHEMA})")
    validate(analysis)
    return analysis


class _Reader:
    """Field access that names the place of every error."""

    def __init__(self, text_len: int) -> None:
        self.text_len = text_len

    def get(self, obj: Any, key: str, kind: type | tuple[type, ...], where: str,
            optional: bool = False) -> Any:
        if not isinstance(obj, dict):
            raise SchemaError(f"{where} must be an object")
        value = obj.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
            raise SchemaError(f"{where}.{key} is missing or not {_kind_name(kind)}")
        return value

    def span(self, value: Any, where: str, optional: bool = False) -> Span | None:
        if value is None and optional:
            return None
        start = self.get(value, "start", int, where)
        end = self.get(value, "end", int, where)
        return Span(start, end)

    def spans(self, values: Any, where: str) -> tuple[Span, ...]:
        if not isinstance(values, list):
            raise SchemaError(f"{where} must be a list")
        return tuple(self.span(v, f"{where}[{i}]") for i, v in enumerate(values))


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join({str: "a string", int: "a number", list: "a list", dict: "an object",
                        bool: "a boolean"}.get(k, k.__name__) for k in kinds)


def _header(data: dict) -> tuple[_Reader, str, str | None]:
    text = data.get("text")
    if not isinstance(text, str):
        raise SchemaError("the analysis has no text")
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        raise SchemaError("title must be a string or null")
    return _Reader(len(text)), text, title


def _entities(r: _Reader, data: dict) -> tuple[Entity, ...]:
    out = []
    for i, e in enumerate(r.get(data, "entities", list, "analysis")):
        where = f"entities[{i}]"
        out.append(Entity(r.get(e, "id", str, where), r.get(e, "type", str, where),
                          r.get(e, "name", str, where),
                          r.spans(r.get(e, "mentions", list, where), f"{where}.mentions")))
    return tuple(out)


def _strings(r: _Reader, obj: dict, key: str, where: str) -> tuple[str, ...]:
    values = r.get(obj, key, list, where)
    if not all(isinstance(v, str) for v in values):
        raise SchemaError(f"{where}.{key} must be a list of strings")
    return tuple(values)


def _read_v2(data: dict) -> Analysis:
    r, text, title = _header(data)
    claims = []
    for i, c in enumerate(r.get(data, "claims", list, "analysis")):
        where = f"claims[{i}]"
        speaker = r.get(c, "speaker", dict, where, optional=True)
        claims.append(Claim(
            id=r.get(c, "id", str, where), kind=r.get(c, "kind", str, where),
            cue=r.span(c.get("cue"), f"{where}.cue", optional=True),
            content=r.span(r.get(c, "content", dict, where), f"{where}.content"),
            speaker_id=None if speaker is None else r.get(speaker, "id", str, f"{where}.speaker"),
            speaker_name=None if speaker is None else r.get(speaker, "name", str,
                                                            f"{where}.speaker", optional=True),
            speaker_mention=None if speaker is None else r.span(
                speaker.get("mention"), f"{where}.speaker.mention", optional=True),
            evidence=_evidence(r, c.get("evidence"), f"{where}.evidence"),
            via=_via(r, c.get("via"), f"{where}.via")))
    speakers = []
    for i, s in enumerate(r.get(data, "speakers", list, "analysis")):
        where = f"speakers[{i}]"
        speakers.append(Speaker(
            id=r.get(s, "id", str, where), name=r.get(s, "name", str, where),
            aliases=_strings(r, s, "aliases", where),
            entity_id=r.get(s, "entity", str, where, optional=True),
            anonymous=bool(r.get(s, "anonymous", bool, where)),
            claim_ids=_strings(r, s, "claims", where)))
    return Analysis(text=text, title=title,
                    paragraphs=r.spans(r.get(data, "paragraphs", list, "analysis"), "paragraphs"),
                    entities=_entities(r, data), claims=tuple(claims), speakers=tuple(speakers),
                    fingerprint=r.get(data, "fingerprint", str, "analysis"))


def _evidence(r: _Reader, value: Any, where: str) -> Evidence | None:
    if value is None:
        return None
    return Evidence(r.get(value, "kind", str, where),
                    r.span(value.get("span"), f"{where}.span", optional=True),
                    r.get(value, "from", str, where, optional=True))


def _via(r: _Reader, value: Any, where: str) -> Via | None:
    """A claim's `via` (absent in analyses written before it existed: None)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise SchemaError(f"{where} must be an object or null")
    return Via(r.get(value, "name", str, where),
               r.span(value.get("span"), f"{where}.span", optional=True))


def _read_v1(data: dict) -> Analysis:
    """sanad.analysis/1: claims carried the speaker's name, and a placeholder speaker held the
    statements nobody was found for; both become version 2's speaker ids (or None)."""
    r, text, title = _header(data)
    speakers, speaker_of = [], {}
    for i, s in enumerate(r.get(data, "speakers", list, "analysis")):
        where = f"speakers[{i}]"
        name = r.get(s, "name", str, where)
        claim_ids = _strings(r, s, "claims", where)
        entity = r.get(s, "entity", str, where, optional=True)
        anonymous = bool(s.get("anonymous"))
        if name == _V1_UNKNOWN_SPEAKER and entity is None and not anonymous:
            continue
        sid = r.get(s, "id", str, where)
        speaker_of.update((c, sid) for c in claim_ids)
        speakers.append(Speaker(sid, name, _strings(r, s, "aliases", where), entity, anonymous,
                                claim_ids))
    claims = []
    for i, c in enumerate(r.get(data, "claims", list, "analysis")):
        where = f"claims[{i}]"
        cid = r.get(c, "id", str, where)
        speaker = c.get("speaker") if isinstance(c.get("speaker"), dict) else {}
        sid = speaker_of.get(cid)
        claims.append(Claim(
            id=cid, kind=r.get(c, "kind", str, where),
            cue=r.span(c.get("cue"), f"{where}.cue", optional=True),
            content=r.span(r.get(c, "content", dict, where), f"{where}.content"),
            speaker_id=sid, speaker_name=speaker.get("name") if sid else None,
            speaker_mention=r.span(speaker.get("mention"), f"{where}.speaker.mention",
                                   optional=True) if sid else None))
    return Analysis(text=text, title=title,
                    paragraphs=r.spans(r.get(data, "paragraphs", list, "analysis"), "paragraphs"),
                    entities=_entities(r, data), claims=tuple(claims), speakers=tuple(speakers),
                    fingerprint=f"v1:{data.get('extractor_version')}")


def validate(analysis: Analysis) -> None:
    """Raise SchemaError unless every span lies in the text and every id resolves."""
    n = len(analysis.text)

    def check(span: Span | None, where: str) -> None:
        if span is not None and not 0 <= span.start <= span.end <= n:
            raise SchemaError(f"{where} ({span.start}, {span.end}) lies outside the text "
                              f"of {n} characters")

    for i, p in enumerate(analysis.paragraphs):
        check(p, f"paragraphs[{i}]")
    entity_ids = _unique((e.id for e in analysis.entities), "entity")
    claim_ids = _unique((c.id for c in analysis.claims), "claim")
    speaker_ids = _unique((s.id for s in analysis.speakers), "speaker")
    for e in analysis.entities:
        if e.type not in ENTITY_TYPES:
            raise SchemaError(f"entity {e.id} has an unknown type {e.type!r}")
        for m in e.mentions:
            check(m, f"a mention of entity {e.id}")
    for c in analysis.claims:
        if c.kind not in CLAIM_KINDS:
            raise SchemaError(f"claim {c.id} has an unknown kind {c.kind!r}")
        check(c.cue, f"the cue of claim {c.id}")
        check(c.content, f"the content of claim {c.id}")
        check(c.speaker_mention, f"the speaker mention of claim {c.id}")
        if c.speaker_id is not None and c.speaker_id not in speaker_ids:
            raise SchemaError(f"claim {c.id} names a speaker {c.speaker_id} that is not listed")
        if c.evidence is not None:
            if c.evidence.kind not in EVIDENCE_KINDS:
                raise SchemaError(f"claim {c.id} has an unknown kind of evidence "
                                  f"{c.evidence.kind!r}")
            check(c.evidence.span, f"the evidence of claim {c.id}")
            if c.evidence.from_claim is not None and c.evidence.from_claim not in claim_ids:
                raise SchemaError(f"the evidence of claim {c.id} names a claim "
                                  f"{c.evidence.from_claim} that is not listed")
        if c.via is not None:
            check(c.via.span, f"the via of claim {c.id}")
    for s in analysis.speakers:
        if s.entity_id is not None and s.entity_id not in entity_ids:
            raise SchemaError(f"speaker {s.id} names an entity {s.entity_id} that is not listed")
        for cid in s.claim_ids:
            if cid not in claim_ids:
                raise SchemaError(f"speaker {s.id} lists a claim {cid} that is not listed")


def _unique(ids, what: str) -> set[str]:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise SchemaError(f"two {what}s have the id {i}")
        seen.add(i)
    return seen
