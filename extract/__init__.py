"""Pure-Python Arabic text work for Sanad: loading, cleaning, tokens, entities, claims.

Nothing here imports Qt; the desktop app and the `python -m extract` CLI both stand on it.
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
