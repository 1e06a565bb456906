"""Training code: building the models and data that `extract` ships, never run by the app.

    uv run python -m extract.training.ner      retrain the NER model into resources/models/
    uv run python -m extract.training.names    rebuild the name dictionary and transliteration model

Kept apart from the run-time modules so the app's analysis never imports it, and so the
extractor fingerprint (extract/fingerprint.py) ignores it: retraining changes the model files,
which are fingerprinted themselves.
"""
