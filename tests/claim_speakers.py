"""One minimal-sentence article analysed, as the claim-rule tests need it: a test title line, then
the body; the speaker name of each statement in reading order."""

from __future__ import annotations

from extract.analyze import analyze
from extract.load import article_from_text


def analysed(body: str):
    return analyze(article_from_text("خبر للاختبار\n" + body))


def speaker_names(body: str) -> list[str | None]:
    return [c.speaker_name for c in analysed(body).claims]
