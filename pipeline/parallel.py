"""Lighter Docs for multiprocess nlp.pipe: workers send back only what extract_articles reads.

With n_process > 1 every Doc is serialized in a worker and rebuilt in the main process. A full
Doc (tokens, arrays, strings) costs about 1 ms each way per article, work the main process does
while competing with the workers for the same cores. The facts are already plain rows in
doc._.policy_facts, so the last component swaps the Doc for an empty one carrying just those
rows. Used by `ingest --workers N`; results are identical, which
tests/test_ingest.py checks.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SLIM = "policy_slim"
# The Doc extensions pipeline.facts.extract_articles reads after nlp.pipe.
KEEP = ("policy_facts",)


@Language.component(SLIM)
def policy_slim(doc: Doc) -> Doc:
    light = Doc(doc.vocab, words=[])
    for name in KEEP:
        light._.set(name, doc._.get(name))
    return light


def for_workers(nlp: Language, n_process: int) -> Language:
    """Add the slim step when Docs will cross processes (the nlp object is modified)."""
    if n_process > 1 and SLIM not in nlp.pipe_names:
        nlp.add_pipe(SLIM, last=True)
    return nlp
