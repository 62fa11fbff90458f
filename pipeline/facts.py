"""Articles -> one typed fact frame: run the nlp pipeline, deduplicate, add ids and USD values.

This is the pure core of the pipeline (texts in, rows out), so a batch engine can map it over
many files later without change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import fx, schema
from pipeline.documents import Article
from pipeline.years import ArticleYears, resolve_year

BULLET_MARKS = ("•", "-", "*", "–", "▪", "·")


def fact_id(article_id: str, row: dict) -> str:
    key = json.dumps([article_id] + [row.get(c) for c in schema.IDENTITY], default=str)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _value_key(row: dict) -> float | None:
    value = row.get(schema.VALUE)
    return None if value is None else round(float(value), 6)


def _identity(row: dict) -> tuple:
    return tuple(row.get(c) for c in schema.IDENTITY if c != schema.VALUE) + (_value_key(row),)


def _is_bullet(row: dict) -> bool:
    return row[schema.EVIDENCE].lstrip().startswith(BULLET_MARKS)


def _bare_key(row: dict) -> tuple:
    return tuple(row.get(c) for c in schema.IDENTITY if c not in (schema.VALUE, schema.PRODUCT))


def _unstated(row: dict) -> tuple:
    """A fact's identity without its status."""
    unstated = tuple(row.get(c) for c in schema.IDENTITY if c not in (schema.VALUE, schema.STATUS))
    return unstated + (_value_key(row),)


def dedupe(rows: list[dict]) -> list[dict]:
    """One row per fact identity; the body sentence wins over a bullet summary of it, whose
    terse wording (`- 7.5 million tonnes of LNG a year from 2028`) often reads another status.

    A mention without a number (`Canada scrapped its counter-tariffs`) of a fact the article
    also states with one, same sides and same status, is that fact again, not a second one.
    """
    kept: dict[tuple, dict] = {}
    for row in rows:
        key = _identity(row)
        if key not in kept:
            kept[key] = {**row, schema.MENTIONS: 1}
            continue
        mentions = kept[key][schema.MENTIONS] + 1
        if _is_bullet(kept[key]) and not _is_bullet(row):
            kept[key] = {**row}
        kept[key][schema.MENTIONS] = mentions
    told = {_unstated(row): row for row in kept.values() if not _is_bullet(row)}
    for key, row in list(kept.items()):
        # (a bullet that says the measure was lifted or put off tells of a later event)
        if not _is_bullet(row) or row[schema.STATUS] in schema.LATER_EVENTS:
            continue
        body = told.get(_unstated(row))
        if body is not None:
            body[schema.MENTIONS] += row[schema.MENTIONS]
            del kept[key]
    out = []
    rows = list(kept.values())
    for row, same in zip(rows, numbered_twins(rows), strict=True):
        if same is not None:
            same[schema.MENTIONS] += row[schema.MENTIONS]
            continue
        out.append(row)
    return out


def numbered_twins(rows: list[dict]) -> list[dict | None]:
    """For each row without a number, the first row with one that states the same fact (same
    sides and status); None for the others. A bare mention of other goods (`tariffs on American
    autos`) is a fact of its own."""
    valued: dict[tuple, dict] = {}
    for row in rows:
        if row.get(schema.VALUE) is not None:
            valued.setdefault(_bare_key(row), row)
    twins = []
    for row in rows:
        same = valued.get(_bare_key(row)) if row.get(schema.VALUE) is None else None
        if same is not None and row.get(schema.PRODUCT) not in (None, same.get(schema.PRODUCT)):
            same = None
        twins.append(same)
    return twins


def article_rows(article: Article, raw: list[dict]) -> list[dict]:
    """Finish the rows of one article: ids, provenance, implied years and USD values."""
    published = article.published
    year_hint = published.year if published else None
    years = ArticleYears(article)
    rows = []
    for row in dedupe(raw):
        row = {**row, schema.YEAR: resolve_year(row, years)}
        unit = row.get(schema.UNIT)
        rows.append(
            {
                **row,
                schema.DOC: article.path,
                schema.ARTICLE_ID: article.article_id,
                schema.FACT_ID: fact_id(article.article_id, row),
                schema.PUBLISHED: article.date,
                schema.VALUE_USD: fx.to_usd(
                    row.get(schema.VALUE), unit, row.get(schema.YEAR) or year_hint
                ),
            }
        )
    return rows


def iter_facts(
    articles: Iterable[Article],
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[tuple[Article, list[dict]]]:
    """Each article with its finished fact rows, in input order, streaming."""
    if nlp is None:
        from pipeline.nlp import build_nlp

        nlp = build_nlp()
    articles = list(articles)
    # paired back by position (nlp.pipe keeps the order); each Doc carries its title, at the cost
    # of tokenizing in this process, which is some 20 times faster than the policy components
    docs = nlp.pipe((_titled(nlp, a) for a in articles), n_process=n_process, batch_size=batch_size)
    for article, doc in zip(articles, docs, strict=True):
        yield article, article_rows(article, doc._.policy_facts or [])


def _titled(nlp: Language, article: Article) -> Doc:
    """The article's text as a Doc that knows its title and date (neither is part of the text)."""
    doc = nlp.make_doc(article.text)
    doc._.policy_title = article.title
    doc._.policy_date = article.date
    return doc


def extract_articles(
    articles: Iterable[Article],
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> pd.DataFrame:
    """Every fact of every article as one frame typed by schema.FACT_DTYPES."""
    rows: list[dict] = []
    for _, article_facts in iter_facts(articles, nlp, n_process, batch_size):
        rows.extend(article_facts)
    return schema.facts_frame(rows)
