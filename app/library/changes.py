"""What a library operation changed, so every view refreshes from one announcement.

Anki's `OpChanges` idea: an operation (adding an article, tagging it, storing an analysis,
recording a spelling) says which kinds of data it touched and for which articles; each view
looks at that and refreshes only what it shows. Nobody has to know which other views to poke.
No Qt here: the app carries a `Changes` in its one `library_changed` signal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace


def _ids(values: Iterable[int] | None) -> frozenset[int]:
    return frozenset(int(v) for v in values or ())


@dataclass(frozen=True)
class Changes:
    """Kinds of data an operation changed, the ids it touched, and who asked for it.

    `article_ids` are the articles whose data changed (for `deleted`, the articles that are no
    longer in the library). `library` means another library file: everything changed.
    `origin` is the object that started the operation and already shows its result (a notes
    editor after an autosave), so it need not reload; it takes no part in comparisons.
    """
    library: bool = False
    articles: bool = False  # added, re-imported or deleted: the list, counts, search results
    analyses: bool = False  # stored analyses and the entities, speakers and claims indexed
    notes: bool = False
    tags: bool = False
    glossary: bool = False  # the translator's preferred spellings
    corrections: bool = False  # the user's corrections of who said what (the claims index too)
    article_ids: frozenset[int] = frozenset()
    deleted: frozenset[int] = frozenset()
    note_ids: frozenset[int] = frozenset()
    origin: object | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name in ("article_ids", "deleted", "note_ids"):
            object.__setattr__(self, name, _ids(getattr(self, name)))

    @classmethod
    def everything(cls) -> Changes:
        """A library was opened (or another one): every view starts again from it."""
        return cls(library=True, articles=True, analyses=True, notes=True, tags=True,
                   glossary=True, corrections=True)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "origin")

    def __or__(self, other: Changes) -> Changes:
        """Both changes at once (the origin is kept only when both have the same one)."""
        merged = {f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)
                  if f.name != "origin"}
        return Changes(**merged, origin=self.origin if self.origin is other.origin else None)

    def touches(self, article_id: int | None) -> bool:
        """Whether the data of this article (the one a view shows) may have changed."""
        return self.library or (article_id is not None
                                and (article_id in self.article_ids or article_id in self.deleted))

    def by(self, origin: object) -> Changes:
        """The same changes, started by `origin`."""
        return replace(self, origin=origin)
