"""The library: articles, cached analyses, notes, tags, glossary and search in one SQLite file.

No Qt here (the PDF exporter, export_pdf.py, is the one module that needs it). Open with
`open_library()`; the modules articles, notes, tags, analyses, search, importer and export work on
the returned `Library`.
"""

from app.library.db import Library, LibraryError, open_library

__all__ = ["Library", "LibraryError", "open_library"]
