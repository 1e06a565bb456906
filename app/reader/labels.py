"""The words the interface uses for kinds of statements and of names, in the UI language.

The hover text, the who-said-what cards and the shortcuts all say "indirect" or "organisation";
they take the word from here rather than from one another.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def claim_kind_label(kind: str) -> str:
    """direct / indirect / mixed, for a statement's tag."""
    return {"direct": QCoreApplication.translate("Labels", "direct"),
            "indirect": QCoreApplication.translate("Labels", "indirect"),
            "mixed": QCoreApplication.translate("Labels", "mixed")}.get(kind, kind)


def entity_kind_label(entity_type: str) -> str:
    """person / organisation / place / other, for one name."""
    return {"PER": QCoreApplication.translate("Labels", "person"),
            "ORG": QCoreApplication.translate("Labels", "organisation"),
            "LOC": QCoreApplication.translate("Labels", "place")}.get(
        entity_type, QCoreApplication.translate("Labels", "other"))
