"""`uv run python -m extract.train_ner`: retrain the NER model into resources/models/.

Deterministic: same data, same model and the same dev scores on every run.
"""

from extract.ner.train import main

if __name__ == "__main__":
    main()
