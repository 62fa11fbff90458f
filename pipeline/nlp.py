"""Build the policy pipeline: spacy.blank("en") plus the policy_* components."""

from __future__ import annotations

import logging

import spacy
from spacy.language import Language

from pipeline import components  # noqa: F401  (registers the policy_* components)

log = logging.getLogger(__name__)


def build_nlp(model: str | None = None, statuses: bool = True) -> Language:
    """Rules on a blank English pipeline, their statuses re-read by the shipped status classifier
    unless `statuses` is false (the rule layer alone); an installed spaCy model, if named, adds
    its NER."""
    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError as exc:
            raise SystemExit(
                f"spaCy model {model!r} is not installed ({exc}); run without --model"
            ) from None
    else:
        nlp = spacy.blank("en")
    nlp.max_length = 5_000_000
    if "senter" not in nlp.pipe_names and "parser" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("policy_lines", after="sentencizer" if "sentencizer" in nlp.pipe_names else None)
    nlp.add_pipe("policy_mentions")
    nlp.add_pipe("policy_facts")
    if statuses:
        nlp.add_pipe("policy_status")
    return nlp
