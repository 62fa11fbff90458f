"""Running the extractors on a few sentences written for a test."""

from __future__ import annotations

from pipeline import schema
from pipeline.documents import Article
from pipeline.facts import extract_articles


def facts_of(nlp, text: str, date: str = "2025-03-04") -> list[dict]:
    frame = extract_articles([Article(path="t.txt", text=text, date=date)], nlp)
    return [
        {k: (None if v is None or v != v else v) for k, v in r.items()}
        for r in frame.to_dict("records")
    ]


def triples(rows: list[dict], topic: str) -> set[tuple]:
    return {
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE])
        for r in rows
        if r[schema.TOPIC] == topic
    }


def sides(rows: list[dict], topic: str | None = None) -> list[tuple]:
    """(actor, partner, value) of each row, in order, of one topic or of all."""
    return [
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE])
        for r in rows
        if topic is None or r[schema.TOPIC] == topic
    ]
