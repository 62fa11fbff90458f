"""Extraction throughput on one process, against spaCy's own tokenizer and sentencizer.

The same texts go through `pipeline.facts.extract_articles` (spacy.blank("en") + sentencizer +
the policy_* components + dedupe and ids into a typed frame) and through a bare
`spacy.blank("en")` + sentencizer, in the same process and run. The texts are the sample_data
articles plus variants of them from bench.generate (other countries and numbers), BENCH_EXTRACT
articles in all. Words are whitespace-separated tokens of the article bodies. Both pipelines are
built and warmed before timing; the best of BENCH_EXTRACT_REPEAT interleaved passes is kept, since the
machine may be shared. Target: the pipeline keeps at least 40% of the baseline's words/s.

Environment: BENCH_EXTRACT (default 300 articles), BENCH_EXTRACT_REPEAT (default 3).
"""

from __future__ import annotations

import os
import random
import time

import spacy

from bench.generate import sample_articles, vary
from pipeline.documents import Article
from pipeline.facts import extract_articles
from pipeline.nlp import build_nlp

TARGET_RATIO = 0.40


def texts(count: int, seed: int = 3) -> list[Article]:
    bases = sample_articles()
    rng = random.Random(seed)
    out = list(bases[:count])
    while len(out) < count:
        base = bases[len(out) % len(bases)]
        out.append(Article(path=f"variant-{len(out)}.txt", text=vary(base.text, rng)))
    return out


def _timed(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def run() -> list[dict]:
    count = int(os.environ.get("BENCH_EXTRACT", "300"))
    repeat = int(os.environ.get("BENCH_EXTRACT_REPEAT", "3"))
    articles = texts(count)
    bodies = [a.text for a in articles]
    words = sum(len(t.split()) for t in bodies)

    nlp = build_nlp()
    baseline = spacy.blank("en")
    baseline.add_pipe("sentencizer")
    baseline.max_length = nlp.max_length

    def ours() -> None:
        extract_articles(articles, nlp=nlp)

    def theirs() -> None:
        for _ in baseline.pipe(bodies):
            pass

    ours(), theirs()  # warm: pattern compilation, vocab growth
    best = {"pipeline": float("inf"), "baseline": float("inf")}
    for _ in range(repeat):  # interleaved, so a busy moment hits both
        best["pipeline"] = min(best["pipeline"], _timed(ours))
        best["baseline"] = min(best["baseline"], _timed(theirs))
    facts = len(extract_articles(articles, nlp=nlp))
    ratio = best["baseline"] / best["pipeline"]
    rows = []
    for name, label in (
        ("baseline", 'spacy.blank("en") + sentencizer'),
        ("pipeline", "extract_articles (policy pipeline)"),
    ):
        seconds = best[name]
        rows.append(
            {
                "case": label,
                "articles": count,
                "words": words,
                "seconds": round(seconds, 3),
                "words_per_s": round(words / seconds),
                "articles_per_s": round(count / seconds, 1),
                "facts": facts if name == "pipeline" else None,
                "ratio": round(ratio, 3) if name == "pipeline" else 1.0,
                "target": f">= {TARGET_RATIO:.2f}" if name == "pipeline" else None,
                "met": ratio >= TARGET_RATIO if name == "pipeline" else None,
            }
        )
    return rows
