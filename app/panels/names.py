"""Names panel: for every person, organisation and place, the letter-exact transliteration and
ranked English suggestions (from the names issue's `extract.names`), so a translator can check
spellings. Suggestions are computed off the UI thread; the glossary, when the library has one,
comes first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.panels.background import run_background, run_serial
from app.reader.model import AnalysisModel

NAME_TYPES = ("PER", "ORG", "LOC")
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1


def _hsb(text: str) -> str:
    from camel_tools.utils.charmap import CharMapper

    return CharMapper.builtin_mapper("ar2hsb").map_string(text)


def name_rows(entities: list[dict[str, Any]], library=None,
              article_id: int | None = None) -> list[dict[str, Any]]:
    """One row per named entity: id, name, type, hsb, english (ranked list), kinds and origins
    (one per suggestion: glossary / dictionary / translation / transliteration, and where it came
    from), source (the first one's kind), and how the library spells the same name (variants, and
    a flag when this article differs).

    Uses `extract.names.names_for_entities` when it is installed; otherwise the transliteration
    alone (camel-tools' HSB charmap) so the letters can still be checked.
    """
    wanted = [e for e in entities if e.get("type") in NAME_TYPES]
    try:
        from extract.names import names_for_entities
    except ImportError:
        names_for_entities = None
    results: dict[str, dict[str, Any]] = {}
    glossary = _glossary(library)
    if names_for_entities is not None:
        for i, found in enumerate(names_for_entities(wanted, glossary)):
            found = _as_dict(found)
            results[str(found.get("entity", wanted[i].get("id") if i < len(wanted) else i))] = found
    rows = []
    for ent in wanted:
        found = results.get(str(ent.get("id")), {})
        english = found.get("english") or found.get("suggestions") or []
        if isinstance(english, str):
            english = [english]
        rows.append({"id": str(ent.get("id")), "name": ent.get("name") or "",
                     "type": ent.get("type"),
                     "hsb": found.get("hsb") or _hsb(ent.get("name") or ""),
                     "english": [str(x) for x in english],
                     "kinds": [str(x) for x in found.get("kinds") or []],
                     "origins": [str(x) for x in found.get("origins") or []],
                     "source": found.get("source") or "",
                     "variants": [], "flag": None})
    _add_library_spellings(rows, library, article_id, glossary)
    return rows


def _add_library_spellings(rows: list[dict[str, Any]], library, article_id: int | None,
                           glossary: dict[str, str] | None) -> None:
    """Each row's spellings across the library (most used first) and, when this article writes
    the name differently from the glossary or the library's majority, what they write."""
    if library is None or not rows:
        return
    from extract.names import default_suggester
    from extract.names.variants import group_variants, spelling_flags

    dictionary = default_suggester().dictionary  # سلمان and سليمان are two names, not variants
    with library.reading() as db:
        found = db.execute("SELECT name, article_id, mentions FROM entities"
                           " WHERE type IN ('PER', 'ORG', 'LOC')").fetchall()
    occurrences = [(name, str(aid)) for name, aid, mentions in found
                   for _ in range(max(1, min(int(mentions or 1), 50)))]
    if not occurrences:
        return
    groups = group_variants(occurrences, dictionary=dictionary)
    group_of = {s.arabic: g for g in groups for s in g.spellings}
    flags = {(f["arabic"], f["article"]): f for f in spelling_flags(groups, glossary, dictionary)}
    for row in rows:
        group = group_of.get(row["name"])
        if group is None:
            continue
        row["variants"] = [(s.arabic, s.count, len(s.articles)) for s in group.spellings]
        flag = flags.get((row["name"], str(article_id)))
        if flag is not None:
            row["flag"] = (flag["preferred"], flag["reason"])


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    return {k: getattr(value, k) for k in dir(value) if not k.startswith("_")
            and not callable(getattr(value, k))}


def _glossary(library) -> dict[str, str] | None:
    """The translator's preferred forms {arabic: english}, which rank first."""
    if library is None:
        return None
    try:
        from app.library.glossary import Glossary, GlossaryError
    except ImportError:
        return None
    try:
        with library.reading():  # the library's lock: never alongside a close or a write
            return Glossary(library).as_mapping()
    except GlossaryError:
        return None


def warm_up() -> None:
    """Load the names dictionary and model (about a second, most of it holding the GIL)."""
    try:
        from extract.names import default_suggester
    except ImportError:
        return
    default_suggester()


class NamesPanel(QWidget):
    entity_activated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.library = None
        self.rows: list[dict[str, Any]] = []
        self._model: AnalysisModel | None = None
        self.article_id: int | None = None  # the article shown (its spellings are compared)
        self._serial = 0
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Letters (HSB)"),
                                              self.tr("English"), self.tr("Kind"),
                                              self.tr("Other spellings"),
                                              self.tr("In the library")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked
                                   | QTableWidget.EditTrigger.EditKeyPressed)
        self.table.setToolTip(self.tr("Double-click (or F2) an English form to record it in your "
                                      "glossary; it then comes first everywhere."))
        self.table.itemChanged.connect(self._edited)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # Fixed widths and one line per row: sizing hundreds of wrapped cells to their contents
        # froze the window for a third of a second on a long article. Full text in tooltips.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        for col, width in enumerate((150, 130, 130, 110, 160)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._activated)
        self.table.cellClicked.connect(self._activated)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def set_library(self, library) -> None:
        self.library = library

    def set_model(self, model: AnalysisModel | None) -> None:
        self._model = model
        self._serial += 1
        serial = self._serial
        self.table.setRowCount(0)
        if model is None:
            self.message.setText("")
            return
        entities = model.raw.get("entities") or []
        library, article_id = self.library, self.article_id
        self.message.setText(self.tr("Finding spellings…"))
        self.message.setVisible(True)
        run_background(self, lambda: name_rows(entities, library, article_id),
                       lambda rows: self._show(serial, rows),
                       lambda exc: self._failed(serial, exc))

    def _failed(self, serial: int, exc: BaseException) -> None:
        if serial == self._serial:
            self.message.setText(self.tr("Name spellings could not be computed: {0}").format(exc))

    def _show(self, serial: int, rows: list[dict[str, Any]]) -> None:
        if serial != self._serial:
            return
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = QTableWidgetItem(row["name"])
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(ENTITY_ROLE, row["id"])
            name.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 0, name)
            letters = QTableWidgetItem(row["hsb"])
            letters.setFlags(letters.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 1, letters)
            english = row["english"]
            best = QTableWidgetItem(english[0] if english else "")
            if row["source"]:
                best.setToolTip(self.source_label(row["source"]))
            if row["source"] == "glossary":
                font = best.font()
                font.setBold(True)
                best.setFont(font)
            self.table.setItem(r, 2, best)
            kinds, origins = row.get("kinds") or [], row.get("origins") or []
            kind = QTableWidgetItem(self.kind_label(kinds[0], origins[0] if origins else "")
                                    if kinds else "")
            kind.setFlags(kind.flags() & ~Qt.ItemFlag.ItemIsEditable)
            kind.setToolTip("\n".join(f"{e}: {self.kind_label(k, o)}" for e, k, o in
                                      zip(english, kinds, origins, strict=False)))
            self.table.setItem(r, 3, kind)
            others = QTableWidgetItem(", ".join(english[1:5]))
            others.setToolTip(others.text())
            name.setToolTip(row["name"])
            others.setFlags(others.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 4, others)
            library_item = QTableWidgetItem(self.library_text(row))
            library_item.setFlags(library_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            library_item.setToolTip(self.library_tooltip(row))
            if row["flag"]:
                library_item.setForeground(QColor("#c0392b"))
            self.table.setItem(r, 5, library_item)
        self.table.blockSignals(False)
        missing = not any(row["english"] for row in rows)
        self.message.setText(self.tr("English suggestions are not available in this "
                                     "installation.") if rows and missing else "")
        self.message.setVisible(bool(self.message.text()))

    def library_text(self, row: dict[str, Any]) -> str:
        """A warning with the preferred spelling when this article differs; else the others."""
        if row["flag"]:
            preferred, _reason = row["flag"]
            return f"⚠ «{preferred}»"
        others = [f"{arabic} ×{count}" for arabic, count, _n in row["variants"]
                  if arabic != row["name"]]
        return " · ".join(others[:3])

    def library_tooltip(self, row: dict[str, Any]) -> str:
        lines = []
        if row["flag"]:
            preferred, reason = row["flag"]
            lines.append(self.tr("Your glossary writes «{0}»").format(preferred)
                         if reason == "glossary" else
                         self.tr("Most articles in the library write «{0}»").format(preferred))
        for arabic, count, articles in row["variants"]:
            lines.append(self.tr("«{0}»: {1} mentions in {2} articles").format(arabic, count,
                                                                             articles))
        return "\n".join(lines)

    def source_label(self, source: str) -> str:
        return {"glossary": self.tr("from your glossary"),
                "dictionary": self.tr("an established form, from a list or the names dictionary"),
                "translation": self.tr("composed by translating the name's words"),
                "transliteration": self.tr("a transliteration, not an established English name"),
                "model": self.tr("guessed by the transliteration model")}.get(source, source)

    def kind_label(self, kind: str, origin: str = "") -> str:
        """What kind of form a suggestion is, and where it came from: "translation (composed)"."""
        label = {"glossary": self.tr("glossary"), "dictionary": self.tr("dictionary"),
                 "translation": self.tr("translation"),
                 "transliteration": self.tr("transliteration")}.get(kind, kind)
        where = {"known names": self.tr("known names"), "news list": self.tr("news list"),
                 "CLDR": "CLDR", "composed": self.tr("composed"),
                 "composed, name part transliterated": self.tr("composed, name transliterated"),
                 "names dictionary": self.tr("names dictionary"),
                 "model": self.tr("model")}.get(origin, origin)
        return f"{label} ({where})" if where and where != label else label

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 2 or item.row() >= len(self.rows):
            return
        row = self.rows[item.row()]
        english = item.text().strip()
        if english and not (row["english"] and english == row["english"][0]):
            self.record(row["name"], english)

    def record(self, arabic: str, english: str) -> None:
        """Keep `english` as the translator's form of `arabic` in the glossary, then refresh."""
        if self.library is None:
            return
        from app.library.glossary import Glossary

        library, model = self.library, self._model
        run_serial(lambda: Glossary(library).set(arabic, english),
                   lambda _entry: self.set_model(model),
                   lambda exc: self._failed(self._serial, exc), owner=self)

    def best_english(self, entity_id: str) -> str:
        row = next((r for r in self.rows if r["id"] == entity_id), None)
        return row["english"][0] if row and row["english"] else ""

    def transliteration(self, entity_id: str) -> str | None:
        """HSB and best English for the entity, for the article's hover text."""
        for row in self.rows:
            if row["id"] == entity_id:
                best = row["english"][0] if row["english"] else ""
                return f"{row['hsb']}" + (f" — {best}" if best else "")
        return None

    def _activated(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None and item.data(ENTITY_ROLE):
            self.entity_activated.emit(str(item.data(ENTITY_ROLE)))
