"""A library search hit opens with the words it matched highlighted and the first scrolled to:
they are shown as the find bar's hits (F3 steps through them, Escape clears them).

The words are found in the article as the search found them (`app.library.search.match_spans`:
every spelling variant, with «ال» and its prepositions), on a worker thread, once the chosen
article is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.library.search import match_spans
from app.panels.background import run_background
from app.reader.find_bar import FindBar


class SearchHitMarks(QObject):
    def __init__(self, library_panel, reader, find_bar: FindBar) -> None:
        super().__init__(find_bar)
        self.reader, self.find_bar = reader, find_bar
        self._pending: tuple[int, str] | None = None
        library_panel.search_hit_chosen.connect(self.hit_chosen)
        reader.article_shown.connect(self._article_shown)

    def hit_chosen(self, article_id: int, query: str) -> None:
        self._pending = (article_id, query)
        if self.reader.article_id == article_id and self.reader.article is not None:
            self._mark()  # already on screen: mark it now

    def _article_shown(self) -> None:
        if self._pending is not None and self._pending[0] == self.reader.article_id:
            self._mark()

    def _mark(self) -> None:
        article_id, query = self._pending
        self._pending = None
        text = self.reader.article.text

        def done(spans: list[tuple[int, int]]) -> None:
            if self.reader.article_id == article_id and self.reader.article.text is text:
                self.find_bar.show_hits(query, spans)

        run_background(self, lambda: match_spans(text, query), done, lambda _exc: None)
