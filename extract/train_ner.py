"""`uv run python -m extract.train_ner`: retrain the NER model into resources/models/ (deterministic)."""

from extract.ner.train import main

if __name__ == "__main__":
    main()
