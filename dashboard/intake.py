"""The Ingest page's work: read uploaded or pasted articles, extract, preview, save."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import PurePath

import pandas as pd
import streamlit as st

from dashboard import data
from pipeline import schema, store
from pipeline.documents import SUFFIXES, Article, DocumentError, read_bytes

log = logging.getLogger(__name__)

UPLOAD_TYPES = [suffix.lstrip(".") for suffix in SUFFIXES]
PASTE_NAME = "pasted-article.txt"
PASTE_MAX_CHARS = 1_000_000
PREVIEW_LIMIT = 20


@dataclass
class Batch:
    articles: list[Article] = field(default_factory=list)
    facts: pd.DataFrame = field(default_factory=schema.empty_facts)
    errors: list[str] = field(default_factory=list)


def safe_name(name: str) -> str:
    """Only the last path component of an uploaded name: it labels the article, nothing more."""
    leaf = PurePath(str(name).replace("\\", "/")).name.strip()
    return leaf or "unnamed.txt"


def pasted_file(
    text: str, title: str = "", source: str = "", date: dt.date | None = None, url: str = ""
) -> bytes:
    """Pasted text as a `.txt` article with header lines, the format the readers know."""
    header = [
        f"{key}: {' '.join(str(value).split())}"
        for key, value in (("title", title), ("source", source), ("url", url))
        if value and str(value).strip()
    ]
    if date:
        header.append(f"date: {date.isoformat()}")
    body = text.replace("\r\n", "\n")
    return (("\n".join(header) + "\n\n") if header else "").encode() + body.encode()


@st.cache_data(show_spinner="Extracting facts...", max_entries=32)
def _extract(name: str, payload: bytes) -> tuple[list[Article], pd.DataFrame, list[str]]:
    from pipeline.facts import extract_articles

    try:
        articles, errors = read_bytes(payload, name)
    except DocumentError as exc:
        return [], schema.empty_facts(), [str(exc)]
    except Exception as exc:  # noqa: BLE001  (a hostile file must not bring the page down)
        log.exception("reading %s failed", name)
        return [], schema.empty_facts(), [f"{name}: could not be read ({type(exc).__name__})"]
    if not articles:
        return [], schema.empty_facts(), errors or [f"{name}: no article found in the file"]
    try:
        facts = extract_articles(articles, nlp=data.nlp())
    except Exception as exc:  # noqa: BLE001
        log.exception("extracting %s failed", name)
        return [], schema.empty_facts(), [f"{name}: extraction failed ({type(exc).__name__})"]
    return articles, facts, errors


def prepare(files: list[tuple[str, bytes]]) -> Batch:
    """Read and extract every file; one error line per bad file or line, the rest still count."""
    batch = Batch()
    frames = []
    for name, payload in files:
        articles, facts, errors = _extract(safe_name(name), payload)
        batch.articles.extend(articles)
        batch.errors.extend(errors)
        if not facts.empty:
            frames.append(facts)
    if frames:
        batch.facts = pd.concat(frames, ignore_index=True)
    # The same text uploaded twice is one article (ids come from the text).
    unique = {article.article_id: article for article in batch.articles}
    batch.articles = list(unique.values())
    if not batch.facts.empty:
        batch.facts = batch.facts.drop_duplicates([schema.ARTICLE_ID, schema.FACT_ID])
    return batch


def facts_of(batch: Batch, article: Article) -> pd.DataFrame:
    return batch.facts.loc[(batch.facts[schema.ARTICLE_ID] == article.article_id).fillna(False)]


def save(batch: Batch) -> tuple[str, str]:
    """Write the batch; returns (kind, message) for st.success / st.warning / st.error."""
    try:
        result = store.save(data.db_path(), batch.articles, batch.facts)
    except store.StoreBusy:
        return "warning", "The store is busy with another import. Try saving again in a minute."
    except store.StoreError as exc:
        return "error", f"Nothing was saved: {exc}"
    data.refresh()
    return "success", (
        f"Saved {result['new']} new article(s) with {result['facts_added']} fact(s); "
        f"{result['unchanged']} already in the store."
    )
