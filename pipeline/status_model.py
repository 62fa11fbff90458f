"""A text classifier for a fact's status, trained on the dev split of the gold annotations.

The rules give every fact a status from cue words near its number. Where the wording is
ambiguous between neighbouring statuses (agreed / pledged / announced / imposed), a bag-of-words
model of how annotators label facts, read from the words around each number and from the whole
sentence, does better: it replaces the rule's status when it is confident (THRESHOLD). It never
replaces, nor gives, a threat, a plan or a later event (KEPT): the rules read those from words
tied to one clause (`could impose`, `is in talks to buy`, `then lifted it`), which the model,
trained on dev text, misreads in plain sentences of other wording (README, Accuracy).

The model is spaCy's own TextCategorizer (bag of words and bigrams) on spacy.blank("en"), trained
here and shipped in pipeline/data/status_model; `python -m pipeline train-status` rebuilds it.
Only gold lines of `dev/` articles are used, so the `test` split stays held out.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example

from pipeline import schema
from pipeline.facts import numbered_twins
from pipeline.normalize import find_quantities

MODEL_DIR = Path(__file__).parent / "data" / "status_model"
THRESHOLD = 0.7  # chosen by two-fold cross-validation on dev articles (README, Accuracy)
KEPT = ("threatened", "planned", *schema.LATER_EVENTS)
TRAIN_SPLIT = "dev/"
SETTINGS = {"ngram_size": 2, "length": 65536, "epochs": 10, "batch": 32, "seed": 0, "window": 4}
META_KEY = "policy_status"
STATUS_MARK = "+status"  # appended to a fact's rule id when the model set its status


WORD = re.compile(r"\S+")
NUMBER = "NUM"  # stands for the fact's own number in the words around it


def model_text(row: dict) -> str:
    """What the classifier reads: the fact's topic and measure, the words around its number
    (SETTINGS["window"] each side), then its whole sentence. A sentence may state two facts in
    two states (`imposed 25% ... and threatened 50%`): the words nearest each number tell them
    apart, and a bag of words weighs them twice."""
    evidence = row[schema.EVIDENCE]
    head = f"{row[schema.TOPIC]} {row.get(schema.MEASURE) or ''} ."
    at = _number_at(evidence, row.get(schema.VALUE))
    if at is None:
        return f"{head} {evidence}"
    width = SETTINGS["window"]
    before = WORD.findall(evidence[: at[0]])[-width:]
    after = WORD.findall(evidence[at[1] :])[:width]
    return f"{head} {' '.join([*before, NUMBER, *after])} || {evidence}"


def _number_at(evidence: str, value) -> tuple[int, int] | None:
    """Where the sentence states `value`: the closest figure within 1.1% (a deficit's value is
    negative, its figure is not); of two equal figures, the first."""
    try:
        value = abs(float(value))
    except (TypeError, ValueError):  # None, pd.NA
        return None
    if math.isnan(value):
        return None
    gaps = [(abs(abs(q.value) - value), q.start, q.end) for q in find_quantities(evidence)]
    near = [gap for gap in gaps if gap[0] <= 0.011 * value + 1e-9]
    return min(near)[1:] if near else None


def training_rows(gold: Iterable[dict]) -> list[dict]:
    """Gold lines of dev articles only: the held-out split never trains the model."""
    return [g for g in gold if str(g[schema.GOLD_ARTICLE]).startswith(TRAIN_SPLIT)]


def _examples(rows: list[dict]) -> list[tuple[str, str]]:
    """(text, status) pairs in a fixed order, so that the file's line order does not matter."""
    return sorted((model_text(g), g[schema.STATUS]) for g in rows)


def fingerprint(rows: list[dict]) -> str:
    """A digest of the training pairs, settings and spaCy version: a stale shipped model shows
    in a test."""
    payload = json.dumps([_examples(rows), SETTINGS, spacy.__version__], sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def train(rows: list[dict]) -> Language:
    """A blank English pipeline with one exclusive-class textcat over schema.STATUSES.
    (It seeds the global random generators, as spaCy's own training does.)"""
    spacy.util.fix_random_seed(SETTINGS["seed"])
    nlp = spacy.blank("en")
    model = {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": SETTINGS["ngram_size"],
        "no_output_layer": False,
        "length": SETTINGS["length"],
    }
    textcat = nlp.add_pipe("textcat", config={"model": model})
    for status in schema.STATUSES:
        textcat.add_label(status)
    examples = [
        Example.from_dict(
            nlp.make_doc(text), {"cats": {s: float(s == status) for s in schema.STATUSES}}
        )
        for text, status in _examples(rows)
    ]
    optimizer = nlp.initialize(lambda: examples)
    shuffle = random.Random(SETTINGS["seed"])
    for _ in range(SETTINGS["epochs"]):
        shuffle.shuffle(examples)
        for i in range(0, len(examples), SETTINGS["batch"]):
            nlp.update(examples[i : i + SETTINGS["batch"]], sgd=optimizer)
    nlp.meta[META_KEY] = {"fingerprint": fingerprint(rows), "facts": len(examples), **SETTINGS}
    return nlp


def load(path: str | Path = MODEL_DIR) -> Language:
    return _load(str(Path(path).resolve()))


@lru_cache(maxsize=4)
def _load(path: str) -> Language:
    return spacy.load(path)


def relabel(
    facts: list[dict], model: Language, threshold: float = THRESHOLD, kept: tuple = KEPT
) -> list[dict]:
    """The facts with the model's status where it is at least `threshold` sure of another one,
    neither of the two in `kept`. The mentions of what the rules read as one fact take the
    status of the mention the model is surest about, so that re-reading them one by one never
    splits a fact in two."""
    texts = [model_text(f) for f in facts]
    # which fact each row states, as facts.dedupe will fold them: a mention without a number
    # counts as the numbered fact it repeats
    keys = [
        tuple((same or fact).get(c) for c in schema.IDENTITY)
        for fact, same in zip(facts, numbered_twins(facts), strict=True)
    ]
    best: dict[tuple, tuple[float, str]] = {}
    for key, doc in zip(keys, model.pipe(texts), strict=True):
        status, p = max(doc.cats.items(), key=lambda kv: kv[1])
        best[key] = max(best.get(key, (0.0, "")), (p, status))
    out = []
    for fact, key in zip(facts, keys, strict=True):
        p, status = best[key]
        rule_status = fact[schema.STATUS]
        if p >= threshold and status != rule_status and not {status, rule_status} & set(kept):
            fact = {**fact, schema.STATUS: status, schema.RULE: fact[schema.RULE] + STATUS_MARK}
        out.append(fact)
    return out
