"""The one place where fact and article columns, dtypes and vocabularies are spelled."""

from __future__ import annotations

import pandas as pd

TOPICS = ("trade", "tariff", "investment", "defense_spending", "energy")

MEASURES = {
    "trade": ("balance", "exports", "imports", "total", "share"),
    "tariff": ("rate",),
    "investment": ("amount",),
    "defense_spending": ("share_gdp", "budget", "purchase"),
    "energy": ("purchase", "supply", "project"),
}

STATUSES = (
    "threatened",
    "planned",
    "announced",
    "agreed",
    "pledged",
    "imposed",
    "delayed",
    "lifted",
    "reported",
)
LATER_EVENTS = ("lifted", "delayed")  # statuses that tell of something done after the measure

UNITS_NON_MONEY = ("percent", "percent_gdp", "t", "m3", "bbl_per_day")

BLOCS = {"EUU": "European Union", "NATO": "NATO"}

# Column names. Other modules import these constants instead of spelling strings.
DOC = "doc"
ARTICLE_ID = "article_id"
FACT_ID = "fact_id"
TOPIC = "topic"
MEASURE = "measure"
ACTOR = "actor"
PARTNER = "partner"
ACTOR_ENTITY = "actor_entity"
PARTNER_ENTITY = "partner_entity"
PRODUCT = "product"
VALUE = "value"
UNIT = "unit"
VALUE_USD = "value_usd"
YEAR = "year"
STATUS = "status"
NEGATED = "negated"
EVIDENCE = "evidence"
START = "start"
END = "end"
CONFIDENCE = "confidence"
RULE = "rule"
PUBLISHED = "published"
MENTIONS = "mentions"

FACT_DTYPES: dict[str, str] = {
    DOC: "string",
    ARTICLE_ID: "string",
    FACT_ID: "string",
    TOPIC: "string",
    MEASURE: "string",
    ACTOR: "string",
    PARTNER: "string",
    ACTOR_ENTITY: "string",
    PARTNER_ENTITY: "string",
    PRODUCT: "string",
    VALUE: "Float64",
    UNIT: "string",
    VALUE_USD: "Float64",
    YEAR: "Int64",
    STATUS: "string",
    NEGATED: "boolean",
    EVIDENCE: "string",
    START: "Int64",
    END: "Int64",
    CONFIDENCE: "Float64",
    RULE: "string",
    PUBLISHED: "string",
    MENTIONS: "Int64",
}
FACT_COLUMNS = tuple(FACT_DTYPES)

# The fields that make a fact the same fact within one article (DESIGN.md section 2).
IDENTITY = (TOPIC, MEASURE, ACTOR, PARTNER, PRODUCT, VALUE, STATUS)

# Article metadata columns.
TITLE = "title"
SOURCE = "source"
DATE = "date"
URL = "url"
PATH = "path"
TEXT = "text"
ARTICLE_DTYPES: dict[str, str] = {
    ARTICLE_ID: "string",
    PATH: "string",
    TITLE: "string",
    SOURCE: "string",
    DATE: "string",
    URL: "string",
    TEXT: "string",
}
ARTICLE_COLUMNS = tuple(ARTICLE_DTYPES)

# Gold annotation keys: the fact fields an annotator writes, plus the article path.
GOLD_ARTICLE = "article"
GOLD_KEYS = (
    GOLD_ARTICLE,
    TOPIC,
    MEASURE,
    ACTOR,
    PARTNER,
    ACTOR_ENTITY,
    PARTNER_ENTITY,
    PRODUCT,
    VALUE,
    UNIT,
    YEAR,
    STATUS,
    NEGATED,
    EVIDENCE,
)


def empty_facts() -> pd.DataFrame:
    """An empty fact frame with the contract's columns and dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in FACT_DTYPES.items()})


def facts_frame(rows: list[dict]) -> pd.DataFrame:
    """Build a typed fact frame from row dicts; missing columns become nulls."""
    if not rows:
        return empty_facts()
    frame = pd.DataFrame.from_records(rows)
    for column in FACT_COLUMNS:
        if column not in frame:
            frame[column] = None
    return frame[list(FACT_COLUMNS)].astype(FACT_DTYPES)
