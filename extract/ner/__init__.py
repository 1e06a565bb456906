"""Sanad's own Arabic named-entity recogniser: a CRF trained here on openly licensed corpora.

Modules: datasets (corpus readers and class mapping, see MAPPING.md), features, gazetteers, scoring
(seqeval-style entity F1), train (python -m extract.training.ner), tagger (shipped model +
document-level consistency), conll (python -m extract ner-conll).
"""
