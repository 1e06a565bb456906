"""The library: articles, cached analyses, notes, tags, glossary and search in one SQLite file.

No Qt here: importing any of it never loads PySide6 (the PDF exporter, which needs Qt, is
`app.export_pdf`; `export.write_export` and the CLI load it only when a PDF is asked for). Open with
`open_library()`; the modules articles, notes, tags, analyses, search, importer and export work on
the returned `Library`.
"""

from app.library.db import Library, LibraryError, open_library

__all__ = ["Library", "LibraryError", "open_library"]
